import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadWorkbook, saveWorkbook } from './workbook-json.ts';

const example = JSON.parse(readFileSync(new URL('../examples/lima-puluh-pesisir-2023.json', import.meta.url), 'utf8'));

describe('numberFormats: Range.getNumberFormats as Apps Script documents it', () => {
  // Range.getNumberFormats(): a rows × columns array of each cell's number format pattern; a cell
  // never formatted reports the automatic format "0.###############" (what Apps Script returns for it).
  it('loads the optional grid, reports it per cell, and writes it back', () => {
    const em = createEmulator({
      workbook: {
        name: 'f',
        sheets: [
          {
            name: 'IKU',
            values: [
              ['Target 2023', 'Realisasi 2023'],
              [0.95, 0.9],
            ],
            numberFormats: [
              ['', ''],
              ['0.00%', ''],
            ],
          },
        ],
      },
    });
    const range = em.spreadsheet.getSheetByName('IKU')!.getDataRange();
    expect(range.getNumberFormats()).toEqual([
      ['0.###############', '0.###############'],
      ['0.00%', '0.###############'],
    ]);
    expect(em.counter.counts()['SpreadsheetApp.Range.getNumberFormats']).toBe(1);
    expect(saveWorkbook(em.spreadsheet).sheets[0].numberFormats).toEqual([
      ['', ''],
      ['0.00%', ''],
    ]);
  });

  it('a grid that is not rows of pattern text is refused with an Indonesian message', () => {
    expect(() => loadWorkbook({ name: 'f', sheets: [{ name: 'A', values: [[1]], numberFormats: [[12]] }] })).toThrow(
      'Lembar "A" sel A1: isi "numberFormats" harus berupa teks pola format',
    );
  });
});

describe('loadWorkbook / saveWorkbook', () => {
  it('turns ISO date strings into Dates at Jakarta midnight and back', () => {
    const ss = loadWorkbook({
      name: 'd',
      sheets: [
        {
          name: 'Profil',
          values: [
            ['Tanggal', '2024-01-31'],
            ['Bukan', '2023-02-30'],
          ],
        },
      ],
    });
    const v = ss.inspectSheet('Profil').cellAt(1, 2)!.value;
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe('2024-01-30T17:00:00.000Z');
    expect(ss.inspectSheet('Profil').cellAt(2, 2)!.value).toBe('2023-02-30'); // not a real date: stays text
    expect(saveWorkbook(ss).sheets[0].values).toEqual([
      ['Tanggal', '2024-01-31'],
      ['Bukan', '2023-02-30'],
    ]);
  });

  it('writes non-midnight dates as local date-times, formulas and notes only where present', () => {
    const em = createEmulator({
      workbook: {
        name: 'w',
        sheets: [
          { name: 'A', values: [['x', '']] },
          { name: 'B', values: [[1]] },
        ],
      },
    });
    const a = em.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A')!;
    a.getRange('B1').setValues([[new Date('2024-01-31T01:30:00Z')]]);
    a.getRange('C1').setFormulas([['=B1']]);
    a.getRange('A2').setNote('cek');
    const saved = saveWorkbook(em.spreadsheet);
    expect(saved.sheets[0]).toEqual({
      name: 'A',
      values: [
        ['x', '2024-01-31T08:30:00', ''],
        ['', '', ''],
      ],
      formulas: [
        ['', '', '=B1'],
        ['', '', ''],
      ],
      notes: [
        ['', '', ''],
        ['cek', '', ''],
      ],
    });
    expect(saved.sheets[1]).toEqual({ name: 'B', values: [[1]] });
    const again = saveWorkbook(loadWorkbook(saved));
    expect(again).toEqual(saved);
  });

  it('round-trips the example workbook unchanged', () => {
    const ss = loadWorkbook(example);
    expect(saveWorkbook(ss)).toEqual(example);
    const profil = ss.inspectSheet('Profil');
    const tanggal = profil.cellAt(11, 2)!.value as Date;
    expect(tanggal.toISOString()).toBe('2024-01-30T17:00:00.000Z');
  });

  it('example workbook through the emulator reads like Sheets', () => {
    const em = createEmulator({ workbook: example });
    const iku = em.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('IKU')!;
    const values = iku.getDataRange().getValues();
    expect(values).toEqual(example.sheets.find((s: { name: string }) => s.name === 'IKU').values);
  });

  it('rejects malformed JSON with messages in Bahasa Indonesia', () => {
    expect(() => loadWorkbook({ name: 'x' })).toThrow('Berkas bukan workbook LKjIP: properti "sheets" tidak ada.');
    expect(() => loadWorkbook([])).toThrow('Berkas bukan workbook LKjIP: isinya bukan objek JSON.');
    expect(() => loadWorkbook({ sheets: {} })).toThrow('properti "sheets" harus berupa daftar');
    expect(() => loadWorkbook({ sheets: [{ values: [] }] })).toThrow('Lembar ke-1 tidak punya "name"');
    expect(() =>
      loadWorkbook({
        sheets: [
          { name: 'A', values: [] },
          { name: 'a', values: [] },
        ],
      }),
    ).toThrow('nama lembar "a" muncul lebih dari sekali');
    expect(() => loadWorkbook({ sheets: [{ name: 'A' }] })).toThrow('Lembar "A": properti "values" tidak ada.');
    expect(() => loadWorkbook({ sheets: [{ name: 'A', values: [1] }] })).toThrow(
      'Lembar "A": "values" baris 1 bukan daftar sel',
    );
    expect(() => loadWorkbook({ sheets: [{ name: 'A', values: [['a', { x: 1 }]] }] })).toThrow(
      'Lembar "A" sel B1: nilai bertipe object tidak didukung',
    );
    expect(() => loadWorkbook({ sheets: [{ name: 'A', values: [[1]], formulas: [['SUM(A1)']] }] })).toThrow(
      'isi "formulas" harus teks yang diawali "="',
    );
  });
});
