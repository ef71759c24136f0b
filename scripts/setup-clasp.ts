/**
 * `npm run setup:clasp [-- <scriptId>]`: connects this clone to an Apps Script project bound to a
 * spreadsheet, by writing its scriptId into the committed .clasp.json (rootDir stays `dist`).
 *
 *   with a scriptId   uses that existing script (Ekstensi → Apps Script → Setelan project → ID);
 *   --check           only checks that .clasp.json holds a real scriptId (run by `npm run push`);
 *   without           creates a new spreadsheet with a bound script (`clasp create --type sheets`)
 *                     and takes its scriptId.
 *
 * `clasp create` refuses ("Project file already exists", exit 0) where a .clasp.json exists, and
 * ours is committed, so it runs in an empty temporary folder and only its scriptId is copied.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from './ensure-built';

export const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const TITLE = 'LKjIP Sheets';

/** Apps Script IDs are long base64url-like strings (57 characters today); checked loosely. */
export function isScriptId(text: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(text) && text !== PLACEHOLDER;
}

/** One clasp call: exit status and output. The real one runs node_modules' clasp. */
export type RunClasp = (args: string[], cwd: string) => { status: number | null; stdout: string; stderr: string };

const runClasp: RunClasp = (args, cwd) => {
  const bin = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
};

export class SetupError extends Error {}

interface ClaspJson {
  scriptId: string;
  rootDir: string;
  [key: string]: unknown;
}

function readClaspJson(file: string): ClaspJson {
  const json = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ClaspJson>) : {};
  return { ...json, scriptId: String(json.scriptId ?? PLACEHOLDER), rootDir: 'dist' };
}

function writeScriptId(file: string, scriptId: string): void {
  writeFileSync(file, `${JSON.stringify({ ...readClaspJson(file), scriptId, rootDir: 'dist' }, null, 2)}\n`);
}

/** Creates a spreadsheet with a bound script; returns its scriptId. Needs `npx clasp login` first. */
function createBoundScript(clasp: RunClasp, title: string, log: (line: string) => void): string {
  const who = clasp(['--json', 'show-authorized-user'], ROOT);
  let loggedIn = false;
  try {
    loggedIn = JSON.parse(who.stdout).loggedIn === true;
  } catch {
    throw new SetupError(`clasp tidak dapat dijalankan: ${(who.stderr || who.stdout).trim() || 'tanpa keterangan'}`);
  }
  if (!loggedIn)
    throw new SetupError(
      'Belum masuk ke akun Google: jalankan dulu `npx clasp login` (sekali saja), lalu ulangi `npm run setup:clasp`.',
    );
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-clasp-'));
  try {
    const r = clasp(['create', '--type', 'sheets', '--title', title, '--rootDir', 'dist'], dir);
    if (r.stdout.trim()) log(r.stdout.trim());
    const created = join(dir, '.clasp.json');
    const scriptId = existsSync(created) ? readClaspJson(created).scriptId : '';
    if (r.status !== 0 || !isScriptId(scriptId)) {
      const why = (r.stderr || r.stdout).trim();
      throw new SetupError(
        `clasp create gagal${why ? `: ${why}` : ''}. Periksa bahwa Google Apps Script API sudah diaktifkan di https://script.google.com/home/usersettings, lalu ulangi.`,
      );
    }
    return scriptId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function setupClasp(
  argv: string[],
  options: { clasp?: RunClasp; claspJson?: string; log?: (line: string) => void } = {},
): string {
  const clasp = options.clasp ?? runClasp;
  const file = options.claspJson ?? join(ROOT, '.clasp.json');
  const log = options.log ?? console.log;
  const { positionals, values } = parseArgs({
    args: argv,
    options: { title: { type: 'string' }, check: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [given] = positionals;
  if (given !== undefined && !isScriptId(given))
    throw new SetupError(
      `"${given}" bukan scriptId Apps Script. Salin ID dari Apps Script: Setelan project (ikon roda gigi) → ID skrip.`,
    );
  const current = readClaspJson(file).scriptId;
  if (values.check) {
    // Before `clasp push`: a placeholder would fail there with a message about a missing project.
    if (!isScriptId(current))
      throw new SetupError('.clasp.json belum berisi scriptId: jalankan dulu `npm run setup:clasp` (lihat README).');
    return current;
  }
  if (given === undefined && isScriptId(current)) {
    log(`.clasp.json sudah memakai scriptId ${current}. Untuk memakai skrip lain: npm run setup:clasp -- <scriptId>`);
    return current;
  }
  const scriptId = given ?? createBoundScript(clasp, values.title ?? TITLE, log);
  writeScriptId(file, scriptId);
  log(`.clasp.json sekarang memakai scriptId ${scriptId} (rootDir: dist). Langkah berikutnya: npm run push`);
  return scriptId;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setupClasp(process.argv.slice(2));
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      e instanceof SetupError
        ? e.message
        : code?.startsWith('ERR_PARSE_ARGS')
          ? 'Pemakaian: npm run setup:clasp [-- <scriptId>] [--title "Judul spreadsheet"]'
          : `Kesalahan: ${(e as Error).message}`,
    );
    process.exit(1);
  }
}
