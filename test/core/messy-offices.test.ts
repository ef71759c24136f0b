/**
 * Issue 17 "Sheets as real offices keep them": every workbook of test/fixtures/messy-offices.ts
 * ends in a report whose figure is right, or in a finding at the cell that is wrong (sheet and A1
 * cell asserted). Figures are worked by hand here and in the fixture file's header; the base
 * workbook's hand-worked figures are in test/fixtures/messy-workbooks.ts.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookJson } from '../../emulator/index';
import type { Finding } from '../../src/core/layout/model';
import { buildReport } from '../../src/core/report/build-report';
import type { ReportDocument } from '../../src/core/report/report-types';
import { akipIndikator, ikmIndikator } from '../../src/core/rules/linked-indicators';
import { CAPAIAN, NIK_IKM } from '../../src/core/sheet-functions';
import { planTemplate, templateMessage } from '../../src/core/template/plan-template';
import { validateWorkbook } from '../../src/core/validate/validate-workbook';
import {
  akipSubComponents,
  akipYearHeaders,
  centSums,
  dpaSipdHeadRows,
  dpaTotalRow,
  dpaUnreadColumns,
  englishMoney,
  formulaErrors,
  ikmAnswerText,
  ikmDashRespondent,
  ikmFractionalAnswers,
  ikmOutsideYear,
  ikmSummaryRows,
  ikuDuplicateIndicator,
  ikuLinkedBlank,
  ikuNoRestarts,
  ikuSasaranRetyped,
  ikuZeroTarget,
  invisibleCharacters,
  manyRespondents,
  moneyInThousands,
  narasiWordHeadings,
  paguMurniChanged,
  percentAllFractions,
  percentDpa,
  percentTyped,
  profilTwice,
  tabRenamed,
  titleRows,
} from '../fixtures/messy-offices';
import { baseWorkbook, messy, sheet, toRaw } from '../fixtures/messy-workbooks';
import { indicatorYearConflicts } from './report/one-value-walk';
import { allText, column, table, tables } from './report/report-blocks';

const GENERATED = new Date('2024-02-01T03:00:00Z');

const check = (wb: WorkbookJson) => validateWorkbook(toRaw(wb));

/** `severity code Sheet!A1` of every finding. */
function findings(wb: WorkbookJson): string[] {
  return check(wb).findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
}

function only(wb: WorkbookJson, code: string): Finding {
  const list = check(wb).findings.filter((f) => f.code === code);
  expect(list, code).toHaveLength(1);
  return list[0];
}

/** The report, only when the workbook has no error (as Generate LKjIP does). */
function report(wb: WorkbookJson): ReportDocument {
  const { workbook, findings: f } = check(wb);
  expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  return buildReport(workbook, { generatedAt: GENERATED });
}

const text = (doc: ReportDocument) => allText(doc.blocks).join('\n');

/** Realisasi and Capaian (%) of the IKU table, per indicator. */
function ikuRows(doc: ReportDocument): string[][] {
  const t = table(doc, 'Capaian Indikator Kinerja Utama Tahun 2023');
  return t.rows.map((r) => [r[column(t, 'Indikator Kinerja')], r[column(t, 'Realisasi')], r[column(t, 'Capaian (%)')]]);
}

/** The DPA totals row of "Realisasi Anggaran per Program": pagu, realisasi, serapan. */
function anggaranTotal(doc: ReportDocument): string[] {
  return table(doc, 'Realisasi Anggaran per Program Tahun 2023').rows.at(-1)?.slice(-3) ?? [];
}

const DOKUMEN = 'Persentase dokumen tepat waktu';

