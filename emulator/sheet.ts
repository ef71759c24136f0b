/** Sheet fake and its cell store. */
import type { CallCounter } from './call-counter.ts';
import { parseRangeA1 } from './a1-notation.ts';
import { FakeRange } from './range.ts';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string | null;
  wrap?: boolean;
  dataValidation?: unknown;
}

export interface Cell {
  /** Typed value: number, string, boolean, Date, or "" when empty. */
  value: unknown;
  /** Formula text starting with "=", or "". */
  formula: string;
  note: string;
  format: CellFormat;
}

/** One recorded formatting call, in call order (not rendered). */
export interface FormatRecord {
  method: string;
  range: string;
  value: unknown;
}

/** What the owning spreadsheet offers to its sheets. */
export interface SheetHost {
  readonly counter: CallCounter;
  timeZone(): string;
  activate(sheet: FakeSheet, range?: FakeRange): void;
  asGasSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

function isEmptyStoredCell(cell: Cell | undefined): boolean {
  return !cell || (cell.value === '' && cell.formula === '');
}

export function normalizeValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return String(value);
}

export class FakeSheet
  implements
    Pick<
      GasSheet,
      | 'getName'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setColumnWidths'
      | 'activate'
      | 'insertColumnsAfter'
      | 'insertRowsAfter'
    >
{
  /** rows[r-1][c-1]; sparse. */
  private rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows: number;
  maxColumns: number;
  private frozenRows = 0;
  /** Column widths set through setColumnWidth(s), by 1-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Every formatting call on this sheet, in order. */
  readonly formats: FormatRecord[] = [];

  constructor(
    private readonly host: SheetHost,
    private name: string,
    readonly sheetId: number,
    maxRows = DEFAULT_MAX_ROWS,
    maxColumns = DEFAULT_MAX_COLUMNS,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  get counter(): CallCounter {
    return this.host.counter;
  }

  timeZone(): string {
    return this.host.timeZone();
  }

  private asGas(): GasSheet {
    return this as unknown as GasSheet;
  }

  // ---- cell store (emulator internals, not counted) ----

  cellAt(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** Returns the cell, creating it (and growing the grid) when needed. */
  writableCell(row: number, column: number): Cell {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[column - 1];
    if (!cell) {
      cell = { value: '', formula: '', note: '', format: {} };
      r[column - 1] = cell;
    }
    return cell;
  }

  /** Sets a cell's content as Range.setValues does: "=..." strings become formulas. */
  writeValue(row: number, column: number, value: unknown): void {
    const cell = this.writableCell(row, column);
    const v = normalizeValue(value);
    if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
      cell.formula = v;
      cell.value = '';
    } else {
      cell.formula = '';
      cell.value = v;
    }
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((c) => !isEmptyStoredCell(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (!isEmptyStoredCell(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Any note on the sheet? (used by saveWorkbook) */
  hasNotes(): boolean {
    return this.rows.some((r) => r?.some((c) => c !== undefined && c.note !== ''));
  }

  hasFormulas(): boolean {
    return this.rows.some((r) => r?.some((c) => c !== undefined && c.formula !== ''));
  }

  makeRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  /** Same checks and messages as Sheet.getRange(row, column, numRows, numColumns). */
  checkedRange(row: unknown, column: unknown, numRows: unknown = 1, numColumns: unknown = 1): FakeRange {
    const args = [row, column, numRows, numColumns];
    if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) {
      const shown = args.map((a) =>
        a === undefined || a === null
          ? 'null'
          : typeof a === 'number'
            ? 'number'
            : typeof a === 'string'
              ? 'String'
              : 'Object',
      );
      throw new Error(
        `The parameters (${shown.join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    const [r, c, nr, nc] = (args as number[]).map((a) => Math.floor(a));
    if (r < 1) throw new Error('The starting row of the range is too small.');
    if (c < 1) throw new Error('The starting column of the range is too small.');
    if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this.inGrid(r, c, nr, nc);
  }

  /** Apps Script refuses a range past the sheet's rows/columns (insert rows or columns first). */
  inGrid(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.makeRange(row, column, numRows, numColumns);
  }

  rangeFromA1(notation: string): FakeRange {
    const g = parseRangeA1(notation);
    const numRows = g.numRows ?? Math.max(1, this.maxRows - g.row + 1);
    const numColumns = g.numColumns ?? Math.max(1, this.maxColumns - g.column + 1);
    return this.inGrid(g.row, g.column, numRows, numColumns);
  }

  // ---- Apps Script API ----

  getName(): string {
    this.counter.hit('SpreadsheetApp.Sheet.getName');
    return this.name;
  }

  /** Emulator-side name read (not counted). */
  sheetName(): string {
    return this.name;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.counter.hit('SpreadsheetApp.Sheet.getRange');
    if (typeof rowOrA1 === 'string' && column === undefined) {
      const g = parseRangeA1(rowOrA1);
      if (g.sheetName !== null && g.sheetName !== this.name) throw new Error('Range not found');
      return this.rangeFromA1(rowOrA1).asGas();
    }
    return this.checkedRange(rowOrA1, column, numRows ?? 1, numColumns ?? 1).asGas();
  }

  getDataRange(): GasRange {
    this.counter.hit('SpreadsheetApp.Sheet.getDataRange');
    return this.makeRange(1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn())).asGas();
  }

  getLastRow(): number {
    this.counter.hit('SpreadsheetApp.Sheet.getLastRow');
    return this.lastRow();
  }

  /** The last column with content (0 for an empty sheet), as Sheet.getLastColumn documents it. */
  getLastColumn(): number {
    this.counter.hit('SpreadsheetApp.Sheet.getLastColumn');
    return this.lastColumn();
  }

  getMaxRows(): number {
    this.counter.hit('SpreadsheetApp.Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.counter.hit('SpreadsheetApp.Sheet.getMaxColumns');
    return this.maxColumns;
  }

  setFrozenRows(rows: number): void {
    this.counter.hit('SpreadsheetApp.Sheet.setFrozenRows');
    if (rows < 0 || rows > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.counter.hit('SpreadsheetApp.Sheet.getFrozenRows');
    return this.frozenRows;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.counter.hit('SpreadsheetApp.Sheet.setColumnWidths');
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.asGas();
  }

  /** Inserts blank columns after `afterPosition`, moving the cells and widths to its right. */
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.counter.hit('SpreadsheetApp.Sheet.insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.maxColumns) throw new Error('Those columns are out of bounds.');
    if (howMany < 1) throw new Error('The number of columns to insert must be at least 1.');
    for (const row of this.rows) {
      if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...new Array<Cell | undefined>(howMany));
    }
    const moved = [...this.columnWidths].map(([c, w]) => [c > afterPosition ? c + howMany : c, w] as const);
    this.columnWidths.clear();
    for (const [c, w] of moved) this.columnWidths.set(c, w);
    this.maxColumns += howMany;
    return this.asGas();
  }

  /** Inserts blank rows after `afterPosition`, moving the rows below it down; the grid grows by howMany. */
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.counter.hit('SpreadsheetApp.Sheet.insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany < 1) throw new Error('The number of rows to insert must be at least 1.');
    if (this.rows.length > afterPosition)
      this.rows.splice(afterPosition, 0, ...new Array<Array<Cell | undefined> | undefined>(howMany));
    this.maxRows += howMany;
    return this.asGas();
  }

  activate(): GasSheet {
    this.counter.hit('SpreadsheetApp.Sheet.activate');
    this.host.activate(this);
    return this.asGas();
  }

  /** Host callback used by Range.activate (not counted). */
  activateRange(range: FakeRange): void {
    this.host.activate(this, range);
  }
}
