import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';

// Custom-formula validation and column insertion, as Buat Template (src/gas/template-api.ts) uses them.
function setup() {
  const em = createEmulator({
    workbook: {
      name: 'Uji',
      sheets: [
        {
          name: 'Data',
          values: [
            ['a', 'b', 'c'],
            [1, 2, 3],
          ],
        },
      ],
    },
  });
  const app = em.globals.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Data')!;
  return { em, app, sheet };
}

describe('DataValidationBuilder.requireFormulaSatisfied', () => {
  it('records a custom-formula rule with its formula text', () => {
    const { em, app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireFormulaSatisfied('=AND(ISNUMBER(G2),G2=INT(G2))')
      .setAllowInvalid(false)
      .build();
    sheet.getRange('G2:H').setDataValidation(rule);
    const fake = em.spreadsheet.inspectSheet('Data');
    expect(fake.formats.at(-1)).toMatchObject({ method: 'setDataValidation', range: 'G2:H1000' });
    expect(fake.cellAt(5, 8)?.format.dataValidation).toEqual({
      criteria: 'CUSTOM_FORMULA',
      values: ['=AND(ISNUMBER(G2),G2=INT(G2))'],
      showDropdown: true,
      allowInvalid: false,
      helpText: null,
    });
    expect(em.counter.counts()['SpreadsheetApp.DataValidationBuilder.requireFormulaSatisfied']).toBe(1);
  });

  it('rejects a formula that does not start with "="', () => {
    const { app } = setup();
    expect(() => app.newDataValidation().requireFormulaSatisfied('AND(TRUE)')).toThrow('Invalid argument');
  });
});

describe('Sheet.insertColumnsAfter', () => {
  it('grows the grid and moves the cells and widths to the right of the position', () => {
    const { em, sheet } = setup();
    sheet.setColumnWidths(3, 1, 77);
    expect(sheet.getMaxColumns()).toBe(26);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange(1, 1, 2, 5).getValues()).toEqual([
      ['a', '', '', 'b', 'c'],
      [1, '', '', 2, 3],
    ]);
    expect(em.spreadsheet.inspectSheet('Data').columnWidths.get(5)).toBe(77);
    expect(em.counter.counts()['SpreadsheetApp.Sheet.insertColumnsAfter']).toBe(1);
  });

  it('throws like Apps Script for a position outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('out of bounds');
  });
});

describe('Sheet.insertRowsAfter', () => {
  it('grows the grid so a range below the old last row is allowed, moving lower rows down', () => {
    const { em, sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1, 1, 3, 2).getValues()).toEqual([
      ['a', 'b'],
      ['', ''],
      [1, 2],
    ]);
    sheet.getRange(1001, 1).setValues([['x']]);
    expect(em.counter.counts()['SpreadsheetApp.Sheet.insertRowsAfter']).toBe(1);
  });

  it('throws like Apps Script for a position outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('out of bounds');
  });
});
