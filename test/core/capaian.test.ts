import { describe, expect, it } from 'vitest';
import expected from '../expected-lima-puluh-pesisir.json';
import { capaianRounded, parsePolaritas, parseTarget, type Target } from '../../src/core/capaian';
import { Decimal } from '../../src/core/decimal';
import { InputError } from '../../src/core/input-error';

const d = (s: string | number) => new Decimal(String(s));
const single = (v: string | number): Target => ({ kind: 'single', value: d(v) });

// IKU rows of the example workbook: realisasi and target by year (examples/lima-puluh-pesisir-2023.json).
const IKU = {
  'Indeks Kepuasan Masyarakat (IKM)': {
    target: { 2020: '76.61', 2021: '80', 2022: '85', 2023: '88.37' },
    realisasi: { 2020: '81.83', 2021: '82.28', 2022: '82.48', 2023: '88.12' },
  },
  'Nilai AKIP': {
    target: { 2020: '65', 2021: '70', 2022: '72.6', 2023: '72.6' },
    realisasi: { 2020: '66.87', 2021: '69.91', 2022: '72.59', 2023: '70.2' },
  },
} as const;

describe('capaian', () => {
  it('gives every capaian of the example report listed in expected.json (R / T × 100, half up)', () => {
    for (const row of expected.iku) {
      const data = IKU[row.indikator as keyof typeof IKU];
      for (const [year, want] of Object.entries(row.capaian)) {
        const y = Number(year) as keyof typeof data.target;
        expect(
          capaianRounded(d(data.realisasi[y]), single(data.target[y])).toFixed(2),
          `${row.indikator} ${year}`,
        ).toBe(want);
      }
    }
  });

  it('2022 IKM capaian is 97,04 (82,48 ÷ 85 × 100 = 97,0352…), not the 96,79 the report printed', () => {
    expect(capaianRounded(d('82.48'), single(85)).toFixed(2)).toBe('97.04');
  });

  it('negative polarity is (2T − R) / T × 100, not clamped (PermenPAN-RB 8/2021)', () => {
    // T = 8, R = 10: (16 − 10) / 8 = 75 %.
    expect(capaianRounded(d(10), single(8), 'negatif').toFixed(2)).toBe('75.00');
    // T = 8, R = 2: (16 − 2) / 8 = 175 % — above 100 is kept.
    expect(capaianRounded(d(2), single(8), 'negatif').toFixed(2)).toBe('175.00');
    // T = 8, R = 20: (16 − 20) / 8 = −50 % — below 0 is kept.
    expect(capaianRounded(d(20), single(8), 'negatif').toFixed(2)).toBe('-50.00');
  });

  it('the T/R variant is T / R × 100, only on request', () => {
    // T = 8, R = 10: 80 %.
    expect(capaianRounded(d(10), single(8), 'terbalik').toFixed(2)).toBe('80.00');
    expect(() => capaianRounded(d(0), single(8), 'terbalik')).toThrow(InputError);
  });

  it('range targets: inside → 100, above → upper bound, below → lower bound (PermenPAN-RB 8/2021)', () => {
    const range = parseTarget('80 - 90') as Target;
    expect(range).toEqual({ kind: 'range', lower: d(80), upper: d(90) });
    expect(capaianRounded(d(85), range).toFixed(2)).toBe('100.00');
    expect(capaianRounded(d(80), range).toFixed(2)).toBe('100.00');
    // 95 / 90 × 100 = 105,555… → 105,56
    expect(capaianRounded(d(95), range).toFixed(2)).toBe('105.56');
    // 60 / 80 × 100 = 75
    expect(capaianRounded(d(60), range).toFixed(2)).toBe('75.00');
    expect(parseTarget('7 – 8')).toEqual({ kind: 'range', lower: d(7), upper: d(8) });
    expect(parseTarget('80 s.d. 90')).toEqual({ kind: 'range', lower: d(80), upper: d(90) });
    expect(parseTarget('7,5-8,5')).toEqual({ kind: 'range', lower: d('7.5'), upper: d('8.5') });
  });

  it('a negative single target is a number, not a range', () => {
    expect(parseTarget('-5')).toEqual({ kind: 'single', value: d(-5) });
  });

  it('reads a target with a predicate note: "72,60 (BB)"', () => {
    expect(parseTarget('72,60 (BB)')).toEqual({ kind: 'single', value: d('72.6') });
  });

  it('target 0 gives no capaian and says why', () => {
    expect(() => capaianRounded(d(5), single(0))).toThrow(/Target 0/);
  });

  it('blank target is no target', () => {
    expect(parseTarget('')).toBeNull();
    expect(parseTarget('-')).toBeNull();
  });

  describe('parsePolaritas', () => {
    it('accepts Positif/Negatif in any case and +/-; blank is Positif', () => {
      expect(parsePolaritas('')).toBe('positif');
      expect(parsePolaritas('POSITIF')).toBe('positif');
      expect(parsePolaritas(' negatif ')).toBe('negatif');
      expect(parsePolaritas('+')).toBe('positif');
      expect(parsePolaritas('-')).toBe('negatif');
      expect(parsePolaritas('T/R')).toBe('terbalik');
    });

    it('rejects anything else, naming the accepted values', () => {
      expect(() => parsePolaritas('Naik')).toThrow(/Polaritas "Naik" tidak dikenal; gunakan Positif, Negatif/);
    });
  });
});
