import { Decimal } from './decimal';

/**
 * An exact value kept in as little heap as it fits: the JS number whose shortest decimal string
 * IS the value, or the Decimal itself where no number is (more digits than a double keeps, −0).
 * A Decimal costs over 100 bytes (an object and its digit array); a whole rupiah amount below
 * 2³¹ costs nothing beyond its slot. A big DPA keeps four figures on each of 20.000 rows, so its
 * model holds them this way (issue #21: the heap of Periksa data).
 *
 * The number is storage, never arithmetic: `decimalOf` gives back the same Decimal (decimal.js
 * reads a number through its shortest string), and every sum and comparison is done on that.
 */
export type Amount = number | Decimal;

/** `d` as an Amount: a number only where it round-trips to the very same Decimal. */
export function toAmount(d: Decimal): Amount {
  if (d.isZero()) return d.isNegative() ? d : 0;
  const text = d.toString();
  const n = Number(text);
  return String(n) === text ? n : d;
}

/** The Decimal an Amount stands for. */
export function decimalOf(a: Amount): Decimal {
  return typeof a === 'number' ? new Decimal(a) : a;
}

/** decimalOf for an amount that may be absent (a blank figure). */
export function decimalOrNull(a: Amount | null | undefined): Decimal | null {
  return a === null || a === undefined ? null : decimalOf(a);
}
