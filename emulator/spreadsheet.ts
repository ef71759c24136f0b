/** Spreadsheet and SpreadsheetApp fakes. */
import type { CallCounter } from './call-counter.ts';
import { FakeDataValidationBuilder } from './data-validation.ts';
import type { FakeRange } from './range.ts';
import { FakeSheet, type SheetHost } from './sheet.ts';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface SpreadsheetOptions {
  name?: string;
  timeZone?: string;
}

export class FakeSpreadsheet
  implements
    Pick<
      GasSpreadsheet,
      | 'getName'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'getSpreadsheetTimeZone'
    >
{
  private readonly sheets: FakeSheet[] = [];
  private name: string;
  private tz: string;
  private nextSheetId = 0;
  private active: FakeSheet | null = null;
  private currentRange: FakeRange | null = null;
  private readonly host: SheetHost;

  constructor(
    readonly counter: CallCounter,
    options: SpreadsheetOptions = {},
  ) {
    this.name = options.name ?? 'Spreadsheet tanpa judul';
    this.tz = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.host = {
      counter,
      timeZone: () => this.tz,
      activate: (sheet, range) => {
        this.active = sheet;
        this.currentRange = range ?? null;
      },
      asGasSpreadsheet: () => this as unknown as GasSpreadsheet,
    };
  }

  // ---- emulator helpers (not counted) ----

  timeZone(): string {
    return this.tz;
  }

  spreadsheetName(): string {
    return this.name;
  }

  /** All sheets as fakes (for tests and saveWorkbook). */
  fakeSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  /** The fake sheet by exact name, or throws (for tests: format records, column widths...). */
  inspectSheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.sheetName() === name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  /** Adds a sheet without counting (used by loadWorkbook). */
  addSheet(name: string, maxRows?: number, maxColumns?: number): FakeSheet {
    if (this.sheets.some((s) => s.sheetName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(
      this.host,
      name,
      this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919,
      maxRows,
      maxColumns,
    );
    this.nextSheetId += 1;
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /** The active sheet as a fake (not counted). */
  activeFake(): FakeSheet {
    if (!this.active) this.active = this.addSheet('Sheet1');
    return this.active;
  }

  /** The active range as a fake (A1 of the active sheet when none was set; not counted). */
  activeRangeFake(): FakeRange {
    return this.currentRange ?? this.activeFake().makeRange(1, 1, 1, 1);
  }

  // ---- Apps Script API ----

  getName(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getName');
    return this.name;
  }

  getSheets(): GasSheet[] {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getSheets');
    return [...this.sheets] as unknown as GasSheet[];
  }

  getSheetByName(name: string): GasSheet | null {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getSheetByName');
    return (this.sheets.find((s) => s.sheetName() === name) ?? null) as unknown as GasSheet | null;
  }

  insertSheet(
    nameOrIndexOrOptions?: string | number | { template?: GasSheet },
    indexOrOptions?: number | { template?: GasSheet },
    options?: { template?: GasSheet },
  ): GasSheet {
    this.counter.hit('SpreadsheetApp.Spreadsheet.insertSheet');
    if (
      (typeof nameOrIndexOrOptions === 'object' && nameOrIndexOrOptions?.template) ||
      (typeof indexOrOptions === 'object' && indexOrOptions?.template) ||
      options?.template
    ) {
      throw new Error('insertSheet({template}) is not supported by the emulator');
    }
    let name: string;
    if (typeof nameOrIndexOrOptions === 'string') {
      name = nameOrIndexOrOptions;
    } else {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.sheetName() === `Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    const index =
      typeof nameOrIndexOrOptions === 'number'
        ? nameOrIndexOrOptions
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : null;
    const sheet = this.addSheet(name);
    if (index !== null) {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    }
    this.active = sheet;
    this.currentRange = null;
    return sheet as unknown as GasSheet;
  }

  getActiveSheet(): GasSheet {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getActiveSheet');
    return this.activeFake() as unknown as GasSheet;
  }

  getActiveRange(): GasRange | null {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getActiveRange');
    return this.activeRangeFake().asGas();
  }

  getSpreadsheetTimeZone(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone');
    return this.tz;
  }
}

export interface SpreadsheetAppDeps {
  counter: CallCounter;
  spreadsheet: FakeSpreadsheet;
  ui: GoogleAppsScript.Base.Ui;
}

export type FakeSpreadsheetApp = Pick<GasApp, 'getActiveSpreadsheet' | 'getUi' | 'newDataValidation'>;

export function createSpreadsheetApp(deps: SpreadsheetAppDeps): FakeSpreadsheetApp {
  const { counter, spreadsheet, ui } = deps;
  const ss = spreadsheet as unknown as GasSpreadsheet;
  return {
    getActiveSpreadsheet(): GasSpreadsheet {
      counter.hit('SpreadsheetApp.getActiveSpreadsheet');
      return ss;
    },
    getUi(): GoogleAppsScript.Base.Ui {
      counter.hit('SpreadsheetApp.getUi');
      return ui;
    },
    newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
      counter.hit('SpreadsheetApp.newDataValidation');
      return new FakeDataValidationBuilder(counter) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
    },
  };
}
