import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../scripts/clasp';

// `npm run setup:clasp` and `npm run push` against a stand-in for clasp: an executable named
// `clasp` first on PATH that answers the way clasp 3 does (its source: src/commands/push.ts,
// show-authorized-user.ts, create-script.ts, core/project.ts updateSettings) and logs each call.
// The project file is a temporary .clasp.json, named by clasp's own clasp_config_project variable.

// A made-up scriptId and spreadsheet ID of the shapes Google uses.
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq';
const SHEET_ID = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-zyxwvu';
const DIST_FILES = ['appsscript.json', 'functions.js', 'lkjip.js', 'sidebar.html'];

/**
 * FAKE_CLASP: `no-login` (show-authorized-user says loggedIn false; anything else ends with clasp's
 * "No credentials found."), `skip` (push prints "Skipping push." and exits 0, as clasp does when a
 * changed manifest is not confirmed), `partial` (push lists one file only), `up-to-date` (push
 * prints []), `api-off`, or `ok` (push lists every file of rootDir; create writes .clasp.json).
 */
const FAKE = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CLASP_LOG, JSON.stringify(args) + '\\n');
const mode = process.env.FAKE_CLASP || 'ok';
const json = args.includes('--json');
const cmd = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-P')[0];
if (cmd === 'show-authorized-user') {
  console.log(JSON.stringify(mode === 'no-login' ? { loggedIn: false } : { loggedIn: true, email: 'pengelola@example.go.id' }, null, 2));
  process.exit(0);
}
if (mode === 'no-login') { console.error('No credentials found.'); process.exit(1); }
if (cmd === 'create') {
  // clasp 3 writes the whole project settings, parentId included (core/project.ts updateSettings).
  fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: '${SCRIPT_ID}', rootDir: 'dist', parentId: '${SHEET_ID}',
    scriptExtensions: ['.js', '.gs'], htmlExtensions: ['.html'], jsonExtensions: ['.json'], filePushOrder: [], skipSubdirectories: false }, null, 2));
  console.log('Created new document: https://drive.google.com/open?id=${SHEET_ID}\\nCreated new script: https://script.google.com/d/${SCRIPT_ID}/edit');
  process.exit(0);
}
if (cmd === 'push') {
  if (mode === 'api-off') { console.error('User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry.'); process.exit(1); }
  if (mode === 'skip') { console.log('Skipping push.'); process.exit(0); }
  if (mode === 'up-to-date') { console.log('[]'); process.exit(0); }
  const project = JSON.parse(fs.readFileSync(process.env.clasp_config_project, 'utf8'));
  const dir = path.join(path.dirname(process.env.clasp_config_project), project.rootDir);
  let files = fs.readdirSync(dir).map((f) => path.join(project.rootDir, f));
  if (mode === 'partial') files = files.slice(0, 1);
  console.log(json ? JSON.stringify(files, null, 2) : 'Pushed ' + files.length + ' files.');
  process.exit(0);
}
console.error('unexpected: ' + args.join(' '));
process.exit(3);
`;

interface Run {
  code: number | null;
  out: string;
  err: string;
  calls: string[][];
  claspJson: Record<string, unknown>;
}

/** A temporary project: .clasp.json (with `scriptId`) and a dist/ of the four built files. */
function project(scriptId: string, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-deploy-'));
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId, rootDir: 'dist', ...extra }));
  mkdirSync(join(dir, 'dist'));
  for (const f of DIST_FILES) writeFileSync(join(dir, 'dist', f), '// dibangun\n');
  return dir;
}

function run(script: 'push' | 'setup-clasp', dir: string, mode: string, ...args: string[]): Run {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'clasp'), FAKE);
  chmodSync(join(bin, 'clasp'), 0o755);
  const log = join(dir, 'clasp-calls.log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      FAKE_CLASP: mode,
      FAKE_CLASP_LOG: log,
      clasp_config_project: join(dir, '.clasp.json'),
    },
  });
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr,
    calls: readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as string[]),
    claspJson: JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')) as Record<string, unknown>,
  };
}

describe('npm run push (scripts/push.ts) on a stand-in clasp', () => {
  it('pushes with --force, so a changed manifest is never skipped, and names what Google now has', () => {
    const r = run('push', project(SCRIPT_ID), 'ok');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([
      ['--json', 'show-authorized-user'],
      ['--json', 'push', '--force'],
    ]);
    expect(r.out).toContain(
      `Mengunggah appsscript.json, functions.js, lkjip.js, sidebar.html ke project Apps Script ${SCRIPT_ID}`,
    );
    expect(r.out).toContain('Terunggah ke Google: appsscript.json, functions.js, lkjip.js, sidebar.html.');
    expect(r.out).toContain('Ekstensi → LKjIP Sheets → Buka panel LKjIP');
  });

  it('a push clasp skipped ("Skipping push.", exit 0) is an error in Indonesian, exit 1', () => {
    const r = run('push', project(SCRIPT_ID), 'skip');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'clasp push tidak mengunggah apa pun (clasp menjawab: Skipping push.). Skrip di Google belum berubah. Ulangi `npm run push`; bila tetap begini, jalankan `npx clasp push --force` sendiri dan baca pesannya.\n',
    );
    expect(r.out).not.toContain('Terunggah');
  });

  it('a push that left a file out is an error naming it', () => {
    const r = run('push', project(SCRIPT_ID), 'partial');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^clasp push tidak mengunggah functions\.js, lkjip\.js, sidebar\.html \(yang terunggah: appsscript\.json\)/,
    );
  });

  it('nothing to upload ([]: the project already equals dist/) is said, exit 0', () => {
    const r = run('push', project(SCRIPT_ID), 'up-to-date');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Skrip di Google sudah sama dengan dist/: tidak ada yang perlu diunggah.');
  });

  it('no login: says to run `npx clasp login` first and does not push (not clasp\'s bare "No credentials found.")', () => {
    const r = run('push', project(SCRIPT_ID), 'no-login');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Belum masuk ke akun Google untuk clasp (tidak ada login di ~/.clasprc.json). Jalankan `npx clasp login` (sekali per komputer; peramban terbuka dan meminta izin untuk clasp), lalu ulangi `npm run push`.\n',
    );
    expect(r.calls.some((a) => a.includes('push'))).toBe(false);
  });

  it('the Apps Script API turned off: where to turn it on', () => {
    const r = run('push', project(SCRIPT_ID), 'api-off');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^clasp push gagal: Google Apps Script API belum diaktifkan untuk akun ini\. Buka https:\/\/script\.google\.com\/home\/usersettings/,
    );
  });

  it('the placeholder scriptId: says to run setup:clasp, without calling clasp', () => {
    const r = run('push', project(PLACEHOLDER), 'ok');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/belum berisi scriptId: jalankan dulu `npm run setup:clasp`/);
    expect(r.calls).toEqual([]);
  });
});

describe('npm run setup:clasp (scripts/setup-clasp.ts) on a stand-in clasp', () => {
  it('without a scriptId: creates the bound spreadsheet and keeps the parentId clasp create wrote', () => {
    const r = run('setup-clasp', project(PLACEHOLDER), 'ok');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([
      ['--json', 'show-authorized-user'],
      [
        '-P',
        expect.stringContaining('lkjip-clasp-'),
        'create',
        '--type',
        'sheets',
        '--title',
        'LKjIP Sheets',
        '--rootDir',
        'dist',
      ],
    ]);
    expect(r.claspJson).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist', parentId: SHEET_ID });
    expect(r.out).toContain(
      `Spreadsheet induk: https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit (\`npx clasp open-container\` membukanya).`,
    );
    expect(r.out).toContain('Langkah berikutnya: npm run push');
  });

  it('without a login: the next step, and nothing created', () => {
    const r = run('setup-clasp', project(PLACEHOLDER), 'no-login');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Belum masuk ke akun Google untuk clasp .*lalu ulangi `npm run setup:clasp`\.\n$/);
    expect(r.calls.some((a) => a.includes('create'))).toBe(false);
    expect(r.claspJson.scriptId).toBe(PLACEHOLDER);
  });

  it('with an existing scriptId: no clasp call, the old parentId dropped, and how to rename "Proyek tanpa judul"', () => {
    const dir = project(PLACEHOLDER, { parentId: 'spreadsheet-skrip-lama-1234567890' });
    const r = run('setup-clasp', dir, 'ok', SCRIPT_ID);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
    expect(r.claspJson).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(r.out).toContain(
      'klik nama project di kiri atas ("Proyek tanpa judul"), ketik LKjIP Sheets, lalu klik Ganti nama',
    );
  });

  it('with --spreadsheet: its address becomes the parentId open-container needs', () => {
    const r = run(
      'setup-clasp',
      project(PLACEHOLDER),
      'ok',
      SCRIPT_ID,
      '--spreadsheet',
      `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`,
    );
    expect(r.code).toBe(0);
    expect(r.claspJson).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist', parentId: SHEET_ID });
  });

  it('refuses text that is not a scriptId, and leaves .clasp.json alone', () => {
    const dir = project(PLACEHOLDER);
    const before = readFileSync(join(dir, '.clasp.json'), 'utf8');
    const r = run('setup-clasp', dir, 'ok', 'abc');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^"abc" bukan scriptId Apps Script/);
    expect(readFileSync(join(dir, '.clasp.json'), 'utf8')).toBe(before);
  });

  it('the committed .clasp.json holds the placeholder and rootDir dist', () => {
    expect(JSON.parse(readFileSync('.clasp.json', 'utf8'))).toEqual({ scriptId: PLACEHOLDER, rootDir: 'dist' });
  });
});

