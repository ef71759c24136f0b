import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSetup } from '../../../src/core/docs/page-setup';
import { planDocument } from '../../../src/core/docs/plan';
import type { Workbook } from '../../../src/core/layout/model';
import { buildReport } from '../../../src/core/report/build-report';
import { buildLaporanTriwulan } from '../../../src/core/report/build-triwulan';
import type { Claim } from '../../../src/core/report/claims';
import type { Block, ParagraphBlock, ReportDocument } from '../../../src/core/report/report-types';
import { TRIWULAN, type Triwulan } from '../../../src/core/rules/triwulan';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { sheet, toRaw } from '../../fixtures/messy-workbooks';
import { renaksiExampleJson, renaksiWorkbook } from '../../fixtures/renaksi-workbook';
import type { WorkbookJson } from '../../../emulator/index';
import { allClaims, claimProblems } from './claim-walk';
import { allText, doctor, table } from './report-blocks';

// The Laporan Triwulan (docs/rules.md#laporan-triwulan) of the Renaksi fixture
// (test/fixtures/renaksi-workbook.ts), and the LKjIP's quarters. The quarterly capaian are those
// worked by hand in test/core/rules/triwulan.test.ts; the claim walk re-derives every one.

const GENERATED = new Date('2023-07-10T03:00:00Z');

function workbookOf(json: WorkbookJson): Workbook {
  return validateWorkbook(toRaw(json)).workbook;
}

const wb = workbookOf(renaksiWorkbook());
const report = (n: Triwulan, w: Workbook = wb) => buildLaporanTriwulan(w, n, { generatedAt: GENERATED });

/** The report's own sentences (no office text, labels or signature lines). */
function sentences(doc: ReportDocument): string[] {
  return doc.blocks
    .flatMap((b) => (b.type === 'paragraph' && !b.fromOffice && !b.bold && b.align !== 'signature' ? [b.text] : []))
    .flatMap((t) => t.split(/(?<=[.:;])\s+(?=[A-Z])/))
    .filter((s) => s.length >= 20);
}

const TOOL_WORDS =
  /\b(sheet|kolom|baris|sel|isi angka|buat template|spreadsheet|workbook|sidebar|panel|menu|generate|add-on|google|renaksi|NaN|undefined)\b/i;

describe.each(TRIWULAN.map((n) => [n]))('Laporan Triwulan %i of the Renaksi example', (n) => {
  const doc = report(n);

  it('every claim is true for the figures and said in its words; every indicator is reported', () => {
    expect(claimProblems(doc, wb, { triwulan: n })).toEqual([]);
    expect(allClaims(doc).filter((c) => c.jenis === 'triwulan').length).toBeGreaterThanOrEqual(4);
  });

  it('no sentence twice, no tool word, the IKM spelled out once', () => {
    const seen = sentences(doc);
    expect(seen.filter((s, i) => seen.indexOf(s) !== i)).toEqual([]);
    for (const t of allText(doc.blocks)) expect(t).not.toMatch(TOOL_WORDS);
    const prose = doc.blocks.flatMap((b) => (b.type === 'paragraph' && !b.bold ? [b.text] : []));
    expect(prose.join('\n').split('Indeks Kepuasan Masyarakat (IKM)').length - 1).toBe(1);
  });
});

