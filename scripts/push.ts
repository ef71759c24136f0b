/**
 * `npm run push`: uploads dist/ to the Apps Script project in .clasp.json, and says so only when
 * Google has it.
 *
 * clasp 3's `push` compares the local files with the project's; when appsscript.json differs (a
 * new script's manifest always does) it asks "Manifest file has been updated. Do you want to push
 * and overwrite?" with No as the default, and without a terminal it takes No at once: it prints
 * "Skipping push." and exits 0 having uploaded nothing. The manifest in this repository is the
 * truth, so this runs `clasp --json push --force`, which never asks, and reads its answer: the JSON
 * list of the files it uploaded (`[]` when the project already equals dist/). Anything else, or a
 * list without one of dist/'s files, is an error here.
 *
 * Before that: .clasp.json must hold a real scriptId (npm run setup:clasp) and clasp must have a
 * login (`npx clasp login`), checked first so the deployer gets the next step instead of clasp's
 * bare "No credentials found.". dist/ is built fresh when it is the repository's own.
 */
import { readdirSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build';
import {
  ClaspStepError,
  claspFailure,
  claspJsonPath,
  contentDir,
  isLoggedIn,
  isScriptId,
  LOGIN_FIRST,
  type RunClasp,
  readClaspJson,
  runClasp,
} from './clasp';
import { DIST, ROOT } from './ensure-built';

/** What clasp pushes from rootDir: script and HTML files, and the manifest. */
function filesToPush(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(js|gs|html)$/.test(f) || f === 'appsscript.json')
    .sort();
}

/** The file names clasp says it uploaded, or null when its output is not that list. */
function pushedFiles(stdout: string): string[] | null {
  const start = stdout.indexOf('[');
  if (start < 0) return null;
  try {
    const list = JSON.parse(stdout.slice(start)) as unknown;
    return Array.isArray(list) && list.every((f) => typeof f === 'string') ? list.map((f) => basename(f)) : null;
  } catch {
    return null;
  }
}

async function push(clasp: RunClasp = runClasp, log: (line: string) => void = console.log): Promise<string[]> {
  const file = claspJsonPath();
  const json = readClaspJson(file);
  if (!isScriptId(json.scriptId))
    throw new ClaspStepError(
      `${relative(ROOT, file) || file} belum berisi scriptId: jalankan dulu \`npm run setup:clasp\` (lihat docs/panduan-pemasangan.md, langkah B.4).`,
    );
  if (!isLoggedIn(clasp)) throw new ClaspStepError(`${LOGIN_FIRST} \`npm run push\`.`);

  const dir = contentDir(file, json);
  if (resolve(dir) === DIST) {
    log('Membangun dist/ …');
    await buildAll();
  }
  const expected = filesToPush(dir);

  log(`Mengunggah ${expected.join(', ')} ke project Apps Script ${json.scriptId} …`);
  const r = clasp(['--json', 'push', '--force']);
  if (r.status !== 0) throw new ClaspStepError(claspFailure('clasp push', r.stderr || r.stdout));
  const pushed = pushedFiles(r.stdout);
  if (pushed === null)
    throw new ClaspStepError(
      `clasp push tidak mengunggah apa pun${r.stdout.trim() ? ` (clasp menjawab: ${r.stdout.trim()})` : ''}. Skrip di Google belum berubah. Ulangi \`npm run push\`; bila tetap begini, jalankan \`npx clasp push --force\` sendiri dan baca pesannya.`,
    );
  if (pushed.length === 0) {
    log('Skrip di Google sudah sama dengan dist/: tidak ada yang perlu diunggah.');
    return [];
  }
  const missing = expected.filter((f) => !pushed.includes(f));
  if (missing.length > 0)
    throw new ClaspStepError(
      `clasp push tidak mengunggah ${missing.join(', ')} (yang terunggah: ${pushed.join(', ') || 'tidak ada'}). Periksa rootDir di .clasp.json ("dist") dan berkas .claspignore bila ada, lalu ulangi.`,
    );
  log(`Terunggah ke Google: ${pushed.join(', ')}.`);
  log(
    `Langkah berikutnya: buka spreadsheet induk${json.parentId ? ' (`npx clasp open-container`)' : ''}, muat ulang halamannya, lalu pilih Ekstensi → LKjIP Sheets → Buka panel LKjIP.`,
  );
  return pushed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  push().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof ClaspStepError ? e.message : `Kesalahan: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