// clasp takes seconds to start; these run it for real.
describe('clasp itself, offline (what the guide, setup:clasp and push rely on)', { timeout: 60000 }, () => {
  const clasp = (args: string[], home: string) =>
    spawnSync(process.execPath, [resolve('node_modules/@google/clasp/build/src/index.js'), ...args], {
      cwd: home,
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

  it('`clasp create` refuses where .clasp.json exists ("Project file already exists"): why setup:clasp exists', () => {
    const home = mkdtempSync(join(tmpdir(), 'lkjip-home-'));
    writeFileSync(join(home, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    const r = clasp(['create', '--type', 'sheets', '--title', 'x', '--rootDir', 'dist'], home);
    expect(`${r.stdout}${r.stderr}`).toContain('Project file already exists');
  });

  it('`clasp push` without a login ends with the bare "No credentials found.": why push checks first', () => {
    const home = mkdtempSync(join(tmpdir(), 'lkjip-home-'));
    writeFileSync(join(home, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    mkdirSync(join(home, 'dist'));
    writeFileSync(join(home, 'dist', 'appsscript.json'), '{}');
    const r = clasp(['push', '--force'], home);
    expect(r.stderr.trim()).toBe('No credentials found.');
    expect(existsSync(join(home, '.clasprc.json'))).toBe(false);
  });
});
