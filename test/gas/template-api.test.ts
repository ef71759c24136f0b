import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, saveWorkbook, type WorkbookJson } from '../../emulator/index';
import { exampleJson } from '../fixtures/example';
import { sheet } from '../fixtures/messy-workbooks';

// "Buat Template" through the built bundle (dist/, built by test/global-setup.ts) in the emulator.

const EXAMPLE = exampleJson();
const STANDARD = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi', 'Renaksi', 'PK Pejabat'];

function exampleSheet(name: string) {
  return structuredClone(sheet(EXAMPLE, name));
}

function run(workbook?: WorkbookJson) {
  const em = createEmulator(workbook ? { workbook: structuredClone(workbook) } : {});
  const ctx = loadBundle(em);
  return { em, buat: () => ctx.buatTemplate() as { dibuat: string[]; dibiarkan: string[]; pesan: string } };
}

describe('buatTemplate (bundle in the emulator)', () => {
  describe('on an empty workbook', () => {
    const { em, buat } = run();
    const result = buat();

    it('creates the seven standard sheets after the existing Sheet1 and says so in Indonesian', () => {
      expect(result.dibuat).toEqual(STANDARD);
      expect(result.dibiarkan).toEqual([]);
      expect(result.pesan).toMatch(
        /^Dibuat: Profil, IKU, DPA, IKM, AKIP, Narasi, Renaksi, PK Pejabat\. Kolom tahun \d{4}–\d{4} \(tahun berjalan dan 4 tahun sebelumnya\)\.$/,
      );
      expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).toEqual(['Sheet1', ...STANDARD]);
    });

    it('every new sheet has a frozen, bold, wrapped header row with notes where they help', () => {
      for (const name of STANDARD) {
        const sheet = em.spreadsheet.inspectSheet(name);
        expect(sheet.getFrozenRows(), name).toBe(1);
        const cols = sheet.lastColumn();
        for (let c = 1; c <= cols; c++) {
          expect(sheet.cellAt(1, c)?.format.fontWeight, `${name} col ${c}`).toBe('bold');
          expect(sheet.cellAt(1, c)?.format.wrap).toBe(true);
        }
        expect(sheet.cellAt(1, 1)?.note, name).not.toBe('');
      }
    });

    it('IKU: =CAPAIAN(Q2,L2,F2) in Capaian of the last year, Polaritas dropdown, 0.00 on Capaian, widths set', () => {
      const iku = em.spreadsheet.inspectSheet('IKU');
      expect(iku.cellAt(1, 22)?.value).toMatch(/^Capaian \d{4}$/);
      expect(iku.cellAt(2, 22)?.formula).toBe('=CAPAIAN(Q2,L2,F2)');
      expect(iku.cellAt(31, 18)?.formula).toBe('=CAPAIAN(M31,H31,F31)');
      expect(iku.cellAt(5, 6)?.format.dataValidation).toEqual({
        criteria: 'VALUE_IN_LIST',
        values: ['Positif', 'Negatif'],
        showDropdown: true,
        allowInvalid: false,
        helpText: expect.stringContaining('Positif'),
      });
      expect(iku.cellAt(40, 18)?.format.numberFormat).toBe('0.00');
      expect(iku.columnWidths.get(1)).toBe(45);
      expect(iku.columnWidths.size).toBe(25);
    });

    it('IKM answers accept whole numbers 1–4 only; DPA rupiah as #,##0; Profil NIP cell as text', () => {
      const ikm = em.spreadsheet.inspectSheet('IKM');
      expect(ikm.formats).toContainEqual({
        method: 'setDataValidation',
        range: 'G2:O1000',
        value: expect.objectContaining({
          criteria: 'CUSTOM_FORMULA',
          values: ['=AND(ISNUMBER(G2),G2=INT(G2),G2>=1,G2<=4)'],
          allowInvalid: false,
        }),
      });
      const dpa = em.spreadsheet.inspectSheet('DPA');
      expect(dpa.cellAt(1, 5)?.value).toBe('Pagu (Rp)');
      expect(dpa.cellAt(10, 5)?.format.numberFormat).toBe('#,##0');
      expect(dpa.cellAt(10, 8)?.format.numberFormat).toBe('#,##0');
      const profil = em.spreadsheet.inspectSheet('Profil');
      expect(profil.cellAt(9, 1)?.value).toBe('NIP');
      expect(profil.cellAt(9, 2)?.format.numberFormat).toBe('@');
    });

    it('AKIP: components 30/30/15/25, Nilai Akhir by SUM, Predikat by PREDIKAT_AKIP', () => {
      const akip = em.spreadsheet.inspectSheet('AKIP');
      expect([2, 3, 4, 5].map((r) => akip.cellAt(r, 2)?.value)).toEqual([30, 30, 15, 25]);
      expect(akip.cellAt(6, 1)?.value).toBe('Nilai Akhir');
      expect(akip.cellAt(6, 2)?.formula).toBe('=SUM(B2:B5)');
      expect(akip.cellAt(6, 3)?.formula).toBe('=IF(COUNT(C2:C5)=0,"",SUM(C2:C5))');
      expect(akip.cellAt(7, 7)?.formula).toBe('=PREDIKAT_AKIP(G6)');
    });

    it('writes in bulk: one setValues per sheet, setFormulas per block, no cell-by-cell calls', () => {
      const n = em.counter.counts();
      expect(n['SpreadsheetApp.Range.setValues']).toBe(8);
      expect(n['SpreadsheetApp.Range.setFormulas']).toBe(3);
      expect(n['SpreadsheetApp.Range.setValue']).toBeUndefined();
      expect(n['SpreadsheetApp.Range.setFormula']).toBeUndefined();
      expect(n['SpreadsheetApp.Range.setNote']).toBeUndefined();
      expect(n['SpreadsheetApp.Range.getValue']).toBeUndefined();
      // Eight sheets take about 200 calls, a count of sheets and column runs; IKU alone writes 30
      // formula rows of 5 Capaian cells, so a per-row write would put this above 225. (Sheet1 is read
      // once too: a Forms response sheet would mean a Skala SKM to create.)
      expect(em.counter.total()).toBeLessThan(215);
    });
  });

  describe('on the example workbook (every sheet but Renaksi present)', () => {
    it('creates only Renaksi, listing the IKU indicators, and changes no cell, note or format of the others', () => {
      const pkPejabat = { name: 'PK Pejabat', values: [['Nama', 'Jabatan', 'Jabatan Atasan']] };
      const { em, buat } = run({ ...EXAMPLE, sheets: [...EXAMPLE.sheets, pkPejabat] });
      const before = JSON.stringify(saveWorkbook(em.spreadsheet).sheets);
      const result = buat();
      expect(result).toEqual({
        dibuat: ['Renaksi'],
        dibiarkan: STANDARD.filter((s) => s !== 'Renaksi'),
        pesan:
          'Dibuat: Renaksi. Dibiarkan (sudah ada): Profil, IKU, DPA, IKM, AKIP, Narasi, PK Pejabat. Renaksi berisi 2 indikator dari sheet IKU.',
      });
      const after = saveWorkbook(em.spreadsheet).sheets;
      expect(after.map((s) => s.name)).toEqual([...EXAMPLE.sheets.map((s) => s.name), 'PK Pejabat', 'Renaksi']);
      expect(JSON.stringify(after.slice(0, -1))).toBe(before);
      for (const s of em.spreadsheet.fakeSheets().slice(0, -1)) {
        expect(s.formats, s.sheetName()).toEqual([]);
        expect(s.columnWidths.size).toBe(0);
      }
      const renaksi = em.spreadsheet.inspectSheet('Renaksi');
      expect([2, 3].map((r) => [renaksi.cellAt(r, 1)?.value, renaksi.cellAt(r, 2)?.value])).toEqual([
        ['1', 'Indeks Kepuasan Masyarakat (IKM)'],
        ['2', 'Nilai AKIP'],
      ]);
      expect(renaksi.cellAt(3, 3)?.format.dataValidation).toMatchObject({
        criteria: 'VALUE_IN_LIST',
        values: ['Kumulatif', 'Nilai Akhir', 'Rata-rata'],
      });
      // Profil and IKU are read (one getValues each); the other sheets are not.
      expect(em.counter.counts()['SpreadsheetApp.Range.getValues']).toBe(2);
      // Periksa data on the result: Renaksi as Buat Template leaves it adds no finding.
      const findings = (loadBundle(em).periksaData(true) as { findings: { sheet: string }[] }).findings;
      expect(findings.filter((f) => f.sheet === 'Renaksi')).toEqual([]);
    });

    it('a second run creates nothing and changes nothing', () => {
      const { em, buat } = run(EXAMPLE);
      buat();
      const after1 = JSON.stringify(saveWorkbook(em.spreadsheet));
      expect(buat()).toEqual({
        dibuat: [],
        dibiarkan: STANDARD,
        pesan: 'Semua sheet standar sudah ada; tidak ada yang diubah.',
      });
      expect(JSON.stringify(saveWorkbook(em.spreadsheet))).toBe(after1);
    });
  });

  describe("on a workbook with only the user's IKU", () => {
    it('creates the other six and leaves IKU byte-identical, even spelled `iku `', () => {
      const iku = { ...exampleSheet('IKU'), name: 'iku ' };
      const { em, buat } = run({ name: 'Kecamatan', sheets: [iku] });
      const before = JSON.stringify(saveWorkbook(em.spreadsheet).sheets[0]);
      const result = buat();
      expect(result.dibuat).toEqual(['Profil', 'DPA', 'IKM', 'AKIP', 'Narasi', 'Renaksi', 'PK Pejabat']);
      expect(result.dibiarkan).toEqual(['IKU']);
      expect(result.pesan).toMatch(
        /^Dibuat: Profil, DPA, IKM, AKIP, Narasi, Renaksi, PK Pejabat\. Dibiarkan \(sudah ada\): IKU\. Renaksi berisi 2 indikator/,
      );
      expect(em.spreadsheet.inspectSheet('Renaksi').cellAt(3, 2)?.value).toBe('Nilai AKIP');
      const after = saveWorkbook(em.spreadsheet);
      expect(after.sheets[0].name).toBe('iku ');
      expect(JSON.stringify(after.sheets[0])).toBe(before);
      expect(em.spreadsheet.inspectSheet('iku ').formats).toEqual([]);
      expect(em.spreadsheet.inspectSheet('iku ').getFrozenRows()).toBe(0);
    });
  });

  describe('years from an existing Profil', () => {
    it('reads Tahun and Periode Renstra with one getValues and gives IKU/AKIP the Renstra years', () => {
      const { em, buat } = run({ name: 'Kecamatan', sheets: [exampleSheet('Profil')] });
      const result = buat();
      expect(result.pesan).toContain('Kolom tahun 2019–2023 (dari Periode Renstra di Profil).');
      const akip = em.spreadsheet.inspectSheet('AKIP');
      expect([3, 4, 5, 6, 7].map((c) => akip.cellAt(1, c)?.value)).toEqual(['2019', '2020', '2021', '2022', '2023']);
      expect(em.counter.counts()['SpreadsheetApp.Range.getValues']).toBe(1);
    });

    it('a sixth year (Tahun 2024 after Renstra 2019-2023) needs 28 IKU columns (with Standar Nasional): the sheet is widened first', () => {
      const profil = exampleSheet('Profil');
      profil.values = profil.values.map((r) => (r[0] === 'Tahun' ? ['Tahun', 2024] : r));
      const { em, buat } = run({ name: 'Kecamatan', sheets: [profil] });
      buat();
      const iku = em.spreadsheet.inspectSheet('IKU');
      expect(em.counter.counts()['SpreadsheetApp.Sheet.insertColumnsAfter']).toBe(1);
      expect(iku.getMaxColumns()).toBe(28);
      expect(iku.cellAt(1, 28)?.value).toBe('Standar Nasional');
      expect(iku.cellAt(1, 27)?.value).toBe('Solusi');
      expect(iku.cellAt(2, 25)?.formula).toBe('=CAPAIAN(S2,M2,F2)');
    });
  });

  describe('idempotence', () => {
    it('running twice: the second run creates nothing and changes nothing', () => {
      const { em, buat } = run();
      buat();
      const after1 = JSON.stringify(saveWorkbook(em.spreadsheet));
      const formats1 = em.spreadsheet.fakeSheets().map((s) => s.formats.length);
      const second = buat();
      expect(second.dibuat).toEqual([]);
      expect(second.dibiarkan).toEqual(STANDARD);
      expect(second.pesan).toBe('Semua sheet standar sudah ada; tidak ada yang diubah.');
      expect(JSON.stringify(saveWorkbook(em.spreadsheet))).toBe(after1);
      expect(em.spreadsheet.fakeSheets().map((s) => s.formats.length)).toEqual(formats1);
    });
  });

  describe('a second click while the first is running', () => {
    it('waits for the document lock and, if it stays held, stops with an Indonesian message and creates nothing', () => {
      const { em, buat } = run();
      const release = em.locks.hold('document');
      expect(() => buat()).toThrow('Template sedang dibuat oleh proses lain');
      release();
      expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).toEqual(['Sheet1']);
    });
  });
});

