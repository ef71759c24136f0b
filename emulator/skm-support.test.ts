import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';

// Emulator methods added for "Impor Survei" (src/gas/skm-api.ts).
function setup() {
  const em = createEmulator({
    workbook: { name: 'Uji', sheets: [{ name: 'Data', values: [['a'], [1], [2]] }] },
  });
  const sheet = em.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  if (!sheet) throw new Error('no sheet Data');
  return { em, sheet };
}

describe('Sheet.insertRowsAfter', () => {
  it('grows the grid and moves the rows below the position down', () => {
    const { em, sheet } = setup();
    const rows = sheet.getMaxRows();
    sheet.insertRowsAfter(2, 3);
    expect(sheet.getMaxRows()).toBe(rows + 3);
    expect(sheet.getRange(1, 1, 6, 1).getValues()).toEqual([['a'], [1], [''], [''], [''], [2]]);
    expect(em.counter.counts()['SpreadsheetApp.Sheet.insertRowsAfter']).toBe(1);
  });

  it('lets a range past the old last row be written after inserting rows at the end', () => {
    const { sheet } = setup();
    const rows = sheet.getMaxRows();
    expect(() => sheet.getRange(rows + 1, 1, 1, 1)).toThrow('outside the dimensions');
    sheet.insertRowsAfter(rows, 2);
    sheet.getRange(rows + 1, 1, 2, 1).setValues([['x'], ['y']]);
    expect(sheet.getRange(rows + 1, 1, 2, 1).getValues()).toEqual([['x'], ['y']]);
  });

  it('throws like Apps Script for a position outside the sheet or no rows', () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsAfter(sheet.getMaxRows() + 1, 1)).toThrow('out of bounds');
    expect(() => sheet.insertRowsAfter(1, 0)).toThrow('at least 1');
  });
});
