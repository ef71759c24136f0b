import { describe, expect, it } from 'vitest';
import type { WorkbookJson } from '../../../emulator/index';
import type { Finding } from '../../../src/core/layout/model';
import { buildReport } from '../../../src/core/report/build-report';
import type { Block, ReportDocument, TableBlock } from '../../../src/core/report/report-types';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { exampleJson } from '../../fixtures/example';
import { messy, sheet, toRaw } from '../../fixtures/messy-workbooks';
import { claimProblems } from './claim-walk';

/**
 * Issue 18, what an evaluator looks for (PermenPAN-RB 53/2014, the LKE of 88/2021): the parts the
 * report adds where the sheet holds the data, and the warnings at the cells. Workbooks are the
 * small base workbook of test/fixtures/messy-workbooks.ts (numbers worked there by hand) or the
 * example, changed as each test says.
 */

const GENERATED = new Date('2024-02-01T03:00:00Z');

function build(json: WorkbookJson): { doc: ReportDocument; findings: Finding[]; problems: string[] } {
  const { workbook, findings } = validateWorkbook(toRaw(json));
  const doc = buildReport(workbook, { generatedAt: GENERATED });
  return { doc, findings, problems: claimProblems(doc, workbook) };
}

function prose(blocks: Block[]): string {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : [])).join('\n');
}

const codes = (f: Finding[], code: string) => f.filter((x) => x.code === code).map((x) => `${x.sheet}!${x.cell}`);

