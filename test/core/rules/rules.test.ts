import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/core/decimal';
import type { Akip, NumberCell } from '../../../src/core/layout/model';
import { akipTotal, isAkipPredikatLabel, isAkipTotalLabel } from '../../../src/core/rules/akip';
import { groupThousands } from '../../../src/core/rules/digit-grouping';
import { isAkipIndikator, isIkmIndikator } from '../../../src/core/rules/linked-indicators';
import { parsePeriode, renstraEndYear } from '../../../src/core/rules/periode';
import { reportingYear } from '../../../src/core/rules/reporting-year';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { messy, sheet, toRaw } from '../../fixtures/messy-workbooks';

const num = (v: number | string | null, raw: unknown = v): NumberCell => ({
  value: v === null ? null : new Decimal(v),
  raw: raw as NumberCell['raw'],
  cell: 'C2',
});

function akip(values: (number | string | null)[], raws?: unknown[]): Akip {
  return {
    years: [2023],
    komponen: values.map((v, i) => ({
      row: i + 2,
      nama: `K${i}`,
      bobot: num(30),
      nilai: { 2023: num(v, raws?.[i] ?? v) },
    })),
    nilaiAkhir: {},
    predikat: {},
  };
}

describe('AKIP total (PermenPAN-RB 88/2021: nilai akhir = sum of the components)', () => {
  it('sums the raw scores and rounds once: 35,004 + 35,004 = 70,008 → 70,01', () => {
    const t = akipTotal(akip(['35.004', '35.004']), 2023);
    expect(t.sum?.toString()).toBe('70.008');
    expect(t.nilai?.toFixed(2)).toBe('70.01');
  });

  it('a blank component counts 0; no value at all gives no total; an unreadable one gives none either', () => {
    expect(akipTotal(akip([20, null, 10]), 2023).nilai?.toFixed(2)).toBe('30.00');
    expect(akipTotal(akip([null, null]), 2023)).toEqual({ sum: null, nilai: null, unreadable: false });
    expect(akipTotal(akip([20, null], [20, 'dua']), 2023)).toEqual({ sum: null, nilai: null, unreadable: true });
  });

  it('total labels: Nilai Akhir, Nilai Akhir AKIP, Nilai AKIP, Jumlah, Total, Total Nilai, any case or spacing', () => {
    for (const l of ['Nilai Akhir', 'NILAI AKHIR AKIP', ' nilai  akip ', 'Jumlah', 'TOTAL', 'Total Nilai', 'Jumlah:'])
      expect(isAkipTotalLabel(l), l).toBe(true);
    for (const l of ['Perencanaan Kinerja', 'Capaian Kinerja', 'Nilai', 'Skor Total'])
      expect(isAkipTotalLabel(l), l).toBe(false);
    expect(isAkipPredikatLabel('predikat')).toBe(true);
  });
});

describe('which IKU indicator is the IKM one and which the AKIP one', () => {
  it('names real offices use', () => {
    for (const n of ['Indeks Kepuasan Masyarakat (IKM)', 'Nilai SKM', 'Nilai IKM', 'Survei Kepuasan Masyarakat'])
      expect(isIkmIndikator(n), n).toBe(true);
    for (const n of ['Nilai AKIP', 'Nilai SAKIP', 'Nilai Akuntabilitas Kinerja', 'Nilai Evaluasi AKIP'])
      expect(isAkipIndikator(n), n).toBe(true);
    for (const n of ['Persentase rekomendasi hasil evaluasi AKIP yang ditindaklanjuti', 'Jumlah responden SKM']) {
      expect(isAkipIndikator(n) || isIkmIndikator(n), n).toBe(false);
    }
    expect(isAkipIndikator('Indeks Kepuasan Masyarakat')).toBe(false);
  });

  for (const [name, code, cell] of [
    ['Nilai SKM', 'ikm-mismatch', 'J2'],
    ['Nilai SAKIP', 'akip-mismatch', 'J3'],
    ['Nilai Akuntabilitas Kinerja', 'akip-mismatch', 'J3'],
  ] as const) {
    it(`"${name}" is cross-checked with its sheet (${code})`, () => {
      const wb = messy((w) => {
        const iku = sheet(w, 'IKU');
        const row = code === 'ikm-mismatch' ? 1 : 2;
        iku.values[row][3] = name;
        iku.values[row][9] = 60; // NIK is 87,50; the AKIP 2023 sum is 70,50
      });
      const f = validateWorkbook(toRaw(wb)).findings.filter((x) => x.code === code);
      expect(f.map((x) => x.cell)).toEqual([cell]);
    });
  }
});

describe('Renstra period', () => {
  it('reads the usual ways of writing it', () => {
    for (const t of [
      '2019-2023',
      '2019 – 2023',
      '2019 s.d. 2023',
      '2019 s/d 2023',
      '2019/2023',
      '2019 sampai dengan 2023',
    ])
      expect(parsePeriode(t), t).toEqual([2019, 2023]);
    expect(parsePeriode('2023-2019')).toBeNull();
    expect(parsePeriode('2000-2023')).toBeNull(); // 24 years is a typing mistake
  });

  it('its end year, else the last target year', () => {
    expect(renstraEndYear('2019 s/d 2023', [2019, 2024])).toBe(2023);
    expect(renstraEndYear('', [2019, 2024])).toBe(2024);
    expect(renstraEndYear(undefined, [])).toBeNull();
  });
});

describe('reporting year', () => {
  it('Profil Tahun, else the latest Realisasi year, else 0', () => {
    expect(reportingYear(2023, [2020, 2024])).toBe(2023);
    expect(reportingYear(0, [2020, 2024, 2022])).toBe(2024);
    expect(reportingYear(undefined, [])).toBe(0);
  });
});

describe('Indonesian digit grouping', () => {
  it('a dot every three digits from the right', () => {
    expect(groupThousands('2216552780')).toBe('2.216.552.780');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1.000');
    expect(groupThousands('-1234')).toBe('-1.234');
  });
});
