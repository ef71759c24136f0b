/**
 * `npm run setup:clasp [-- <scriptId> [--spreadsheet <URL>]]`: connects this clone to an Apps
 * Script project bound to a spreadsheet, by writing its scriptId into .clasp.json (rootDir stays
 * `dist`).
 *
 *   without arguments  creates a new spreadsheet with a bound script titled "LKjIP Sheets"
 *                      (`clasp create --type sheets`) and takes its scriptId and parentId (the
 *                      spreadsheet, which `npx clasp open-container` opens);
 *   with a scriptId    uses that existing script (Ekstensi → Apps Script → Setelan project → ID).
 *                      clasp can neither read its spreadsheet nor rename the project (the Apps
 *                      Script API has no call for either), so `--spreadsheet` records the
 *                      spreadsheet and the output says how to rename "Proyek tanpa judul".
 *
 * `clasp create` refuses ("Project file already exists", exit 0) where a .clasp.json exists, and
 * ours is committed, so it runs in an empty temporary folder and its .clasp.json is read back.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ClaspStepError,
  claspFailure,
  claspJsonPath,
  isLoggedIn,
  isScriptId,
  LOGIN_FIRST,
  type RunClasp,
  readClaspJson,
  runClasp,
  writeClaspJson,
} from './clasp';

const TITLE = 'LKjIP Sheets';

/** A spreadsheet's ID from its address (…/spreadsheets/d/<ID>/edit…) or the bare ID. */
function spreadsheetId(given: string): string {
  const id = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(given)?.[1] ?? given.trim();
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id))
    throw new ClaspStepError(
      `"${given}" bukan alamat spreadsheet Google. Salin alamatnya dari peramban (https://docs.google.com/spreadsheets/d/…/edit).`,
    );
  return id;
}

function sheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** Creates a spreadsheet with a bound script; returns its scriptId and the spreadsheet's ID. */
function createBoundScript(clasp: RunClasp, title: string, log: (line: string) => void) {
  if (!isLoggedIn(clasp)) throw new ClaspStepError(`${LOGIN_FIRST} \`npm run setup:clasp\`.`);
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-clasp-'));
  try {
    // -P: this empty folder is the project, whatever clasp_config_project says.
    const r = clasp(['-P', dir, 'create', '--type', 'sheets', '--title', title, '--rootDir', 'dist'], dir);
    const created = join(dir, '.clasp.json');
    const json = existsSync(created) ? readClaspJson(created) : null;
    if (r.status !== 0 || !json || !isScriptId(json.scriptId)) {
      const why = `${claspFailure('clasp create', r.stderr || r.stdout)}`;
      throw new ClaspStepError(
        `${why} Periksa juga bahwa Google Apps Script API sudah diaktifkan di https://script.google.com/home/usersettings.`,
      );
    }
    log(`Dibuat: spreadsheet "${title}" dengan skrip terikat (project Apps Script "${title}").`);
    return json;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function setupClasp(argv: string[], clasp: RunClasp = runClasp, log: (line: string) => void = console.log): string {
  const file = claspJsonPath();
  const { positionals, values } = parseArgs({
    args: argv,
    options: { title: { type: 'string' }, spreadsheet: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [given] = positionals;
  if (given !== undefined && !isScriptId(given))
    throw new ClaspStepError(
      `"${given}" bukan scriptId Apps Script. Salin ID dari Apps Script: Setelan project (ikon roda gigi) → ID skrip.`,
    );
  const parentId = values.spreadsheet === undefined ? undefined : spreadsheetId(values.spreadsheet);
  const current = readClaspJson(file);
  if (given === undefined && isScriptId(current.scriptId) && parentId) {
    writeClaspJson(file, { ...current, parentId });
    log(`Spreadsheet induk dicatat: ${sheetUrl(parentId)} (\`npx clasp open-container\` membukanya).`);
    return current.scriptId;
  }
  if (given === undefined && isScriptId(current.scriptId)) {
    log(
      `.clasp.json sudah memakai scriptId ${current.scriptId}. Untuk memakai skrip lain: npm run setup:clasp -- <scriptId>`,
    );
    return current.scriptId;
  }
  if (given === undefined) {
    const created = createBoundScript(clasp, values.title ?? TITLE, log);
    writeClaspJson(file, created);
    log(`.clasp.json sekarang memakai scriptId ${created.scriptId} (rootDir: dist).`);
    if (created.parentId)
      log(`Spreadsheet induk: ${sheetUrl(created.parentId)} (\`npx clasp open-container\` membukanya).`);
    log('Langkah berikutnya: npm run push');
    return created.scriptId;
  }
  // Another script: the spreadsheet of the old one (if any) is not this one's.
  writeClaspJson(file, { scriptId: given, rootDir: 'dist', parentId });
  log(`.clasp.json sekarang memakai scriptId ${given} (rootDir: dist).`);
  log(
    parentId
      ? `Spreadsheet induk: ${sheetUrl(parentId)} (\`npx clasp open-container\` membukanya).`
      : 'Spreadsheet induknya tidak dicatat: bukalah langsung dari Google Drive (atau ulangi dengan --spreadsheet <alamat spreadsheet> agar `npx clasp open-container` dapat membukanya).',
  );
  log(
    'Beri nama project-nya "LKjIP Sheets": di spreadsheet itu buka Ekstensi → Apps Script, klik nama project di kiri atas ("Proyek tanpa judul"), ketik LKjIP Sheets, lalu klik Ganti nama. Nama ini yang tampil di menu Ekstensi (clasp tidak dapat menggantinya).',
  );
  log('Langkah berikutnya: npm run push');
  return given;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setupClasp(process.argv.slice(2));
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      e instanceof ClaspStepError
        ? e.message
        : code?.startsWith('ERR_PARSE_ARGS')
          ? 'Pemakaian: npm run setup:clasp [-- <scriptId> [--spreadsheet <alamat spreadsheet>]] [--title "Judul spreadsheet"]'
          : `Kesalahan: ${(e as Error).message}`,
    );
    process.exit(1);
  }
}
