import { describe, expect, it } from 'vitest';
import { type Target, parseTarget } from '../../../src/core/capaian';
import { Decimal } from '../../../src/core/decimal';
import { formatId } from '../../../src/core/numbers';
import {
  type CaraHitung,
  dpaRealisasiSampai,
  parseCaraHitung,
  quarterFigures,
  quartersOfRow,
  realisasiSampai,
  realisasiTahunan,
  targetTriwulan,
} from '../../../src/core/rules/triwulan';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { toRaw } from '../../fixtures/messy-workbooks';
import { renaksiWorkbook } from '../../fixtures/renaksi-workbook';

// docs/rules.md#rencana-aksi-per-triwulan. Every expected figure is worked by hand in the comment
// beside it; the indicators are the fixture's (test/fixtures/renaksi-workbook.ts).

const q = (...xs: (number | string | null)[]) => xs.map((x) => (x === null ? null : new Decimal(x)));
const t = (...xs: (number | string | null)[]): (Target | null)[] => xs.map((x) => (x === null ? null : parseTarget(x)));
const str = (d: Decimal | null) => (d === null ? null : d.toString());
const printed = (d: Decimal | null) => (d === null ? null : formatId(d));

describe('Cara Hitung', () => {
  it('reads the three ways in any case and spacing, and a few other spellings', () => {
    expect(parseCaraHitung('Kumulatif')).toBe('kumulatif');
    expect(parseCaraHitung(' kumulatif ')).toBe('kumulatif');
    expect(parseCaraHitung('NILAI  AKHIR')).toBe('nilai-akhir');
    expect(parseCaraHitung('Non Kumulatif')).toBe('nilai-akhir');
    expect(parseCaraHitung('Rata-rata')).toBe('rata-rata');
    expect(parseCaraHitung('rata - rata')).toBe('rata-rata');
    expect(parseCaraHitung('Rata rata')).toBe('rata-rata');
    expect(parseCaraHitung('')).toBeNull();
    expect(parseCaraHitung('-')).toBeNull();
  });

  it('anything else is an Indonesian error naming the value and the choices', () => {
    expect(() => parseCaraHitung('Tahunan')).toThrow(
      'Cara hitung "Tahunan" tidak dikenal; gunakan Kumulatif, Nilai Akhir, atau Rata-rata.',
    );
    expect(() => parseCaraHitung(3)).toThrow(/^Cara hitung 3 tidak dikenal/);
  });
});

describe('realisasi up to a quarter, from each quarter’s own realisasi', () => {
  const quarters = q(2, 1, 2, 2);

  it('Kumulatif adds the quarters: s.d. TW II = 2 + 1 = 3, the year = 2 + 1 + 2 + 2 = 7', () => {
    expect(str(realisasiSampai(quarters, 2, 'kumulatif'))).toBe('3');
    expect(str(realisasiSampai(quarters, 4, 'kumulatif'))).toBe('7');
  });

  it('Nilai Akhir takes the quarter itself: s.d. TW II = 1', () => {
    expect(str(realisasiSampai(quarters, 2, 'nilai-akhir'))).toBe('1');
  });

  it('Rata-rata takes the mean: s.d. TW III = (2 + 1 + 2) / 3 = 1,6666…, printed 1,67', () => {
    const r = realisasiSampai(quarters, 3, 'rata-rata');
    expect(r?.toFixed(10)).toBe('1.6666666667');
    expect(printed(r)).toBe('1,67');
  });

  it('blank is "not reported yet": nothing up to a blank quarter, whatever the cara hitung', () => {
    for (const cara of ['kumulatif', 'nilai-akhir', 'rata-rata'] as CaraHitung[]) {
      expect(realisasiSampai(q(5, null, null, null), 2, cara)).toBeNull();
    }
  });

  it('a blank quarter before the one asked for: Kumulatif adds nothing, Rata-rata leaves it out (not 0)', () => {
    const gap = q(4, null, 2, null);
    // Kumulatif s.d. TW III = 4 + 2 = 6; Rata-rata = (4 + 2) / 2 = 3, not (4 + 0 + 2) / 3 = 2.
    expect(str(realisasiSampai(gap, 3, 'kumulatif'))).toBe('6');
    expect(str(realisasiSampai(gap, 3, 'rata-rata'))).toBe('3');
    // 0 is a reported quarter: (4 + 0 + 2) / 3 = 2.
    expect(str(realisasiSampai(q(4, 0, 2, null), 3, 'rata-rata'))).toBe('2');
  });

  it('the year so far is up to the last reported quarter, and says which', () => {
    const y = realisasiTahunan(q(2, 1, null, null), 'kumulatif');
    expect(y && { value: y.value.toString(), triwulan: y.triwulan }).toEqual({ value: '3', triwulan: 2 });
    expect(realisasiTahunan(q(null, null, null, null), 'kumulatif')).toBeNull();
  });

  it('is exact in decimals: 0,1 + 0,2 = 0,3', () => {
    expect(str(realisasiSampai(q(0.1, 0.2), 2, 'kumulatif'))).toBe('0.3');
  });
});

