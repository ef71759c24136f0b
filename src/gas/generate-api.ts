// "Generate LKjIP": read each layout sheet once, validate, build the report model, write a new
// Google Doc, log a Riwayat row. Thin: the report itself is src/core/report.
import { pageSetup } from '../core/docs/page-setup';
import { isInputError } from '../core/input-error';
import type { Finding } from '../core/layout/model';
import { normalizeSheetName, sheetSpec } from '../core/layout/spec';
import { buildReport } from '../core/report/build-report';
import { tanggalIndonesia } from '../core/report/indonesian-date';
import { capFindings, type OmittedFindings } from '../core/validate/cap-findings';
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
  | { status: 'ok'; url: string; name: string; langkah: string[]; counts: Counts }
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

const PESAN_SEDANG_DISUSUN =
  'Laporan sedang disusun oleh proses lain (mungkin klik sebelumnya). Tunggu hingga selesai, lalu periksa sheet Riwayat atau coba lagi.';

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
function docName(instansi: string, tahun: number, now: Date, timeZone: string): string {
  const [date, time] = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH.mm').split(' ');
  return `LKjIP ${instansi} Tahun ${tahun} – ${tanggalIndonesia(date) ?? date} ${time}`;
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
 * getRange beyond the grid is refused.
 */
function appendRiwayat(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: { waktu: Date; pengguna: string; url: string; counts: Counts },
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
  }
  const next = Math.max(sheet.getLastRow(), 1) + 1;
  const maxRows = sheet.getMaxRows();
  if (next > maxRows) sheet.insertRowsAfter(maxRows, next - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (header.length > maxColumns) sheet.insertColumnsAfter(maxColumns, header.length - maxColumns);
  sheet
    .getRange(next, 1, 1, header.length)
    .setValues([[row.waktu, plain(row.pengguna), plain(row.url), row.counts.error, row.counts.warning]]);
}

function failureMessage(e: unknown, doc: { url: string } | null): string {
  const reason = isInputError(e) ? e.message : 'terjadi kesalahan tak terduga di LKjIP Sheets (mohon laporkan)';
  const leftBehind = doc
    ? ` Dokumen yang sempat dibuat sebagian tetap ada di Google Drive Anda dan boleh dihapus: ${doc.url}.`
    : ' Tidak ada dokumen yang dibuat.';
  return `Laporan gagal disusun: ${reason}.${leftBehind} Sheet Riwayat tidak diubah.`;
}

/** The Doc is complete; only its line in Riwayat could not be written. */
function riwayatFailureMessage(e: unknown, doc: { url: string }): string {
  const reason = isInputError(e) ? e.message : 'penulisan ke sheet tersebut ditolak atau gagal';
  return `Laporan sudah selesai disusun dan lengkap: ${doc.url}. Hanya pencatatannya di sheet Riwayat yang gagal (${reason}); catat tautan ini bila perlu.`;
}

/** Thrown when only the Riwayat line failed: its message already says the Doc is complete. */
class RiwayatError extends Error {}

export function generateLkjip(lanjutWalauAdaPeringatan: boolean): GenerateResult {
  // Before anything else: a permission unticked on the consent screen is asked for again.
  const missing = missingScopes(GENERATE_SCOPES);
  if (missing) return { status: 'needs-authorization', ...missing };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(PESAN_SEDANG_DISUSUN);
  const progress = createProgress();
  let created: { id: string; url: string } | null = null;
  try {
    progress.step('Membaca data');
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const raw = readRawWorkbook(ss);
    progress.step('Memeriksa data');
    const { workbook, findings } = validateWorkbook(raw);
    const counts = countFindings(findings);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      progress.finish();
      return { status: 'blocked', ...capFindings(errors), counts };
    }
    const warnings = findings.filter((f) => f.severity === 'warning');
    if (warnings.length > 0 && lanjutWalauAdaPeringatan !== true) {
      progress.finish();
      return { status: 'needs-confirmation', ...capFindings(warnings), counts };
    }
    const now = new Date();
    const timeZone = ss.getSpreadsheetTimeZone();
    const tahun =
      reportingYear(workbook.profil?.tahun, workbook.iku?.realisasiYears ?? []) ||
      Number(Utilities.formatDate(now, timeZone, 'yyyy'));
    const instansi = workbook.profil?.namaInstansi.trim() || ss.getName();
    const page = pageSetup(workbook.profil?.halaman, `Laporan Kinerja ${instansi} Tahun ${tahun}`);
    const report = buildReport(workbook, {
      generatedAt: now,
      hariIni: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
      logoUrl: page.setup.logoUrl,
      onPart: (part) => progress.step(`Menyusun ${part}`),
    });
    progress.step('Menulis dokumen');
    const name = docName(instansi, tahun, now, timeZone);
    for (const problem of page.problems) progress.step(`Profil: ${problem}`);
    const doc = writeReport(report, name, page.setup, (d) => (created = d));
    try {
      appendRiwayat(ss, { waktu: now, pengguna: activeUserEmail(), url: doc.url, counts });
    } catch (e) {
      console.error(e);
      progress.step('Gagal mencatat di Riwayat');
      progress.finish();
      throw new RiwayatError(riwayatFailureMessage(e, doc));
    }
    progress.step('Selesai');
    progress.finish();
    return { status: 'ok', url: doc.url, name: doc.name, langkah: [...progress.langkah], counts };
  } catch (e) {
    if (e instanceof RiwayatError) throw new Error(e.message);
    console.error(e);
    try {
      progress.step('Gagal');
      progress.finish();
    } catch {
      /* the message below matters more than the progress display */
    }
    throw new Error(failureMessage(e, created));
  } finally {
    lock.releaseLock();
  }
}
