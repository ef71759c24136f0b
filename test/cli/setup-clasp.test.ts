import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, type RunClasp, setupClasp } from '../../scripts/setup-clasp';

// A made-up scriptId of the shape Apps Script uses (57 characters of [A-Za-z0-9_-]).
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq';

function claspJson(scriptId = PLACEHOLDER): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-setup-'));
  const file = join(dir, '.clasp.json');
  writeFileSync(file, `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`);
  return file;
}

/** A stand-in for clasp: logged in or not, and what `create` writes into its folder. */
function fakeClasp(loggedIn: boolean, created = SCRIPT_ID): { run: RunClasp; calls: string[][] } {
  const calls: string[][] = [];
  const run: RunClasp = (args, cwd) => {
    calls.push(args);
    if (args.includes('show-authorized-user')) return { status: 0, stdout: JSON.stringify({ loggedIn }), stderr: '' };
    if (args[0] === 'create') {
      writeFileSync(join(cwd, '.clasp.json'), JSON.stringify({ scriptId: created, rootDir: 'dist' }));
      return { status: 0, stdout: 'Created new script: https://script.google.com/d/x/edit', stderr: '' };
    }
    return { status: 1, stdout: '', stderr: 'unexpected' };
  };
  return { run, calls };
}

describe('npm run setup:clasp', () => {
  it('with a scriptId writes it into .clasp.json and keeps rootDir dist', () => {
    const file = claspJson();
    const log: string[] = [];
    setupClasp([SCRIPT_ID], { claspJson: file, clasp: fakeClasp(false).run, log: (l) => log.push(l) });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(log.join('\n')).toContain('npm run push');
  });

  it('refuses text that is not a scriptId, and leaves .clasp.json alone', () => {
    const file = claspJson();
    const before = readFileSync(file, 'utf8');
    expect(() => setupClasp(['abc'], { claspJson: file, log: () => {} })).toThrow(/"abc" bukan scriptId Apps Script/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('without a scriptId and not logged in: says to run clasp login first, creates nothing', () => {
    const file = claspJson();
    const clasp = fakeClasp(false);
    expect(() => setupClasp([], { claspJson: file, clasp: clasp.run, log: () => {} })).toThrow(/npx clasp login/);
    expect(clasp.calls.some((a) => a[0] === 'create')).toBe(false);
  });

  it('without a scriptId and logged in: creates a bound spreadsheet script in an empty folder and takes its scriptId', () => {
    const file = claspJson();
    const clasp = fakeClasp(true);
    expect(setupClasp([], { claspJson: file, clasp: clasp.run, log: () => {} })).toBe(SCRIPT_ID);
    expect(clasp.calls).toContainEqual(['create', '--type', 'sheets', '--title', 'LKjIP Sheets', '--rootDir', 'dist']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
  });

  it('--check passes a real scriptId and stops a placeholder before clasp push', () => {
    expect(setupClasp(['--check'], { claspJson: claspJson(SCRIPT_ID), log: () => {} })).toBe(SCRIPT_ID);
    expect(() => setupClasp(['--check'], { claspJson: claspJson(), log: () => {} })).toThrow(
      /belum berisi scriptId: jalankan dulu `npm run setup:clasp`/,
    );
  });

  it('the committed .clasp.json holds the placeholder and rootDir dist', () => {
    expect(JSON.parse(readFileSync('.clasp.json', 'utf8'))).toEqual({ scriptId: PLACEHOLDER, rootDir: 'dist' });
  });
});

// clasp takes seconds to start; these run it for real.
describe('clasp itself, offline (what the guide and setup:clasp rely on)', { timeout: 60000 }, () => {
  const clasp = (args: string[], home: string) =>
    spawnSync(process.execPath, [resolve('node_modules/@google/clasp/build/src/index.js'), ...args], {
      cwd: resolve('.'),
      encoding: 'utf8',
      env: { ...process.env, HOME: home, clasp_config_auth: join(home, '.clasprc.json') },
    });

  it('is version 3 and, without a login, reports loggedIn false as JSON', () => {
    const home = mkdtempSync(join(tmpdir(), 'lkjip-home-'));
    expect(clasp(['--version'], home).stdout.trim()).toMatch(/^3\./);
    const who = clasp(['--json', 'show-authorized-user'], home);
    expect(who.status).toBe(0);
    expect(JSON.parse(who.stdout)).toEqual({ loggedIn: false });
  });

  it('`clasp create` refuses where .clasp.json exists ("Project file already exists", exit 0): why setup:clasp exists', () => {
    const home = mkdtempSync(join(tmpdir(), 'lkjip-home-'));
    const r = clasp(['create', '--type', 'sheets', '--title', 'x', '--rootDir', 'dist'], home);
    expect(r.status).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('Project file already exists');
  });
});
