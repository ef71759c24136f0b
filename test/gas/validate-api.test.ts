import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, saveWorkbook, type WorkbookJson } from '../../emulator/index';
import expected from '../expected-lima-puluh-pesisir.json';
import { exampleJson } from '../fixtures/example';

// The sidebar's checking calls through the built bundle (dist/, built by test/global-setup.ts).

const EXAMPLE = exampleJson();
const LAYOUT_SHEETS = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi'];

interface Finding {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

function run(workbook: WorkbookJson = EXAMPLE) {
  const em = createEmulator({ workbook: structuredClone(workbook) });
  const ctx = loadBundle(em);
  return {
    em,
    periksaData: () =>
      ctx.periksaData() as { findings: Finding[]; counts: { error: number; warning: number }; headerNotes: unknown[] },
    pilihSel: (sheet: string, cell: string) => ctx.pilihSel(sheet, cell) as undefined,
    tandaiDiSheet: () => ctx.tandaiDiSheet() as { ditandai: number },
    hapusTanda: () => ctx.hapusTanda() as { dihapus: number },
  };
}

const key = (f: { code: string; severity: string; sheet: string; cell: string }) =>
  `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('periksaData (bundle in the emulator)', () => {
  it('gives the findings of test/expected-lima-puluh-pesisir.json and their counts', () => {
    const { periksaData } = run();
    const r = periksaData();
    expect(r.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(r.counts).toEqual({ error: 0, warning: 13 });
    expect(r.headerNotes).toEqual([]);
    expect(r.findings.find((f) => f.cell === 'Q2')!.message).toBe(
      'Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).',
    );
  });

  it('reads each layout sheet with exactly one getValues, IKU formulas once, and no per-cell reads', () => {
    const { em, periksaData } = run();
    em.counter.reset();
    periksaData();
    const counts = em.counter.counts();
    expect(counts['SpreadsheetApp.Range.getValues']).toBe(LAYOUT_SHEETS.length);
    expect(counts['SpreadsheetApp.Range.getFormulas']).toBe(1);
    // Dates become calendar days in the sheet's zone at the adapter: one formatDate per distinct date
    // (the example holds 220 distinct survey dates in IKM Tanggal plus Profil Tanggal = 221), not per cell.
    const distinctDates = new Set(
      EXAMPLE.sheets.flatMap((s) =>
        s.values.flat().filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
      ),
    );
    expect(distinctDates.size).toBe(221);
    expect(counts['Utilities.formatDate']).toBe(distinctDates.size);
    for (const perCell of [
      'SpreadsheetApp.Range.getValue',
      'SpreadsheetApp.Range.getFormula',
      'SpreadsheetApp.Range.getDisplayValue',
      'SpreadsheetApp.Sheet.getRange',
    ]) {
      expect(counts[perCell] ?? 0, perCell).toBe(0);
    }
  });

  it('ignores a sheet that is not part of the layout (no read of Catatan)', () => {
    const wb = structuredClone(EXAMPLE);
    wb.sheets.push({ name: 'Catatan', values: [['apa saja']] });
    const { em, periksaData } = run(wb);
    em.counter.reset();
    expect(periksaData().findings).toHaveLength(13);
    expect(em.counter.counts()['SpreadsheetApp.Range.getValues']).toBe(LAYOUT_SHEETS.length);
  });

  it('reports a missing DPA sheet as an error', () => {
    const wb = structuredClone(EXAMPLE);
    wb.sheets = wb.sheets.filter((s) => s.name !== 'DPA');
    const r = run(wb).periksaData();
    expect(r.findings[0]).toMatchObject({ code: 'missing-sheet', severity: 'error', sheet: 'DPA', cell: '' });
    expect(r.counts.error).toBe(1);
  });
});

describe('pilihSel', () => {
  it("pilihSel('IKU','Q2') makes IKU!Q2 the active range", () => {
    const { em, pilihSel } = run();
    pilihSel('IKU', 'Q2');
    const active = em.spreadsheet.getActiveRange()!;
    expect(active.getSheet().getName()).toBe('IKU');
    expect(active.getA1Notation()).toBe('Q2');
  });

  it('an empty cell activates the sheet', () => {
    const { em, pilihSel } = run();
    pilihSel('AKIP', '');
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('AKIP');
  });

  it('a sheet that does not exist is said to be missing yet, with Buat Template as the fix (not "dihapus")', () => {
    const { pilihSel } = run();
    expect(() => pilihSel('Hilang', 'A1')).toThrow(
      'Sheet "Hilang" belum ada di spreadsheet ini. Buat dengan tombol Buat Template, lalu jalankan Periksa data lagi.',
    );
  });

  it("a cell past the last row or column gets an Indonesian message, not Apps Script's English one", () => {
    const { em, pilihSel } = run();
    const iku = em.spreadsheet.getSheetByName('IKU')!;
    // The example's IKU sheet has the default grid of 1000 rows and 26 columns (A–Z).
    expect(iku.getMaxRows()).toBe(1000);
    expect(iku.getMaxColumns()).toBe(26);
    expect(() => pilihSel('IKU', 'A1001')).toThrow(
      'Sel IKU!A1001 berada di luar sheet "IKU" (1000 baris × 26 kolom), mungkin baris atau kolomnya sudah dihapus. Jalankan Periksa data lagi.',
    );
    expect(() => pilihSel('IKU', 'AA1')).toThrow(/^Sel IKU!AA1 berada di luar sheet "IKU"/);
    pilihSel('IKU', 'Z1000');
    expect(em.spreadsheet.getActiveRange()!.getA1Notation()).toBe('Z1000');
  });
});

describe('tandaiDiSheet / hapusTanda', () => {
  it("puts [LKjIP] notes on the finding cells, keeps the user's note, and hapusTanda restores it exactly", () => {
    const { em, tandaiDiSheet, hapusTanda } = run();
    em.spreadsheet.getSheetByName('IKU')!.getRange('Q2').setNote('Angka dari laporan 2022');
    em.spreadsheet.getSheetByName('IKU')!.getRange('A1').setNote('Catatan pengguna');
    const before = saveWorkbook(em.spreadsheet);

    // 13 findings on 10 cells: Narasi!C19 carries the four Landasan Hukum findings in one note.
    expect(tandaiDiSheet()).toEqual({ ditandai: 10 });
    const iku = em.spreadsheet.getSheetByName('IKU')!;
    expect(iku.getRange('Q2').getNote()).toBe(
      'Angka dari laporan 2022\n[LKjIP] Peringatan: Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).',
    );
    expect(em.spreadsheet.getSheetByName('DPA')!.getRange('F21').getNote()).toMatch(
      /^\[LKjIP\] Peringatan: Target Kinerja/,
    );

    // Running again replaces the add-on's part instead of adding another.
    tandaiDiSheet();
    expect(
      iku
        .getRange('Q2')
        .getNote()
        .match(/\[LKjIP\]/g),
    ).toHaveLength(1);

    expect(hapusTanda()).toEqual({ dihapus: 10 });
    expect(iku.getRange('Q2').getNote()).toBe('Angka dari laporan 2022');
    expect(iku.getRange('A1').getNote()).toBe('Catatan pengguna');
    expect(em.spreadsheet.getSheetByName('AKIP')!.getRange('C7').getNote()).toBe('');
    // Values and formulas are untouched by marking and unmarking.
    const after = saveWorkbook(em.spreadsheet);
    expect(after.sheets.map((s) => [s.name, s.values, s.formulas])).toEqual(
      before.sheets.map((s) => [s.name, s.values, s.formulas]),
    );
  });

  it('writes notes in bulk: one getNotes and at most one setNotes per sheet, never setValues', () => {
    const { em, tandaiDiSheet } = run();
    em.counter.reset();
    tandaiDiSheet();
    const c = em.counter.counts();
    expect(c['SpreadsheetApp.Range.getNotes']).toBe(LAYOUT_SHEETS.length);
    expect(c['SpreadsheetApp.Range.setNotes']).toBe(4); // IKU, DPA, AKIP and Narasi have findings
    for (const k of [
      'SpreadsheetApp.Range.setNote',
      'SpreadsheetApp.Range.setValues',
      'SpreadsheetApp.Range.setValue',
      'SpreadsheetApp.Range.setFormulas',
    ]) {
      expect(c[k] ?? 0, k).toBe(0);
    }
  });
});
