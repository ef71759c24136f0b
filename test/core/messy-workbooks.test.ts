/**
 * Issue 8 "Numbers a camat can trust", core side: each messy workbook of test/fixtures/messy-workbooks.ts
 * ends in a right report or in a clear finding at the right cell. Expected numbers are worked by
 * hand in the fixture file's header and below.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookJson } from '../../emulator/index';
import type { Finding } from '../../src/core/layout/model';
import { buildReport } from '../../src/core/report/build-report';
import { computeFigures } from '../../src/core/report/report-figures';
import type { ReportDocument } from '../../src/core/report/report-types';
import { akipIndikator, ikmIndikator } from '../../src/core/rules/linked-indicators';
import { validateWorkbook } from '../../src/core/validate/validate-workbook';
import {
  baseWorkbook,
  messy,
  messyAkipThirdDecimal,
  messyAkipTotalLabel,
  messyDuplicateIku,
  messyIkuCopies,
  messyKegiatanDpa,
  messyKegiatanDpaNoLevel,
  sheet,
  toRaw,
} from '../fixtures/messy-workbooks';
import { indicatorYearConflicts } from './report/one-value-walk';
import { column, table } from './report/report-blocks';

const GENERATED = new Date('2024-02-01T03:00:00Z');

function check(wb: WorkbookJson) {
  return validateWorkbook(toRaw(wb));
}

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

describe('the base fixture', () => {
  it('is clean and its report prints the hand-worked figures', () => {
    expect(findings(baseWorkbook())).toEqual([]);
    const doc = report(baseWorkbook());
    const iku = table(doc, 'Capaian Indikator Kinerja Utama Tahun 2023');
    expect(iku.rows.map((r) => r[column(iku, 'Capaian (%)')])).toEqual(['102,94', '100,71', '95,00']);
    const akip = table(doc, 'Nilai Akhir dan Predikat AKIP');
    expect(akip.rows).toEqual([
      ['2022', '63,00', 'B', 'Baik'],
      ['2023', '70,50', 'BB', 'Sangat Baik'],
    ]);
  });
});

describe('sheets found by their real name only', () => {
  it('copies beside IKU (IKU (2022 lama) first, Salinan IKU, Copy of IKU, IKU lama, IKU 2022) are not read', () => {
    expect(findings(messyIkuCopies())).toEqual([]);
    const doc = report(messyIkuCopies());
    const t = table(doc, 'Capaian Indikator Kinerja Utama Tahun 2023');
    // The real IKU's realisasi (87,50 / 70,50 / 95), never the copies' 12,34 / 56,78 / 11.
    expect(t.rows.map((r) => r[column(t, 'Realisasi')])).toEqual(['87,50', '70,50', '95']);
  });

  it('IKU and "iku " are one duplicate-sheet error naming both tabs', () => {
    const f = only(messyDuplicateIku(), 'duplicate-sheet');
    expect(f).toMatchObject({ severity: 'error', sheet: 'iku ', cell: '' });
    expect(f.message).toContain('"IKU" dan "iku "');
  });
});

describe('a DPA that starts at kegiatan level', () => {
  for (const [name, wb] of [
    ['with a Level column', messyKegiatanDpa()],
    ['with codes only', messyKegiatanDpaNoLevel()],
  ] as const) {
    it(`${name}: valid, and the budget tables and efficiency work from the kegiatan rows`, () => {
      expect(findings(wb)).toEqual([]);
      const doc = report(wb);
      // The report names the top-level rows for what they are: kegiatan.
      const t = table(doc, 'Realisasi Anggaran per Kegiatan Tahun 2023');
      // 1.000.000 + 500.000 = 1.500.000; 900.000 + 450.000 = 1.350.000; 1.350.000 / 1.500.000 = 90,00 %.
      expect(t.rows.at(-1)?.slice(-3)).toEqual(['1.500.000', '1.350.000', '90,00']);
      expect(t.rows.slice(0, -1).map((r) => r[1])).toEqual(['7.01.01.2.01', '7.01.02.2.01']);
    });
  }

  it('tells the report what its top-level budget rows are: kegiatan here, program in a full DPA', () => {
    expect(computeFigures(check(messyKegiatanDpa()).workbook, 2023).tingkatAnggaran).toBe('kegiatan');
    expect(computeFigures(check(baseWorkbook()).workbook, 2023).tingkatAnggaran).toBe('program');
  });

  it('efficiency per sasaran from the kegiatan mapped to it: 102,94 − 90,00 = 12,94 and 100,71 − 90,00 = 10,71', () => {
    const doc = report(messyKegiatanDpa());
    const rows = [1, 2].flatMap((n) => table(doc, `Efisiensi Penggunaan Sumber Daya Sasaran ${n}`).rows);
    // Sasaran 1 ← kegiatan 7.01.02.2.01 (450.000 / 500.000 = 90,00 %); sasaran 2 ← 7.01.01.2.01 (900.000 / 1.000.000 = 90,00 %).
    expect(rows.map((r) => r.at(-1))).toEqual(['12,94', '10,71', '5,00']);
  });

  it('a sub kegiatan whose code is not under the kegiatan above it stays a code-hierarchy error, at Kode', () => {
    const wb = messy((w) => {
      sheet(w, 'DPA').values[3][0] = '7.01.02.2.01.0001';
      sheet(w, 'DPA').values[7][0] = '7.01.02.2.01.0009';
    });
    expect(findings(wb)).toEqual(['error code-hierarchy DPA!A4']);
  });

  it('a kegiatan missing its program among programmed rows is a warning at Kode, never at Pagu; its budget counts once', () => {
    const wb = messy((w) => {
      const dpa = sheet(w, 'DPA');
      // A kegiatan of another program typed above the first program, without its program row.
      dpa.values.splice(1, 0, [
        '7.01.03.2.01',
        'Kegiatan',
        'Koordinasi Trantibum',
        'Kegiatan',
        100000,
        4,
        'Kali',
        80000,
        4,
        '',
      ]);
    });
    expect(findings(wb)).toEqual(['warning missing-parent DPA!A2']);
    const t = table(report(wb), 'Realisasi Anggaran per Program Tahun 2023');
    // 100.000 + 1.000.000 + 500.000 = 1.600.000; 80.000 + 900.000 + 450.000 = 1.430.000; 89,375 → 89,38 %.
    expect(t.rows.at(-1)?.slice(-3)).toEqual(['1.600.000', '1.430.000', '89,38']);
  });
});

describe('the AKIP total', () => {
  for (const label of ['Nilai Akhir', 'Nilai Akhir AKIP', 'nilai akip', 'JUMLAH', 'Total', '  total   nilai ']) {
    it(`a total row labelled "${label}" is the typed total, never a component`, () => {
      const wb = messyAkipTotalLabel(label);
      expect(findings(wb)).toEqual([]);
      const doc = report(wb);
      const t = table(doc, 'Nilai Komponen Evaluasi AKIP');
      expect(t.rows.map((r) => r[1])).toEqual([
        'Perencanaan Kinerja',
        'Pengukuran Kinerja',
        'Pelaporan Kinerja',
        'Evaluasi Akuntabilitas Kinerja Internal',
        'Nilai Akhir',
      ]);
      expect(t.rows.at(-1)?.slice(-2)).toEqual(['63,00', '70,50']);
    });
  }

  it('a component sum above 100 is out-of-range (a total row under an unknown label counts twice)', () => {
    // "Skor Total" is no known label: 63 + 63 = 126 in 2022, 70,5 + 70,5 = 141 in 2023.
    const f = check(messyAkipTotalLabel('Skor Total')).findings.filter((x) => x.code === 'out-of-range');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([
      ['error', 'C6'],
      ['error', 'D6'],
    ]);
    expect(f[0].message).toContain('Jumlah nilai komponen 2022 adalah 126, di atas 100');
  });

  it('is the raw component sum rounded once: 20,004 + 15,004 + 15 + 20 = 70,008 → 70,01 BB, in the validator and the report', () => {
    const wb = messyAkipThirdDecimal();
    // The typed predikat BB agrees with 70,01 (> 70): no predikat-mismatch; the IKU realisasi 70,01 agrees too.
    expect(findings(wb)).toEqual([]);
    const doc = report(wb);
    expect(table(doc, 'Nilai Akhir dan Predikat AKIP').rows).toEqual([['2023', '70,01', 'BB', 'Sangat Baik']]);
    const typedB = messy((w) => {
      const akip = sheet(messyAkipThirdDecimal(), 'AKIP');
      sheet(w, 'AKIP').values = akip.values.map((r) => (r[0] === 'Predikat' ? ['Predikat', '', 'B'] : r));
      sheet(w, 'IKU').values[2][9] = 70.01;
    });
    expect(only(typedB, 'predikat-mismatch').message).toContain('seharusnya "BB" untuk nilai 70,01');
  });

  it('one unreadable AKIP cell is one finding, not a cascade of mismatches', () => {
    const wb = messy((w) => {
      sheet(w, 'AKIP').values[1][3] = 'dua dua';
    });
    expect(findings(wb)).toEqual(['error not-a-number AKIP!D2']);
  });
});

describe('findings that were missing', () => {
  it('a negative target is an error at the target cell', () => {
    const wb = messy((w) => {
      sheet(w, 'IKU').values[3][6] = -90;
    });
    expect(findings(wb)).toEqual(['error negative-value IKU!G4']);
  });

  it('a negative pagu and a negative realisasi are errors at their cells', () => {
    const wb = messy((w) => {
      const dpa = sheet(w, 'DPA');
      // Sub kegiatan 1: pagu −600.000, realisasi −550.000 (kegiatan and program sums follow).
      dpa.values[3][4] = -600000;
      dpa.values[3][7] = -550000;
      dpa.values[2][4] = -200000;
      dpa.values[2][7] = -200000;
      dpa.values[1][4] = -200000;
      dpa.values[1][7] = -200000;
    });
    const f = findings(wb).filter((x) => x.includes('negative-value'));
    expect(f).toEqual([
      'error negative-value DPA!E2',
      'error negative-value DPA!H2',
      'error negative-value DPA!E3',
      'error negative-value DPA!H3',
      'error negative-value DPA!E4',
      'error negative-value DPA!H4',
    ]);
  });

  it('a reporting-year IKU target of 0 is an error; a DPA target of 0 stays a warning', () => {
    const wb = messy((w) => {
      sheet(w, 'IKU').values[3][7] = 0;
      sheet(w, 'DPA').values[3][5] = 0;
    });
    expect(findings(wb)).toEqual(['error target-zero IKU!H4', 'warning target-zero DPA!F4']);
  });

  it('a Capaian cell showing #DIV/0! because its target is 0 names the target cell and the fix', () => {
    const wb = messy((w) => {
      const iku = sheet(w, 'IKU');
      iku.values[0].push('Capaian 2023');
      for (const r of iku.values.slice(1)) r.push('');
      iku.values[3][7] = 0;
      iku.values[3][10] = '#DIV/0!';
      iku.formulas = iku.values.map((r, i) =>
        r.map((_, c) => (i > 0 && c === 10 ? `=CAPAIAN(J${i + 1};H${i + 1})` : '')),
      );
      iku.values[1][10] = 102.94;
      iku.values[2][10] = 100.71;
    });
    const f = only(wb, 'target-zero');
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKU', cell: 'H4' });
    expect(f.message).toContain('sel Capaian 2023 (K4) menampilkan #DIV/0!');
    expect(f.message).toContain('Isi target yang benar');
    expect(findings(wb)).toEqual(['error target-zero IKU!H4']);
  });

  it('IKU without a single indicator: error "belum ada indikator"', () => {
    const wb = messy((w) => {
      sheet(w, 'IKU').values = [sheet(w, 'IKU').values[0]];
    });
    const f = only(wb, 'no-data');
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKU', cell: '' });
    expect(f.message).toContain('belum ada indikator');
  });

  it('DPA without a single row: error "belum ada anggaran"', () => {
    const wb = messy((w) => {
      sheet(w, 'DPA').values = [sheet(w, 'DPA').values[0]];
    });
    const f = only(wb, 'no-data');
    expect(f).toMatchObject({ severity: 'error', sheet: 'DPA', cell: '' });
    expect(f.message).toContain('belum ada anggaran');
  });

  it('an IKM unsur nobody answered is an error at its header; the report would have dropped the survey', () => {
    const wb = messy((w) => {
      for (const r of sheet(w, 'IKM').values.slice(1)) r[4] = '';
    });
    const f = only(wb, 'missing-value');
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKM', cell: 'E1' });
    expect(f.message).toContain('U3');
  });

  it('an IKM whose respondents answered nothing is an error at the first of them', () => {
    const wb = messy((w) => {
      for (const r of sheet(w, 'IKM').values.slice(1)) for (let c = 2; c < 11; c++) r[c] = '';
    });
    const f = only(wb, 'missing-value');
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKM', cell: 'C2' });
    expect(f.message).toContain('4 baris responden');
  });

  it('an optional IKM sheet left completely empty is one warning, not missing-column errors', () => {
    const wb = messy((w) => {
      sheet(w, 'IKM').values = [];
    });
    expect(findings(wb)).toEqual(['warning no-data IKM!']);
  });

  it('a DPA Sasaran that matches no IKU sasaran is a warning at that cell', () => {
    const wb = messy((w) => {
      sheet(w, 'DPA').values[5][9] = '7';
    });
    const f = only(wb, 'sasaran-unmatched');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'DPA', cell: 'J6' });
    expect(f.message).toContain('"7"');
  });
});

describe('one value per indicator-year on every fixture that generates', () => {
  const fixtures: [string, WorkbookJson][] = [
    ['base', baseWorkbook()],
    ['IKU copies', messyIkuCopies()],
    ['kegiatan-level DPA', messyKegiatanDpa()],
    ['kegiatan-level DPA, codes only', messyKegiatanDpaNoLevel()],
    ['AKIP total as JUMLAH', messyAkipTotalLabel('JUMLAH')],
    ['AKIP third decimal', messyAkipThirdDecimal()],
    [
      'IKU AKIP and IKM realisasi typed differently from their sheets',
      messy((w) => {
        sheet(w, 'IKU').values[1][9] = 86; // NIK from the survey: 87,50
        sheet(w, 'IKU').values[2][8] = 61; // AKIP 2022 component sum: 63,00
      }),
    ],
  ];
  for (const [name, wb] of fixtures) {
    it(name, () => {
      const { workbook, findings: f } = check(wb);
      expect(f.filter((x) => x.severity === 'error')).toEqual([]);
      const doc = buildReport(workbook, { generatedAt: GENERATED });
      const opts = {
        tahun: 2023,
        akipIndikator: akipIndikator(workbook)?.indikator,
        ikmIndikator: ikmIndikator(workbook)?.indikator,
      };
      expect(opts.akipIndikator).toBe('Nilai AKIP');
      expect(opts.ikmIndikator).toBe('Indeks Kepuasan Masyarakat');
      expect(indicatorYearConflicts(doc, opts)).toEqual([]);
    });
  }

  it('the IKU typed 86 / 61 are warnings, and the report prints the survey NIK 87,50 and the AKIP sum 63,00', () => {
    const wb = fixtures[6][1];
    expect(findings(wb)).toEqual(['warning ikm-mismatch IKU!J2', 'warning akip-mismatch IKU!I3']);
    const doc = report(wb);
    const t = table(doc, 'Capaian Indikator Kinerja Utama Tahun 2023');
    expect(t.rows[0][column(t, 'Realisasi')]).toBe('87,50');
    // 2022 AKIP: 63 / 65 = 96,92 % in the trend table, not 61 / 65 = 93,85 %.
    const trend = table(doc, 'Perbandingan Realisasi dan Capaian Sasaran 2');
    expect(trend.rows[0][0]).toBe('Nilai AKIP');
    const akip = trend.rows.find((r) => r[column(trend, 'Tahun')] === '2022') ?? [];
    expect([akip[column(trend, 'Realisasi')], akip[column(trend, 'Capaian (%)')]]).toEqual(['63,00', '96,92']);
  });
});
