import { describe, expect, it } from 'vitest';
import { foldHeaderRows } from '../../../src/core/layout/header-rows';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import type { RawWorkbook } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/numbers';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { sheet } from '../../fixtures/messy-workbooks';
import { loadExample } from './example-workbook';

/** The example's IKU sheet re-typed the way the printed report lays out its table (Tabel 2.1). */
function ikuAsPrinted(raw: RawWorkbook): RawWorkbook {
  const iku = sheet(raw, 'IKU');
  const [, ...data] = iku.values;
  const top = [
    'No',
    'Tujuan',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Satuan',
    'Polaritas',
    'Formula',
    'Target Kinerja Pada Tahun',
    '',
    '',
    '',
    '',
    'Realisasi',
    '',
    '',
    '',
    'Capaian (%)',
    '',
    'Analisis',
    'Solusi',
  ];
  const years = [
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    2019,
    2020,
    2021,
    2022,
    2023,
    2020,
    2021,
    2022,
    2023,
    '2022',
    'Tahun 2023',
    '',
    '',
  ];
  const numbers = top.map((_, i) => `(${i + 1})`);
  return {
    ...raw,
    sheets: raw.sheets.map((s) => (s === iku ? { name: 'IKU', values: [top, years, numbers, ...data] } : s)),
  };
}

describe('foldHeaderRows: headers copied from a printed table', () => {
  it('reads a merged "Target Kinerja Pada Tahun" over a row of years, and a (1) (2) (3) row, as Target 2019 … Capaian 2023', () => {
    const { workbook, findings } = readWorkbook(ikuAsPrinted(loadExample()));
    expect(findings.filter((f) => f.sheet === 'IKU')).toEqual([]);
    const ikm = workbook.iku?.indikator[0];
    // Data now starts on row 4: the addresses are the sheet's own.
    expect(ikm?.row).toBe(4);
    expect(ikm?.target[2023]).toMatchObject({ cell: 'L4' });
    expect(ikm?.target[2023].target).toEqual({ kind: 'single', value: expect.anything() });
    expect(String(ikm?.realisasi[2023].value)).toBe('88.12');
    expect(ikm?.capaian[2022]).toMatchObject({ cell: 'Q4' });
    expect(workbook.headerNotes.some((n) => n.sheet === 'IKU' && /judul 3 baris/.test(n.found))).toBe(true);
  });

  it('keeps the real cell of a finding: the typed 96,79 is now IKU!Q4', () => {
    const { findings } = validateWorkbook(ikuAsPrinted(loadExample()));
    expect(findings.find((f) => f.code === 'capaian-mismatch')).toMatchObject({ sheet: 'IKU', cell: 'Q4' });
  });

  it('reads AKIP years under a merged "Nilai" as bare year columns', () => {
    const sheet = {
      name: 'AKIP',
      values: [
        ['Komponen', 'Bobot', 'Nilai', ''],
        ['', '', 2022, 2023],
        ['Perencanaan Kinerja', 30, 24.07, 21.41],
      ] as CellValue[][],
    };
    expect(foldHeaderRows(sheet).sheet.values[0]).toEqual(['Komponen', 'Bobot', '2022', '2023']);
  });

  it('leaves a one-row header and its first data row alone', () => {
    const raw = loadExample();
    for (const s of raw.sheets) expect(foldHeaderRows(s)).toEqual({ sheet: s, note: null });
  });
});