describe('the report states only what the figures decide', () => {
  it('an IKM sheet of one row of averages (NRR): no respondent count, no "dinilai 1 sampai 4"', () => {
    const { doc, problems } = build(
      messy((w) => {
        const ikm = sheet(w, 'IKM');
        ikm.values = [ikm.values[0], [1, '', 3.52, 3.41, 3.6, 3.55, 3.49, 3.5, 3.62, 3.3, 3.44]];
      }),
    );
    const t = prose(doc.blocks);
    expect(t).not.toMatch(/responden/);
    expect(t).not.toContain('dinilai 1 sampai 4');
    expect(t).toContain('hasilnya tersedia sebagai nilai rata-rata (NRR) setiap unsur');
    const hasil = doc.blocks.find(
      (b): b is TableBlock => b.type === 'table' && b.caption.includes('Hasil Indeks Kepuasan'),
    )!;
    expect(hasil.rows.map((r) => r[0])).not.toContain('Jumlah responden');
    expect(problems).toEqual([]);
  });

  it('no DPA Sasaran at all: the efficiency of each sasaran cannot be attributed, and no ratio is computed', () => {
    const { doc, problems } = build(
      messy((w) => {
        for (const r of sheet(w, 'DPA').values.slice(1)) r[9] = '';
      }),
    );
    const t = prose(doc.blocks);
    expect(t).toContain(
      'Efisiensi Sasaran 1 tidak dapat diukur karena belum ada program dalam DPA yang dikaitkan dengan Sasaran 1, sehingga anggaran tidak dapat diatribusikan kepada sasaran ini',
    );
    expect(t).toContain('Efisiensi Sasaran 2 juga tidak dapat diukur');
    expect(doc.blocks.some((b) => b.type === 'table' && b.caption.includes('Efisiensi Penggunaan'))).toBe(false);
    expect(t).not.toMatch(/dinilai efisien|belum efisien/);
    expect(problems).toEqual([]);
  });

  it('every program linked to every sasaran ("1, 2"): not attributable either', () => {
    const { doc, findings, problems } = build(
      messy((w) => {
        const dpa = sheet(w, 'DPA');
        for (const r of dpa.values.slice(1)) if (r[1] === 'Program') r[9] = '1, 2';
      }),
    );
    expect(codes(findings, 'sasaran-unmatched')).toEqual([]);
    expect(prose(doc.blocks)).toContain('karena setiap program dalam DPA dikaitkan dengan seluruh sasaran');
    expect(problems).toEqual([]);
  });

  it('a program with a low serapan is named with its figures and tied to the hambatan that names it', () => {
    // Program 2: 500.000 pagu, 150.000 realisasi = 30,00% (Sangat Rendah, below 51; Permendagri 86/2017).
    const { doc, problems } = build(
      messy((w) => {
        const dpa = sheet(w, 'DPA');
        for (const r of dpa.values.slice(5)) r[7] = 150000;
        w.sheets.push({
          name: 'Narasi',
          values: [
            ['Bagian', 'Kunci', 'Teks'],
            ['Faktor Penghambat', '1', 'Pengadaan pada Program Pelayanan Publik baru selesai di akhir tahun.'],
          ],
        });
      }),
    );
    expect(prose(doc.blocks)).toContain(
      'terdapat pada Program Pelayanan Publik sebesar 30,00% (Rp 150.000 dari pagu Rp 500.000), yang berkaitan dengan hambatan “Pengadaan pada Program Pelayanan Publik baru selesai di akhir tahun”.',
    );
    expect(problems).toEqual([]);
  });

  it('BAB IV without any langkah given: the part is left out, nothing invented, the Sistematika says so', () => {
    const { doc } = build(messy(() => {}));
    const i = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'BAB IV PENUTUP');
    const bab4 = doc.blocks.slice(
      i,
      doc.blocks.findIndex((b, j) => j > i && b.type === 'heading' && b.level === 1),
    );
    expect(bab4.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      'BAB IV PENUTUP',
    ]);
    expect(prose(bab4)).not.toMatch(/langkah/i);
    expect(prose(doc.blocks)).toContain('BAB IV Penutup: simpulan atas capaian kinerja.');
  });

  it('Narasi Langkah ke Depan is the BAB IV langkah and the Ikhtisar next steps', () => {
    const { doc } = build(
      messy((w) => {
        w.sheets.push({
          name: 'Narasi',
          values: [
            ['Bagian', 'Kunci', 'Teks'],
            ['Langkah ke Depan', '', '1. Menyusun SOP pelayanan surat\n2. Mengikuti bimbingan teknis SAKIP'],
          ],
        });
      }),
    );
    const i = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === '4.2 Langkah di Masa Mendatang');
    expect(i).toBeGreaterThan(0);
    expect(doc.blocks[i + 2]).toEqual({
      type: 'list',
      items: ['Menyusun SOP pelayanan surat.', 'Mengikuti bimbingan teknis SAKIP.'],
      ordered: true,
      fromOffice: true,
    });
  });

  it("Narasi Tindak Lanjut Rekomendasi is printed as a table of last year's recommendations", () => {
    const { doc, problems } = build(
      messy((w) => {
        w.sheets.push({
          name: 'Narasi',
          values: [
            ['Bagian', 'Kunci', 'Teks'],
            [
              'Tindak Lanjut Rekomendasi',
              '',
              'Rekomendasi | Tindak Lanjut | Keterangan\nIndikator kinerja belum berorientasi hasil | IKU direviu dan ditetapkan ulang | Selesai\nEvaluasi internal belum berjalan | Evaluasi triwulanan dijadwalkan',
            ],
          ],
        });
      }),
    );
    const t = doc.blocks.find(
      (b): b is TableBlock => b.type === 'table' && b.caption.includes('Tindak Lanjut Rekomendasi'),
    )!;
    expect(t.caption).toMatch(/^Tabel 3\.\d+ Tindak Lanjut Rekomendasi Hasil Evaluasi AKIP Tahun 2022$/);
    expect(t.header).toEqual(['No', 'Rekomendasi', 'Tindak Lanjut', 'Keterangan']);
    expect(t.rows).toEqual([
      ['1', 'Indikator kinerja belum berorientasi hasil', 'IKU direviu dan ditetapkan ulang', 'Selesai'],
      ['2', 'Evaluasi internal belum berjalan', 'Evaluasi triwulanan dijadwalkan', '-'],
    ]);
    expect(problems).toEqual([]);
  });

  it('Profil reviu keys give the Lampiran "Pernyataan Telah Direviu" in the 53/2014 form; without them none', () => {
    const withReviu = build(
      messy((w) => {
        sheet(w, 'Profil').values.push(
          ['Nama Reviu', 'Drs. HASAN BASRI, M.Si'],
          ['NIP Reviu', '19700101 199503 1 002'],
          ['Jabatan Reviu', 'Inspektur Kabupaten Contoh'],
          ['Tanggal Reviu', '2024-02-20'],
        );
      }),
    );
    const blocks = withReviu.doc.blocks;
    const i = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Pernyataan Telah Direviu');
    expect(i).toBeGreaterThan(0);
    const part = blocks.slice(i).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(part).toEqual([
      'PERNYATAAN TELAH DIREVIU',
      'KECAMATAN CONTOH KABUPATEN CONTOH',
      'TAHUN ANGGARAN 2023',
      'Kami telah mereviu Laporan Kinerja Kecamatan Contoh Kabupaten Contoh untuk tahun anggaran 2023 sesuai Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen Kecamatan Contoh Kabupaten Contoh.',
      'Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara akurat, andal, dan valid.',
      'Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam meyakini keandalan informasi yang disajikan di dalam laporan kinerja ini.',
      '20 Februari 2024',
      'Inspektur Kabupaten Contoh',
      'Drs. HASAN BASRI, M.Si',
      'NIP. 19700101 199503 1 002',
    ]);
    expect(prose(blocks)).toContain('Lampiran: Perjanjian Kinerja Tahun 2023 dan Pernyataan Telah Direviu.');
    const without = build(messy(() => {}));
    expect(without.doc.blocks.some((b) => b.type === 'heading' && b.text === 'Pernyataan Telah Direviu')).toBe(false);
  });
});

