import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { buildReport } from '../../../src/core/report/build-report';
import { FULL_FORM_MAX_CHARS, reportChars } from '../../../src/core/report/report-size';
import type { ReportDocument } from '../../../src/core/report/report-types';
import { makeBigWorkbook } from '../../../scripts/big-workbook';
import { toRaw } from '../../fixtures/messy-workbooks';
import { loadExample } from '../layout/example-workbook';
import { allText, column, table, tables } from './report-blocks';
import { ikuBesar, reportCases } from './report-cases';

/**
 * docs/rules.md#the-report-at-scale: past FULL_FORM_MAX_CHARS the report takes its compact form —
 * one table and one analysis per sasaran — so 500 IKU indicators fit one Google Doc well below
 * 500.000 characters. The expected sentences are worked by hand from scripts/big-workbook.ts:
 * indicator n (3 … 500) is in sasaran 3 + ⌊(n − 3) / 5⌋, its target of year y is
 * 80 + ((n + y) mod 5) × 2 and its realisasi 78 + ((7n + y) mod 9) × 2 + 0,5.
 */

const GENERATED = new Date('2024-02-01T03:00:00Z');
const build = (raw: ReturnType<typeof loadExample>, ringkas?: boolean) =>
  buildReport(readWorkbook(raw).workbook, { generatedAt: GENERATED, ringkas });
const generated = (indikator: number) =>
  toRaw(makeBigWorkbook({ dpaPrograms: 6, kegiatanPerProgram: 2, subPerKegiatan: 2, respondents: 100, indikator }));
const COMPACT = 'capaian kinerja disajikan secara ringkas per sasaran strategis';
const prose = (r: ReportDocument) => allText(r.blocks).join('\n');

const big = reportCases().find((c) => c.name === '500 IKU indicators (compact by size)')!.doc;

describe('the form is chosen by the length of the full report', () => {
  it('the example stays in the full form (its analyses per indicator), far under the limit', () => {
    const r = build(loadExample());
    expect(reportChars(r)).toBeLessThan(FULL_FORM_MAX_CHARS / 5);
    expect(prose(r)).not.toContain(COMPACT);
    expect(prose(r)).toContain('b. Perbandingan dengan tahun-tahun sebelumnya');
  });

  it('100 indicators stay full (under 300.000 characters); 110 do not, and are written compact', () => {
    const hundred = build(generated(100));
    expect(reportChars(hundred)).toBeLessThanOrEqual(FULL_FORM_MAX_CHARS);
    expect(prose(hundred)).not.toContain(COMPACT);
    expect(reportChars(build(generated(110), false))).toBeGreaterThan(FULL_FORM_MAX_CHARS);
    expect(prose(build(generated(110)))).toContain(COMPACT);
  });

  it('500 indicators: the full form would pass Google’s 1,02 million characters; the compact one is under 500.000', () => {
    expect(reportChars(build(ikuBesar(), false))).toBeGreaterThan(1_020_000);
    expect(prose(big)).toContain(COMPACT);
    expect(reportChars(big)).toBeLessThan(500_000);
  });
});

