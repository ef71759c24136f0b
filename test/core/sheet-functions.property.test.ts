import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/numbers';
import {
  CAPAIAN,
  CAPAIAN_TW,
  KATEGORI_CAPAIAN,
  MUTU_IKM,
  NIK_IKM,
  PREDIKAT_AKIP,
} from '../../src/core/sheet-functions';

// Anything a cell can hold: numbers (incl. huge/tiny), numeric text in both forms, junk, blanks,
// booleans and dates.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    '',
    '-',
    ' ',
    '88,37',
    '1.738.126.580',
    '99,72 %',
    'Rp 2.216.552.780',
    '80 - 90',
    '7 – 8',
    'Positif',
    'Negatif',
    'abc',
    '<b>',
    '#Target 0',
    '0',
    '1e5',
    'NaN',
    'Infinity',
    'undefined',
  ),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

const range = fc
  .integer({ min: 1, max: 4 })
  .chain((rows) =>
    fc
      .integer({ min: 1, max: 4 })
      .chain((cols) =>
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      ),
  );
const arg = fc.oneof(cell, range);

const RAW_ERROR =
  /TypeError|ReferenceError|RangeError|Cannot read|is not a function|\[DecimalError\]|undefined|NaN|Infinity/;

// A message may quote what the user typed ("Infinity" bukan angka); only our own words are checked.
const ownWords = (m: string) => m.replace(/"[^"]*"/g, '""');

function checkOutput(out: unknown): void {
  const cells = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
  for (const c of cells) {
    expect(c).not.toBeUndefined();
    if (typeof c === 'number') expect(Number.isFinite(c)).toBe(true);
    else expect(typeof c).toBe('string');
    if (typeof c === 'string' && c.startsWith('#') && !c.startsWith('#Target 0')) expect(c).not.toMatch(RAW_ERROR);
  }
}

function callSafely(fn: () => unknown): void {
  let out: unknown;
  try {
    out = fn();
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect(ownWords((e as Error).message)).not.toMatch(RAW_ERROR);
    expect((e as Error).message.length).toBeGreaterThan(5);
    return;
  }
  checkOutput(out);
}

describe('custom functions on any input (property)', () => {
  it('never yield NaN, Infinity, undefined or a raw JavaScript error', () => {
    fc.assert(
      fc.property(arg, arg, arg, (a, b, c) => {
        callSafely(() => CAPAIAN(a, b, c));
        callSafely(() => CAPAIAN_TW(a, b, c, a));
        callSafely(() => KATEGORI_CAPAIAN(a));
        callSafely(() => PREDIKAT_AKIP(a, b));
        callSafely(() => MUTU_IKM(a, b));
        callSafely(() => NIK_IKM(a, c));
      }),
      { numRuns: 1500 },
    );
  });

  it('positive CAPAIAN is monotonic in realisasi', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100),
        (r1, r2, t) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          expect(CAPAIAN(lo, t) as number).toBeLessThanOrEqual(CAPAIAN(hi, t) as number);
        },
      ),
    );
  });

  it('equals a plain decimal.js reference: round_half_up(R / T × 100, 2)', () => {
    const Ref = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
    const value = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 1000);
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 1000),
        (r, t) => {
          const want =
            new Ref(String(r))
              .div(new Ref(String(t)))
              .times(100)
              .toDecimalPlaces(2, Ref.ROUND_HALF_UP)
              .toNumber() + 0; // + 0: a sheet shows 0, never -0
          expect(CAPAIAN(r, t)).toBe(want);
          // Negative polarity: (2T − R) / T × 100.
          const wantNeg =
            new Ref(String(t))
              .times(2)
              .minus(new Ref(String(r)))
              .div(new Ref(String(t)))
              .times(100)
              .toDecimalPlaces(2, Ref.ROUND_HALF_UP)
              .toNumber() + 0;
          expect(CAPAIAN(r, t, 'Negatif')).toBe(wantNeg);
        },
      ),
    );
  });

  it('NIK_IKM equals the reference mean of per-unsur means × 25', () => {
    const Ref = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
    const answer = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(''));
    const survey = fc.array(fc.array(answer, { minLength: 9, maxLength: 9 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(survey, (rows) => {
        const cols = [...Array(9).keys()].map((c) => rows.map((r) => r[c]).filter((v): v is number => v !== ''));
        if (cols.some((c) => c.length === 0)) return; // an unsur nobody answered is an error, tested elsewhere
        const nrr = cols.map((c) => c.reduce((s, v) => s.plus(v), new Ref(0)).div(c.length));
        const want = nrr
          .reduce((s, v) => s.plus(v), new Ref(0))
          .div(9)
          .times(25)
          .toDecimalPlaces(2, Ref.ROUND_HALF_UP)
          .toNumber();
        expect(NIK_IKM(rows)).toBe(want);
      }),
    );
  });
});
