import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { buildReport } from '../../../src/core/report/build-report';
import type { TableBlock } from '../../../src/core/report/report-types';
import { loadExample } from '../layout/example-workbook';
import { indicatorYearConflicts, key, walkIndicatorYears } from './one-value-walk';

const GENERATED = new Date('2024-02-01T03:00:00Z');
const OPTS = { tahun: 2023, akipIndikator: 'Nilai AKIP', ikmIndikator: 'Indeks Kepuasan Masyarakat (IKM)' };

describe('one value per indicator-year on the example report', () => {
  const doc = buildReport(readWorkbook(loadExample()).workbook, { generatedAt: GENERATED });

  it('prints every indicator-year the same way in every table and sentence', () => {
    expect(indicatorYearConflicts(doc, OPTS)).toEqual([]);
  });

  it('sees AKIP 2020 in the IKU trend table, the component table, the predikat table and the sentence under it, all as 66,87', () => {
    // The example report prints 66,87 and 69,91 for 2020/2021 (its TOTAL row and its IKU table): the
    // LHE Nilai Akhir is the official value; the component sums 66,56 and 69,92 are stated once as such.
    const seen = walkIndicatorYears(doc, OPTS).get(key('Nilai AKIP', 'realisasi', 2020)) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen.map((s) => s.printed))).toEqual(new Set(['66,87']));
    expect(new Set(seen.map((s) => s.where.split(' ').slice(0, 2).join(' '))).size).toBeGreaterThanOrEqual(4);
    const y2021 = walkIndicatorYears(doc, OPTS).get(key('Nilai AKIP', 'realisasi', 2021)) ?? [];
    expect(new Set(y2021.map((s) => s.printed))).toEqual(new Set(['69,91']));
  });

  it('sees the IKM 2023 realisasi as the survey NIK 88,12 in the IKU tables, the sentences and the IKM table', () => {
    const seen = walkIndicatorYears(doc, OPTS).get(key(OPTS.ikmIndikator, 'realisasi', 2023)) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.some((s) => s.where.includes('Hasil Indeks Kepuasan Masyarakat'))).toBe(true);
  });

  it('fails when one table prints a different value (the walk can fail)', () => {
    const broken = structuredClone(doc);
    const trend = broken.blocks.find(
      (b): b is TableBlock => b.type === 'table' && b.caption.includes('Perbandingan Realisasi dan Capaian Sasaran 2'),
    )!;
    const row = trend.rows.find((r) => r[trend.header.indexOf('Tahun')] === '2020')!;
    row[trend.header.indexOf('Realisasi')] = '66,56';
    const conflicts = indicatorYearConflicts(broken, OPTS);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatch(/^Nilai AKIP realisasi 2020: (66,87 .* ≠ 66,56|66,56 .* ≠ 66,87)/);
  });

  it('treats 75 and 75,00 as one value, a range as text', () => {
    const doc2 = {
      title: 't',
      blocks: [
        {
          type: 'table',
          caption: 'A Tahun 2023',
          header: ['Indikator Kinerja', 'Target'],
          rows: [['X', '75']],
          align: [],
        },
        {
          type: 'table',
          caption: 'B Tahun 2023',
          header: ['Indikator Kinerja', 'Target'],
          rows: [['X', '75,00']],
          align: [],
        },
        {
          type: 'table',
          caption: 'C Tahun 2023',
          header: ['Indikator Kinerja', 'Target'],
          rows: [['Y', '80 – 90']],
          align: [],
        },
        {
          type: 'table',
          caption: 'D Tahun 2023',
          header: ['Indikator Kinerja', 'Target'],
          rows: [['Y', '80 – 95']],
          align: [],
        },
      ],
    } as const;
    expect(indicatorYearConflicts(structuredClone(doc2) as never, OPTS)).toEqual([
      'Y target 2023: 80 – 90 (C Tahun 2023) ≠ 80 – 95 (D Tahun 2023)',
    ]);
  });
});

describe('one value per indicator-year on the generated big workbook (scripts/big-workbook.ts)', () => {
  it('has no conflict', async () => {
    const { makeBigWorkbook } = await import('../../../scripts/big-workbook');
    const { toRaw } = await import('../../fixtures/messy-workbooks');
    const raw = toRaw(makeBigWorkbook({ dpaPrograms: 3, kegiatanPerProgram: 2, subPerKegiatan: 2, respondents: 50 }));
    const doc = buildReport(readWorkbook(raw).workbook, { generatedAt: GENERATED });
    const seen = walkIndicatorYears(doc, OPTS);
    expect(seen.get(key('Nilai AKIP', 'realisasi', 2020))?.length).toBeGreaterThanOrEqual(3);
    expect(indicatorYearConflicts(doc, OPTS)).toEqual([]);
  });
});

describe('one value per indicator-year in the compact form (report-size.ts)', () => {
  it('the example forced compact, and 500 indicators: no conflict; the per-sasaran tables are read', async () => {
    const { ikuBesar } = await import('./report-cases');
    const example = buildReport(readWorkbook(loadExample()).workbook, { generatedAt: GENERATED, ringkas: true });
    expect(indicatorYearConflicts(example, OPTS)).toEqual([]);
    // AKIP 2022 is printed in the sasaran's table (Realisasi 2022) and the AKIP tables, alike.
    const akip2022 = walkIndicatorYears(example, OPTS).get(key('Nilai AKIP', 'realisasi', 2022)) ?? [];
    expect(akip2022.map((s) => s.where)).toContain('Tabel 3.10 Capaian Indikator Sasaran 2 Tahun 2023');
    const big = buildReport(readWorkbook(ikuBesar()).workbook, { generatedAt: GENERATED });
    expect(indicatorYearConflicts(big, OPTS)).toEqual([]);
    const seen = walkIndicatorYears(big, OPTS).get(
      key('Persentase layanan uji 8 yang selesai tepat waktu', 'realisasi', 2022),
    );
    expect(seen?.map((s) => s.printed)).toEqual(['94,50']);
  });
});
