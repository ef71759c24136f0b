/** Range fake: values, formulas, notes, display values, recorded formatting. */
import { rangeA1 } from './a1-notation.ts';
import { FakeDataValidation } from './data-validation.ts';
import { displayValue } from './display-value.ts';
import type { CellFormat, FakeSheet } from './sheet.ts';
import { normalizeValue } from './sheet.ts';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Align = 'left' | 'center' | 'normal' | 'right' | null;

function sameDate(v: unknown): unknown {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

export class FakeRange
  implements
    Pick<
      GasRange,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'setValue'
      | 'getFormulas'
      | 'setFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getSheet'
      | 'activate'
      | 'getCell'
      | 'getNote'
      | 'getNotes'
      | 'setNote'
      | 'setNotes'
      | 'clearNote'
      | 'clearContent'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setHorizontalAlignment'
      | 'setWrap'
      | 'setDataValidation'
      | 'setDataValidations'
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

  getValues(): any[][] {
    this.hit('getValues');
    return this.read((r, c) => sameDate(this.sheet.cellAt(r, c)?.value ?? ''));
  }

  setValues(values: any[][]): GasRange {
    this.hit('setValues');
    const data = this.checkShape(values, 'setValues');
    this.eachCell((row, column, r, c) => this.sheet.writeValue(row, column, data[r][c]));
    return this.asGas();
  }

  getValue(): any {
    this.hit('getValue');
    return sameDate(this.sheet.cellAt(this.row, this.column)?.value ?? '');
  }

  setValue(value: any): GasRange {
    this.hit('setValue');
    this.eachCell((row, column) => this.sheet.writeValue(row, column, value));
    return this.asGas();
  }

  clearContent(): GasRange {
    this.hit('clearContent');
    this.eachCell((row, column) => {
      const cell = this.sheet.cellAt(row, column);
      if (cell) {
        cell.value = '';
        cell.formula = '';
      }
    });
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

  getFormula(): string {
    this.hit('getFormula');
    return this.sheet.cellAt(this.row, this.column)?.formula ?? '';
  }

  setFormula(formula: string): GasRange {
    this.hit('setFormula');
    this.eachCell((row, column) => this.writeFormula(row, column, formula));
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

  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    const tz = this.sheet.timeZone();
    return this.read((r, c) => {
      const cell = this.sheet.cellAt(r, c);
      return cell ? displayValue(cell.value, cell.format.numberFormat, tz) : '';
    });
  }

  getDisplayValue(): string {
    this.hit('getDisplayValue');
    const cell = this.sheet.cellAt(this.row, this.column);
    return cell ? displayValue(cell.value, cell.format.numberFormat, this.sheet.timeZone()) : '';
  }

  // ---- geometry ----

  getA1Notation(): string {
    this.hit('getA1Notation');
    return this.a1();
  }

  getRow(): number {
    this.hit('getRow');
    return this.row;
  }

  getColumn(): number {
    this.hit('getColumn');
    return this.column;
  }

  getLastRow(): number {
    this.hit('getLastRow');
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    this.hit('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.numColumns;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.hit('getSheet');
    return this.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  getCell(row: number, column: number): GasRange {
    this.hit('getCell');
    if (row < 1 || row > this.numRows || column < 1 || column > this.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return new FakeRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1).asGas();
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

  clearNote(): GasRange {
    this.hit('clearNote');
    this.eachCell((row, column) => {
      const cell = this.sheet.cellAt(row, column);
      if (cell) cell.note = '';
    });
    return this.asGas();
  }

  // ---- formatting (recorded, not rendered) ----

  getNumberFormat(): string {
    this.hit('getNumberFormat');
    return this.sheet.cellAt(this.row, this.column)?.format.numberFormat ?? 'General';
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.hit('setNumberFormat');
    return this.recordFormat('setNumberFormat', numberFormat, (f) => (f.numberFormat = numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.hit('setNumberFormats');
    const data = this.checkShape(numberFormats, 'setNumberFormats') as string[][];
    return this.recordFormat('setNumberFormats', data, (f, r, c) => (f.numberFormat = data[r][c]));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    this.hit('setFontWeight');
    return this.recordFormat('setFontWeight', fontWeight, (f) => (f.fontWeight = fontWeight));
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    this.hit('setFontWeights');
    const data = this.checkShape(fontWeights, 'setFontWeights') as string[][];
    return this.recordFormat('setFontWeights', data, (f, r, c) => (f.fontWeight = data[r][c]));
  }

  setBackground(color: string | null): GasRange {
    this.hit('setBackground');
    return this.recordFormat('setBackground', color, (f) => (f.background = color));
  }

  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    this.hit('setBackgrounds');
    const data = this.checkShape(color, 'setBackgrounds') as string[][];
    return this.recordFormat('setBackgrounds', data, (f, r, c) => (f.background = data[r][c]));
  }

  setHorizontalAlignment(alignment: Align): GasRange {
    this.hit('setHorizontalAlignment');
    return this.recordFormat('setHorizontalAlignment', alignment, (f) => (f.horizontalAlignment = alignment));
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

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    this.hit('setDataValidations');
    const data = this.checkShape(rules, 'setDataValidations') as Array<
      Array<GoogleAppsScript.Spreadsheet.DataValidation | null>
    >;
    const recs = data.map((line) => line.map((r) => (r === null ? null : FakeDataValidation.recordOf(r))));
    return this.recordFormat('setDataValidations', recs, (f, r, c) => (f.dataValidation = recs[r][c]));
  }
}
