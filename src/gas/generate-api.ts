// "Generate LKjIP" and the other documents the panel writes ("Buat Perjanjian Kinerja"): read
// each layout sheet once, validate, build the report model, write a new Google Doc, log a Riwayat
// row. One flow (runDocument) for every document; thin: the documents themselves are src/core/report.
import { pageSetup } from '../core/docs/page-setup';
import { isInputError } from '../core/input-error';
import type { Finding, Workbook } from '../core/layout/model';
import { normalizeSheetName, sheetSpec } from '../core/layout/spec';
import { buildReport } from '../core/report/build-report';
import { tanggalIndonesia } from '../core/report/indonesian-date';
import type { BuildOptions, ReportDocument } from '../core/report/report-types';
import { capFindings, type OmittedFindings } from '../core/validate/cap-findings';
import { type DocumentKind, documentFindings } from '../core/validate/gate';
import { countFindings, validateWorkbook } from '../core/validate/validate-workbook';
import { reportingYear } from '../core/rules/reporting-year';
import { SCOPES } from '../core/scopes';
import { readRawWorkbook } from './read-sheets';
import { type MissingScopes, missingScopes } from './scopes';
import { writeReport } from './write-doc';

export interface Counts {
  error: number;
  warning: number;
}

export type GenerateResult =
  | { status: 'ok'; url: string; name: string; langkah: string[]; counts: Counts; catatan: string[] }
  | { status: 'blocked'; findings: Finding[]; counts: Counts; omitted?: OmittedFindings[] }
  | { status: 'needs-confirmation'; findings: Finding[]; counts: Counts; omitted?: OmittedFindings[] }
  | ({ status: 'needs-authorization' } & MissingScopes);

/** Reading the sheets and creating the Doc; the Riwayat email is optional (left blank without it). */
const GENERATE_SCOPES = [SCOPES.spreadsheets, SCOPES.driveFile];

export interface StatusGenerate {
  langkah: string[];
  selesai: boolean;
}

const PROGRESS_KEY = 'lkjip.generate.langkah';
const PROGRESS_SECONDS = 600;
/** A second click waits this long for the first generation before being told to wait. */
const LOCK_WAIT_MS = 2000;

/** What differs between the documents: their words, their gate, how they are built. */
export interface DocumentFlow {
  kind: DocumentKind;
  /** The document in the messages: `Laporan`, `Perjanjian Kinerja`. */
  noun: string;
  /** The Doc's name starts with it (`LKjIP`, `PK`); Riwayat's `Jenis` says it in full. */
  prefix: string;
  jenis: string;
  /** The footer of every page after the first, "" for none. */
  footer(instansi: string, tahun: number): string;
  /** The document, naming each step as it is built (`Menyusun BAB I`). */
  build(workbook: Workbook, opts: BuildOptions & { onStep: (step: string) => void }): ReportDocument;
}

const LKJIP: DocumentFlow = {
  kind: 'lkjip',
  noun: 'Laporan',
  prefix: 'LKjIP',
  jenis: 'LKjIP',
  footer: (instansi, tahun) => `Laporan Kinerja ${instansi} Tahun ${tahun}`,
  build: (workbook, { onStep, ...opts }) =>
    buildReport(workbook, { ...opts, onPart: (part) => onStep(`Menyusun ${part}`) }),
};

const PESAN_SEDANG_DISUSUN =
  'Sebuah dokumen sedang disusun oleh proses lain (mungkin klik sebelumnya). Tunggu hingga selesai, lalu periksa sheet Riwayat atau coba lagi.';

/** The named steps, stored under ONE user-cache key so the sidebar can poll statusGenerate(). */
function createProgress() {
  const cache = CacheService.getUserCache();
  const langkah: string[] = [];
  const save = (selesai: boolean) => cache?.put(PROGRESS_KEY, JSON.stringify({ langkah, selesai }), PROGRESS_SECONDS);
  return {
    langkah,
    step(name: string) {
      langkah.push(name);
      save(false);
    },
    finish() {
      save(true);
    },
  };
}

