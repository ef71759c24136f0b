import type { CellValue } from '../numbers';
import { columnLetter } from './a1';
import { cellText, isEmptyCell, type SheetContext } from './cells';
import type { HeaderMap } from './headers';
import type { Ikm, IkmProfileColumn, RawSheet } from './model';
import { IKM_PROFILE_COLUMNS, normalizeName } from './spec';

export const TIDAK_DIISI = 'Tidak diisi';

/**
 * IKM: one row per respondent (PermenPAN-RB 14/2017). A respondent is a row with at least one
 * answer; rows with only a number or a profile (a pre-numbered template) are not counted, so the
 * profile counts and the respondent count agree. Answers are kept as typed; the validator checks
 * them against 1–4.
 */
export function readIkm(_ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Ikm {
  const unsurCols = map.unsur;
  const header = sheet.values[0] ?? [];
  const answers: CellValue[][] = [];
  const rows: number[] = [];
  const rowsWithoutAnswers: number[] = [];
  const noCol = map.columns['No'] ?? -1;
  const layananCol = map.columns['Jenis Layanan'];
  const layanan: string[] = [];
  const profileCols = IKM_PROFILE_COLUMNS.filter((name) => map.columns[name] !== undefined);
  const counts = profileCols.map(() => new Map<string, { label: string; count: number }>());

  sheet.values.forEach((row, i) => {
    if (i === 0) return;
    const answer = unsurCols.map((col) => (col < 0 ? undefined : row[col]));
    if (answer.every((v) => isEmptyCell(v))) {
      // A respondent typed (date, profile) but not one answer: the survey is not complete.
      if (row.some((v, c) => c !== noCol && !isEmptyCell(v))) rowsWithoutAnswers.push(i + 1);
      return;
    }
    answers.push(answer);
    rows.push(i + 1);
    if (layananCol !== undefined) layanan.push(cellText(row[layananCol]));
    profileCols.forEach((name, k) => {
      const typed = cellText(row[map.columns[name]]);
      const label = typed === '' || typed === '-' ? TIDAK_DIISI : typed;
      // `Laki-laki` and `laki-laki ` are one answer, shown as first typed.
      const key = normalizeName(label);
      const entry = counts[k].get(key);
      if (entry) entry.count++;
      else counts[k].set(key, { label, count: 1 });
    });
  });

  const profile: IkmProfileColumn[] = profileCols.map((name, k) => ({ name, counts: [...counts[k].values()] }));
  return {
    unsurHeaders: unsurCols.map((col) => (col < 0 ? '' : cellText(header[col]))),
    unsurColumns: unsurCols.map((col) => (col < 0 ? '' : columnLetter(col))),
    answers,
    firstRow: rows[0] ?? 2,
    rows,
    rowsWithoutAnswers,
    profile,
    layanan: layananCol === undefined ? null : layanan,
  };
}
