import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal';
import { mutuIkm } from '../../src/core/ikm';
import { kategoriCapaian, parseSkala } from '../../src/core/kategori-capaian';
import { predikatAkip } from '../../src/core/predikat-akip';

const d = (s: string | number) => new Decimal(String(s));

describe('kategoriCapaian (Permendagri 86/2017, bins closed on the printed value)', () => {
  const cases: [string, string][] = [
    ['91', 'Sangat Tinggi'],
    ['150', 'Sangat Tinggi'],
    ['90.5', 'Tinggi'],
    // 90,995 prints as 91,00: the category follows what the reader sees.
    ['90.995', 'Sangat Tinggi'],
    ['90.994', 'Tinggi'],
    ['76', 'Tinggi'],
    ['75.99', 'Sedang'],
    ['66', 'Sedang'],
    ['65.99', 'Rendah'],
    ['51', 'Rendah'],
    ['50.99', 'Sangat Rendah'],
    ['-20', 'Sangat Rendah'],
  ];
  for (const [value, label] of cases) {
    it(`${value} → ${label}`, () => expect(kategoriCapaian(d(value))).toBe(label));
  }

  it('uses a local scale of lower bounds and labels in any order', () => {
    const skala = parseSkala([
      [0, 'Kurang'],
      [100, 'Melampaui'],
      ['85,5', 'Baik'],
    ]);
    expect(kategoriCapaian(d(100), skala)).toBe('Melampaui');
    expect(kategoriCapaian(d('85.5'), skala)).toBe('Baik');
    expect(kategoriCapaian(d('85.49'), skala)).toBe('Kurang');
    expect(() => kategoriCapaian(d(-1), skala)).toThrow(/di bawah batas terendah/);
  });

  it('rejects a scale row with a non-numeric bound, naming the row', () => {
    expect(() =>
      parseSkala([
        [0, 'Kurang'],
        ['tinggi', 'Baik'],
      ]),
    ).toThrow(/baris ke-2/);
  });
});

describe('predikatAkip (PermenPAN-RB 88/2021, lower bounds exclusive)', () => {
  const cases: [string, string][] = [
    ['100', 'AA'],
    ['90.01', 'AA'],
    ['90', 'A'],
    // 90,004 prints as 90,00, so it is A.
    ['90.004', 'A'],
    ['80.01', 'A'],
    ['80', 'BB'],
    ['72.59', 'BB'],
    ['70.20', 'BB'],
    ['70', 'B'],
    ['66.56', 'B'],
    ['60', 'CC'],
    ['50', 'C'],
    ['30.01', 'C'],
    ['30', 'D'],
    ['0', 'D'],
  ];
  for (const [value, p] of cases) {
    it(`${value} → ${p}`, () => expect(predikatAkip(d(value)).predikat).toBe(p));
  }

  it('gives the interpretation: BB is Sangat Baik', () => {
    expect(predikatAkip(d('72.59'))).toEqual({ predikat: 'BB', interpretasi: 'Sangat Baik' });
  });

  it('outside 0–100 is an error', () => {
    expect(() => predikatAkip(d('100.01'))).toThrow(/di luar rentang 0–100/);
    expect(() => predikatAkip(d('-0.01'))).toThrow(/di luar rentang 0–100/);
  });
});

describe('mutuIkm (PermenPAN-RB 14/2017, on the printed NIK)', () => {
  const cases: [string, string][] = [
    ['100', 'A'],
    ['88.31', 'A'],
    ['88.30', 'B'],
    ['88.12', 'B'],
    ['76.61', 'B'],
    ['76.60', 'C'],
    ['65.00', 'C'],
    ['64.99', 'D'],
    ['25', 'D'],
  ];
  for (const [value, m] of cases) {
    it(`${value} → ${m}`, () => expect(mutuIkm(d(value)).mutu).toBe(m));
  }

  it('88,305 prints as 88,31 and is therefore A', () => {
    expect(mutuIkm(d('88.305')).mutu).toBe('A');
  });

  it('NIK outside 25–100 is an error', () => {
    expect(() => mutuIkm(d('24.99'))).toThrow(/25–100/);
    expect(() => mutuIkm(d('100.5'))).toThrow(/25–100/);
  });
});
