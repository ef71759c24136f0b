/**
 * What `npm run setup:clasp` and `npm run push` share about clasp 3 (@google/clasp):
 *
 * - clasp is run by name from PATH. `npm run` puts node_modules/.bin first on PATH, so that is
 *   this repository's clasp; node_modules/.bin is also appended for a run without npm. (A test puts
 *   a stand-in first on PATH.)
 * - The project file is `.clasp.json` in the repository root, or where clasp's own
 *   `clasp_config_project` variable points (a file, or a folder holding `.clasp.json`). clasp reads
 *   `rootDir` relative to that file's folder.
 * - The login lives in `~/.clasprc.json` (clasp's `clasp_config_auth` variable moves it); without
 *   it every clasp command that talks to Google ends with its bare "No credentials found.".
 *   `clasp --json show-authorized-user` says `{"loggedIn": false}` then, without failing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { ROOT } from './ensure-built';

export const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** A message for the person at the terminal, in Indonesian; the scripts print it and exit 1. */
export class ClaspStepError extends Error {}

/** Apps Script IDs are long base64url-like strings (57 characters today); checked loosely. */
export function isScriptId(text: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(text) && text !== PLACEHOLDER;
}

type ClaspResult = { status: number | null; stdout: string; stderr: string };
export type RunClasp = (args: string[], cwd?: string) => ClaspResult;

export const runClasp: RunClasp = (args, cwd = ROOT) => {
  const PATH = [process.env.PATH ?? '', join(ROOT, 'node_modules', '.bin')].filter(Boolean).join(delimiter);
  const r = spawnSync('clasp', args, { cwd, encoding: 'utf8', env: { ...process.env, PATH } });
  if (r.error)
    throw new ClaspStepError(
      `clasp tidak dapat dijalankan (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}). Jalankan dulu \`npm ci\` di folder repositori, lalu ulangi.`,
    );
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
};

/** The project file clasp will use. */
export function claspJsonPath(): string {
  const given = process.env.clasp_config_project;
  if (!given) return join(ROOT, '.clasp.json');
  const path = resolve(given);
  return existsSync(path) && statSync(path).isDirectory() ? join(path, '.clasp.json') : path;
}

export interface ClaspJson {
  scriptId: string;
  rootDir: string;
  /** The Drive file the script is bound to (the spreadsheet): `clasp open-container` opens it. */
  parentId?: string;
}

export function readClaspJson(file: string): ClaspJson {
  const json = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  // Older clasp wrote parentId as a one-element array; clasp 3 reads either.
  const parent = Array.isArray(json.parentId) ? json.parentId[0] : json.parentId;
  return {
    scriptId: String(json.scriptId ?? PLACEHOLDER),
    rootDir: typeof json.rootDir === 'string' && json.rootDir !== '' ? json.rootDir : 'dist',
    ...(typeof parent === 'string' && parent !== '' ? { parentId: parent } : {}),
  };
}

/** Only what this project needs: scriptId, rootDir dist, and parentId when the spreadsheet is known. */
export function writeClaspJson(file: string, json: ClaspJson): void {
  const { scriptId, parentId } = json;
  writeFileSync(file, `${JSON.stringify({ scriptId, rootDir: 'dist', ...(parentId ? { parentId } : {}) }, null, 2)}\n`);
}

/** The folder clasp pushes: rootDir, relative to the project file. */
export function contentDir(file: string, json: ClaspJson): string {
  return resolve(dirname(file), json.rootDir);
}

export const LOGIN_FIRST =
  'Belum masuk ke akun Google untuk clasp (tidak ada login di ~/.clasprc.json). Jalankan `npx clasp login` (sekali per komputer; peramban terbuka dan meminta izin untuk clasp), lalu ulangi';

/** True when clasp has a login; a clasp that does not answer in JSON is an error. */
export function isLoggedIn(clasp: RunClasp): boolean {
  const who = clasp(['--json', 'show-authorized-user']);
  try {
    return (JSON.parse(who.stdout) as { loggedIn?: unknown }).loggedIn === true;
  } catch {
    throw new ClaspStepError(
      `clasp tidak dapat dijalankan: ${(who.stderr || who.stdout).trim() || 'tanpa keterangan'}`,
    );
  }
}

/** Google's English answers a deployer meets, with the next step in Indonesian. */
export function claspFailure(action: string, output: string): string {
  const text = output.trim();
  if (/has not enabled the Apps Script API/i.test(text))
    return `${action} gagal: Google Apps Script API belum diaktifkan untuk akun ini. Buka https://script.google.com/home/usersettings, geser Google Apps Script API ke Aktif ("On"), tunggu beberapa menit, lalu ulangi.`;
  if (/No credentials found|invalid_grant|invalid_rapt|Login Required/i.test(text))
    return `${action} gagal: login clasp tidak ada atau sudah kedaluwarsa. Jalankan \`npx clasp login\`, lalu ulangi.`;
  if (/Requested entity was not found|not found|PERMISSION_DENIED|caller does not have permission/i.test(text))
    return `${action} gagal: skrip dengan scriptId di .clasp.json tidak ditemukan, atau akun yang masuk di clasp bukan pemilik/editornya. Periksa scriptId (Apps Script → Setelan project → ID skrip) dan akunnya (\`npx clasp show-authorized-user\`). Pesan clasp: ${text}`;
  return `${action} gagal. Pesan clasp: ${text || 'tanpa keterangan'}`;
}
