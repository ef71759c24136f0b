import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal';
import { InputError } from '../../src/core/input-error';
import { describeValue, formatId, formatMoney, formatRupiah, isBlank, parseNumber } from '../../src/core/numbers';

const num = (v: Parameters<typeof parseNumber>[0], opts?: { allowNote?: boolean }) =>
  parseNumber(v, opts)?.toString() ?? null;

describe('numbers', () => {
  describe('parseNumber', () => {
    it('reads Indonesian thousands dots and decimal comma (docs/layout.md#values)', () => {
      expect(num('1.738.126.580')).toBe('1738126580');
      expect(num('12.000.000,00')).toBe('12000000');
      expect(num('88,37')).toBe('88.37');
      expect(num('99,72 %')).toBe('99.72');
      expect(num('Rp 2.216.552.780')).toBe('2216552780');
      expect(num('Rp. 2.216.552.780,-')).toBe('2216552780');
    });

    it('reads English decimals only where unambiguous: one dot not followed by three digits', () => {
      expect(num('88.37')).toBe('88.37');
      expect(num('3.4575')).toBe('3.4575');
      // "1.500" is Indonesian for one thousand five hundred, never 1,5.
      expect(num('1.500')).toBe('1500');
      expect(num('1,234,567.89')).toBe('1234567.89');
    });

    it('treats blank and "-" as nothing', () => {
      for (const v of ['', '   ', '-', ' – ', null, undefined]) expect(parseNumber(v)).toBeNull();
      expect(isBlank('-')).toBe(true);
      expect(isBlank(0)).toBe(false);
    });

    it('converts a JS number through its shortest string, never binary arithmetic', () => {
      expect(num(0.1)).toBe('0.1');
      expect(num(96.79)).toBe('96.79');
    });

    it('ignores a trailing note such as a predicate only when asked: "72,60 (BB)"', () => {
      expect(num('72,60 (BB)', { allowNote: true })).toBe('72.6');
      expect(() => parseNumber('72,60 (BB)')).toThrow(InputError);
    });

    it('rejects text, booleans and dates with an Indonesian message quoting the value', () => {
      expect(() => parseNumber('abc')).toThrow('"abc" bukan angka');
      expect(() => parseNumber(true)).toThrow('TRUE bukan angka');
      expect(() => parseNumber(new Date(2024, 0, 31))).toThrow('tanggal 31/01/2024 bukan angka');
      expect(() => parseNumber('1,2,3')).toThrow(InputError);
      expect(() => parseNumber('12.34.56')).toThrow(InputError);
    });
  });

  describe('describeValue', () => {
    it('quotes text, prints numbers the Indonesian way and never shows NaN', () => {
      expect(describeValue('abc')).toBe('"abc"');
      expect(describeValue(1234.5)).toBe('1.234,5');
      expect(describeValue(Number.NaN)).toBe('angka tidak sah');
      expect(describeValue(Number.POSITIVE_INFINITY)).toBe('angka tidak sah');
    });
  });

  describe('formatId', () => {
    it('prints thousands with "." and decimals with "," rounded half up', () => {
      expect(formatId(new Decimal('92.625'))).toBe('92,63');
      expect(formatId(new Decimal('2216552780'), 0)).toBe('2.216.552.780');
      expect(formatId(new Decimal('1234.5'), 2)).toBe('1.234,50');
      expect(formatId(new Decimal('-5.64'))).toBe('-5,64');
      expect(formatId(new Decimal('-0.001'))).toBe('0,00');
    });

    it('prints money in whole rupiah', () => {
      expect(formatMoney(new Decimal('2053237731'))).toBe('2.053.237.731');
      expect(formatRupiah(new Decimal('2216552780'))).toBe('Rp 2.216.552.780');
    });
  });
});