describe('numbers and scales', () => {
  describe('percent cells stored as fractions', () => {
    it('under a percent format the cell is read as it shows: 0,95 shown 95% is 95; capaian 95 ÷ 100 = 95,00', () => {
      expect(findings(percentTyped())).toEqual([]);
      const doc = report(percentTyped());
      expect(ikuRows(doc)[2]).toEqual([DOKUMEN, '95', '95,00']);
      // Before: "realisasi … sebesar 0,95% dari target 1%" and a Renstra/PK target of 1.
      const dokumenRow = (caption: string) =>
        table(doc, caption)
          .rows.find((r) => r.includes(DOKUMEN))
          ?.slice(-2);
      expect(dokumenRow('Target Kinerja Renstra')).toEqual(['90', '100']);
      // BAB II's PK table and the Lampiran's ("Sasaran dan Target Kinerja").
      const pk = tables(doc).filter((t) => /Perjanjian Kinerja|Sasaran dan Target Kinerja/.test(t.caption));
      expect(pk.map((t) => t.rows.find((r) => r.includes(DOKUMEN))?.at(-1))).toEqual(['100', '100']);
      expect(text(doc)).toContain('realisasi Persentase dokumen tepat waktu sebesar 95% dari target 100%');
      expect(text(doc)).toContain('Tahun 2022 dan 2023 berturut-turut 90 dan 95, atau naik 5 poin.');
      expect(text(doc)).not.toMatch(/0,95|\b1%/);
    });

    it('without formats the row decides: 0,95 among 90 / 100 / 90 is read 95, a percent-scale warning at IKU!J4 (and H4: 1 → 100)', () => {
      const wb = percentTyped(false);
      expect(findings(wb)).toEqual(['warning percent-scale IKU!H4', 'warning percent-scale IKU!J4']);
      const f = check(wb).findings.find((x) => x.cell === 'J4') as Finding;
      expect(f.message).toContain('berisi 0,95');
      expect(f.message).toContain('dibaca sebagai 95%');
      expect(ikuRows(report(wb))[2]).toEqual([DOKUMEN, '95', '95,00']);
    });

    it('every figure a part of one and no formats: read as typed, one warning at the first fraction (IKU!G4) asking', () => {
      const wb = percentAllFractions();
      expect(findings(wb)).toEqual(['warning percent-scale IKU!G4']);
      expect(only(wb, 'percent-scale').message).toContain('Bila maksudnya 90%, ketik 90');
    });

    it('every figure a part of one under plain formats: the office typed 0,9 and sees 0,9, no finding', () => {
      const wb = messy((w) => {
        Object.assign(w, percentAllFractions());
        const iku = sheet(w, 'IKU');
        iku.numberFormats = iku.values.map((r) => r.map(() => '0.00'));
      });
      expect(findings(wb)).toEqual([]);
    });

    it('a DPA Realisasi Kinerja typed 95% (0,95, format 0%) against 100 is 95; without formats a warning at DPA!I3', () => {
      expect(findings(percentDpa(true))).toEqual([]);
      const detail = table(report(percentDpa(true)), 'Pagu dan Realisasi Anggaran per Program, Kegiatan');
      const kegiatan = detail.rows.find((r) => r[0] === '7.01.01.2.01') ?? [];
      expect(kegiatan.at(-1)).toContain('95');
      expect(kegiatan.at(-1)).not.toContain('0,95');
      expect(findings(percentDpa(false))).toEqual(['warning percent-scale DPA!I3']);
    });
  });

  describe('text "0.672"', () => {
    it('is 0,672 (a leading 0. group is never Indonesian thousands): CAPAIAN("0.672"; 0,7) = 96, not 96000', () => {
      // 0,672 ÷ 0,7 × 100 = 96.
      expect(CAPAIAN('0.672', 0.7)).toBe(96);
      expect(CAPAIAN([['0.672'], ['0,672']], 0.7)).toEqual([[96], [96]]);
    });

    it('in an IKU cell it reads 0,672 too: realisasi "0.672" against 0,7 is 96,00', () => {
      const wb = messy((w) => {
        const r = sheet(w, 'IKU').values[3];
        [r[4], r[6], r[7], r[8], r[9]] = ['Indeks', 0.7, 0.7, 0.7, '0.672'];
      });
      expect(findings(wb)).toEqual([]);
      // Before: 672 against 0,7, capaian 96.000,00. The table prints two decimals: 0,672 → 0,67.
      expect(ikuRows(report(wb))[2]).toEqual([DOKUMEN, '0,67', '96,00']);
    });
  });

  describe('money in thousands or millions', () => {
    for (const [pagu, realisasi] of [
      ['Pagu (Rp 000)', 'Realisasi (ribuan)'],
      ['Pagu (Rp. 000)', 'Realisasi (Rp 000)'],
      ['Pagu (Rp juta)', 'Realisasi (dalam jutaan rupiah)'],
    ]) {
      it(`"${pagu}" / "${realisasi}": scaled back to rupiah, with a header note; the totals stay 1.500.000 / 1.350.000`, () => {
        const wb = moneyInThousands(pagu, realisasi);
        const { workbook, findings: f } = check(wb);
        expect(f).toEqual([]);
        expect(workbook.headerNotes.filter((n) => n.sheet === 'DPA').map((n) => n.cell)).toEqual(['E1', 'H1']);
        expect(workbook.headerNotes[0].understoodAs).toContain('dikalikan');
        expect(anggaranTotal(report(wb))).toEqual(['1.500.000', '1.350.000', '90,00']);
      });
    }
  });

  it('English-form money "600,000" in a rupiah cell is ambiguous: one finding at DPA!E4, none at its parents', () => {
    const f = only(englishMoney(), 'ambiguous-number');
    expect(f).toMatchObject({ severity: 'error', sheet: 'DPA', cell: 'E4' });
    expect(f.message).toContain('600,000');
    expect(f.message).toContain('600.000');
    expect(findings(englishMoney())).toEqual(['error ambiguous-number DPA!E4']);
  });

  describe('sums at cent precision', () => {
    it('a =SUM stored as 4024175.9699999997 equals 2.012.087,99 + 2.012.087,98: no finding', () => {
      expect(2012087.99 + 2012087.98).toBe(4024175.9699999997);
      expect(findings(centSums())).toEqual([]);
    });

    it('a real difference of 40 sen is named in sen, never "selisih Rp 0"', () => {
      const wb = messy((w) => {
        Object.assign(w, centSums());
        sheet(w, 'DPA').values[1][4] = 4024176.37;
      });
      const f = only(wb, 'sum-mismatch');
      expect(f).toMatchObject({ sheet: 'DPA', cell: 'E2' });
      // 4.024.176,37 − 4.024.175,97 = 0,40.
      expect(f.message).toContain('Rp 4.024.176,37');
      expect(f.message).toContain('selisih Rp 0,40');
      expect(f.message).not.toMatch(/selisih Rp 0\)/);
    });
  });

  it('counts in Indonesian form: "10.000 responden", 10.000 in the tables', () => {
    const doc = report(manyRespondents(10000));
    expect(text(doc)).toContain('terhadap 10.000 responden');
    const hasil = table(doc, 'Hasil Indeks Kepuasan Masyarakat');
    expect(hasil.rows[0]).toEqual(['Jumlah responden', '10.000']);
    expect(text(doc)).not.toMatch(/\b10000\b/);
  });
});

