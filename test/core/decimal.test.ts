import { describe, expect, it } from 'vitest';
import { Decimal, percentFromRatio, toSheetNumber } from '../../src/core/decimal';
import { InputError } from '../../src/core/input-error';

const d = (s: string) => new Decimal(s);

describe('decimal', () => {
  describe('percentFromRatio', () => {
    it('prints a ratio as % with 2 decimals, half up: 0,997171… → 99,72; 1,068125 → 106,81; 0,00005 → 0,01', () => {
      expect(percentFromRatio(d('0.9971709856'))).toBe(99.72);
      expect(percentFromRatio(d('1.068125'))).toBe(106.81);
      expect(percentFromRatio(d('0.00005'))).toBe(0.01);
      expect(percentFromRatio(d('12.34565'))).toBe(1234.57);
      expect(percentFromRatio(d('1'))).toBe(100);
    });

    it('keeps the sign, rounds half away from zero, and never gives -0', () => {
      expect(percentFromRatio(d('-0.5'))).toBe(-50);
      expect(percentFromRatio(d('-0.123456'))).toBe(-12.35);
      expect(Object.is(percentFromRatio(d('-0.000049')), 0)).toBe(true);
    });

    it('equals toSheetNumber(ratio × 100) on a spread of values', () => {
      for (const s of ['0.1', '0.98765', '2.5', '0.123449', '0.123450', '33.333333', '-1.99995']) {
        expect(percentFromRatio(d(s)), s).toBe(toSheetNumber(d(s).times(100)));
      }
    });

    it('refuses a result too large to print', () => {
      expect(() => percentFromRatio(d('1e20'))).toThrow(InputError);
    });
  });
});