describe('the compact form of 500 indicators, as a reader meets it', () => {
  const text = prose(big);

  it('says how it is laid out and where each detail is kept, in the report’s own words', () => {
    expect(text).toContain(
      'Karena kinerja Kecamatan Lima Puluh Pesisir diukur dengan 500 (lima ratus) indikator kinerja utama, capaian kinerja disajikan secara ringkas per sasaran strategis: satu tabel memuat realisasi Tahun 2022 serta target, realisasi dan capaian Tahun 2023 seluruh indikator sasaran,',
    );
    expect(text).toContain(
      'Target setiap indikator untuk seluruh periode Renstra tercantum pada BAB II, target Tahun 2023 juga pada Perjanjian Kinerja dalam Lampiran, dan realisasi tahun-tahun sebelumnya pada Laporan Kinerja tahun yang bersangkutan.',
    );
    expect(text).not.toMatch(/\bsheet\b|\bkolom\b|\bbaris\b|\bisi [a-z]/i);
  });

  it('one table per sasaran, each with all its indicators: 102 sasaran, 500 rows', () => {
    const perSasaran = tables(big).filter((t) =>
      /^Tabel 3\.\d+ Capaian Indikator Sasaran \d+ Tahun 2023$/.test(t.caption),
    );
    // Sasaran 1 (IKM) and 2 (AKIP) with the example's two indicators, then 498 in sasaran 3 … 102.
    expect(perSasaran).toHaveLength(102);
    expect(perSasaran.reduce((n, t) => n + t.rows.length, 0)).toBe(500);
    expect(tables(big).filter((t) => t.caption.includes('Perbandingan Realisasi dan Capaian'))).toEqual([]);
  });

  it('sasaran 4 (indicators 8–12): its table and its three analyses, worked by hand', () => {
    // n = 8: target 2023 = 80 + (2031 mod 5) × 2 = 82; realisasi 2023 = 78 + (2079 mod 9) × 2 + 0,5 = 78,5,
    // 2022 = 78 + (2078 mod 9) × 2 + 0,5 = 94,5: capaian 78,5 ÷ 82 = 95,73 %, down 16,00, 3,50 short.
    // n = 11: target 88, realisasi 84,5 (2022: 82,5): 96,02 %, 3,50 short. n = 9, 10, 12: 110,12, 102,91,
    // 100,63 % (92,5 ÷ 84, 88,5 ÷ 86, 80,5 ÷ 80), each up 2,00 from 2022. Renstra ends 2023 (Profil 2019-2023).
    const t = table(big, 'Capaian Indikator Sasaran 4 Tahun 2023');
    expect(t.header).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Realisasi 2022',
      'Target 2023',
      'Realisasi 2023',
      'Capaian 2023 (%)',
      'Kategori',
    ]);
    expect(t.rows.map((r) => [r[0], r[3], r[4], r[5], r[column(t, 'Capaian 2023 (%)')]])).toEqual([
      ['8', '94,50', '82,00', '78,50', '95,73'],
      ['9', '90,50', '84,00', '92,50', '110,12'],
      ['10', '86,50', '86,00', '88,50', '102,91'],
      ['11', '82,50', '88,00', '84,50', '96,02'],
      ['12', '78,50', '80,00', '80,50', '100,63'],
    ]);
    const uji = (n: number) => `Persentase layanan uji ${n} yang selesai tepat waktu`;
    expect(text).toContain(
      `Pada Tahun 2023, dari 5 (lima) indikator Sasaran 4, 3 (tiga) mencapai target dan 2 (dua) belum mencapai target, yaitu ${uji(8)} (95,73%) dan ${uji(11)} (96,02%).`,
    );
    expect(text).toContain(
      `Dibandingkan Tahun 2022, realisasi Tahun 2023 pada Sasaran 4 naik untuk 4 (empat) indikator, sedangkan realisasi ${uji(8)} turun 16,00 poin.`,
    );
    expect(text).toContain(
      `Terhadap target akhir Renstra Tahun 2023, target akhir 3 (tiga) indikator Sasaran 4 telah tercapai, sedangkan target akhir ${uji(8)} (masih kurang 3,50 poin) dan ${uji(11)} (masih kurang 3,50 poin) tidak tercapai.`,
    );
  });

  it('causes and solutions: the office’s own words, once per indicator, under its sasaran', () => {
    expect(text).toContain(
      'Penyebab keberhasilan atau kegagalan indikator Sasaran 4 dan solusinya adalah sebagai berikut.',
    );
    expect(text).toContain(
      'Persentase layanan uji 8 yang selesai tepat waktu: Hambatan layanan uji 8: antrean pada jam sibuk dan berkas yang belum lengkap. Solusi: menambah loket layanan uji 8 dan memeriksa kelengkapan berkas sejak awal.',
    );
    expect(text.split('Solusi: menambah loket layanan uji 8 ').length - 1).toBe(1);
    // BAB IV and the Ikhtisar point to them instead of listing 500 steps again.
    expect(text).toContain(
      'Langkah yang akan ditempuh untuk setiap indikator telah diuraikan bersama penyebab keberhasilan atau kegagalannya pada setiap sasaran di BAB III.',
    );
  });

  it('the summaries count per sasaran; the Perjanjian Kinerja targets are printed once, in the Lampiran', () => {
    const ie = table(big, 'Tabel IE.1 Ringkasan Capaian Indikator Kinerja Utama per Sasaran Tahun 2023');
    expect(ie.header).toEqual(['No', 'Sasaran Strategis', 'Jumlah Indikator', 'Tercapai', 'Belum Tercapai']);
    expect(ie.rows).toHaveLength(102);
    const sum = (c: number) => ie.rows.reduce((n, r) => n + Number(r[c]), 0);
    expect(sum(2)).toBe(500);
    expect(sum(3) + sum(4)).toBe(500);
    expect(ie.rows[3]).toEqual(['4', 'Sasaran uji 4: meningkatnya mutu layanan 4', '5', '3', '2']);
    // The IKU with the Renstra targets: 500 indicators under 21 tujuan rows (the example's one for its
    // two, then one per 25: ⌈498 / 25⌉ = 20) and 102 sasaran rows, each group row spanning the table.
    const iku = table(big, 'Indikator Kinerja Utama dan Target Renstra 2019-2023');
    expect(iku.rows.filter((r) => r[0] !== '')).toHaveLength(500);
    expect(iku.rows.filter((r) => r[1].startsWith('Sasaran '))).toHaveLength(102);
    expect(iku.rows.filter((r) => r[1].startsWith('Tujuan: '))).toHaveLength(21);
    expect(iku.rows.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
      ['', 'Tujuan: Meningkatkan Kualitas Pelayanan Publik dan Tata Kelola Pemerintahan Kecamatan'],
      ['', 'Sasaran 1: Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik'],
      ['1', 'Indeks Kepuasan Masyarakat (IKM)'],
      ['', 'Sasaran 2: Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah'],
    ]);
    expect(tables(big).filter((t) => /Sasaran dan Target Kinerja|Perjanjian Kinerja/.test(t.caption))).toHaveLength(1);
  });
});
