import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/core/decimal';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import type { Workbook } from '../../../src/core/layout/model';
import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/report-types';
import { loadExample } from '../layout/example-workbook';
import { allText, column, table, tables } from './report-blocks';

const GENERATED = new Date('2024-02-01T03:00:00Z');

function example(): Workbook {
  return readWorkbook(loadExample()).workbook;
}

function report(wb: Workbook = example()): ReportDocument {
  return buildReport(wb, { generatedAt: GENERATED });
}

/** A printed Indonesian number back to a decimal (`2.216.552.780`, `92,63`, `-` = 0). */
function parsePrinted(s: string): DecimalJs {
  if (s === '-' || s === '') return new DecimalJs(0);
  return new DecimalJs(s.replace(/\./g, '').replace(',', '.'));
}

function sum(rows: string[][], col: number): DecimalJs {
  return rows.reduce((s, r) => s.plus(parsePrinted(r[col])), new DecimalJs(0));
}

describe('buildReport on the example (Kecamatan Lima Puluh Pesisir 2023)', () => {
  const r = report();
  const text = allText(r.blocks).join('\n');

  it('has the LKjIP structure of PermenPAN-RB 53/2014 in order', () => {
    const chapters = r.blocks
      .filter((b) => b.type === 'heading' && b.level <= 1)
      .map((b) => (b as { text: string }).text);
    expect(chapters).toEqual([
      'LAPORAN KINERJA',
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'IKHTISAR EKSEKUTIF',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
      'LAMPIRAN',
    ]);
    const sections = r.blocks
      .filter((b) => b.type === 'heading' && b.level === 2)
      .map((b) => (b as { text: string }).text);
    expect(sections).toEqual(
      expect.arrayContaining([
        '1.1 Latar Belakang',
        '1.2 Gambaran Umum',
        '1.3 Tugas dan Fungsi',
        '1.4 Isu Strategis',
        '1.5 Landasan Hukum',
        '1.6 Sistematika',
        '3.1 Capaian Kinerja',
        '3.2 Realisasi Anggaran',
      ]),
    );
  });

  it('holds every table the seed report holds, numbered per chapter', () => {
    const captions = tables(r).map((t) => t.caption);
    for (const part of [
      'Tujuan, Sasaran, Indikator dan Target Kinerja',
      'Indikator Kinerja Utama',
      'Perjanjian Kinerja',
      'Program dan Pagu Anggaran',
      'Skala Nilai Peringkat Kinerja',
      'Capaian Indikator Kinerja Utama Tahun 2023',
      'Perbandingan Realisasi dan Capaian Sasaran 1',
      'Perbandingan Realisasi dan Capaian Sasaran 2',
      'Target Akhir Renstra Sasaran 1',
      'Skala Nilai Indeks Kepuasan Masyarakat',
      'Profil Responden',
      'Nilai Rata-rata (NRR) per Unsur',
      'Skala Nilai dan Predikat AKIP',
      'Nilai Komponen Evaluasi AKIP',
      'Efisiensi Penggunaan Sumber Daya Sasaran 1',
      'Program dan Kegiatan Pendukung Sasaran 2',
      'Isu Strategis',
      'Pagu dan Realisasi Anggaran per Jenis Belanja',
      'Pagu dan Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan',
    ]) {
      expect(
        captions.some((c) => c.includes(part)),
        part,
      ).toBe(true);
    }
    // Outside the chapters a letter prefix (IE = Ikhtisar Eksekutif, L = Lampiran), so it cannot be read as BAB I.
    expect(captions[0]).toMatch(/^Tabel IE\.1 Ringkasan Capaian IKU/);
    expect(captions).toContain('Tabel 1.1 Isu Strategis');
    expect(captions).toContain('Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Kinerja Renstra 2019-2023');
    expect(captions.find((c) => c.includes('Capaian Indikator Kinerja Utama'))).toBe(
      'Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023',
    );
    expect(captions.filter((c) => c.startsWith('Tabel L.')).length).toBeGreaterThan(0);
    expect(new Set(captions.map((c) => c.split(' ').slice(0, 2).join(' '))).size).toBe(captions.length);
  });

  it('prints the budget totals of the example: 2.216.552.780 / 2.053.237.731 / 92,63', () => {
    const t = table(r, 'per Program, Kegiatan dan Sub Kegiatan');
    expect(t.totalRow).toBe(true);
    const total = t.rows[t.rows.length - 1];
    expect(total[column(t, 'Pagu (Rp)')]).toBe('2.216.552.780');
    expect(total[column(t, 'Realisasi (Rp)')]).toBe('2.053.237.731');
    expect(total[column(t, 'Serapan (%)')]).toBe('92,63');
    expect(text).toContain('Rp 2.053.237.731 dari pagu Rp 2.216.552.780 atau 92,63%');
  });

  it("IKM capaian 2023 is 88,12 / 88,37 = 99,72 and 2022 is 82,48 / 85 = 97,04, not the seed report's 96,79", () => {
    const t = table(r, 'Capaian Indikator Kinerja Utama Tahun 2023');
    expect(t.rows[0].slice(4, 8)).toEqual(['88,37', '88,12', '99,72', 'Sangat Tinggi']);
    expect(t.rows[1].slice(4, 8)).toEqual(['72,60', '70,20', '96,69', 'Sangat Tinggi']);
    const trend = table(r, 'Perbandingan Realisasi dan Capaian Sasaran 1');
    // One row per year since the final read (the table fits a portrait page).
    const y2022 = trend.rows.find((x) => x[column(trend, 'Tahun')] === '2022')!;
    expect(y2022[column(trend, 'Capaian (%)')]).toBe('97,04');
    expect(text).not.toContain('96,79');
    expect(text).toContain(
      'Pada Tahun 2023 realisasi Indeks Kepuasan Masyarakat (IKM) sebesar 88,12 dari target 88,37, sehingga capaian kinerjanya 99,72% dengan kategori Sangat Tinggi.',
    );
    expect(text).toContain('Dibandingkan Tahun 2022, realisasi Tahun 2023 naik 5,64 poin.');
  });

  it('AKIP totals are the sum of the components (2020: 66,56, not 66,87) and 72,59 / 70,20 are BB (PermenPAN-RB 88/2021)', () => {
    const t = table(r, 'Nilai Komponen Evaluasi AKIP');
    expect(t.totalRow).toBe(true);
    const body = t.rows.slice(0, -1);
    const total = t.rows[t.rows.length - 1];
    for (const year of ['2020', '2021', '2022', '2023']) {
      const c = column(t, year);
      expect(parsePrinted(total[c]).eq(sum(body, c)), year).toBe(true);
    }
    expect(total[column(t, '2020')]).toBe('66,56');
    const p = table(r, 'Nilai Akhir dan Predikat AKIP');
    expect(p.rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ['2020', '66,56', 'B'],
      ['2021', '69,92', 'B'],
      ['2022', '72,59', 'BB'],
      ['2023', '70,20', 'BB'],
    ]);
  });

  it('counts the indicators that met target: none of 2, both listed with their capaian (99,72 and 96,69 are below 100)', () => {
    expect(text).toContain('Dari 2 (dua) indikator kinerja utama, belum ada yang mencapai target.');
    expect(text).toContain(
      'Dari tabel tersebut terlihat bahwa target Indeks Kepuasan Masyarakat (IKM) dengan capaian 99,72% dan Nilai AKIP dengan capaian 96,69% belum tercapai.',
    );
  });

  it('AKIP 2020/2021 print as the component sums 66,56 / 69,92 in the IKU trend table too, not the typed 66,87 / 69,91', () => {
    // 2020: 26,05 + 16,56 + 9,13 + 5,69 + 9,13 = 66,56; 2021: 26,27 + 17,82 + 9,40 + 6,55 + 9,88 = 69,92.
    const t = table(r, 'Perbandingan Realisasi dan Capaian Sasaran 2');
    expect(t.rows[0][0]).toBe('Nilai AKIP');
    const row = (y: number) => t.rows.find((x) => x[column(t, 'Tahun')] === String(y))!;
    expect([2020, 2021, 2022, 2023].map((y) => row(y)[column(t, 'Realisasi')])).toEqual([
      '66,56',
      '69,92',
      '72,59',
      '70,20',
    ]);
    // Capaian 2020 from the same value: 66,56 / 65 × 100 = 102,40 (not 66,87 / 65 = 102,88).
    expect(row(2020)[column(t, 'Capaian (%)')]).toBe('102,40');
    expect(text).not.toContain('66,87');
    expect(table(r, 'Nilai Komponen Evaluasi AKIP').note).toBeUndefined();
  });

  it('IKM: NIK 88,12 with mutu B (Baik), NRR to 4 decimals as in expected.json', () => {
    const t = table(r, 'Nilai Rata-rata (NRR)');
    expect(t.rows.slice(0, 9).map((row) => row[column(t, 'NRR')])).toEqual([
      '3,4575',
      '3,5342',
      '3,5288',
      '3,5370',
      '3,5562',
      '3,5315',
      '3,5452',
      '3,5068',
      '3,5260',
    ]);
    expect(t.rows[0][1]).toBe('Persyaratan');
    const weighted = column(t, 'NRR × Bobot (1/9)');
    expect(parsePrinted(t.rows[9][weighted]).eq(sum(t.rows.slice(0, 9), weighted))).toBe(true);
    const hasil = table(r, 'Hasil Indeks Kepuasan Masyarakat');
    expect(hasil.rows).toContainEqual(['Nilai Interval Konversi (NIK = IKM × 25)', '88,12']);
    expect(hasil.rows).toContainEqual(['Mutu pelayanan', 'B (Baik)']);
    expect(hasil.rows).toContainEqual(['Jumlah responden', '365']);
  });

  it('respondent profile: each percentage rounded half up (216/365 = 59,18, not 59,17), counts summing to 365 per group', () => {
    const t = table(r, 'Profil Responden');
    const find = (label: string) => t.rows.find((row) => row[2] === label)!;
    expect(find('Perempuan').slice(3)).toEqual(['216', '59,18']);
    expect(find('Laki-laki').slice(3)).toEqual(['149', '40,82']);
    expect(find('SLTA').slice(3)).toEqual(['226', '61,92']);
    expect(find('>51').slice(3)).toEqual(['25', '6,85']);
    expect(find('Wiraswasta').slice(3)).toEqual(['3', '0,82']);
    expect(find('Tidak diisi').slice(3)).toEqual(['26', '7,12']);
    let start = 0;
    for (const end of t.boldRows ?? []) {
      const group = t.rows.slice(start, end);
      expect(t.rows[end][2]).toBe('Jumlah');
      expect(sum(group, 3).toString()).toBe(t.rows[end][3]);
      expect(
        sum(group, 4)
          .minus(100)
          .abs()
          .lte(0.01 * group.length),
      ).toBe(true);
      start = end + 1;
    }
    expect(t.boldRows).toHaveLength(4);
  });

  it('efficiency per sasaran from the programs mapped to it: 99,72 − 96,08 = 3,64 and 96,69 − 91,68 = 5,01', () => {
    const ts = [1, 2].map((n) => table(r, `Efisiensi Penggunaan Sumber Daya Sasaran ${n}`));
    const cols = ['Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)'].map((c) => column(ts[0], c));
    const rows = ts.flatMap((t) => t.rows);
    expect(rows.map((row) => cols.map((c) => row[c]))).toEqual([
      ['99,72', '96,08', '3,64'],
      ['96,69', '91,68', '5,01'],
    ]);
    for (const row of rows) {
      expect(parsePrinted(row[cols[0]]).minus(parsePrinted(row[cols[1]])).eq(parsePrinted(row[cols[2]]))).toBe(true);
    }
  });

  it('every total row equals the sum of its rows, read back from the printed strings', () => {
    const checked: string[] = [];
    for (const t of tables(r).filter((x) => x.totalRow)) {
      const body = t.rows.slice(0, -1);
      const total = t.rows[t.rows.length - 1];
      // The DPA detail table totals its program rows (codes with three parts), not every row.
      // A table with sub-totals in bold (program over its kegiatan) totals its bold rows only.
      const bold = t.boldRows;
      const summed = t.caption.includes('Sub Kegiatan')
        ? body.filter((row) => row[0].split('.').length === 3)
        : bold
          ? body.filter((_, i) => bold.includes(i))
          : body;
      for (const name of ['Pagu (Rp)', 'Realisasi (Rp)']) {
        const c = t.header.indexOf(name);
        if (c < 0) continue;
        expect(parsePrinted(total[c]).eq(sum(summed, c)), `${t.caption} ${name}`).toBe(true);
        checked.push(t.caption);
      }
    }
    expect(new Set(checked).size).toBeGreaterThanOrEqual(4);
  });

  it('signature block from Profil: Perupuk, 31 Januari 2024, NIP. 19780607 201001 1 013', () => {
    expect(text).toContain('Perupuk, 31 Januari 2024');
    expect(text).toContain('NIP. 19780607 201001 1 013');
    expect(text).toContain('CAMAT LIMA PULUH PESISIR');
    expect(text).toContain('SABRI, SH.I, MH');
  });

  it('BAB IV states plainly which targets were missed (capaian < 100)', () => {
    const i = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'BAB IV PENUTUP');
    const bab4 = allText(r.blocks.slice(i)).join('\n');
    expect(bab4).toContain('Indeks Kepuasan Masyarakat (IKM) 99,72% (Sangat Tinggi)');
    expect(bab4).toContain(
      'Dengan demikian target Indeks Kepuasan Masyarakat (IKM) dan Nilai AKIP belum tercapai sepenuhnya',
    );
  });

  it('no NaN, undefined, Infinity, [object or empty heading anywhere', () => {
    expect(text).not.toMatch(/NaN|undefined|Infinity|\[object|null/);
    for (const b of r.blocks) {
      if (b.type === 'heading') expect(b.text.trim()).not.toBe('');
      if (b.type === 'table') {
        expect(b.header.every((h) => h.trim() !== '')).toBe(true);
        for (const row of b.rows) expect(row).toHaveLength(b.header.length);
        expect(b.align).toHaveLength(b.header.length);
      }
    }
  });

  it('Daftar Isi lists the chapters and sections actually produced', () => {
    const i = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'DAFTAR ISI');
    const toc = allText(r.blocks.slice(i + 1, i + 20)).join('\n');
    expect(toc).toContain('BAB III AKUNTABILITAS KINERJA');
    expect(toc).toContain('3.2 Realisasi Anggaran');
  });
});

