import { describe, expect, it } from 'vitest';
import { parseRangeA1 } from './a1-notation.ts';
import { createEmulator } from './index.ts';

function setup() {
  const em = createEmulator({
    workbook: {
      name: 'Uji',
      sheets: [
        {
          name: 'Data',
          values: [
            ['Nama', 'Nilai', ''],
            ['a', 1.5, ''],
            ['b', 1234567.891, ''],
            ['', '', ''],
            ['', '', ''],
          ],
        },
        { name: 'Lembar dua', values: [['x']] },
      ],
    },
  });
  const app = em.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { em, app, ss, sheet: ss.getSheetByName('Data')! };
}

describe('A1 notation', () => {
  it('parses single cells, ranges, long columns and sheet names', () => {
    expect(parseRangeA1('A1')).toMatchObject({ sheetName: null, row: 1, column: 1, numRows: 1, numColumns: 1 });
    expect(parseRangeA1('B2:D10')).toMatchObject({ row: 2, column: 2, numRows: 9, numColumns: 3 });
    expect(parseRangeA1('AA12')).toMatchObject({ row: 12, column: 27, numRows: 1, numColumns: 1 });
    expect(parseRangeA1("'Sheet name'!A1:B2")).toMatchObject({
      sheetName: 'Sheet name',
      row: 1,
      column: 1,
      numRows: 2,
      numColumns: 2,
    });
    expect(parseRangeA1("'It''s'!C3")).toMatchObject({ sheetName: "It's", row: 3, column: 3 });
    expect(parseRangeA1('$A$1:$B$3')).toMatchObject({ row: 1, column: 1, numRows: 3, numColumns: 2 });
    expect(parseRangeA1('A:C')).toMatchObject({ row: 1, column: 1, numRows: null, numColumns: 3 });
  });

  it('rejects malformed notation with "Range not found"', () => {
    for (const bad of ['', 'A0', '1A', 'A1:B2:C3', '!A1', 'ABCD1'])
      expect(() => parseRangeA1(bad)).toThrow('Range not found');
  });
});

