import { Decimal, round, toDecimal } from './decimal';
import { InputError } from './input-error';
import { groupThousands } from './rules/digit-grouping';
import { shorten } from './shorten';
import { visibleText } from './visible-text';

/** What a cell can hold, as `Range.getValues()` hands it over. */
export type CellValue = string | number | boolean | Date | null | undefined;

const NOTHING = /^[-–—]$/;
// Indonesian: thousands with dots (1.738.126.580), decimals with a comma (12.000.000,00 / 88,37).
// A leading group of 0 is never a thousands group: "0.672" is not six hundred seventy-two.
const ID_GROUPED = /^[-+]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const ID_PLAIN = /^[-+]?\d+(?:,\d+)?$/;
// English, only where it cannot be Indonesian: one dot not followed by exactly three digits (88.37),
// a dot after a lone 0 (0.672), comma thousands with a dot decimal (1,234,567.89), or two or more
// comma thousands groups (1,250,000: Indonesian has one decimal comma at most).
const EN_DECIMAL = /^[-+]?(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d+)$/;
const EN_GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/;
const EN_THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3}){2,}$/;
// One comma before exactly three digits (950,000): 950 in Indonesian, 950 thousand in English.
const COMMA_THREE = /^[-+]?\d{1,3},\d{3}$/;

const CURRENCY_PREFIX = /^rp\.?\s*/i;
const PERCENT_SUFFIX = /\s*%$/;
// "Rp 2.216.552.780,-": whole rupiah written with a dash for the cents.
const DASH_CENTS = /,[-–]$/;
// A predicate or note after the number: "72,60 (BB)".
const TRAILING_NOTE = /\s*\([^()]*\)$/;

/** Blank, whitespace or a dash: "nothing" (zero for money, no value for a performance figure). */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const t = visibleText(v).trim();
  return t === '' || NOTHING.test(t);
}

/** How a value is quoted in a message to the user. */
export function describeValue(v: CellValue): string {
  if (v instanceof Date) return `tanggal ${formatDateShort(v)}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumberLoose(v) : 'angka tidak sah';
  if (v === null || v === undefined) return 'kosong';
  const s = String(v);
  return `"${shorten(s, 40)}"`;
}

function formatDateShort(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'tidak valid';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Parse text in Indonesian (or unambiguous English) form; undefined when it is not a number. */
export function parseNumberText(text: string, opts: { allowNote?: boolean } = {}): Decimal | undefined {
  const t = bareNumberText(text, opts);
  if (t === '') return undefined;
  if (ID_GROUPED.test(t) || ID_PLAIN.test(t)) return new Decimal(t.replace(/\./g, '').replace(',', '.'));
  if (EN_DECIMAL.test(t)) return new Decimal(t);
  if (EN_GROUPED.test(t) || EN_THOUSANDS.test(t)) return new Decimal(t.replace(/,/g, ''));
  return undefined;
}

/** The number part of a cell's text: no currency prefix, percent sign, spaces or `,-` cents. */
function bareNumberText(text: string, opts: { allowNote?: boolean } = {}): string {
  let t = visibleText(text).trim();
  if (opts.allowNote) t = t.replace(TRAILING_NOTE, '');
  return t.replace(CURRENCY_PREFIX, '').replace(PERCENT_SUFFIX, '').replace(/\s+/g, '').replace(DASH_CENTS, '');
}

/**
 * Rupiah typed the English way with one comma group (`950,000`, `Rp 12,500`): Indonesian reads it
 * as 950 (a decimal comma), English as 950.000. Amounts have no third decimal, so in a money cell
 * this is ambiguous and is asked about, never guessed (docs/layout.md#values).
 */
export function isAmbiguousMoneyText(v: CellValue): boolean {
  return typeof v === 'string' && COMMA_THREE.test(bareNumberText(v));
}

/**
 * A cell as a number: null for blank or `-`, a Decimal for a number or numeric text.
 * Anything else throws an InputError naming the value.
 */
export function parseNumber(v: CellValue, opts: { allowNote?: boolean } = {}): Decimal | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new InputError('nilai bukan angka yang sah');
    return toDecimal(v);
  }
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const d = parseNumberText(v, opts);
    if (d) return d;
  }
  // Text that is not a number, a date, a boolean: one message, naming the value as the user sees it.
  throw new InputError(`${describeValue(v)} bukan angka`);
}

/** Indonesian display: thousands `.`, decimals `,`, rounded half up: 2.216.552.780 / 92,63. */
export function formatId(d: Decimal, places = 2): string {
  const fixed = round(d, places).toFixed(places);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = groupThousands(int);
  const body = frac ? `${grouped},${frac}` : grouped;
  return negative && !/^[0.,]+$/.test(body) ? `-${body}` : body;
}

/** Whole rupiah: `2.216.552.780`. */
export function formatMoney(d: Decimal): string {
  return formatId(d, 0);
}

/** `Rp 2.216.552.780`. */
export function formatRupiah(d: Decimal): string {
  return `Rp ${formatMoney(d)}`;
}

/** Rupiah with the cents where there are any (`Rp 0,40`, `Rp 1.250.000`): a difference never reads "Rp 0". */
export function formatRupiahSen(d: Decimal): string {
  const cents = round(d, 2);
  return cents.isInteger() ? formatRupiah(cents) : `Rp ${formatId(cents, 2)}`;
}

/** A count of people, rows or answers: `10.000`. */
export function formatCount(n: number): string {
  return groupThousands(String(n));
}

/** A number as the user typed it, shown back in Indonesian form without forcing decimals. */
export function formatNumberLoose(v: number | Decimal): string {
  const d = typeof v === 'number' ? toDecimal(v) : v;
  const places = Math.min(Math.max(d.decimalPlaces(), 0), 10);
  return formatId(d, places);
}
