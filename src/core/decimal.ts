import DecimalJs from 'decimal.js';
import { InputError } from './input-error';

/**
 * One Decimal constructor for the whole add-on: 40 significant digits (enough for 1/9 weights
 * and rupiah totals in the trillions) and half-up rounding, the rule Sheets' ROUND() uses.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** A JS number enters decimal arithmetic through its shortest string, never through binary maths. */
export function toDecimal(x: number | string): Decimal {
  return new Decimal(typeof x === 'number' ? String(x) : x);
}

/** Round half up to `places` decimals, as every printed percentage, index and score is. */
export function round(d: Decimal, places = 2): Decimal {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Beyond this a sheet number loses the printed decimals (2^53 / 100). */
const MAX_SHEET_NUMBER = 9e13;

/** The printed value as a JS number (what a custom function returns to the sheet). */
export function toSheetNumber(d: Decimal, places = 2): number {
  // toFixed rounds with the constructor's ROUND_HALF_UP, so no separate round() is needed.
  return checkedSheetNumber(Number(d.toFixed(places)));
}

function checkedSheetNumber(n: number): number {
  if (!Number.isFinite(n) || Math.abs(n) > MAX_SHEET_NUMBER) {
    throw new InputError(
      'Hasil terlalu besar untuk ditampilkan; periksa angka masukan (target mendekati nol?).',
      'Hasil terlalu besar',
    );
  }
  return n === 0 ? 0 : n; // never show "-0"
}

/**
 * A ratio printed as a percentage with 2 decimals (0,99717… → 99,72): the ratio rounded half up
 * to 4 decimals, its decimal point moved two places as text. Same result as rounding ratio × 100
 * to 2 decimals (moving the point is exact), one decimal multiplication fewer on the hot path of
 * CAPAIAN over a whole column.
 */
export function percentFromRatio(ratio: Decimal): number {
  const fixed = ratio.toFixed(4);
  const negative = fixed.charCodeAt(0) === 45; /* - */
  const body = negative ? fixed.slice(1) : fixed;
  const dot = body.length - 5;
  return checkedSheetNumber(
    Number(`${negative ? '-' : ''}${body.slice(0, dot)}${body.slice(dot + 1, dot + 3)}.${body.slice(dot + 3)}`),
  );
}