describe('buildReport on incomplete or hostile data', () => {
  it('a cell text <b>x</b> or =HYPERLINK stays literal text', () => {
    const wb = example();
    wb.iku!.indikator[0].analisis = '<b>x</b>';
    wb.iku!.indikator[1].solusi = '=HYPERLINK("http://x")';
    const text = allText(report(wb).blocks).join('\n');
    expect(text).toContain('<b>x</b>');
    expect(text).toContain('=HYPERLINK("http://x")');
  });

  it('without IKM and AKIP sheets the report leaves those parts out, with no empty heading', () => {
    const wb = example();
    wb.ikm = null;
    wb.akip = null;
    const r = report(wb);
    const captions = tables(r)
      .map((t) => t.caption)
      .join('\n');
    expect(captions).not.toContain('Profil Responden');
    expect(captions).not.toContain('AKIP Tahun');
    expect(allText(r.blocks).join('\n')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('an indicator without earlier years says the comparison is not available', () => {
    const wb = example();
    for (const ind of wb.iku!.indikator) {
      for (const y of [2020, 2021, 2022]) delete ind.realisasi[y];
    }
    const text = allText(report(wb).blocks).join('\n');
    // Nilai AKIP keeps its earlier years: they come from the AKIP sheet's components, not from IKU.
    expect(text).toContain(
      'Realisasi Indeks Kepuasan Masyarakat (IKM) sebelum Tahun 2023 belum tersedia, sehingga belum dapat dibandingkan dengan tahun sebelumnya.',
    );
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('negative polarity: a fall in realisasi is worded as an improvement', () => {
    const wb = example();
    const ind = wb.iku!.indikator[1];
    ind.polaritas = 'negatif';
    const text = allText(report(wb).blocks).join('\n');
    expect(text).toContain(
      'realisasi Tahun 2023 turun 2,39 poin, artinya kinerja membaik karena makin rendah makin baik',
    );
    expect(text).toContain('(2 × target − realisasi) ÷ target × 100%');
  });

  it('a target of 0 gives no capaian and says why, not Infinity', () => {
    const wb = example();
    const t = wb.iku!.indikator[0].target[2023];
    t.target = { kind: 'single', value: new Decimal(0) };
    const r = report(wb);
    const text = allText(r.blocks).join('\n');
    expect(text).toContain(
      'Capaian Indeks Kepuasan Masyarakat (IKM) Tahun 2023 tidak dapat dihitung karena targetnya bernilai 0.',
    );
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('no Narasi: every BAB I section gets a standard text, never an empty heading', () => {
    const wb = example();
    wb.narasi = {};
    const r = report(wb);
    r.blocks.forEach((b, i) => {
      if (b.type === 'heading' && b.level >= 2) {
        const next = r.blocks[i + 1];
        expect(next && next.type !== 'heading' && next.type !== 'pagebreak', b.text).toBe(true);
      }
    });
    expect(allText(r.blocks).join('\n')).toContain('Puji syukur kami panjatkan');
  });
});
