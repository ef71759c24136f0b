import { a1 } from '../layout/a1';
import { cellText, describeCell, isEmptyCell } from '../layout/cells';
import { finding } from '../layout/findings';
import type { Finding, RawSheet } from '../layout/model';
import { normalizeName } from '../layout/spec';
import { InputError } from '../input-error';
import type { CellValue } from '../numbers';
import { normalizeAnswerText } from './answer-scale';

/** The optional sheet of the user's own answer wording: `Teks` | `Nilai` (1–4). */
export const SKALA_SHEET = 'Skala SKM';

export function isSkalaSheet(name: string): boolean {
  return normalizeName(name) === normalizeName(SKALA_SHEET);
}

export interface SkalaResult {
  skala: Map<string, number>;
  findings: Finding[];
}

/**
 * `Skala SKM`: row 1 `Teks`, `Nilai` (columns found by name, else A and B); each row one wording
 * and its value 1–4. A value outside 1–4, or one text given two values, is a finding and that
 * text is not used.
 */
export function readSkalaSheet(sheet: RawSheet | null): SkalaResult {
  const skala = new Map<string, number>();
  const findings: Finding[] = [];
  if (!sheet) return { skala, findings };
  const header = (sheet.values[0] ?? []).map((h) => normalizeName(cellText(h)));
  const teksCol = Math.max(
    0,
    header.findIndex((h) => h === 'teks' || h === 'jawaban'),
  );
  const found = header.findIndex((h) => h === 'nilai' || h === 'skor');
  const nilaiCol = found >= 0 ? found : teksCol + 1;
  const firstCell = new Map<string, string>();
  const bad = new Set<string>();
  sheet.values.forEach((row, i) => {
    if (i === 0) return;
    const text = cellText(row[teksCol]);
    if (text === '') return;
    const key = normalizeAnswerText(text);
    const raw = row[nilaiCol];
    const cell = a1(i + 1, nilaiCol);
    const n = typeof raw === 'number' ? raw : Number(cellText(raw).replace(',', '.'));
    if (isEmptyCell(raw) || !Number.isInteger(n) || n < 1 || n > 4) {
      findings.push(
        finding(
          'out-of-range',
          sheet.name,
          cell,
          `Nilai untuk jawaban "${text}" berisi ${describeCell(raw)}; isi bilangan bulat 1–4 (1 terburuk, 4 terbaik).`,
        ),
      );
      bad.add(key);
      return;
    }
    const prev = skala.get(key);
    if (prev !== undefined && prev !== n) {
      findings.push(
        finding(
          'duplicate-skala',
          sheet.name,
          a1(i + 1, teksCol),
          `Jawaban "${text}" sudah diberi nilai ${prev} di ${firstCell.get(key)}, di sini ${n}. Satu teks hanya boleh satu nilai; hapus salah satu baris.`,
        ),
      );
      bad.add(key);
      return;
    }
    skala.set(key, n);
    if (!firstCell.has(key)) firstCell.set(key, a1(i + 1, teksCol));
  });
  for (const key of bad) skala.delete(key);
  return { skala, findings };
}

/**
 * A `Skala SKM` range handed to a formula (`=NIK_IKM(…; ; 'Skala SKM'!A:B)`), with or without its
 * header row: read by the same rule as the sheet. A bad row is an InputError for the whole formula,
 * since a formula cannot leave a finding at a cell.
 */
export function skalaFromRange(values: CellValue[][]): Map<string, number> {
  const first = values[0] ?? [];
  const hasHeader = typeof first[1] !== 'number' && !/^\s*[1-4]\s*$/.test(cellText(first[1]));
  const rows = hasHeader ? values : [['Teks', 'Nilai'], ...values];
  const { skala, findings } = readSkalaSheet({ name: SKALA_SHEET, values: rows });
  if (findings.length > 0) throw new InputError(`Skala: ${findings[0].message}`, 'Skala tidak valid');
  return skala;
}