describe('Laporan Triwulan II: the hand-computed figures', () => {
  const doc = report(2);
  const prose = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('\n');

  it('is titled for the quarter and the instansi', () => {
    expect(doc.title).toBe('Laporan Kinerja Triwulan II Kecamatan Lima Puluh Pesisir Kabupaten Batu Bara Tahun 2023');
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'LAPORAN KINERJA TRIWULAN II TAHUN 2023' });
  });

  it('the summary table: the quarter, up to the quarter, capaian and kategori per indicator under its sasaran', () => {
    const t = table(doc, 'Capaian Indikator Kinerja Triwulan II Tahun 2023');
    expect(t.header).toEqual([
      'Indikator Kinerja',
      // `TW II` with a no-break space: one line in the header.
      'Target TW\u00a0II',
      'Realisasi TW\u00a0II',
      'Target s.d. TW\u00a0II',
      'Realisasi s.d. TW\u00a0II',
      'Capaian (%)',
      'Kategori',
    ]);
    expect(t.rows).toEqual([
      ['Sasaran 1: Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik', '', '', '', '', '', ''],
      // Nilai Akhir: 85,72 / 86 × 100 = 99,674… → 99,67 (Sangat Tinggi from 91). The satuan on a second line.
      [
        '1. Indeks Kepuasan Masyarakat (IKM)\nSatuan: Nilai',
        '86,00',
        '85,72',
        '86,00',
        '85,72',
        '99,67',
        'Sangat Tinggi',
      ],
      ['Sasaran 2: Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah', '', '', '', '', '', ''],
      // AKIP: no target and no realisasi before TW IV.
      ['2. Nilai AKIP\nSatuan: Nilai', '-', '-', '-', '-', '-', '-'],
      // Kumulatif: the quarter 1 of 4 − 2 = 2; up to it 2 + 1 = 3 of 4 = 75,00 (Sedang: 66 to below 76).
      [
        '3. Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun\nSatuan: Dokumen',
        '2',
        '1',
        '4',
        '3',
        '75,00',
        'Sedang',
      ],
      ['Sasaran 3: Meningkatnya Kualitas Penanganan Pengaduan Masyarakat', '', '', '', '', '', ''],
      // Kumulatif, Negatif: up to TW II R = 1 + 4 = 5, T = 4: (2 × 4 − 5) / 4 × 100 = 75,00.
      [
        '4. Jumlah pengaduan masyarakat yang belum ditindaklanjuti\nSatuan: Pengaduan',
        '2',
        '4',
        '4',
        '5',
        '75,00',
        'Sedang',
      ],
    ]);
    expect(t.boldRows).toEqual([0, 2, 5]);
  });

  it('its tables fit a portrait A4 page at 9 pt: no landscape section in a short report', () => {
    const plan = planDocument(doc.blocks, pageSetup(undefined, '').setup);
    expect(plan.filter((e) => e.kind === 'table').map((e) => e.kind === 'table' && e.landscape)).toEqual([
      false,
      false,
    ]);
  });

  it('one sentence per indicator with the quarter and up to it, the capaian, kategori and verdict', () => {
    expect(prose).toContain(
      'Realisasi IKM pada akhir Triwulan II sebesar 85,72 dari target 86,00, sehingga capaian kinerjanya 99,67% dengan kategori Sangat Tinggi, tetapi karena masih di bawah 100% target sampai dengan Triwulan II belum tercapai.',
    );
    expect(prose).toContain(
      'Pada Triwulan II realisasi Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun sebesar 1 Dokumen dari target triwulan 2 Dokumen; sampai dengan Triwulan II realisasinya 3 Dokumen dari target 4 Dokumen, sehingga capaian kinerjanya 75,00% dengan kategori Sedang dan target sampai dengan Triwulan II belum tercapai.',
    );
    expect(prose).toContain(
      'Pada Triwulan II realisasi Jumlah pengaduan masyarakat yang belum ditindaklanjuti sebesar 4 Pengaduan dari target triwulan 2 Pengaduan; sampai dengan Triwulan II realisasinya 5 Pengaduan dari target 4 Pengaduan, sehingga capaian kinerjanya 75,00%',
    );
    expect(prose).toContain('(2 × target − realisasi) ÷ target × 100%');
    expect(prose).toContain('Nilai AKIP belum memiliki target sampai dengan Triwulan II');
    expect(prose).toContain(
      'Sampai dengan Triwulan II Tahun 2023, dari 4 (empat) indikator kinerja utama, belum ada yang mencapai target: 3 (tiga) belum mencapai target dan 1 (satu) belum dapat diukur.',
    );
  });

  it("the office's rencana aksi, kendala and tindak lanjut under each indicator, quoted as written", () => {
    const office = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.fromOffice === true);
    expect(office.map((b) => b.text).slice(0, 3)).toEqual([
      'Rencana aksi: Survei kepuasan setiap triwulan; perbaikan ruang tunggu pelayanan.',
      'Kendala: Ruang tunggu sempit pada jam sibuk.',
      'Tindak lanjut: Penambahan kursi tunggu dan loket antrean.',
    ]);
    expect(office).toHaveLength(12);
  });

  it('the budget up to TW II from the DPA quarters: 965.592.250 of 2.216.552.780 = 43,56%', () => {
    // 443.800.000 (TW I) + 521.792.250 (TW II) = 965.592.250 (test/core/rules/triwulan.test.ts);
    // 965.592.250 / 2.216.552.780 × 100 = 43,5628… → 43,56.
    expect(prose).toContain(
      'Sampai dengan Triwulan II Tahun 2023, realisasi anggaran Kecamatan Lima Puluh Pesisir sebesar Rp 965.592.250 dari pagu Rp 2.216.552.780, atau serapan 43,56%.',
    );
    const t = table(doc, 'Realisasi Anggaran sampai dengan Triwulan II');
    // 7.01.01: 350.000.000 + 400.000.000 = 750.000.000 of 1.738.126.580 = 43,150… → 43,15.
    expect(t.rows[0]).toEqual([
      '1',
      '7.01.01',
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      '1.738.126.580',
      '400.000.000',
      '750.000.000',
      '43,15',
    ]);
    // 7.01.06 has no TW I (blank is Rp 0): 0 + 2.000.000 of 6.202.500 = 32,245… → 32,25.
    expect(t.rows[5].slice(4)).toEqual(['2.000.000', '2.000.000', '32,25']);
    expect(t.rows[6]).toEqual(['', '', 'JUMLAH', '2.216.552.780', '521.792.250', '965.592.250', '43,56']);
  });

  it('is signed on the day it is written, not on the LKjIP date of Profil', () => {
    const dated = doc.blocks.find((b) => b.type === 'paragraph' && b.align === 'signature');
    expect(dated).toMatchObject({ text: 'Perupuk, 10 Juli 2023' });
  });
});