describe('buatTemplate and the survey: Skala SKM', () => {
  it('with a Forms response sheet: creates Skala SKM (Teks | Nilai) with the unread answers written in, Nilai for the user', async () => {
    const { formsWorkbook } = await import('../fixtures/skm-forms');
    const { em, buat } = run(formsWorkbook());
    const result = buat();
    expect(result.dibuat).toContain('Skala SKM');
    expect(result.pesan).toContain(
      'Sheet Skala SKM berisi 2 jawaban survei yang belum terbaca: isi kolom Nilai (1–4) di sampingnya, lalu impor survei lagi.',
    );
    const skala = saveWorkbook(em.spreadsheet).sheets.find((s) => s.name === 'Skala SKM');
    expect(skala?.values).toEqual([
      ['Teks', 'Nilai'],
      ['Lumayan', ''],
      ['Cukup puas', ''],
    ]);
    const inspected = em.spreadsheet.inspectSheet('Skala SKM');
    expect(inspected.getFrozenRows()).toBe(1);
    expect(inspected.cellAt(2, 2)?.format.dataValidation).toMatchObject({
      criteria: 'CUSTOM_FORMULA',
      allowInvalid: false,
    });

    // Scored by the user, the held-back responses are imported.
    const ctx = loadBundle(em);
    em.spreadsheet
      .inspectSheet('Skala SKM')
      .getRange('B2:B3')
      .setValues([[3], [3]]);
    const plan = ctx.bacaSurvei() as { counts: { tertunda: number; baru: number }; unread: unknown[] };
    expect(plan.unread).toEqual([]);
    expect(plan.counts.tertunda).toBe(0);
    expect(plan.counts.baru).toBe(7);
  });

  it('without a Forms response sheet: no Skala SKM (an office that types IKM needs none)', () => {
    const { buat } = run();
    expect(buat().dibuat).not.toContain('Skala SKM');
  });
});

describe('buatTemplate during an update: sheets copied in from the old spreadsheet', () => {
  it('"Salinan IKU" (Sheets\' name for a copied tab): IKU is not created next to it; the message says to rename it', () => {
    const iku = { ...exampleSheet('IKU'), name: 'Salinan IKU' };
    const copyOfDpa = { ...exampleSheet('DPA'), name: 'Copy of DPA' };
    const { em, buat } = run({ name: 'LKjIP (versi baru)', sheets: [iku, copyOfDpa] });
    const result = buat();
    expect(result.dibuat).toEqual(['Profil', 'IKM', 'AKIP', 'Narasi', 'Renaksi', 'PK Pejabat']);
    expect(result.pesan).toContain(
      'Sheet IKU tidak dibuat karena ada "Salinan IKU": bila itu sheet IKU yang disalin dari spreadsheet lama, ganti namanya menjadi "IKU" (klik dua kali nama tabnya), lalu klik Periksa data.',
    );
    expect(result.pesan).toContain('Sheet DPA tidak dibuat karena ada "Copy of DPA"');
    expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).not.toContain('IKU');
  });
});