describe('DPA rows', () => {
  it('rows with content only in columns the layout does not read (No to 120, Serapan dragged down) are not rows', () => {
    expect(findings(dpaUnreadColumns())).toEqual([]);
    expect(anggaranTotal(report(dpaUnreadColumns()))).toEqual(['1.500.000', '1.350.000', '90,00']);
  });

  for (const [label, kode, level] of [
    ['JUMLAH', '', ''],
    ['TOTAL', '', 'Program'],
    ['Jumlah Total', '7.01.03', 'Program'],
  ]) {
    it(`a printed total row "${label}"${kode ? ` with Kode ${kode}` : ''}${level ? ` and Level ${level}` : ''} equal to the programs' sum is left out silently`, () => {
      const wb = dpaTotalRow(label, 1500000, 1350000, kode, level);
      expect(findings(wb)).toEqual([]);
      // Never added: 1.000.000 + 500.000 = 1.500.000, not 3.000.000.
      expect(anggaranTotal(report(wb))).toEqual(['1.500.000', '1.350.000', '90,00']);
    });
  }

  it('a total row that disagrees is one total-row warning at its Pagu cell (DPA!E9), never "isi Level"; the report uses the sum', () => {
    const wb = dpaTotalRow('JUMLAH', 1600000, 1350000);
    expect(findings(wb)).toEqual(['warning total-row DPA!E9']);
    const f = only(wb, 'total-row');
    expect(f.message).toContain('Rp 1.600.000');
    expect(f.message).toContain('Rp 1.500.000');
    expect(f.message).not.toContain('Level');
    expect(anggaranTotal(report(wb))).toEqual(['1.500.000', '1.350.000', '90,00']);
  });

  it('SIPD urusan/bidang/SKPD rows above the programs (7, 7.01, 7.01.0.00.0.00.17.0000) are skipped with one note', () => {
    const { workbook, findings: f } = check(dpaSipdHeadRows());
    expect(f).toEqual([]);
    const notes = workbook.headerNotes.filter((n) => n.sheet === 'DPA');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ cell: 'A2:A4' });
    expect(anggaranTotal(report(dpaSipdHeadRows()))).toEqual(['1.500.000', '1.350.000', '90,00']);
  });

  it('a SIPD bidang row (7.01) among the programs is one bad-code finding that names it for what it is (DPA!A6)', () => {
    const wb = messy((w) => {
      sheet(w, 'DPA').values.splice(5, 0, ['7.01', '', 'KECAMATAN', '', 500000, '', '', 450000, '', '']);
    });
    const f = only(wb, 'bad-code');
    expect(f).toMatchObject({ severity: 'error', sheet: 'DPA', cell: 'A6' });
    expect(f.message).toContain('kode urusan, bidang urusan atau perangkat daerah dari SIPD');
  });

  it('Pagu Murni blank means unchanged: murni 500.000 + 400.000 + 500.000 = 1.400.000, pagu bertambah Rp 100.000', () => {
    const wb = paguMurniChanged();
    expect(findings(wb)).toEqual([]);
    const doc = report(wb);
    // Before: blank rows were left out of the murni, 500.000 against a pagu of 1.500.000.
    expect(text(doc)).toContain(
      'Pagu anggaran murni Tahun 2023 sebesar Rp 1.400.000; setelah perubahan APBD (P-APBD) pagu menjadi Rp 1.500.000 atau bertambah Rp 100.000.',
    );
    const t = table(doc, 'Pagu Murni dan Pagu Perubahan');
    expect(t.rows.map((r) => r.slice(2))).toEqual([
      ['900.000', '1.000.000', '+100.000'],
      ['500.000', '500.000', '-'],
      ['1.400.000', '1.500.000', '+100.000'],
    ]);
  });
});

