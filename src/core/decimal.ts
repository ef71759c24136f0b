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

/**
 * A JS number enters decimal arithmetic through its shortest string, never through binary maths.
 * decimal.js fills the digit array of a parsed value by push, which leaves it about 17 slots long;
 * an exact copy of the same digits halves the Decimal's heap (about 240 → 120 bytes), and a DPA of
 * 20.000 rows keeps 80.000 of them.
 */
export function toDecimal(x: number | string): Decimal {
  const d = new Decimal(typeof x === 'number' ? String(x) : x);
  const digits = (d as unknown as { d: number[] | null }).d;
  if (digits) (d as unknown as { d: number[] }).d = digits.slice();
  return d;
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

/*
 * The float fast path. The engine's answer is the decimal.js one above: each input enters as its
 * shortest decimal string, arithmetic is 40 significant digits half up, the printed value is
 * rounded half up. Over whole columns that costs 100× a float loop, so the sheet functions first
 * compute in floats and keep the float answer only where it provably equals the decimal one:
 *
 * - A finite double x and its shortest decimal X differ by at most half an ulp of x, so
 *   |x − X| ≤ u·|x| with u = 2⁻⁵³ (x normal). Each float operation adds a relative error ≤ u; each
 *   decimal.js operation (40 digits) one below 10⁻³⁹, far below u.
 * - Let V be the exact result in hundredths of what is printed (capaian in % × 100, nilai × 100);
 *   the sheet shows round_half_up(V) / 100. Computed in floats with a few operations it is v, and
 *   |v − V| ≤ err, with err a small multiple of u·|v| that each caller derives.
 * - round_half_up(V) changes only at the ties k ± ½. If the nearest tie to v is farther than err
 *   from v, V lies strictly between the same two ties as v, and every rule of rounding to nearest
 *   gives the same integer k as rounding v. Near a tie (or for huge values) the caller computes V
 *   with decimal.js instead.
 *
 * A result k/100 is returned as the float division k / 100: IEEE division is correctly rounded,
 * so it is the same double as Number("k with the point moved"), which is what the decimal path
 * returns.
 *
 * Hot loops here avoid global lookups (`Math`, `Number`, `Array`): inside a contextified global,
 * like the emulator's vm sandbox the benchmark runs the bundle in, each one is an interceptor call
 * costing more than the arithmetic, so the few builtins needed are bound once.
 */
const mathRound = Math.round;

/** Beyond 2⁵¹ a float no longer holds every half-integer; k / 100 stays far inside MAX_SHEET_NUMBER. */
const FAST_LIMIT = 2 ** 51;

/**
 * round_half_up(V) of an exact value V known only as a float v with |v − V| ≤ err; null when that
 * cannot be proven (v within err of a tie, or |v| ≥ 2⁵¹), so the caller falls back to decimal.js.
 */
export function provenRound(v: number, err: number): number | null {
  if (!(v < FAST_LIMIT && v > -FAST_LIMIT)) return null;
  const k = mathRound(v);
  // d = |v − k| is exact (Sterbenz: k and v are within a factor 2 when k ≠ 0). err carries a
  // factor 2 of slack over every bound derived below, which absorbs the rounding of 0.5 − err.
  const d = v > k ? v - k : k - v;
  return d < 0.5 - err ? k : null;
}

/** 2⁻⁵⁰ = 8u: twice the ~4u bound of a quotient scaled by a power of ten (see capaian.ts). */
export const FAST_ERR = 2 ** -50;

/**
 * round_half_up(100·X) for the shortest decimal X of a finite number x — its printed value in
 * hundredths — or null where decimal.js must decide. v = fl(100·x): |100x − 100X| ≤ 100u|x| and the
 * product adds u|v|, about 2u|v| in all; err = 8u|v| covers it. (A subnormal x is off by at most
 * 2⁻¹⁰⁷⁵ absolutely: then v is near 0, half a unit from any tie.)
 */
export function provenHundredths(x: number): number | null {
  const v = x * 100;
  return provenRound(v, (v < 0 ? -v : v) * FAST_ERR);
}
