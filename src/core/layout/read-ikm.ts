import { isBlank, type CellValue } from '../numbers';
import { a1, columnLetter, rowsText } from './a1';
import { calendarDate, cellText, isDate, isEmptyCell, parseDateText, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { HeaderNote, Ikm, IkmProfileColumn, RawSheet } from './model';
import { IKM_PROFILE_COLUMNS, normalizeName } from './spec';

export const TIDAK_DIISI = 'Tidak diisi';

/** Labels of a summary row typed under the answers (docs/layout.md#ikm). */
const SUMMARY_LABEL =
  /^(?:rata-?rata|rerata|jumlah|total|nrr|ikm|nik|nilai ikm|nilai rata-?rata|jumlah nilai)(?: (?:per unsur|nilai|jawaban|responden|tertimbang|x bobot|× bobot))?$/;

/** The date of a `Tanggal`/timestamp cell: a date, or text `31/01/2023`, `31/01/2023 10:22:33`; null when unknown. */
function respondentDate(v: CellValue): string | null {
  if (isDate(v)) return calendarDate(v);
  if (typeof v !== 'string') return null;
  return parseDateText(v.replace(/[\sT]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$/, ''));
}

/**
 * A row under the answers that sums or averages them, not a respondent: a summary label in any
 * column other than the answers (`Rata-rata`, `Jumlah`, `NRR`), or — with no date and no profile —
 * answers that are sums (every one above 4) or averages (two or more with decimals).
 */
function hasSummaryLabel(row: readonly CellValue[], otherCols: number[]): boolean {
  return otherCols.some((c) => SUMMARY_LABEL.test(normalizeName(cellText(row[c]).replace(/[:.]+$/, ''))));
}

function isSummaryRow(row: readonly CellValue[], answer: readonly CellValue[], otherCols: number[]): boolean {
  if (hasSummaryLabel(row, otherCols)) return true;
  if (otherCols.some((c) => !isEmptyCell(row[c]) && typeof row[c] !== 'number')) return false;
  const numbers = answer.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0 || numbers.length < answer.filter((v) => !isBlank(v)).length) return false;
  return numbers.every((v) => v > 4) || numbers.filter((v) => !Number.isInteger(v)).length >= 2;
}

/**
 * IKM: one row per respondent (PermenPAN-RB 14/2017). A respondent is a row with at least one
 * answer (`-` is no answer); rows with only a number or a profile (a pre-numbered template) are not
 * counted, so the profile counts and the respondent count agree. Not respondents either: summary
 * rows under the answers (one note), and responses whose `Tanggal` falls outside the reporting
 * year `tahun` (one outside-year warning with their count). Answers are kept as typed; the
 * validator checks them against 1–4.
 */
export function readIkm(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, tahun = 0, notes: HeaderNote[] = []): Ikm {
  const unsurCols = map.unsur;
  const header = sheet.values[0] ?? [];
  const answers: CellValue[][] = [];
  const rows: number[] = [];
  const rowsWithoutAnswers: number[] = [];
  const noCol = map.columns['No'] ?? -1;
  const tanggalCol = map.columns['Tanggal'];
  const layananCol = map.columns['Jenis Layanan'];
  const layanan: string[] = [];
  const profileCols = IKM_PROFILE_COLUMNS.filter((name) => map.columns[name] !== undefined);
  const counts = profileCols.map(() => new Map<string, { label: string; count: number }>());
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  // Columns that can carry a summary label: not the answers, not the date.
  const otherCols = Array.from({ length: width }, (_, c) => c).filter(
    (c) => !unsurCols.includes(c) && c !== tanggalCol,
  );
  const summaries: number[] = [];
  const summaryAnswers: CellValue[][] = [];
  const outside: { row: number; year: string }[] = [];

  sheet.values.forEach((row, i) => {
    if (i === 0) return;
    const answer = unsurCols.map((col) => (col < 0 ? undefined : row[col]));
    if (answer.every((v) => isBlank(v))) {
      // A respondent typed (date, profile) but not one answer: the survey is not complete.
      if (row.some((v, c) => c !== noCol && !isEmptyCell(v))) rowsWithoutAnswers.push(i + 1);
      return;
    }
    if (
      isSummaryRow(
        row,
        answer,
        otherCols.filter((c) => c !== tanggalCol),
      )
    ) {
      summaries.push(i + 1);
      summaryAnswers.push(answer);
      return;
    }
    const date = tanggalCol === undefined ? null : respondentDate(row[tanggalCol]);
    if (tahun > 0 && date !== null && !date.startsWith(`${tahun}-`)) {
      outside.push({ row: i + 1, year: date.slice(0, 4) });
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

  // A sheet whose one row of answers is a row of averages, with no respondent above it, holds the
  // NRR of each unsur (as a single row given to NIK_IKM does): read it, not a summary of nothing.
  if (answers.length === 0 && summaries.length === 1 && !hasSummaryLabel(sheet.values[summaries[0] - 1], otherCols)) {
    answers.push(summaryAnswers[0]);
    rows.push(summaries.pop() as number);
  }
  if (summaries.length > 0) {
    notes.push({
      sheet: ctx.sheet,
      cell: `A${summaries[0]}${summaries.length > 1 ? `:A${summaries[summaries.length - 1]}` : ''}`,
      found: rowsText(summaries),
      understoodAs: 'jumlah atau rata-rata jawaban, bukan responden; tidak dihitung',
      rows: true,
    });
  }
  if (outside.length > 0 && tanggalCol !== undefined) {
    const years = [...new Set(outside.map((o) => o.year))].sort().join(', ');
    ctx.findings.push(
      finding(
        'outside-year',
        ctx.sheet,
        a1(outside[0].row, tanggalCol),
        `${outside.length} respons bertanggal di luar Tahun ${tahun} (tahun ${years}; mulai baris ${outside[0].row}) tidak dihitung dalam IKM Tahun ${tahun}; IKM dihitung dari ${answers.length} responden Tahun ${tahun}. Bila tanggalnya salah ketik, perbaiki; bila survei memang tahun lain, pindahkan baris itu ke sheet lain.`,
      ),
    );
  }

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
    headerRow: map.headerRow ?? 1,
  };
}
