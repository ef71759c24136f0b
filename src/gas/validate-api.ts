// Sidebar server calls for checking the workbook: thin adapters around core/validate.
import { UNEXPECTED } from '../core/cell-map';
import { parseA1 } from '../core/layout/a1';
import type { Finding, HeaderNote } from '../core/layout/model';
import { layoutSheetId } from '../core/layout/read-workbook';
import { clearSheetNotes, markSheetNotes } from '../core/validate/notes';
import { capFindings, type OmittedFindings } from '../core/validate/cap-findings';
import { DOCUMENT_KINDS, type DocumentKind, gateFindings } from '../core/validate/gate';
import { countFindings, validateWorkbook } from '../core/validate/validate-workbook';
import { readRawWorkbook } from './read-sheets';

export interface HasilPemeriksaan {
  /** At most 200 per code for the panel (capFindings); all of them when asked by the CLI. */
  findings: Finding[];
  /** Counts of ALL findings, also those left out of the list. */
  counts: { error: number; warning: number };
  headerNotes: HeaderNote[];
  /** Per code, how many findings were left out of `findings` (absent or [] when none). */
  omitted?: OmittedFindings[];
  /**
   * The errors that stop each document (its gate: what it prints), at most 200 per code; a Laporan
   * Triwulan's own needs (a Renaksi, a reported quarter) are said when it is asked for.
   */
  penghalang?: Record<DocumentKind, Finding[]>;
}

/** A bug must not reach the user as an English TypeError: log it, show a plain Indonesian note. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    console.error(e);
    throw new Error(UNEXPECTED);
  }
}

function check(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, semua: boolean): HasilPemeriksaan {
  const raw = guarded(() => readRawWorkbook(ss));
  const { workbook, findings } = guarded(() => validateWorkbook(raw));
  const shown = semua ? { findings, omitted: [] } : capFindings(findings);
  const stops = (kind: DocumentKind) =>
    capFindings(gateFindings(kind, findings, raw, workbook).filter((f) => f.severity === 'error')).findings;
  return {
    ...shown,
    counts: countFindings(findings),
    headerNotes: workbook.headerNotes,
    penghalang: Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, stops(kind)])) as Record<
      DocumentKind,
      Finding[]
    >,
  };
}

/** The panel calls it without arguments (at most 200 findings per code); `lkjip validate` with `true` (all). */
export function periksaData(semua?: boolean): HasilPemeriksaan {
  return check(SpreadsheetApp.getActiveSpreadsheet(), semua === true);
}

/** Starts the message the sidebar recognises to offer "Buat Template" instead of a retry. */
const SHEET_BELUM_ADA = 'belum ada di spreadsheet ini';

export function pilihSel(sheet: string, cell: string): void {
  const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
  if (!target) {
    throw new Error(
      `Sheet "${sheet}" ${SHEET_BELUM_ADA}. Buat dengan tombol Buat Template, lalu jalankan Periksa data lagi.`,
    );
  }
  if (!cell) {
    target.activate();
    return;
  }
  const at = parseA1(cell);
  if (!at) throw new Error(`Alamat sel "${cell}" tidak dikenali. Jalankan Periksa data lagi.`);
  // Apps Script's own refusal of a range past the grid is English; say it here instead.
  const lastRow = target.getMaxRows();
  const lastColumn = target.getMaxColumns();
  if (at.row > lastRow || at.col + 1 > lastColumn) {
    throw new Error(
      `Sel ${sheet}!${cell} berada di luar sheet "${sheet}" (${lastRow} baris × ${lastColumn} kolom), mungkin baris atau kolomnya sudah dihapus. Jalankan Periksa data lagi.`,
    );
  }
  target.getRange(cell).activate();
}

/**
 * Every finding as a `[LKjIP]` note on its cell (a whole-sheet finding on A1), for readers of the
 * shared sheet without the sidebar. One getNotes() and at most one setNotes() per sheet over its
 * data range; values and formulas are never written. The user's own notes are kept.
 */
export function tandaiDiSheet(): { ditandai: number } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { findings } = check(ss, true);
  let ditandai = 0;
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!layoutSheetId(name)) continue;
    const range = sheet.getDataRange();
    const result = markSheetNotes(
      range.getNotes(),
      findings.filter((f) => f.sheet === name),
    );
    if (result.changed) range.setNotes(result.notes);
    ditandai += result.placed;
  }
  return { ditandai };
}

/** Remove only the add-on's `[LKjIP]` lines from the notes of every sheet; users' notes stay as they were. */
export function hapusTanda(): { dihapus: number } {
  let dihapus = 0;
  for (const sheet of SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
    const range = sheet.getDataRange();
    const result = clearSheetNotes(range.getNotes());
    if (result.removed > 0) range.setNotes(result.notes);
    dihapus += result.removed;
  }
  return { dihapus };
}