describe('IKU', () => {
  it('the same indicator twice under one sasaran: a warning at the second row (IKU!D5), read once', () => {
    const wb = ikuDuplicateIndicator();
    expect(findings(wb)).toEqual(['warning duplicate-indicator IKU!D5']);
    const doc = report(wb);
    expect(ikuRows(doc).map((r) => r[0])).toEqual(['Indeks Kepuasan Masyarakat', 'Nilai AKIP', DOKUMEN]);
    expect(text(doc)).not.toContain('Nilai AKIP dan Nilai AKIP');
  });

  it('the same indicator twice with a different realisasi: an error at IKU!D5 (the report cannot choose)', () => {
    expect(findings(ikuDuplicateIndicator(false))).toEqual(['error duplicate-indicator IKU!D5']);
  });

  it('a sasaran re-typed in other case and spacing, or met again further down, is one sasaran: 2 sasaran, 5 indicators', () => {
    const wb = ikuSasaranRetyped();
    expect(findings(wb)).toEqual([]);
    const doc = report(wb);
    expect(text(doc)).toContain(
      'ditetapkan 2 (dua) sasaran strategis yang diukur dengan 5 (lima) indikator kinerja utama',
    );
    expect(text(doc)).toContain(
      'diukur dengan 3 (tiga) indikator, yaitu Nilai AKIP, Persentase dokumen tepat waktu, dan Persentase laporan tepat waktu.',
    );
  });

  it('No restarting in each sasaran, referred to by DPA Sasaran: an error at IKU!A3, never programs credited to the wrong sasaran', () => {
    const wb = ikuNoRestarts(true);
    const f = only(wb, 'duplicate-no');
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKU', cell: 'A3' });
    expect(f.message).toContain('No 1 sudah dipakai');
  });

  it('No restarting with no link by No: a warning at IKU!A3, and the report has both sasaran', () => {
    const wb = ikuNoRestarts(false);
    expect(findings(wb)).toEqual(['warning duplicate-no IKU!A3']);
    expect(text(report(wb))).toContain('ditetapkan 2 (dua) sasaran strategis');
  });

  describe('Polaritas Negatif with target 0', () => {
    it('realisasi 0 meets it: capaian 100,00, no finding', () => {
      const wb = ikuZeroTarget('Negatif', 0);
      expect(findings(wb)).toEqual([]);
      expect(ikuRows(report(wb))[2]).toEqual(['Jumlah pengaduan yang belum ditindaklanjuti', '0', '100,00']);
      expect(CAPAIAN(0, 0, 'Negatif')).toBe(100);
    });

    it('realisasi 3 misses it: capaian 0,00', () => {
      const wb = ikuZeroTarget('Negatif', 3);
      expect(findings(wb)).toEqual([]);
      expect(ikuRows(report(wb))[2]).toEqual(['Jumlah pengaduan yang belum ditindaklanjuti', '3', '0,00']);
      expect(CAPAIAN(3, 0, 'Negatif')).toBe(0);
    });

    it('T/R with realisasi 0: an error at the realisasi cell (IKU!J4) suggesting Negatif, never a silent "-"', () => {
      const wb = messy((w) => {
        Object.assign(w, ikuZeroTarget('T/R', 0));
        sheet(w, 'IKU').values[3][7] = 2;
      });
      const f = only(wb, 'realisasi-zero');
      expect(f).toMatchObject({ severity: 'error', sheet: 'IKU', cell: 'J4' });
      // Negatif: (2 × 2 − 0) ÷ 2 × 100 = 200.
      expect(f.message).toContain('Ganti Polaritas menjadi Negatif. Dengan polaritas Negatif capaiannya 200,00%');
    });
  });

  it('IKM and AKIP indicators with a blank realisasi take it from their sheets: no finding, 87,50 and 70,50 printed', () => {
    const wb = ikuLinkedBlank();
    expect(findings(wb)).toEqual([]);
    const rows = ikuRows(report(wb));
    expect(rows.slice(0, 2)).toEqual([
      ['Indeks Kepuasan Masyarakat', '87,50', '102,94'],
      ['Nilai AKIP', '70,50', '100,71'],
    ]);
  });

  it('a blank IKM realisasi with no IKM sheet is the error: missing-value at IKU!J2', () => {
    expect(findings(ikuLinkedBlank(false))).toEqual(['error missing-value IKU!J2']);
  });

  it('title rows above the header: the header is found (row 4 of IKU, row 2 of DPA), cells keep their addresses', () => {
    const { workbook, findings: f } = check(titleRows());
    expect(f).toEqual([]);
    expect(workbook.headerNotes.map((n) => `${n.sheet}!${n.cell}`)).toEqual(['IKU!A1:A3', 'DPA!A1']);
    expect(ikuRows(report(titleRows())).map((r) => r[2])).toEqual(['102,94', '100,71', '95,00']);
    const bad = messy((w) => {
      Object.assign(w, titleRows());
      sheet(w, 'IKU').values[6][9] = 'sembilan lima';
    });
    expect(findings(bad)).toEqual(['error not-a-number IKU!J7']);
    const noSatuan = messy((w) => {
      Object.assign(w, titleRows());
      sheet(w, 'IKU').values[3][4] = 'Unit';
    });
    // One missing column, named at the header row found — not five for columns that exist.
    expect(check(noSatuan).findings.map((x) => x.message)).toEqual([
      'Kolom "Satuan" tidak ditemukan di baris judul (baris 4). Tambahkan kolom dengan judul tersebut, atau perbaiki judul kolom yang ada.',
    ]);
  });
});