describe('the quarter’s own target, from targets written up to each quarter', () => {
  const targets = t(2, 4, 5, 7);

  it('Kumulatif: T(n) − T(n−1): TW I 2, TW II 4 − 2 = 2, TW III 5 − 4 = 1, TW IV 7 − 5 = 2', () => {
    expect([1, 2, 3, 4].map((n) => str(targetTriwulan(targets, n as 1, 'kumulatif')))).toEqual(['2', '2', '1', '2']);
  });

  it('Nilai Akhir: the target itself; Rata-rata: n·T(n) − (n−1)·T(n−1): TW II 2 × 4 − 2 = 6', () => {
    expect(str(targetTriwulan(targets, 3, 'nilai-akhir'))).toBe('5');
    expect(str(targetTriwulan(targets, 2, 'rata-rata'))).toBe('6');
    // An even target 90 every quarter is 90 every quarter: 2 × 90 − 90 = 90.
    expect(str(targetTriwulan(t(90, 90, 90, 90), 2, 'rata-rata'))).toBe('90');
  });

  it('none where a needed target is blank or a range', () => {
    expect(targetTriwulan(t(null, 4, 5, 7), 2, 'kumulatif')).toBeNull();
    expect(targetTriwulan(t('80 - 90', '85 - 95', null, null), 2, 'kumulatif')).toBeNull();
  });
});

