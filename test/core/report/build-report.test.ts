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
    // BAB III names the indicator in full earlier in the chapter, then as IKM.
    expect(text).toContain(
      'Pada Tahun 2023 realisasi IKM sebesar 88,12 dari target 88,37, sehingga capaian kinerjanya 99,72% dengan kategori Sangat Tinggi dan target Tahun 2023 belum tercapai.',
    );
    expect(text).toContain('Dibandingkan Tahun 2022, realisasi Tahun 2023 naik 5,64 poin.');
  });

  it('AKIP Nilai Akhir is the LHE total (2020: 66,87, 2021: 69,91, as the example report prints), components as they are, 72,59 / 70,20 BB', () => {
    const t = table(r, 'Nilai Komponen Evaluasi AKIP');
    expect(t.totalRow).toBe(true);
    const total = t.rows[t.rows.length - 1];
    // The example report's TOTAL row: 66,87 / 69,91 / 72,59 / 70,20.
    expect(['2020', '2021', '2022', '2023'].map((y) => total[column(t, y)])).toEqual([
      '66,87',
      '69,91',
      '72,59',
      '70,20',
    ]);
    // 2022 and 2023 add up: 24,07 + 20,57 + 10,70 + 17,25 = 72,59; 21,41 + 21,03 + 11,89 + 15,87 = 70,20.
    const body = t.rows.slice(0, -1);
    for (const year of ['2022', '2023'])
      expect(parsePrinted(total[column(t, year)]).eq(sum(body, column(t, year))), year).toBe(true);
    // 2020 and 2021 do not (26,05 + 16,56 + 9,13 + 5,69 + 9,13 = 66,56; 26,27 + 17,82 + 9,40 + 6,55 + 9,88 = 69,92): one sentence says so.
    expect(text).toContain(
      'Jumlah nilai komponen Tahun 2020 sebesar 66,56 (selisih 0,31 dari Nilai Akhir 66,87) dan Tahun 2021 sebesar 69,92 (selisih 0,01 dari Nilai Akhir 69,91); Nilai Akhir yang digunakan dalam laporan ini adalah nilai hasil evaluasi.',
    );
    const p = table(r, 'Nilai Akhir dan Predikat AKIP');
    // PermenPAN-RB 88/2021: above 60 up to 70 = B, above 70 up to 80 = BB.
    expect(p.rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ['2020', '66,87', 'B'],
      ['2021', '69,91', 'B'],
      ['2022', '72,59', 'BB'],
      ['2023', '70,20', 'BB'],
    ]);
  });

  it('AKIP weights per year: 2020–2021 under the Bobot 2020/2021 columns (PermenPAN-RB 12/2015), 2022–2023 under 30/30/15/25', () => {
    const t = table(r, 'Nilai Komponen Evaluasi AKIP');
    expect(t.header).toEqual(['No', 'Komponen', 'Bobot 2020–2021', '2020', '2021', 'Bobot 2022–2023', '2022', '2023']);
    // The rows' order: Perencanaan, Pengukuran, Pelaporan, Evaluasi Internal, Capaian Kinerja.
    const bobot = (col: string) => t.rows.slice(0, 5).map((x) => x[column(t, col)]);
    // PermenPAN-RB 12/2015: 30 / 25 / 15 / 10 / 20; 88/2021: 30 / 30 / 15 / 25, no Capaian Kinerja.
    expect(bobot('Bobot 2020–2021')).toEqual(['30', '25', '15', '10', '20']);
    expect(bobot('Bobot 2022–2023')).toEqual(['30', '30', '15', '25', '-']);
    expect(t.rows.slice(0, 5).map((x) => x[1])).toEqual([
      'Perencanaan Kinerja',
      'Pengukuran Kinerja',
      'Pelaporan Kinerja',
      'Evaluasi Akuntabilitas Kinerja Internal',
      'Capaian Kinerja',
    ]);
  });

  it('the AKIP change 2022 → 2023 by component: which fell, which rose, by how much', () => {
    // 72,59 → 70,20 = −2,39; Perencanaan 24,07 → 21,41 (−2,66), Evaluasi 17,25 → 15,87 (−1,38),
    // Pengukuran 20,57 → 21,03 (+0,46), Pelaporan 10,70 → 11,89 (+1,19).
    expect(text).toContain(
      'Dibandingkan Tahun 2022 (72,59, BB), nilai Tahun 2023 turun 2,39 poin. Menurut komponennya, Perencanaan Kinerja turun 2,66 poin (24,07 menjadi 21,41) dan Evaluasi Akuntabilitas Kinerja Internal turun 1,38 poin (17,25 menjadi 15,87), sedangkan Pengukuran Kinerja naik 0,46 poin (20,57 menjadi 21,03) dan Pelaporan Kinerja naik 1,19 poin (10,70 menjadi 11,89).',
    );
  });

  it('counts the indicators that met target: none of 2, both listed with their capaian (99,72 and 96,69 are below 100)', () => {
    expect(text).toContain('Dari indikator tersebut, belum ada yang mencapai target.');
    expect(text).toContain(
      'Dari tabel tersebut terlihat bahwa target Indeks Kepuasan Masyarakat (IKM) dengan capaian 99,72% dan Nilai AKIP dengan capaian 96,69% belum tercapai.',
    );
  });

  it('AKIP 2020/2021 print as the LHE values 66,87 / 69,91 in the IKU trend table too, as the example report does', () => {
    const t = table(r, 'Perbandingan Realisasi dan Capaian Sasaran 2');
    expect(t.rows[0][0]).toBe('Nilai AKIP');
    const row = (y: number) => t.rows.find((x) => x[column(t, 'Tahun')] === String(y))!;
    expect([2020, 2021, 2022, 2023].map((y) => row(y)[column(t, 'Realisasi')])).toEqual([
      '66,87',
      '69,91',
      '72,59',
      '70,20',
    ]);
    // Capaian 2020: 66,87 / 65 × 100 = 102,88 (the example report's 102,88).
    expect(row(2020)[column(t, 'Capaian (%)')]).toBe('102,88');
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
    expect(bab4).toContain('Indeks Kepuasan Masyarakat (IKM) 99,72% (Sangat Tinggi), target belum tercapai.');
    expect(bab4).toContain('Dengan demikian, target IKM dan Nilai AKIP belum tercapai');
  });

  it('BAB IV has its langkah di masa mendatang, from the Narasi Upaya of each indicator', () => {
    const i = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'BAB IV PENUTUP');
    const headings = r.blocks
      .slice(i)
      .filter((b) => b.type === 'heading')
      .map((b) => (b as { text: string }).text);
    expect(headings.slice(0, 3)).toEqual(['BAB IV PENUTUP', '4.1 Simpulan', '4.2 Langkah di Masa Mendatang']);
    const bab4 = allText(r.blocks.slice(i)).join('\n');
    // Narasi Upaya 1 and Upaya 2 of the example, in order.
    expect(bab4).toContain('Melengkapi sarana dan prasarana pelayanan yang masih kurang.');
    expect(bab4).toContain(
      'Meningkatkan koordinasi dan komunikasi dengan perangkat daerah terkait untuk memperbaiki kualitas dokumen SAKIP.',
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
    // Without Narasi factors and Upaya the IKU Analisis and Solusi are printed, as typed.
    wb.narasi = {};
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
      'Realisasi IKM sebelum Tahun 2023 belum tersedia, sehingga belum dapat dibandingkan dengan tahun sebelumnya.',
    );
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('negative polarity: the realisasi series and the capaian series each say what they did', () => {
    const wb = example();
    const ind = wb.iku!.indikator[1];
    ind.polaritas = 'negatif';
    const text = allText(report(wb).blocks).join('\n');
    expect(text).toContain('lalu turun 2,39 poin pada Tahun 2023.');
    // (2 × 65 − 66,87) / 65 = 97,12; (140 − 69,91) / 70 = 100,13; (145,2 − 72,59) / 72,6 = 100,01; (145,2 − 70,20) / 72,6 = 103,31.
    expect(text).toContain(
      'Capaiannya naik pada Tahun 2021, lalu turun pada Tahun 2022, lalu naik pada Tahun 2023 (97,12%; 100,13%; 100,01%; dan 103,31%).',
    );
    expect(text.split('(2 × target − realisasi) ÷ target × 100%').length - 1).toBe(1);
  });

  it('a target of 0 gives no capaian and says why, not Infinity', () => {
    const wb = example();
    const t = wb.iku!.indikator[0].target[2023];
    t.target = { kind: 'single', value: new Decimal(0) };
    const r = report(wb);
    const text = allText(r.blocks).join('\n');
    expect(text).toContain('Capaian IKM Tahun 2023 tidak dapat dihitung karena targetnya bernilai 0.');
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
