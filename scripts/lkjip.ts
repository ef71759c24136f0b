/**
 * `npm run lkjip -- <command>`: runs the BUILT add-on (dist/) in the Apps Script emulator, calling
 * the same server functions the sidebar calls. Messages are in Bahasa Indonesia, for users.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ENTRY_POINTS } from '../src/entry-points';
import { buildAll } from './build';
import {
  createEmulator,
  loadBundle,
  loadBundleWithoutServices,
  saveWorkbook,
  parseWorkbookJson,
} from '../emulator/index';
import type { Finding, HeaderNote } from '../src/core/layout/model';

class UsageError extends Error {}

const USAGE = `Pemakaian:
  npm run lkjip -- validate <workbook.json> [--json]
  npm run lkjip -- generate <workbook.json> --out <folder>
  npm run lkjip -- calc <FUNGSI> '<argumen sebagai JSON array>'   mis. calc CAPAIAN '[82.48, 85]'`;

const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts/build.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newestMtime(join(path, f))), st.mtimeMs);
}

/** Build when dist/ is missing or older than any source, so the CLI always runs current code. */
async function ensureBuilt(): Promise<void> {
  const built = existsSync('dist/lkjip.js') ? statSync('dist/lkjip.js').mtimeMs : 0;
  if (SOURCES.some((s) => newestMtime(s) > built)) await buildAll();
}

function readWorkbookFile(path: string | undefined): unknown {
  if (!path) throw new UsageError('Berkas workbook belum disebutkan.');
  if (!existsSync(path)) throw new UsageError(`Berkas tidak ditemukan: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`Berkas ${path} bukan JSON yang sah: ${(e as Error).message}`);
  }
  try {
    return parseWorkbookJson(json);
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
}

const SEVERITY_LABEL: Record<string, string> = { error: 'GALAT', warning: 'PERINGATAN' };

function printFindings(findings: Finding[]): void {
  if (findings.length === 0) {
    console.log('Tidak ada masalah: workbook mengikuti tata letak standar.');
    return;
  }
  let sheet = '';
  for (const f of findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      console.log(`\n${sheet}`);
    }
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
    console.log(
      `  ${(SEVERITY_LABEL[f.severity] ?? f.severity).padEnd(10)} ${where.padEnd(10)} [${f.code}] ${f.message}`,
    );
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`\n${errors} galat, ${findings.length - errors} peringatan.`);
}

async function validate(args: string[]): Promise<number> {
  const asJson = args.includes('--json');
  const workbook = readWorkbookFile(args.find((a) => !a.startsWith('--')));
  await ensureBuilt();
  const emu = createEmulator({ workbook });
  const ctx = loadBundle(emu);
  const result = ctx.periksaData() as { findings: Finding[]; headerNotes: HeaderNote[] };
  const findings = result.findings.map(({ severity, code, sheet, cell, message }) => ({
    severity,
    code,
    sheet,
    cell,
    message,
  }));
  if (asJson) console.log(JSON.stringify(findings, null, 2));
  else {
    printFindings(findings);
    for (const n of result.headerNotes)
      console.log(`Judul kolom ${n.sheet}!${n.cell}: "${n.found}" dibaca sebagai "${n.understoodAs}".`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function generate(args: string[]): Promise<number> {
  const out = option(args, '--out');
  if (!out) throw new UsageError('Folder keluaran belum disebutkan: tambahkan --out <folder>.');
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  const workbook = readWorkbookFile(file);
  await ensureBuilt();
  const emu = createEmulator({ workbook });
  const ctx = loadBundle(emu);
  emu.counter.reset();
  const result = ctx.generateLkjip(true) as {
    status: string;
    url?: string;
    findings?: Finding[];
    counts?: { error: number; warning: number };
  };
  const calls = emu.counter.counts();
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'calls.json'),
    `${JSON.stringify({ total: emu.counter.total(), byMethod: calls }, null, 2)}\n`,
  );
  writeFileSync(join(out, 'workbook.json'), `${JSON.stringify(saveWorkbook(emu.spreadsheet), null, 1)}\n`);
  if (result.status !== 'ok') {
    console.error('Laporan tidak disusun karena workbook masih memiliki galat:');
    printFindings(result.findings ?? []);
    return 1;
  }
  const doc = emu.documents[emu.documents.length - 1];
  const tree = emu.docTree(doc);
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(tree, null, 1)}\n`);
  writeFileSync(join(out, 'report.html'), emu.docHtml(doc));
  const count = (type: string) => tree.filter((b) => b.type === type).length;
  const rel = (p: string) => relative(process.cwd(), resolve(p)) || p;
  console.log(`Laporan disusun: ${doc.getName()}`);
  console.log(`  dokumen     ${rel(join(out, 'report.html'))} (pohon JSON: ${rel(join(out, 'report.json'))})`);
  console.log(
    `  isi         ${count('heading')} judul, ${count('table')} tabel, ${count('pagebreak') + 1} bagian halaman`,
  );
  console.log(`  temuan      ${result.counts?.error ?? 0} galat, ${result.counts?.warning ?? 0} peringatan`);
  console.log(
    `  panggilan   ${emu.counter.total()} panggilan layanan Apps Script (rincian: ${rel(join(out, 'calls.json'))})`,
  );
  console.log(`  workbook    ${rel(join(out, 'workbook.json'))} (dengan baris Riwayat)`);
  return 0;
}

async function calc(args: string[]): Promise<number> {
  const [name, json = '[]'] = args;
  const customs = ENTRY_POINTS.filter((e) => e.kind === 'custom-function').map((e) => e.name);
  if (!name || !customs.includes(name.toUpperCase())) {
    throw new UsageError(`Fungsi tidak dikenal: ${name ?? '(kosong)'}. Pilihan: ${customs.join(', ')}.`);
  }
  let fnArgs: unknown;
  try {
    fnArgs = JSON.parse(json);
  } catch {
    throw new UsageError(`Argumen harus JSON array, mis. '[82.48, 85]'; yang diberikan: ${json}`);
  }
  if (!Array.isArray(fnArgs)) throw new UsageError(`Argumen harus JSON array, mis. '[82.48, 85]'.`);
  await ensureBuilt();
  const ctx = loadBundleWithoutServices();
  try {
    console.log(JSON.stringify(ctx[name.toUpperCase()](...fnArgs)));
    return 0;
  } catch (e) {
    console.error(`Galat: ${(e as Error).message}`);
    return 1;
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { validate, generate, calc };

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    console.error(command ? `Perintah tidak dikenal: ${command}\n\n${USAGE}` : USAGE);
    return 2;
  }
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof UsageError ? `${e.message}\n\n${USAGE}` : `Galat: ${(e as Error).message}`);
    process.exit(2);
  },
);