describe('the evaluator warnings at their cells', () => {
  it('dpa-target-mismatch: the DPA program indicator Nilai AKIP targets 65 while the IKU (PK) 2023 target is 70', () => {
    const { findings } = build(
      messy((w) => {
        sheet(w, 'DPA').values[1][5] = 65;
      }),
    );
    expect(codes(findings, 'dpa-target-mismatch')).toEqual(['DPA!F2']);
    // The base workbook's DPA targets agree with the IKU: no warning.
    expect(codes(build(messy(() => {})).findings, 'dpa-target-mismatch')).toEqual([]);
  });

  it('performance-without-spending: a sub kegiatan with pagu 400.000 spent 0 but 3 of 3 Dokumen done', () => {
    const { findings } = build(
      messy((w) => {
        const dpa = sheet(w, 'DPA');
        // Sub kegiatan LKjIP (row 5): realisasi 350.000 → 0; its kegiatan and program follow (900.000 → 550.000).
        dpa.values[4][7] = 0;
        dpa.values[2][7] = 550000;
        dpa.values[1][7] = 550000;
      }),
    );
    expect(codes(findings, 'performance-without-spending')).toEqual(['DPA!I5']);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('legal-basis: the example lacks 88/2021, 14/2017 and Permendagri 86/2017, and lists the repealed UU 33/2004', () => {
    const { findings } = build(exampleJson());
    expect(codes(findings, 'legal-basis')).toEqual(Array(4).fill('Narasi!C19'));
  });

  it('legal-basis: a complete list gives none; PermenPAN-RB 12/2015 and KepMenPAN 25/2004 are named repealed', () => {
    const landasan = (text: string) =>
      messy((w) => {
        w.sheets.push({
          name: 'Narasi',
          values: [
            ['Bagian', 'Kunci', 'Teks'],
            ['Landasan Hukum', '', text],
          ],
        });
      });
    const complete = [
      '1. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi AKIP;',
      '2. Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat;',
      '3. Permendagri Nomor 86 Tahun 2017.',
    ].join('\n');
    expect(codes(build(landasan(complete)).findings, 'legal-basis')).toEqual([]);
    const old = build(
      landasan(
        `${complete}\n4. Peraturan Menteri PAN dan RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP;\n5. Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004.`,
      ),
    ).findings.filter((f) => f.code === 'legal-basis');
    expect(old.map((f) => f.message.split(',')[0])).toEqual([
      'Landasan Hukum mencantumkan PermenPAN-RB 12/2015 tentang Pedoman Evaluasi atas Implementasi SAKIP',
      'Landasan Hukum mencantumkan KepMenPAN KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat',
    ]);
    expect(old[0].message).toContain('diganti PermenPAN-RB 88/2021');
  });

  it("NIP Reviu is checked like the head's NIP (bad-nip at its cell)", () => {
    const { findings } = build(
      messy((w) => {
        sheet(w, 'Profil').values.push(['Nama Reviu', 'X'], ['NIP Reviu', '1970010119950310']);
      }),
    );
    expect(codes(findings, 'bad-nip')).toEqual(['Profil!B13']);
  });

  it('a weight per year: a 2022 score above its Bobot 2022 is out-of-range, the Bobot column is not used for 2022', () => {
    const { findings } = build(
      messy((w) => {
        const akip = sheet(w, 'AKIP');
        akip.values[0].push('Bobot 2022');
        // 2022 scored under 20/20/10/50: Pelaporan 10 ≤ 10, Perencanaan 20 ≤ 20, Evaluasi 15 ≤ 50, Pengukuran 18 ≤ 20.
        const w2022 = [20, 20, 10, 50, 100, ''];
        for (const [i, r] of akip.values.slice(1).entries()) r.push(w2022[i]);
      }),
    );
    expect(codes(findings, 'out-of-range')).toEqual([]);
    const over = build(
      messy((w) => {
        const akip = sheet(w, 'AKIP');
        akip.values[0].push('Bobot 2022');
        const w2022 = [15, 20, 10, 55, 100, ''];
        for (const [i, r] of akip.values.slice(1).entries()) r.push(w2022[i]);
      }),
    );
    // Perencanaan Kinerja 2022 scored 20 against its Bobot 2022 of 15 (cell C2).
    expect(codes(over.findings, 'out-of-range')).toEqual(['AKIP!C2']);
  });
});