describe('the other quarters and the other cases', () => {
  it('TW I: the quarter is the whole of it; IKM 84,5 / 85 = 99,41; pengaduan (2 × 2 − 1) / 2 = 150,00 tercapai', () => {
    const prose = report(1)
      .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
      .join('\n');
    expect(prose).toContain(
      'Pada Triwulan I realisasi Jumlah pengaduan masyarakat yang belum ditindaklanjuti sebesar 1 Pengaduan dari target 2 Pengaduan, sehingga capaian kinerjanya 150,00% dengan kategori Sangat Tinggi dan target sampai dengan Triwulan I tercapai.',
    );
    expect(prose).toContain('99,41%');
  });

  it('TW IV: AKIP 70,2 / 72,6 = 96,69; pengaduan (16 − 6) / 8 = 125,00; no budget quarter missing', () => {
    const doc = report(4);
    const t = table(doc, 'Capaian Indikator Kinerja Triwulan IV');
    expect(t.rows.map((r) => r[5])).toEqual(['', '99,72', '', '96,69', '100,00', '', '125,00']);
    expect(doc.blocks.at(-6)).toMatchObject({ text: expect.stringContaining('perbaikan pada tahun berikutnya') });
  });

  it('Rata-rata, a target 0, a quarter not reported, an indicator without a row: each said for what it is, and walked', () => {
    const json = renaksiWorkbook();
    const r = sheet(json, 'Renaksi').values;
    r[1][2] = 'Rata-rata'; // IKM: mean of 84,5 and 85,72 = 85,11 against 86: 98,965… → 98,97; own target 2 × 86 − 85 = 87.
    r[3][3] = 0; // dokumen: target 0 up to TW I
    r[4][8] = ''; // pengaduan: Realisasi TW II blank (target 4 set)
    r.splice(2, 1); // AKIP: no row at all
    const w = workbookOf(json);
    for (const n of TRIWULAN) expect(claimProblems(report(n, w), w, { triwulan: n }), `TW ${n}`).toEqual([]);
    const prose = (n: Triwulan) =>
      report(n, w)
        .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
        .join('\n');
    expect(prose(2)).toContain(
      'Pada Triwulan II realisasi IKM sebesar 85,72 dari target triwulan 87,00; rata-rata Triwulan I sampai dengan Triwulan II sebesar 85,11 dari target 86,00, sehingga capaian kinerjanya 98,97%',
    );
    expect(prose(2)).toContain(
      'Realisasi Jumlah pengaduan masyarakat yang belum ditindaklanjuti Triwulan II belum dilaporkan, sehingga capaian terhadap target sampai dengan Triwulan II sebesar 4 Pengaduan belum dapat diukur.',
    );
    expect(prose(2)).toContain(
      'Target dan realisasi triwulanan Nilai AKIP belum ditetapkan dalam rencana aksi, sehingga capaiannya sampai dengan Triwulan II belum dapat diukur.',
    );
    expect(prose(1)).toContain('capaiannya tidak dapat dihitung karena targetnya bernilai 0.');
  });
});

