import { describe, expect, it } from 'vitest';
import { parsePeriode, profilHint, templateYears } from '../../../src/core/template/template-years';

describe('parsePeriode', () => {
  it.each([
    ['2019-2023', [2019, 2023]],
    ['2019 – 2023', [2019, 2023]],
    ['2021 s.d. 2026', [2021, 2026]],
    ['2024/2026', [2024, 2026]],
  ])('reads %s', (text, expected) => {
    expect(parsePeriode(text)).toEqual(expected);
  });

  it.each(['', '2023', '2023-2019', '2000-2030', 'Renstra baru'])('rejects %j (not a Renstra period)', (text) => {
    expect(parsePeriode(text)).toBeNull();
  });
});

describe('templateYears', () => {
  const now = new Date(2024, 5, 1);
  it('a 3-year transition Renstra (2024-2026) gives three years', () => {
    expect(templateYears({ periodeRenstra: '2024-2026' }, now)).toEqual({
      years: [2024, 2025, 2026],
      source: 'periode-renstra',
    });
  });
  it('an implausible Tahun is ignored', () => {
    expect(templateYears({ tahun: 23 }, now).source).toBe('tahun-berjalan');
  });
});

describe('profilHint', () => {
  it('reads Tahun and Periode Renstra from the example Profil layout (text or number, synonyms for keys)', () => {
    expect(
      profilHint([
        ['Kunci', 'Nilai'],
        ['Nama Instansi', 'Kecamatan Lima Puluh Pesisir'],
        ['Tahun Laporan', '2023'],
        ['Renstra', '2019-2023'],
      ]),
    ).toEqual({ tahun: 2023, periodeRenstra: '2019-2023' });
    expect(
      profilHint([
        ['KEY', 'VALUE'],
        ['tahun', 2022],
      ]),
    ).toEqual({ tahun: 2022 });
  });

  it('finds the columns by header, not position', () => {
    expect(
      profilHint([
        ['Catatan', 'Nilai', 'Kunci'],
        ['', 2021, 'Tahun'],
      ]),
    ).toEqual({ tahun: 2021 });
  });

  it('gives nothing for an empty or unreadable Profil', () => {
    expect(profilHint([])).toEqual({});
    expect(
      profilHint([
        ['Kunci', 'Nilai'],
        ['Tahun', 'dua ribu'],
      ]),
    ).toEqual({});
  });
});
