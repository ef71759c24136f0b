/** Spreadsheet and SpreadsheetApp fakes. */
import type { CallCounter } from './call-counter.ts';
import { parseA1 } from './a1-notation.ts';
import { FakeDataValidationBuilder } from './data-validation.ts';
import { FakeRange } from './range.ts';
import { FakeSheet, type SheetHost } from './sheet.ts';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

let nextSpreadsheetNumber = 1;

export interface SpreadsheetOptions {
  name?: string;
  id?: string;
  timeZone?: string;
}

export class FakeSpreadsheet
  implements
    Pick<
      GasSpreadsheet,
      | 'getName'
      | 'getId'
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getRange'
      | 'toast'
    >
{
  private readonly sheets: FakeSheet[] = [];
  private name: string;
  private readonly id: string;
  private tz: string;
  private nextSheetId = 0;
  private active: FakeSheet | null = null;
  private currentRange: FakeRange | null = null;
  /** Toasts shown, in order. */
  readonly toasts: Toast[] = [];
  private readonly host: SheetHost;

  constructor(
    readonly counter: CallCounter,
    options: SpreadsheetOptions = {},
  ) {
    this.name = options.name ?? 'Spreadsheet tanpa judul';
    this.id = options.id ?? `fake-spreadsheet-${String(nextSpreadsheetNumber++).padStart(4, '0')}`;
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

  private toFakeSheet(sheet: unknown): FakeSheet {
    if (!(sheet instanceof FakeSheet) || !this.sheets.includes(sheet)) throw new Error('Sheet not found');
    return sheet;
  }

  // ---- Apps Script API ----

  getName(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getName');
    return this.name;
  }

  getId(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getId');
    return this.id;
  }

  getUrl(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
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

  deleteSheet(sheet: GasSheet): void {
    this.counter.hit('SpreadsheetApp.Spreadsheet.deleteSheet');
    const fake = this.toFakeSheet(sheet);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(fake), 1);
    if (this.active === fake) {
      this.active = this.sheets[0];
      this.currentRange = null;
    }
  }

  getActiveSheet(): GasSheet {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getActiveSheet');
    return this.activeFake() as unknown as GasSheet;
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    this.counter.hit('SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.active = this.toFakeSheet(sheet);
    this.currentRange = null;
    return sheet;
  }

  getActiveRange(): GasRange | null {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getActiveRange');
    return this.activeRangeFake().asGas();
  }

  setActiveRange(range: GasRange): GasRange {
    this.counter.hit('SpreadsheetApp.Spreadsheet.setActiveRange');
    if (!(range instanceof FakeRange)) throw new Error('Range not found');
    this.active = this.toFakeSheet(range.sheet);
    this.currentRange = range;
    return range;
  }

  getSpreadsheetTimeZone(): string {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone');
    return this.tz;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.counter.hit('SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone');
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    this.tz = timezone;
  }

  getRange(a1Notation: string): GasRange {
    this.counter.hit('SpreadsheetApp.Spreadsheet.getRange');
    const g = parseA1(a1Notation);
    const sheet = g.sheetName === null ? this.activeFake() : this.sheets.find((s) => s.sheetName() === g.sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.rangeFromA1(a1Notation).asGas();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.counter.hit('SpreadsheetApp.Spreadsheet.toast');
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

export interface SpreadsheetAppDeps {
  counter: CallCounter;
  spreadsheet: FakeSpreadsheet;
  ui: GoogleAppsScript.Base.Ui;
}

export type FakeSpreadsheetApp = Pick<
  GasApp,
  'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'newDataValidation' | 'flush'
>;

export function createSpreadsheetApp(deps: SpreadsheetAppDeps): FakeSpreadsheetApp {
  const { counter, spreadsheet, ui } = deps;
  const ss = spreadsheet as unknown as GasSpreadsheet;
  return {
    getActiveSpreadsheet(): GasSpreadsheet {
      counter.hit('SpreadsheetApp.getActiveSpreadsheet');
      return ss;
    },
    getActive(): GasSpreadsheet {
      counter.hit('SpreadsheetApp.getActive');
      return ss;
    },
    getActiveSheet(): GasSheet {
      counter.hit('SpreadsheetApp.getActiveSheet');
      return spreadsheet.activeFake() as unknown as GasSheet;
    },
    getActiveRange(): GasRange {
      counter.hit('SpreadsheetApp.getActiveRange');
      return spreadsheet.activeRangeFake().asGas();
    },
    getUi(): GoogleAppsScript.Base.Ui {
      counter.hit('SpreadsheetApp.getUi');
      return ui;
    },
    newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
      counter.hit('SpreadsheetApp.newDataValidation');
      return new FakeDataValidationBuilder(counter) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
    },
    flush(): void {
      counter.hit('SpreadsheetApp.flush');
    },
  };
}
