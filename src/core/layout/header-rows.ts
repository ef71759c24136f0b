import type { CellValue } from '../numbers';
import { a1, rowsText } from './a1';
import { cellText } from './cells';
import { headerScore } from './headers';
import type { HeaderNote, RawSheet } from './model';
import { normalizeName, type SheetSpec } from './spec';

/**
 * Real sheets often copy the printed table's header: one merged cell `Target` (or `Target Kinerja
 * Pada Tahun`) over a column per year, the years in a second row, and sometimes a row of column
 * numbers `(1) (2) (3)` below. A merged cell reads as its text in the first column and "" in the
 * others. Such rows are folded into row 1 (`Target 2023`) and the extra rows blanked, so every
 * cell keeps its real address and the readers see the standard one-row header.
 */
export interface FoldedHeader {
  sheet: RawSheet;
  note: HeaderNote | null;
}

const YEAR = /^(?:tahun\s*)?((?:19|20)\d{2})$/i;
const NUMBERING = /^\(?(\d{1,2})\)?$/;

function text(v: CellValue): string {
  return cellText(v).trim();
}

function yearOf(v: CellValue): string | null {
  const m = YEAR.exec(text(v));
  return m ? m[1] : null;
}

/** The kind of a year column from the merged text above it: Target/Realisasi/Capaian, or a bare year. */
function yearPrefix(carried: string): string {
  const n = normalizeName(carried);
  if (n.startsWith('target')) return 'Target ';
  if (n.startsWith('realisasi')) return 'Realisasi ';
  if (n.startsWith('capaian')) return 'Capaian ';
  return '';
}

/** Row of years under merged headers: every non-blank cell is a year, at least one. */
function isYearRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => text(v) !== '');
  return filled.length > 0 && filled.every((v) => yearOf(v) !== null);
}

/** Row of column numbers 1, 2, 3 … (or (1), (2), …), at least three, in order. */
function isNumberingRow(row: readonly CellValue[]): boolean {
  const filled = row.map(text).filter((t) => t !== '');
  if (filled.length < 3) return false;
  return filled.every((t, i) => {
    const m = NUMBERING.exec(t);
    return m !== null && Number(m[1]) === Number(NUMBERING.exec(filled[0])?.[1]) + i;
  });
}

export function foldHeaderRows(sheet: RawSheet, at = 0): FoldedHeader {
  const values = sheet.values;
  const header = values[at] ?? [];
  let rowsFolded = 0;
  let combined: CellValue[] = [...header];
  if (values.length > at + 1 && isYearRow(values[at + 1])) {
    let carried = '';
    const width = Math.max(header.length, values[at + 1].length);
    combined = [];
    for (let c = 0; c < width; c++) {
      const top = text(header[c]);
      if (top !== '') carried = top;
      const year = yearOf(values[at + 1][c]);
      combined.push(year ? `${yearPrefix(top || carried)}${year}` : (header[c] ?? ''));
    }
    rowsFolded = 1;
  }
  if (values.length > at + rowsFolded + 1 && isNumberingRow(values[at + rowsFolded + 1])) rowsFolded++;
  if (rowsFolded === 0 && at === 0) return { sheet, note: null };
  const blank = (row: readonly CellValue[]) => row.map(() => '');
  const folded: RawSheet = {
    ...sheet,
    values: values.map((row, i) => (i === 0 ? combined : i <= at + rowsFolded ? blank(row) : row)),
  };
  if (rowsFolded === 0) return { sheet: folded, note: null };
  const lastRow = at + rowsFolded + 1;
  return {
    sheet: folded,
    note: {
      sheet: sheet.name,
      cell: `A${at + 1}:${a1(lastRow, Math.max(combined.length - 1, 0))}`,
      found: `judul ${rowsFolded + 1} baris (baris ${at + 1}–${lastRow})`,
      understoodAs: 'satu baris judul kolom, tahun digabung dengan judul di atasnya (mis. "Target 2023")',
      rows: true,
    },
  };
}

/** Title rows above the header are looked for within this many rows. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The header row: row 1, or — when a title (`CAPAIAN INDIKATOR KINERJA UTAMA`, the office's name,
 * a blank row) sits above the table — the first of the first 10 rows that names the most columns
 * of the sheet, at least two (docs/layout.md#how-names-are-matched). 0-based.
 */
function findHeaderRow(values: readonly (readonly CellValue[])[], spec: SheetSpec): number {
  let best = 0;
  let bestScore = values.length > 0 ? headerScore(values[0], spec) : 0;
  for (let i = 1; i < Math.min(values.length, HEADER_SEARCH_ROWS); i++) {
    const score = headerScore(values[i], spec);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : 0;
}

/**
 * A layout sheet with its header found and folded into row index 0, the rows above and the folded
 * rows blanked (every other cell keeps its real address); `headerRow` is the header's real
 * 1-based row, for the addresses of header findings.
 */
export function locateHeader(
  sheet: RawSheet,
  spec: SheetSpec,
): { sheet: RawSheet; headerRow: number; notes: HeaderNote[] } {
  const at = findHeaderRow(sheet.values, spec);
  const { sheet: folded, note } = foldHeaderRows(sheet, at);
  const notes: HeaderNote[] = [];
  if (at > 0) {
    notes.push({
      sheet: sheet.name,
      cell: at === 1 ? 'A1' : `A1:A${at}`,
      found: rowsText(Array.from({ length: at }, (_, i) => i + 1)),
      understoodAs: `judul tabel, bukan data; judul kolom dibaca dari baris ${at + 1}`,
      rows: true,
    });
  }
  if (note) notes.push(note);
  return { sheet: folded, headerRow: at + 1, notes };
}