describe('names, keys, text', () => {
  it('invisible characters (zero-width, BOM, soft hyphen, NBSP) in tab names, headers, keys, a Bagian and a number are ignored', () => {
    const wb = invisibleCharacters();
    // Its Landasan Hukum names only UU 28/1999: the evaluator's legal-basis warnings are about that, not the characters.
    expect(findings(wb).filter((f) => !f.includes(' legal-basis '))).toEqual([]);
    const doc = report(wb);
    expect(text(doc)).toContain('Undang-Undang Nomor 28 Tahun 1999.');
    expect(ikuRows(doc).map((r) => r[1])).toEqual(['87,50', '70,50', '95']);
    expect(anggaranTotal(doc)).toEqual(['1.500.000', '1.350.000', '90,00']);
  });

  for (const [id, name] of [
    ['IKU', 'IKU 2023'],
    ['IKU', 'Data IKU'],
    ['IKU', 'IKU_2023'],
    ['DPA', 'DPA 2023'],
  ]) {
    it(`a tab named "${name}" and no ${id}: the finding names that tab and says to rename it, never "Buat Template"`, () => {
      const f = only(tabRenamed(id, name), 'missing-sheet');
      expect(f).toMatchObject({ severity: 'error', sheet: name, cell: '' });
      expect(f.message).toContain(`sheet "${name}" tampaknya berisi ${id}`);
      expect(f.message).toContain(`Ganti nama sheet itu menjadi "${id}"`);
      expect(f.message).not.toContain('Buat Template');
    });
  }

  it('Buat Template does not put an empty IKU beside "IKU 2023": it says to rename that tab', () => {
    const plan = planTemplate(['Profil', 'IKU 2023', 'DPA']);
    expect(plan.copies).toEqual([{ sheet: 'IKU', copy: 'IKU 2023' }]);
    expect(plan.create.map((p) => p.name)).not.toContain('IKU');
    expect(templateMessage(plan)).toContain('ganti namanya menjadi "IKU"');
  });

  it('Narasi Bagian typed like Word headings match; an unknown Bagian is a warning at its cell (Narasi!A6)', () => {
    const wb = narasiWordHeadings();
    expect(findings(wb)).toEqual(['warning unknown-part Narasi!A6']);
    const { workbook } = check(wb);
    expect(Object.keys(workbook.narasi)).toEqual([
      'Kata Pengantar',
      'Latar Belakang',
      'Faktor Pendukung 1',
      'Kesimpulan',
    ]);
    const doc = report(wb);
    expect(text(doc)).toContain('Puji syukur kami panjatkan.');
    expect(text(doc)).toContain('Laporan ini disusun untuk memenuhi kewajiban akuntabilitas.');
    expect(only(wb, 'unknown-part').message).toContain('Bagian "Lain-lain" tidak dikenal');
  });

  it('Profil: Tahun 2023 and Tahun Laporan 2022 is an error naming both cells (B4, B12); the same value twice is none', () => {
    const f = only(profilTwice(2022), 'duplicate-key');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Profil', cell: 'B12' });
    expect(f.message).toContain('"2023" di B4 dan "2022" di B12');
    expect(findings(profilTwice('2023'))).toEqual([]);
  });

  it('Profil: the former camat left above the new one is an error at the second Nama Pimpinan (B7)', () => {
    const f = only(profilTwice('2023', true), 'duplicate-key');
    expect(f).toMatchObject({ sheet: 'Profil', cell: 'B7' });
    expect(f.message).toContain('"CAMAT LAMA, S.Sos" di B6 dan "BUDI SANTOSO, S.STP" di B7');
  });

  it('a formula error in a cell the report prints is an error at that cell, never printed', () => {
    // The Pagu #REF! is its own finding; the kegiatan and program above it are not compared.
    expect(findings(formulaErrors())).toEqual([
      'error formula-error Profil!B6',
      'error formula-error IKU!E4',
      'error formula-error DPA!C5',
      'error formula-error DPA!E8',
    ]);
    const f = check(formulaErrors()).findings[0];
    expect(f.message).toContain('menampilkan #REF!');
  });
});

