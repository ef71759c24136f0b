/** Range fake: values, formulas, notes, recorded formatting. */
import { rangeA1 } from './a1-notation.ts';
import { FakeDataValidation } from './data-validation.ts';
import type { CellFormat, FakeSheet } from './sheet.ts';
import { normalizeValue } from './sheet.ts';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** What Range.getNumberFormat(s) reports for a cell with the automatic (unset) format. */
const AUTOMATIC_FORMAT = '0.###############';

function sameDate(v: unknown): unknown {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

/**
 * A cell as getValues() hands it to the script: Apps Script builds every value anew from the
 * spreadsheet service's reply, so a string is the script's own, not shared with the sheet's store
 * (JSON.parse allocates a fresh copy; a slice of a long string would still point at the original).
 * The heap the script holds after a read is then the heap Apps Script would hold.
 */
function asRead(v: unknown): unknown {
  return typeof v === 'string' && v !== '' ? JSON.parse(JSON.stringify(v)) : sameDate(v);
}

export class FakeRange
  implements
    Pick<
      GasRange,
      | 'getValues'
      | 'setValues'
      | 'getFormulas'
      | 'setFormulas'
      | 'getA1Notation'
      | 'getSheet'
      | 'activate'
      | 'getNote'
      | 'getNotes'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'getNumberFormats'
      | 'setFontWeight'
      | 'setWrap'
      | 'setDataValidation'
    >
{
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  asGas(): GasRange {
    return this as unknown as GasRange;
  }

  private hit(method: string): void {
    this.sheet.counter.hit(`SpreadsheetApp.Range.${method}`);
  }

  /** rows × cols grid of a per-cell reading. */
  private read<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(fn(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }

  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw new Error(
        `The parameters (${Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private eachCell(fn: (row: number, column: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) fn(this.row + r, this.column + c, r, c);
    }
  }

  private recordFormat(method: string, value: unknown, apply: (f: CellFormat, r: number, c: number) => void): GasRange {
    this.sheet.formats.push({ method, range: this.a1(), value });
    this.eachCell((row, column, r, c) => apply(this.sheet.writableCell(row, column).format, r, c));
    return this.asGas();
  }

  a1(): string {
    return rangeA1(this.row, this.column, this.numRows, this.numColumns);
  }

  // ---- values ----

  getValues(): unknown[][] {
    this.hit('getValues');
    return this.read((r, c) => asRead(this.sheet.cellAt(r, c)?.value ?? ''));
  }

  setValues(values: unknown[][]): GasRange {
    this.hit('setValues');
    const data = this.checkShape(values, 'setValues');
    this.eachCell((row, column, r, c) => this.sheet.writeValue(row, column, data[r][c]));
    return this.asGas();
  }

  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.read((r, c) => this.sheet.cellAt(r, c)?.formula ?? '');
  }

  setFormulas(formulas: string[][]): GasRange {
    this.hit('setFormulas');
    const data = this.checkShape(formulas, 'setFormulas');
    this.eachCell((row, column, r, c) => this.writeFormula(row, column, data[r][c]));
    return this.asGas();
  }

  private writeFormula(row: number, column: number, formula: unknown): void {
    const text = formula === null || formula === undefined ? '' : String(formula);
    if (text === '' || !text.startsWith('=')) {
      // Sheets treats a non-formula string as a plain value.
      this.sheet.writeValue(row, column, normalizeValue(formula));
      return;
    }
    const cell = this.sheet.writableCell(row, column);
    cell.formula = text;
    cell.value = '';
  }

  // ---- geometry ----

  getA1Notation(): string {
    this.hit('getA1Notation');
    return this.a1();
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.hit('getSheet');
    return this.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  activate(): GasRange {
    this.hit('activate');
    this.sheet.activateRange(this);
    return this.asGas();
  }

  // ---- notes ----

  getNote(): string {
    this.hit('getNote');
    return this.sheet.cellAt(this.row, this.column)?.note ?? '';
  }

  getNotes(): string[][] {
    this.hit('getNotes');
    return this.read((r, c) => this.sheet.cellAt(r, c)?.note ?? '');
  }

  setNote(note: string | null): GasRange {
    this.hit('setNote');
    const text = note === null || note === undefined ? '' : String(note);
    this.eachCell((row, column) => {
      if (text === '' && !this.sheet.cellAt(row, column)) return;
      this.sheet.writableCell(row, column).note = text;
    });
    return this.asGas();
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    this.hit('setNotes');
    const data = this.checkShape(notes, 'setNotes');
    this.eachCell((row, column, r, c) => {
      const v = data[r][c];
      this.sheet.writableCell(row, column).note = v === null || v === undefined ? '' : String(v);
    });
    return this.asGas();
  }

  // ---- formatting (recorded, not rendered) ----

  /**
   * Each cell's number format pattern (`0.00%`); a cell never formatted reports Sheets' automatic
   * format `0.###############`, as Apps Script does.
   */
  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.read((r, c) => this.sheet.cellAt(r, c)?.format.numberFormat || AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.hit('setNumberFormat');
    return this.recordFormat('setNumberFormat', numberFormat, (f) => (f.numberFormat = numberFormat));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    this.hit('setFontWeight');
    return this.recordFormat('setFontWeight', fontWeight, (f) => (f.fontWeight = fontWeight));
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    this.hit('setWrap');
    return this.recordFormat('setWrap', isWrapEnabled, (f) => (f.wrap = isWrapEnabled));
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    this.hit('setDataValidation');
    const rec = rule === null ? null : FakeDataValidation.recordOf(rule);
    return this.recordFormat('setDataValidation', rec, (f) => (f.dataValidation = rec));
  }
}
