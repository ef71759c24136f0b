/**
 * `npm run lkjip -- <command>`: runs the BUILT add-on (dist/) in the Apps Script emulator, calling
 * the same server functions the sidebar calls. Messages are in Bahasa Indonesia, for users.
 *
 * Each command is one entry of COMMANDS (name, usage line, options, run): a new command is one
 * more entry. Paths are printed as the user gave them; a relative path is read from the folder
 * the user called from (npm sets INIT_CWD to it), else from the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { importSkm } from './import-skm';
import {
  createEmulator,
  loadBundle,
  loadBundleWithoutServices,
  saveWorkbook,
  parseWorkbookJson,
} from '../emulator/index';
import type { Finding, HeaderNote } from '../src/core/layout/model';
import { parseTriwulan } from '../src/core/rules/triwulan';
import { ENTRY_POINTS } from '../src/entry-points';
import { DIST, ensureBuilt } from './ensure-built';
import { inputPath, JsonFileError, outputPath, readJsonFile } from './read-json';
import { writeDocumentJson } from './report-output';

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  name: string;
  /** Arguments after the command name, for the usage text. */
  usage: string;
  summary: string;
  options: Options;
  run(positionals: string[], values: Values): Promise<number>;
}

function readWorkbookFile(given: string | undefined): unknown {
  if (!given) throw new UsageError('Berkas workbook belum disebutkan.');
  const json = readJsonFile(inputPath(given), given);
  try {
    return parseWorkbookJson(json);
  } catch (e) {
    throw new JsonFileError(`${given}: ${(e as Error).message}`);
  }
}

const SEVERITY_LABEL: Record<string, string> = { error: 'KESALAHAN', warning: 'PERINGATAN' };

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
  console.log(`\n${errors} kesalahan, ${findings.length - errors} peringatan.`);
}