describe('quarterly capaian of the fixture’s indicators (same CAPAIAN rules and polaritas as the year)', () => {
  const { workbook } = validateWorkbook(toRaw(renaksiWorkbook()));
  const rows = workbook.renaksi?.rows ?? [];
  const figures = (no: string) => {
    const row = rows.find((r) => r.no === no);
    const f = row && quartersOfRow(row);
    if (!f) throw new Error(`no linked Renaksi row ${no}`);
    return f;
  };

  it('Kumulatif, Positif (No 3, dokumen): s.d. TW II 2 + 1 = 3 of 4 = 75,00; TW III 5 of 5 = 100,00; TW IV 7 of 7 = 100,00', () => {
    const f = figures('3');
    expect(f.map((x) => str(x.realisasiSampai))).toEqual(['2', '3', '5', '7']);
    // 2/2 = 100; 3/4 = 75; (2+1+2)/5 = 100; 7/7 = 100.
    expect(f.map((x) => printed(x.capaianSampai))).toEqual(['100,00', '75,00', '100,00', '100,00']);
    // The quarter alone in TW II: realisasi 1 against 4 − 2 = 2.
    expect([str(f[1].realisasiTriwulan), str(f[1].targetTriwulan)]).toEqual(['1', '2']);
  });

  it('Nilai Akhir, Positif (No 1, IKM): TW II 85,72 of 86 = 99,674… → 99,67; TW IV 88,12 of 88,37 = 99,717… → 99,72', () => {
    const f = figures('1');
    // 84,5 / 85 × 100 = 99,4117… → 99,41; 85,72 / 86 × 100 = 99,6744… → 99,67;
    // 87,9 / 87 × 100 = 101,0344… → 101,03; 88,12 / 88,37 × 100 = 99,7171… → 99,72 (the year's capaian).
    expect(f.map((x) => printed(x.capaianSampai))).toEqual(['99,41', '99,67', '101,03', '99,72']);
    expect(str(f[1].realisasiSampai)).toBe('85.72');
  });

  it('Nilai Akhir with only TW IV (No 2, AKIP): nothing before TW IV; TW IV 70,2 of 72,6 = 96,694… → 96,69', () => {
    const f = figures('2');
    expect(f.map((x) => printed(x.capaianSampai))).toEqual([null, null, null, '96,69']);
  });

  it('Kumulatif, Negatif (No 4, pengaduan): (2T − R) / T with R and T up to the quarter', () => {
    const f = figures('4');
    expect(f.map((x) => str(x.realisasiSampai))).toEqual(['1', '5', '5', '6']);
    // TW I: (2 × 2 − 1) / 2 × 100 = 150,00; TW II: (2 × 4 − (1 + 4)) / 4 × 100 = 3/4 = 75,00;
    // TW III: (2 × 6 − 5) / 6 × 100 = 116,666… → 116,67; TW IV: (2 × 8 − 6) / 8 × 100 = 125,00.
    expect(f.map((x) => printed(x.capaianSampai))).toEqual(['150,00', '75,00', '116,67', '125,00']);
  });

  it('a row not linked to IKU, or without a Cara Hitung, has no quarters', () => {
    const [first] = rows;
    expect(quartersOfRow({ ...first, iku: null })).toBeNull();
    expect(quartersOfRow({ ...first, caraHitung: null })).toBeNull();
  });

  it('a target of 0 up to a quarter gives no capaian and says why', () => {
    const [first] = quarterFigures(t(0, 4, 6, 8), q(1, 1, 1, 1), 'kumulatif', 'positif');
    expect(first.capaianSampai).toBeNull();
    expect(first.capaianError).toMatch(/^Target 0/);
  });
});

describe('DPA budget up to a quarter', () => {
  const { workbook } = validateWorkbook(toRaw(renaksiWorkbook()));
  const dpa = workbook.dpa;
  if (!dpa) throw new Error('no DPA');

  it('adds the six programs’ quarters (fixture table), exactly', () => {
    // TW I: 350.000.000 + 0 + 60.000.000 + 3.800.000 + 30.000.000 + (blank) 0 = 443.800.000.
    expect(str(dpaRealisasiSampai(dpa, 1))).toBe('443800000');
    // TW II adds 400.000.000 + 992.250 + 75.000.000 + 3.800.000 + 40.000.000 + 2.000.000 = 521.792.250:
    // 443.800.000 + 521.792.250 = 965.592.250.
    expect(str(dpaRealisasiSampai(dpa, 2))).toBe('965592250');
    // TW IV is the whole year's realisasi of the example, 2.053.237.731.
    expect(str(dpaRealisasiSampai(dpa, 4))).toBe('2053237731');
  });

  it('takes a row’s rows below when it has no quarters of its own; none when no row has the quarter', () => {
    const rows = dpa.rows.map((r) => ({ ...r }));
    const program = rows.findIndex((r) => r.kode === '7.01.04');
    const kegiatan = rows[program].children[0];
    // The program's own quarters moved to its only kegiatan: the same 3.800.000 a quarter.
    rows[kegiatan] = { ...rows[kegiatan], realisasiTw: rows[program].realisasiTw };
    rows[program] = { ...rows[program], realisasiTw: rows[program].realisasiTw?.map((c) => ({ ...c, value: null })) };
    expect(str(dpaRealisasiSampai({ ...dpa, rows }, 2))).toBe('965592250');
    const none = rows.map((r) => ({ ...r, realisasiTw: r.realisasiTw?.map((c) => ({ ...c, value: null })) }));
    expect(dpaRealisasiSampai({ ...dpa, rows: none }, 1)).toBeNull();
  });
});
