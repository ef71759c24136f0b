import type { CellValue } from '../numbers';
import { a1 } from './a1';
import { cellText } from './cells';
import type { HeaderNote, RawSheet } from './model';
import { normalizeName } from './spec';

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

export function foldHeaderRows(sheet: RawSheet): FoldedHeader {
  const values = sheet.values;
  if (values.length < 2) return { sheet, note: null };
  const header = values[0] ?? [];
  let rowsFolded = 0;
  let combined: CellValue[] = [...header];
  if (isYearRow(values[1])) {
    let carried = '';
    const width = Math.max(header.length, values[1].length);
    combined = [];
    for (let c = 0; c < width; c++) {
      const top = text(header[c]);
      if (top !== '') carried = top;
      const year = yearOf(values[1][c]);
      combined.push(year ? `${yearPrefix(top || carried)}${year}` : (header[c] ?? ''));
    }
    rowsFolded = 1;
  }
  if (values.length > rowsFolded + 1 && isNumberingRow(values[rowsFolded + 1])) rowsFolded++;
  if (rowsFolded === 0) return { sheet, note: null };
  const blank = (row: readonly CellValue[]) => row.map(() => '');
  const folded: RawSheet = {
    ...sheet,
    values: values.map((row, i) => (i === 0 ? combined : i <= rowsFolded ? blank(row) : row)),
  };
  const lastRow = rowsFolded + 1;
  return {
    sheet: folded,
    note: {
      sheet: sheet.name,
      cell: `A1:${a1(lastRow, Math.max(combined.length - 1, 0))}`,
      found: `judul ${lastRow} baris (baris 1–${lastRow})`,
      understoodAs: 'satu baris judul, tahun digabung dengan judul di atasnya (mis. "Target 2023")',
    },
  };
}
