import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf, toAmount } from '../../src/core/amount';
import { Decimal, round, toDecimal } from '../../src/core/decimal';

/*
 * A DPA row keeps its money and figures as Amounts (src/core/amount.ts): the JS number whose
 * shortest decimal string is the value, else the Decimal itself. Storage must never change a
 * value: every Amount turns back into a Decimal equal in value, sign (−0 included), digits and
 * printed form to the one stored, and the sums of the rows come out the same to the cent.
 * Checked against decimal.js itself (an independent constructor with the add-on's settings).
 */
const Exact = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

/** A decimal n × 10^-places built from an exact integer, so the value sits exactly where built. */
const decimalText = fc
  .record({
    n: fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
    places: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ n, places }) => {
    const neg = n < 0n;
    const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return neg ? `-${text}` : text;
  });

/** What a DPA money cell holds: a read JS number (a `=SUM` may leave 4024175.9699999997), rounded to the cent. */
const money = fc
  .oneof(
    fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
    fc.double({ min: -9e13, max: 9e13, noNaN: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  .map((x) => round(toDecimal(x), 2));

const decimals = fc.oneof(
  decimalText.map((t) => new Decimal(t)),
  money,
  fc
    .constantFrom('0', '-0', '0.1', '-0.001', '1e21', '1.5e-7', '123456789012345.67', '9007199254740993')
    .map((t) => new Decimal(t)),
  fc.constant(round(new Decimal('-0.001'), 2)),
);

function same(a: Decimal, b: Decimal): void {
  expect(a.toString()).toBe(b.toString());
  expect(a.isNegative()).toBe(b.isNegative());
  expect(a.eq(b)).toBe(true);
  expect(new Exact(a.toFixed()).eq(b.toFixed())).toBe(true);
}

describe('Amount: a Decimal kept as a number where one is exact', () => {
  it('gives back the very same Decimal: value, sign of zero, printed form', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const a = toAmount(d);
        same(decimalOf(a), d);
        // A number only where its shortest string is the value.
        if (typeof a === 'number') expect(new Exact(String(a)).eq(d.toString())).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps a whole rupiah amount of a DPA, and money to the cent up to 15 digits, as a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => {
        expect(typeof toAmount(new Decimal(n))).toBe('number');
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (cents) => {
        const d = new Decimal(cents.toString()).div(100);
        expect(typeof toAmount(d)).toBe('number');
      }),
    );
    // −0 (a rounded −0,001) keeps its sign: it stays a Decimal.
    expect(toAmount(round(new Decimal('-0.001'), 2))).toBeInstanceOf(Decimal);
  });

  it('sums of Amounts equal the sums of the Decimals they stand for, to the last digit', () => {
    fc.assert(
      fc.property(fc.array(decimals, { maxLength: 50 }), (ds) => {
        const exact = ds.reduce((s, d) => s.plus(d), new Decimal(0));
        const viaAmounts = ds.map(toAmount).reduce<Decimal>((s, a) => s.plus(decimalOf(a)), new Decimal(0));
        // decimal.js reads a number operand through its shortest string, as decimalOf does.
        const direct = ds.map(toAmount).reduce<Decimal>((s, a) => s.plus(a), new Decimal(0));
        same(viaAmounts, exact);
        same(direct, exact);
      }),
      { numRuns: 2000 },
    );
  });
});