const claimOf = <J extends Claim['jenis']>(p: ParagraphBlock, jenis: J) =>
  p.claims?.find((c) => c.jenis === jenis) as Extract<Claim, { jenis: J }>;

describe('the claim walk fails on a doctored quarterly report', () => {
  const doc = report(2);
  const problems = (d: ReportDocument) => claimProblems(d, wb, { triwulan: 2 }).join('\n');
  // The indicator's own sentence (the summary names it too, without its figures).
  const about = (name: string) => (p: ParagraphBlock) =>
    (p.claims ?? []).some((c) => c.jenis === 'triwulan' && c.indikator.startsWith(name) && /realisasi/i.test(c.kata));

  it('a missed target up to the quarter claimed as met', () => {
    const d = doctor(doc, about('Jumlah dokumen'), (p) => {
      claimOf(p, 'triwulan').tercapai = true;
    });
    expect(problems(d)).toMatch(/tercapai TW II true ≠ false/);
  });

  it('a missed target said met (the words changed, the claim kept)', () => {
    const d = doctor(doc, about('Jumlah pengaduan'), (p) => {
      p.text = p.text.replace('belum tercapai', 'tercapai');
    });
    expect(problems(d)).toMatch(/its words are not in its block/);
  });

  it('a capaian up to the quarter that is not the figures’ (IKM 99,76 for 99,67)', () => {
    const d = doctor(doc, about('Indeks Kepuasan'), (p) => {
      const c = claimOf(p, 'triwulan');
      p.text = p.text.replace('99,67', '99,76');
      c.kata = c.kata.replace('99,67', '99,76');
      c.capaian = '99,76';
    });
    expect(problems(d)).toMatch(/capaian TW II 99,76 ≠ 99,67/);
  });

  it('the quarter’s own realisasi taken for the one up to it (dokumen 1 for 3)', () => {
    const d = doctor(doc, about('Jumlah dokumen'), (p) => {
      const c = claimOf(p, 'triwulan');
      c.realisasi = '1';
    });
    expect(problems(d)).toMatch(/realisasi 1 ≠ 3/);
  });

  it('an indicator left out of the report', () => {
    const copy = structuredClone(doc);
    copy.blocks = copy.blocks.filter(
      (b) =>
        !(
          b.type === 'paragraph' && (b.claims ?? []).some((c) => c.jenis === 'triwulan' && c.indikator === 'Nilai AKIP')
        ),
    );
    expect(problems(copy)).toMatch(/"Nilai AKIP" not reported up to quarter 2/);
  });

  it('a sentence the walk cannot check ("terkejar")', () => {
    const d = doctor(doc, about('Jumlah pengaduan'), (p) => {
      p.text += ' Ketertinggalan ini sudah terkejar.';
    });
    expect(claimProblems(d, wb, { triwulan: 2 })).toEqual([expect.stringMatching(/^unclaimed "terkejar"/)]);
  });

  it('the budget up to the quarter taken from the year (Rp 2.053.237.731)', () => {
    const d = doctor(
      doc,
      (p) => !!claimOf(p, 'anggaran-triwulan'),
      (p) => {
        const c = claimOf(p, 'anggaran-triwulan');
        p.text = p.text.replace('Rp 965.592.250', 'Rp 2.053.237.731');
        c.kata = p.text;
        c.realisasi = 'Rp 2.053.237.731';
      },
    );
    expect(problems(d)).toMatch(/realisasi s\.d\. TW Rp 2\.053\.237\.731 ≠ Rp 965\.592\.250/);
  });
});