async function validate([file]: string[], values: Values): Promise<number> {
  const workbook = readWorkbookFile(file);
  await ensureBuilt();
  const emu = createEmulator({ workbook, distDir: DIST });
  const ctx = loadBundle(emu, DIST);
  const result = ctx.periksaData(true) as { findings: Finding[]; headerNotes: HeaderNote[] };
  const findings = result.findings.map(({ severity, code, sheet, cell, message }) => ({
    severity,
    code,
    sheet,
    cell,
    message,
  }));
  if (values.json) console.log(JSON.stringify(findings, null, 2));
  else {
    printFindings(findings);
    for (const n of result.headerNotes)
      console.log(
        n.rows
          ? `${n.sheet}!${n.cell}: ${n.found}: ${n.understoodAs}.`
          : `Judul kolom ${n.sheet}!${n.cell}: "${n.found}" dibaca sebagai "${n.understoodAs}".`,
      );
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** `--tw`: the quarter of `triwulan`, 1–4 (also `II`, `TW II`). */
function triwulanArg(values: Values): number {
  const given = values.tw;
  if (given === undefined) throw new UsageError('Triwulan belum disebutkan: tambahkan --tw <1-4>, mis. --tw 2.');
  const n = parseTriwulan(given);
  if (n === null)
    throw new UsageError(
      `Triwulan "${String(given)}" tidak dikenal: tulis 1, 2, 3 atau 4 (TW I sampai TW IV), mis. --tw 2.`,
    );
  return n;
}

/**
 * `generate`, `perjanjian` and `triwulan`: one server function that writes a Doc (generateLkjip,
 * buatPerjanjianKinerja, buatLaporanTriwulan), called as the panel's "Lanjutkan" calls it (after
 * the arguments `args` gives, such as the quarter), and what it wrote.
 */
function writeDocument(serverFunction: string, noun: string, args: (values: Values) => unknown[] = () => []) {
  return async ([file]: string[], values: Values): Promise<number> => {
    const out = values.out;
    const before = args(values);
    if (typeof out !== 'string' || out === '')
      throw new UsageError('Folder keluaran belum disebutkan: tambahkan --out <folder>.');
    const outDir = outputPath(out, 'folder');
    const workbook = readWorkbookFile(file);
    await ensureBuilt();
    const emu = createEmulator({ workbook, distDir: DIST });
    const ctx = loadBundle(emu, DIST);
    emu.counter.reset();
    const result = ctx[serverFunction](...before, true) as {
      status: string;
      url?: string;
      findings?: Finding[];
      counts?: { error: number; warning: number };
      catatan?: string[];
    };
    if (result.status !== 'ok') {
      // Nothing is written: an out/ folder holds the files of one successful run, or nothing new.
      console.error(`${noun} tidak disusun karena workbook masih memiliki kesalahan:`);
      printFindings(result.findings ?? []);
      return 1;
    }
    const calls = emu.counter.counts();
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      join(outDir, 'calls.json'),
      `${JSON.stringify({ total: emu.counter.total(), byMethod: calls }, null, 2)}\n`,
    );
    writeFileSync(join(outDir, 'workbook.json'), `${JSON.stringify(saveWorkbook(emu.spreadsheet), null, 1)}\n`);
    const doc = emu.documents[emu.documents.length - 1];
    const tree = emu.docTree(doc);
    writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(tree, null, 1)}\n`);
    writeFileSync(join(outDir, 'report.html'), emu.docHtml(doc));
    writeDocumentJson(outDir, emu, doc);
    const count = (type: string) => tree.filter((b) => b.type === type).length;
    // As the user wrote it: `out/report.html`, or an absolute path when they gave one.
    const shown = (name: string) => join(out, name);
    console.log(`${noun} disusun: ${doc.getName()}`);
    console.log(`  dokumen     ${shown('report.html')} (pohon JSON: ${shown('report.json')})`);
    console.log(
      `  isi         ${count('heading')} judul, ${count('table')} tabel, ${count('pagebreak') + 1} bagian halaman`,
    );
    console.log(`  temuan      ${result.counts?.error ?? 0} kesalahan, ${result.counts?.warning ?? 0} peringatan`);
    // What the panel shows after generating (a compact report, an image left out, the page mode).
    for (const c of result.catatan ?? []) console.log(`  catatan     ${c}`);
    console.log(`  panggilan   ${emu.counter.total()} panggilan layanan Apps Script (rincian: ${shown('calls.json')})`);
    console.log(`  workbook    ${shown('workbook.json')} (dengan baris Riwayat)`);
    return 0;
  };
}

async function calc([name, json]: string[]): Promise<number> {
  const customs = ENTRY_POINTS.filter((e) => e.kind === 'custom-function').map((e) => e.name);
  if (!name || !customs.includes(name.toUpperCase())) {
    throw new UsageError(`Fungsi tidak dikenal: ${name ?? '(kosong)'}. Pilihan: ${customs.join(', ')}.`);
  }
  if (json === undefined)
    throw new UsageError(
      `Argumen ${name.toUpperCase()} belum diberikan: tulis sebagai JSON array, mis. calc CAPAIAN '[82.48, 85]'.`,
    );
  let fnArgs: unknown;
  try {
    fnArgs = JSON.parse(json);
  } catch {
    throw new UsageError(`Argumen harus JSON array, mis. '[82.48, 85]'; yang diberikan: ${json}`);
  }
  if (!Array.isArray(fnArgs)) throw new UsageError(`Argumen harus JSON array, mis. '[82.48, 85]'.`);
  await ensureBuilt();
  const ctx = loadBundleWithoutServices(DIST);
  try {
    console.log(JSON.stringify(ctx[name.toUpperCase()](...fnArgs)));
    return 0;
  } catch (e) {
    console.error(`Kesalahan: ${(e as Error).message}`);
    return 1;
  }
}

const COMMANDS: readonly Command[] = [
  {
    name: 'validate',
    usage: '<workbook.json> [--json]',
    summary: 'memeriksa workbook; keluar 1 bila ada kesalahan',
    options: { json: { type: 'boolean' } },
    run: validate,
  },
  {
    name: 'generate',
    usage: '<workbook.json> --out <folder>',
    summary: 'menyusun laporan (report.html, report.json, document.json, calls.json, workbook.json)',
    options: { out: { type: 'string' } },
    run: writeDocument('generateLkjip', 'Laporan'),
  },
  {
    name: 'perjanjian',
    usage: '<workbook.json> --out <folder>',
    summary:
      'menyusun Perjanjian Kinerja instansi dan setiap pejabat di sheet PK Pejabat (berkas keluaran seperti generate)',
    options: { out: { type: 'string' } },
    run: writeDocument('buatPerjanjianKinerja', 'Perjanjian Kinerja'),
  },
  {
    name: 'triwulan',
    usage: '<workbook.json> --tw <1-4> --out <folder>',
    summary:
      'menyusun Laporan Kinerja Triwulan dari sheet Renaksi sampai dengan triwulan itu (berkas keluaran seperti generate)',
    options: { out: { type: 'string' }, tw: { type: 'string' } },
    run: writeDocument('buatLaporanTriwulan', 'Laporan Triwulan', (values) => [triwulanArg(values)]),
  },
  {
    name: 'import-skm',
    usage: '<workbook.json> --out <baru.json> [--sheet "<sheet respons>"]',
    summary: 'Impor Survei: jawaban Google Forms ke sheet IKM; keluar 1 bila ada jawaban tak terbaca',
    options: { out: { type: 'string' }, sheet: { type: 'string' } },
    run: (positionals, values) =>
      importSkm(positionals, values, { ensureBuilt, readWorkbookFile, usageError: (m) => new UsageError(m) }),
  },
  {
    name: 'calc',
    usage: "<FUNGSI> '<argumen sebagai JSON array>'",
    summary: "menghitung satu rumus, mis. calc CAPAIAN '[82.48, 85]'",
    options: {},
    run: calc,
  },
];

function usage(): string {
  const lines = COMMANDS.map((c) => `  npm run lkjip -- ${c.name} ${c.usage}\n      ${c.summary}`);
  return `Pemakaian:\n${lines.join('\n')}\n  npm run lkjip -- --help\n      menampilkan bantuan ini`;
}

/** parseArgs' own errors are English; the user reads Indonesian. */
function parseCommandArgs(command: Command, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Pilihan tidak dikenal: ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        `Pilihan ${option.split(' ')[0]} perlu nilai, mis. ${option.startsWith('--tw') ? '--tw 2' : '--out out'}.`,
      );
    throw new UsageError(`Argumen tidak dapat dibaca: ${args.join(' ')}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Perintah tidak dikenal: ${name}\n\n${usage()}`);
    return 2;
  }
  const { positionals, values } = parseCommandArgs(command, args);
  if (values.help) {
    console.log(`Pemakaian:\n  npm run lkjip -- ${command.name} ${command.usage}\n      ${command.summary}`);
    return 0;
  }
  return command.run(positionals, values as Values);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError) console.error(`${e.message}\n\n${usage()}`);
    else if (e instanceof JsonFileError) console.error(e.message);
    else console.error(`Kesalahan: ${(e as Error).message}`);
    process.exit(2);
  },
);
