import { round, ZERO, type Decimal } from '../decimal';
import { isInputError } from '../input-error';
import { describeValue, formatNumberLoose, isAmbiguousMoneyText, parseNumber, type CellValue } from '../numbers';
import { plausibleYear } from '../rules/periode';
import { visibleText } from '../visible-text';
import { a1 } from './a1';
import { finding } from './findings';
import type { Finding, IsoDate, NumberCell } from './model';
import { shownNumber } from './percent-scale';

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
  return visibleText(String(v)).replace(/\r\n?/g, '\n').trim();
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

/** What a formula cell shows when it fails: `#DIV/0!`, `#ERROR!`, `#VALUE!`, `#REF!`, `#N/A`, `#NAME?`, `#NUM!`, `#NULL!`. */
const SHEET_ERROR = /^#(?:DIV\/0!|ERROR!|VALUE!|REF!|N\/A|NAME\?|NUM!|NULL!)$/i;

/** The error a formula cell shows instead of its value (`#REF!`), or "" when it shows none. */
export function sheetErrorOf(v: CellValue): string {
  if (typeof v !== 'string' || !v.includes('#')) return '';
  const t = v.trim();
  return SHEET_ERROR.test(t) ? t.toUpperCase() : '';
}

/**
 * A formula error in a cell the report prints (docs/layout.md#values): never printed, an error at
 * the cell with its cause.
 */
export function formulaError(sheet: string, cell: string, label: string, shown: string): Finding {
  return finding(
    'formula-error',
    sheet,
    cell,
    `${label} menampilkan ${shown}: rumus di sel ini gagal${shown === '#REF!' ? ' karena merujuk sel atau sheet yang sudah dihapus' : ''}, sehingga nilainya tidak dapat dipakai dalam laporan. Perbaiki rumusnya, atau ganti dengan nilainya.`,
  );
}

/**
 * A number cell: null for blank or `-`. Text that is not a number gives a not-a-number finding
 * naming the cell, and null (so one bad cell does not hide the rest of the sheet's findings).
 * Under a percent number format the value is what the cell shows (0,95 shown as 95% is 95).
 */
export function readNumber(
  ctx: SheetContext,
  raw: CellValue,
  row1: number,
  col0: number,
  label: string,
  opts: { allowNote?: boolean; format?: string } = {},
): NumberCell {
  const cell = a1(row1, col0);
  try {
    const value = parseNumber(raw, opts);
    return { value: value !== null && typeof raw === 'number' ? shownNumber(value, opts.format) : value, raw, cell };
  } catch (e) {
    if (!isInputError(e)) throw e;
    ctx.findings.push(notANumber(ctx.sheet, cell, label, raw));
    return { value: null, raw, cell };
  }
}

/**
 * Money (docs/layout.md#values): blank or `-` is zero; read to the cent (a `=SUM` stored as
 * 4024175.9699999997 is Rp 4.024.175,97); `scale` for a header in thousands or millions. Text
 * like `950,000` (English thousands or Indonesian decimals?) is an ambiguous-number finding.
 */
export function readMoney(
  ctx: SheetContext,
  raw: CellValue,
  row1: number,
  col0: number,
  label: string,
  scale = 1,
): Decimal {
  if (isAmbiguousMoneyText(raw)) {
    const t = String(raw).trim();
    const english = t.replace(/^rp\.?\s*/i, '').replace(',', '.');
    const indonesian = formatNumberLoose(parseNumber(t) as Decimal);
    ctx.findings.push(
      finding(
        'ambiguous-number',
        ctx.sheet,
        a1(row1, col0),
        `${label} berisi "${t}": dengan koma seperti ini angkanya bisa berarti ${indonesian} (koma desimal) atau ${english} (koma ribuan gaya Inggris). Tulis rupiah dengan titik ribuan (${english}) atau ketik angkanya saja tanpa pemisah.`,
      ),
    );
    return ZERO;
  }
  const value = readNumber(ctx, raw, row1, col0, label).value;
  return value === null ? ZERO : round(scale === 1 ? value : value.times(scale), 2);
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

/** Text where a number belongs; a formula error (`#REF!`) is named as one. */
export function notANumber(sheet: string, cell: string, label: string, raw: CellValue): Finding {
  const shown = sheetErrorOf(raw);
  if (shown) return formulaError(sheet, cell, label, shown);
  return finding(
    'not-a-number',
    sheet,
    cell,
    `${label} berisi ${describeCell(raw)}, bukan angka. Isi angka (mis. 88,37 atau 1.738.126.580), atau kosongkan/isi "-" bila tidak ada.`,
  );
}
