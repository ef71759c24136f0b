import { ZERO, type Decimal } from '../decimal';
import { isInputError } from '../input-error';
import { describeValue, parseNumber, type CellValue } from '../numbers';
import { plausibleYear } from '../rules/periode';
import { a1 } from './a1';
import { finding } from './findings';
import type { Finding, IsoDate, NumberCell } from './model';

/**
 * Reading single cells of a layout sheet into typed values, collecting a finding with the cell's
 * address for anything that cannot be read. Shared by the read-*.ts sheet readers.
 */
export interface SheetContext {
  /** The sheet's name as the user spelled it: findings point there. */
  sheet: string;
  findings: Finding[];
}

/**
 * A Date from getValues(). `instanceof Date` is not enough: in the emulator the values come from
 * another JS realm, and Apps Script hands over its own Date objects.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Truly empty (not even a dash): used to skip blank rows and find trailing columns. */
export function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function isEmptyRow(row: readonly CellValue[]): boolean {
  return row.every((v) => isEmptyCell(v));
}

/** A cell as text: trimmed; numbers in their shortest form (`2`, not `2.0`); a date as `2024-01-31`. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return calendarDate(v) ?? '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).replace(/\r\n?/g, '\n').trim();
}

/**
 * The calendar date of a date cell. The adapter (src/gas/read-sheets.ts) has already turned every
 * date into midnight UTC of the date shown in the spreadsheet's time zone (Utilities.formatDate), so
 * its UTC fields are the date the user typed, whatever zone the script runs in.
 */
export function calendarDate(d: Date): IsoDate | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const BULAN: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  dec: 12,
};

function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (!plausibleYear(y) || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(m)}-${p(d)}`;
}

/** `31 Januari 2024`, `31/01/2024`, `31-01-2024` (day first, as written in Indonesia) or `2024-01-31`. */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const month = BULAN[m[2].toLowerCase()];
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/**
 * A number cell: null for blank or `-`. Text that is not a number gives a not-a-number finding
 * naming the cell, and null (so one bad cell does not hide the rest of the sheet's findings).
 */
export function readNumber(
  ctx: SheetContext,
  raw: CellValue,
  row1: number,
  col0: number,
  label: string,
  opts: { allowNote?: boolean } = {},
): NumberCell {
  const cell = a1(row1, col0);
  try {
    return { value: parseNumber(raw, opts), raw, cell };
  } catch (e) {
    if (!isInputError(e)) throw e;
    ctx.findings.push(notANumber(ctx.sheet, cell, label, raw));
    return { value: null, raw, cell };
  }
}

/** Money: blank or `-` is zero (docs/layout.md#values). */
export function readMoney(ctx: SheetContext, raw: CellValue, row1: number, col0: number, label: string): Decimal {
  return readNumber(ctx, raw, row1, col0, label).value ?? ZERO;
}

/** describeValue, safe for what getValues() can still hand over: NaN/Infinity and dates from another realm. */
export function describeCell(v: CellValue): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return 'nilai yang tidak sah';
  if (isDate(v)) {
    const iso = calendarDate(v);
    return iso ? `tanggal ${iso.split('-').reverse().join('/')}` : 'tanggal yang tidak sah';
  }
  return describeValue(v);
}

export function notANumber(sheet: string, cell: string, label: string, raw: CellValue): Finding {
  return finding(
    'not-a-number',
    sheet,
    cell,
    `${label} berisi ${describeCell(raw)}, bukan angka. Isi angka (mis. 88,37 atau 1.738.126.580), atau kosongkan/isi "-" bila tidak ada.`,
  );
}