describe('Range values', () => {
  it('getValues returns rows × columns with "" for empty cells', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['Nama', 'Nilai', '', ''],
      ['a', 1.5, '', ''],
    ]);
    expect(sheet.getRange(10, 5, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('getLastRow and getLastColumn ignore trailing empty rows and columns; getDataRange covers A1 to both', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('setValues with a wrong shape throws the Apps Script message', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('getRange(row, col) with row/col < 1 throws like Apps Script', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(undefined as unknown as number, 1)).toThrow("don't match the method signature");
  });

  it('keeps values typed; a range past the rows or columns of the sheet is refused, as in Apps Script', () => {
    const { sheet } = setup();
    const d = new Date('2024-01-30T17:00:00Z');
    sheet.getRange(999, 23, 1, 4).setValues([[1, 'teks', true, d]]);
    const back = sheet.getRange(999, 23, 1, 4).getValues()[0];
    expect(back).toEqual([1, 'teks', true, d]);
    expect(back[3]).toBeInstanceOf(Date);
    expect(back[3]).not.toBe(d);
    expect(sheet.getLastRow()).toBe(999);
    // A new sheet has 1000 rows × 26 columns (A–Z).
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1200, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange('AA1')).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
  });

  it('stores formulas without evaluating them', () => {
    const { sheet } = setup();
    sheet.getRange('C2').setFormulas([['=CAPAIAN(B2;100)']]);
    expect(sheet.getRange('C2').getValues()).toEqual([['']]);
    expect(sheet.getRange('B2:C2').getFormulas()).toEqual([['', '=CAPAIAN(B2;100)']]);
    sheet.getRange('D2').setValues([['=1+1']]);
    expect(sheet.getRange('D2').getFormulas()).toEqual([['=1+1']]);
    sheet.getRange('D2').setValues([[5]]);
    expect(sheet.getRange('D2').getFormulas()).toEqual([['']]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
  });

  it('setFormulas writes a block of formulas ("" leaves a cell without one) and checks the shape like setValues', () => {
    const { sheet } = setup();
    sheet.getRange('E2:F3').setFormulas([
      ['=CAPAIAN(B2,C2)', ''],
      ['=CAPAIAN(B3,C3)', '=SUM(E2:E3)'],
    ]);
    expect(sheet.getRange('E2:F3').getFormulas()).toEqual([
      ['=CAPAIAN(B2,C2)', ''],
      ['=CAPAIAN(B3,C3)', '=SUM(E2:E3)'],
    ]);
    expect(() => sheet.getRange('E2:F3').setFormulas([['=1']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('notes', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect(r.getNote()).toBe('');
    r.setNotes([['catatan', null]]);
    expect(r.getNotes()).toEqual([['catatan', '']]);
    sheet.getRange('A1').setNote('ganti');
    expect(sheet.getRange('A1').getNote()).toBe('ganti');
    sheet.getRange('A1').setNote('');
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  it('records formatting calls per sheet', () => {
    const { em, app, sheet } = setup();
    sheet.getRange('A1:B1').setFontWeight('bold').setNumberFormat('@').setWrap(true);
    const rule = app
      .newDataValidation()
      .requireValueInList(['Positif', 'Negatif'], true)
      .setAllowInvalid(false)
      .setHelpText('Pilih')
      .build();
    sheet.getRange('F2:F10').setDataValidation(rule);
    const fake = em.spreadsheet.inspectSheet('Data');
    expect(fake.formats.map((f) => [f.method, f.range])).toEqual([
      ['setFontWeight', 'A1:B1'],
      ['setNumberFormat', 'A1:B1'],
      ['setWrap', 'A1:B1'],
      ['setDataValidation', 'F2:F10'],
    ]);
    expect(fake.formats[3].value).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: ['Positif', 'Negatif'],
      showDropdown: true,
      allowInvalid: false,
      helpText: 'Pilih',
    });
    expect(fake.cellAt(1, 2)?.format.fontWeight).toBe('bold');
    expect(() => app.newDataValidation().build()).toThrow();
    const formula = app.newDataValidation().requireFormulaSatisfied('=G2>0').build();
    sheet.getRange('G2').setDataValidation(formula);
    expect(fake.cellAt(2, 7)?.format.dataValidation).toMatchObject({ criteria: 'CUSTOM_FORMULA', values: ['=G2>0'] });
    expect(() => app.newDataValidation().requireFormulaSatisfied('G2>0')).toThrow('Invalid argument: formula');
  });

  it('sheet helpers: frozen rows, column widths', () => {
    const { em, sheet } = setup();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => sheet.setFrozenRows(1001)).toThrow('Those rows are out of bounds.');
    sheet.setColumnWidths(3, 2, 90);
    expect([...em.spreadsheet.inspectSheet('Data').columnWidths]).toEqual([
      [3, 90],
      [4, 90],
    ]);
    expect(() => sheet.setColumnWidths(26, 2, 90)).toThrow('Those columns are out of bounds.');
    expect(sheet.getRange('A1').getSheet().getName()).toBe('Data');
  });
});

describe('Spreadsheet', () => {
  it('sheets by name, insertSheet, active sheet and range', () => {
    const { ss } = setup();
    expect(ss.getName()).toBe('Uji');
    expect(ss.getSheetByName('Tidak ada')).toBeNull();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(ss.getActiveSheet().getName()).toBe('Data');
    const riwayat = ss.insertSheet('Riwayat');
    expect(riwayat.getName()).toBe('Riwayat');
    expect(ss.getActiveSheet().getName()).toBe('Riwayat');
    expect(() => ss.insertSheet('Riwayat')).toThrow(
      'A sheet with the name "Riwayat" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Data', 'Lembar dua', 'Riwayat']);
    ss.getSheetByName('Lembar dua')!.activate();
    expect(ss.getActiveSheet().getName()).toBe('Lembar dua');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1');
    ss.getSheetByName('Data')!.getRange('B2').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2');
    expect(ss.getActiveSheet().getName()).toBe('Data');
  });
});