export function statusGenerate(): StatusGenerate {
  const text = CacheService.getUserCache()?.get(PROGRESS_KEY) ?? null;
  if (!text) return { langkah: [], selesai: false };
  try {
    const parsed = JSON.parse(text) as Partial<StatusGenerate>;
    return {
      langkah: Array.isArray(parsed.langkah) ? parsed.langkah.map(String) : [],
      selesai: parsed.selesai === true,
    };
  } catch {
    return { langkah: [], selesai: false };
  }
}

/** `LKjIP Kecamatan Lima Puluh Pesisir Tahun 2023 – 1 Februari 2024 10.05`, in the spreadsheet's zone. */
function docName(prefix: string, instansi: string, tahun: number, now: Date, timeZone: string): string {
  const [date, time] = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH.mm').split(' ');
  return `${prefix} ${instansi} Tahun ${tahun} – ${tanggalIndonesia(date) ?? date} ${time}`;
}

/** Text a user could type that Sheets would take as a formula: kept literal with a leading `'`. */
function plain(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * Append one row to Riwayat (created with a bold frozen header when missing): ONE setValues of plain
 * values. A sheet already filled to its last grid row (1000 by default) is grown first, since
 * getRange beyond the grid is refused; an older sheet without the `Jenis` column gets its header.
 */
function appendRiwayat(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: { waktu: Date; pengguna: string; url: string; counts: Counts; jenis: string; catatan: string[] },
): void {
  const header = sheetSpec('Riwayat').columns.map((c) => c.name);
  let sheet = ss.getSheets().find((s) => normalizeSheetName(s.getName()) === normalizeSheetName('Riwayat')) ?? null;
  if (!sheet) {
    // insertSheet makes the new sheet the active one; the user stays on the sheet they were on.
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet('Riwayat', ss.getSheets().length);
    active?.activate();
    const top = sheet.getRange(1, 1, 1, header.length);
    top.setValues([header]);
    top.setFontWeight('bold');
    sheet.setFrozenRows(1);
  } else {
    const lastColumn = sheet.getLastColumn();
    if (lastColumn < header.length) {
      if (header.length > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
      const missing = sheet.getRange(1, lastColumn + 1, 1, header.length - lastColumn);
      missing.setValues([header.slice(lastColumn)]);
      missing.setFontWeight('bold');
    }
  }
  const next = Math.max(sheet.getLastRow(), 1) + 1;
  const maxRows = sheet.getMaxRows();
  if (next > maxRows) sheet.insertRowsAfter(maxRows, next - maxRows);
  sheet
    .getRange(next, 1, 1, header.length)
    .setValues([
      [
        row.waktu,
        plain(row.pengguna),
        plain(row.url),
        row.counts.error,
        row.counts.warning,
        row.jenis,
        plain(row.catatan.join(' ')),
      ],
    ]);
}

function failureMessage(noun: string, e: unknown, doc: { url: string; name: string } | null): string {
  const reason = isInputError(e) ? e.message : 'terjadi kesalahan tak terduga di LKjIP Sheets (mohon laporkan)';
  const leftBehind = doc
    ? ` Dokumen yang sempat dibuat sebagian bernama "${doc.name}" dan boleh dihapus dari Google Drive Anda: ${doc.url}.`
    : ' Tidak ada dokumen yang dibuat.';
  return `${noun} gagal disusun: ${reason}.${leftBehind} Sheet Riwayat tidak diubah.`;
}

/** The Doc is complete; only its line in Riwayat could not be written. */
function riwayatFailureMessage(noun: string, e: unknown, doc: { url: string }): string {
  const reason = isInputError(e) ? e.message : 'penulisan ke sheet tersebut ditolak atau gagal';
  return `${noun} sudah selesai disusun dan lengkap: ${doc.url}. Hanya pencatatannya di sheet Riwayat yang gagal (${reason}); catat tautan ini bila perlu.`;
}

/** Thrown when only the Riwayat line failed: its message already says the Doc is complete. */
class RiwayatError extends Error {}

type Progress = ReturnType<typeof createProgress>;

/**
 * Read, check and build the document, or say why not (errors, or warnings not yet accepted). The
 * raw grid and the workbook model are local here: only the report outlives this call, so neither
 * is held while the Doc is written.
 */
function prepare(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  flow: DocumentFlow,
  lanjutWalauAdaPeringatan: boolean,
  now: Date,
  progress: Progress,
) {
  progress.step('Membaca data');
  const { workbook, findings } = readAndCheck(ss, flow, progress);
  const counts = countFindings(findings);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { status: 'blocked' as const, ...capFindings(errors), counts };
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (warnings.length > 0 && lanjutWalauAdaPeringatan !== true) {
    return { status: 'needs-confirmation' as const, ...capFindings(warnings), counts };
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const tahun =
    reportingYear(workbook.profil?.tahun, workbook.iku?.realisasiYears ?? []) ||
    Number(Utilities.formatDate(now, timeZone, 'yyyy'));
  const instansi = workbook.profil?.namaInstansi.trim() || ss.getName();
  const page = pageSetup(workbook.profil?.halaman, flow.footer(instansi, tahun));
  const report = flow.build(workbook, {
    generatedAt: now,
    hariIni: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
    logoUrl: page.setup.logoUrl,
    onStep: (step) => progress.step(step),
  });
  return { report, name: docName(flow.prefix, instansi, tahun, now, timeZone), page, counts };
}

/** The sheets read and checked for this document; the raw grid is garbage once this returns. */
function readAndCheck(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, flow: DocumentFlow, progress: Progress) {
  const raw = readRawWorkbook(ss);
  progress.step('Memeriksa data');
  const { workbook, findings } = validateWorkbook(raw);
  return { workbook, findings: documentFindings(flow.kind, findings, raw, workbook) };
}

/**
 * One document, as the panel asks for it: the lock, the named steps, the findings about what the
 * document prints (errors refuse it, warnings wait for `lanjutWalauAdaPeringatan`), the new Doc,
 * its Riwayat row.
 */
export function runDocument(flow: DocumentFlow, lanjutWalauAdaPeringatan: boolean): GenerateResult {
  // Before anything else: a permission unticked on the consent screen is asked for again.
  const missing = missingScopes(GENERATE_SCOPES);
  if (missing) return { status: 'needs-authorization', ...missing };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(PESAN_SEDANG_DISUSUN);
  const progress = createProgress();
  let created: { id: string; url: string; name: string } | null = null;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const now = new Date();
    const prepared = prepare(ss, flow, lanjutWalauAdaPeringatan, now, progress);
    if ('status' in prepared) {
      progress.finish();
      return prepared;
    }
    const { report, name, page, counts } = prepared;
    progress.step('Menulis dokumen');
    for (const problem of page.problems) progress.step(`Profil: ${problem}`);
    const doc = writeReport(report, name, page.setup, (d) => (created = d));
    const catatan = [...(report.catatan ?? []), ...doc.notes];
    try {
      appendRiwayat(ss, {
        waktu: now,
        pengguna: activeUserEmail(),
        url: doc.url,
        counts,
        jenis: flow.jenis,
        catatan,
      });
    } catch (e) {
      console.error(e);
      progress.step('Gagal mencatat di Riwayat');
      progress.finish();
      throw new RiwayatError(riwayatFailureMessage(flow.noun, e, doc));
    }
    progress.step('Selesai');
    progress.finish();
    return {
      status: 'ok',
      url: doc.url,
      name: doc.name,
      langkah: [...progress.langkah],
      counts,
      catatan,
    };
  } catch (e) {
    if (e instanceof RiwayatError) throw new Error(e.message);
    console.error(e);
    try {
      progress.step('Gagal');
      progress.finish();
    } catch {
      /* the message below matters more than the progress display */
    }
    throw new Error(failureMessage(flow.noun, e, created));
  } finally {
    lock.releaseLock();
  }
}

export function generateLkjip(lanjutWalauAdaPeringatan: boolean): GenerateResult {
  return runDocument(LKJIP, lanjutWalauAdaPeringatan);
}