describe('examples/lima-puluh-pesisir-2023-renaksi.json', () => {
  it('is this fixture (the README runs the Laporan Triwulan on it)', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../../examples/lima-puluh-pesisir-2023-renaksi.json', import.meta.url), 'utf8'),
    );
    expect(file).toEqual(renaksiExampleJson());
  });
});

describe('the LKjIP with the Renaksi: the quarters per sasaran and how the year went', () => {
  const doc = buildReport(wb, { generatedAt: GENERATED });

  it('one table per sasaran with each indicator’s quarters: own, up to, capaian (portrait at 9 pt)', () => {
    const t = table(doc, 'Capaian per Triwulan Sasaran 3 Tahun 2023');
    expect(t.header).toEqual([
      'Indikator Kinerja',
      'Triwulan',
      'Target Triwulan',
      'Realisasi Triwulan',
      'Target s.d. Triwulan',
      'Realisasi s.d. Triwulan',
      'Capaian s.d. Triwulan (%)',
    ]);
    // Pengaduan (Kumulatif, Negatif), from test/core/rules/triwulan.test.ts: (2T − R) / T with R, T up to the quarter.
    expect(t.rows).toEqual([
      ['Jumlah pengaduan masyarakat yang belum ditindaklanjuti', 'I', '2', '1', '2', '1', '150,00'],
      ['', 'II', '2', '4', '4', '5', '75,00'],
      ['', 'III', '2', '0', '6', '5', '116,67'],
      ['', 'IV', '2', '1', '8', '6', '125,00'],
    ]);
    const plan = planDocument(doc.blocks, pageSetup(undefined, '').setup);
    const quarters = plan.filter((e) => e.kind === 'table' && e.block.caption.includes('per Triwulan'));
    expect(quarters.map((e) => e.kind === 'table' && e.landscape)).toEqual([false, false, false]);
    const ikm = table(doc, 'Capaian per Triwulan Sasaran 1 Tahun 2023');
    expect(ikm.rows.map((r) => r[6])).toEqual(['99,41', '99,67', '101,03', '99,72']);
  });

  it('says which quarter fell behind and whether it was caught up, from claims', () => {
    const prose = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('\n');
    expect(prose).toContain(
      'Sepanjang Tahun 2023, capaian Jumlah pengaduan masyarakat yang belum ditindaklanjuti sampai dengan setiap triwulan memenuhi target pada Triwulan I (150,00%), berada di bawah target pada Triwulan II (75,00%), lalu kembali memenuhi target pada Triwulan III dan IV (116,67% dan 125,00%), sehingga ketertinggalan pada Triwulan II terkejar pada Triwulan III.',
    );
    expect(prose).toContain(
      'berada di bawah target pada Triwulan I dan II (99,41% dan 99,67%), memenuhi target pada Triwulan III (101,03%), lalu kembali berada di bawah target pada Triwulan IV (99,72%), sehingga ketertinggalan itu belum terkejar hingga akhir tahun.',
    );
    const jalan = allClaims(doc).filter((c) => c.jenis === 'jalan-triwulan');
    // AKIP has one measured quarter (TW IV): no course to tell.
    expect(jalan.map((c) => c.indikator)).toEqual([
      'Indeks Kepuasan Masyarakat (IKM)',
      'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun',
      'Jumlah pengaduan masyarakat yang belum ditindaklanjuti',
    ]);
  });

  it('the walk fails when the course is doctored (caught up in TW IV instead of TW III)', () => {
    const d = doctor(
      doc,
      (p) => !!claimOf(p, 'jalan-triwulan'),
      (p) => {
        claimOf(p, 'jalan-triwulan').terkejarPada = 4;
      },
    );
    expect(claimProblems(d, wb).join('\n')).toMatch(/terkejar 4 ≠ (null|3)/);
  });

  it('the LKjIP without a Renaksi has no quarters', () => {
    const plain = workbookOf(renaksiWorkbook());
    plain.renaksi = null;
    const blocks: Block[] = buildReport(plain, { generatedAt: GENERATED }).blocks;
    expect(allText(blocks).filter((t) => /\bTriwulan\b/.test(t))).toEqual([]);
  });
});