describe('IKM and AKIP', () => {
  it('responses dated outside the reporting year are left out, with one warning saying how many (IKM!B6)', () => {
    const wb = ikmOutsideYear();
    expect(findings(wb)).toEqual(['warning outside-year IKM!B6']);
    expect(only(wb, 'outside-year').message).toContain('2 respons bertanggal di luar Tahun 2023');
    const doc = report(wb);
    // The 2022 answers of 1 would pull the NIK down; left out, NIK stays 87,50 from 4 respondents.
    expect(text(doc)).toContain('terhadap 4 responden penerima layanan pada Tahun 2023');
    expect(ikuRows(doc)[0]).toEqual(['Indeks Kepuasan Masyarakat', '87,50', '102,94']);
  });

  it('summary rows under the answers (Rata-rata, per-unsur averages, Jumlah) are not respondents', () => {
    const wb = ikmSummaryRows();
    const { workbook, findings: f } = check(wb);
    expect(f).toEqual([]);
    expect(workbook.headerNotes.find((n) => n.sheet === 'IKM')).toMatchObject({ cell: 'A6:A8' });
    expect(text(report(wb))).toContain('terhadap 4 responden');
  });

  it('answers are whole 1–4: 2,5, "3,5" and 1.5 are errors at their cells, as in NIK_IKM', () => {
    expect(findings(ikmFractionalAnswers())).toEqual([
      'error out-of-range IKM!C2',
      'error out-of-range IKM!D3',
      'error out-of-range IKM!E4',
    ]);
    expect(() =>
      NIK_IKM(
        toRaw(ikmFractionalAnswers())
          .sheets[3].values.slice(1)
          .map((r) => r.slice(2)),
      ),
    ).toThrow('bilangan bulat');
  });

  it('answer text the formula accepts (Sangat Sesuai, Sesuai) the validator accepts: NIK 87,50 as with 4 and 3', () => {
    const wb = ikmAnswerText();
    expect(findings(wb)).toEqual([]);
    expect(ikuRows(report(wb))[0]).toEqual(['Indeks Kepuasan Masyarakat', '87,50', '102,94']);
  });

  it('a respondent who answered nothing ("-" everywhere) is counted alike in the text and the profile table: 4 and 4', () => {
    const doc = report(ikmDashRespondent());
    expect(text(doc)).toContain('terhadap 4 responden');
    const profil = table(doc, 'Profil Responden');
    expect(profil.rows.find((r) => r[2] === 'Jumlah')?.[3]).toBe('4');
  });

  for (const markers of [true, false]) {
    it(`AKIP sub-components from the LKE ${markers ? '(a./b./c.)' : '(told by weights 6 + 9 + 15 = 30)'} are kept out of the total: 63,00 and 70,50`, () => {
      const wb = akipSubComponents(markers);
      const { workbook, findings: f } = check(wb);
      expect(f).toEqual([]);
      expect(workbook.akip?.komponen.map((k) => k.row)).toEqual([2, 6, 7, 8]);
      expect(workbook.headerNotes.find((n) => n.sheet === 'AKIP')).toMatchObject({ cell: 'A3:A5' });
      const t = table(report(wb), 'Nilai Akhir dan Predikat AKIP');
      expect(t.rows.map((r) => r.slice(0, 3))).toEqual([
        ['2022', '63,00', 'B'],
        ['2023', '70,50', 'BB'],
      ]);
    });
  }

  it('sub-components that do not add up to their component never make a warning that the LHE total is wrong', () => {
    const codes = check(akipSubComponents(true, false)).findings.map((f) => f.code);
    expect(codes).not.toContain('akip-total-mismatch');
    expect(codes).toEqual([]);
  });

  for (const [h2022, h2023] of [
    ['Nilai 2022', 'Nilai 2023'],
    ['Tahun 2022', 'Tahun 2023'],
    ['Skor 2022', 'Skor 2023'],
  ]) {
    it(`AKIP year columns headed "${h2022}", "${h2023}" are year columns`, () => {
      const wb = akipYearHeaders(h2022, h2023);
      expect(findings(wb)).toEqual([]);
      expect(table(report(wb), 'Nilai Akhir dan Predikat AKIP').rows.map((r) => r[1])).toEqual(['63,00', '70,50']);
    });
  }
});

describe('one value per indicator-year on every workbook here that generates', () => {
  const generating: [string, WorkbookJson][] = [
    ['base', baseWorkbook()],
    ['percent formats', percentTyped()],
    ['percent without formats', percentTyped(false)],
    ['money in thousands', moneyInThousands()],
    ['DPA total row', dpaTotalRow('JUMLAH')],
    ['SIPD rows', dpaSipdHeadRows()],
    ['Pagu Murni', paguMurniChanged()],
    ['duplicate indicator', ikuDuplicateIndicator()],
    ['sasaran re-typed', ikuSasaranRetyped()],
    ['IKM/AKIP realisasi blank', ikuLinkedBlank()],
    ['title rows', titleRows()],
    ['invisible characters', invisibleCharacters()],
    ['IKM outside the year', ikmOutsideYear()],
    ['IKM summary rows', ikmSummaryRows()],
    ['AKIP sub-components', akipSubComponents(true)],
  ];
  for (const [name, wb] of generating) {
    it(name, () => {
      const doc = report(wb);
      const { workbook } = check(wb);
      expect(
        indicatorYearConflicts(doc, {
          tahun: 2023,
          akipIndikator: akipIndikator(workbook)?.indikator,
          ikmIndikator: ikmIndikator(workbook)?.indikator,
        }),
      ).toEqual([]);
    });
  }
});
