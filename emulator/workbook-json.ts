/** Workbook JSON <-> fake spreadsheet (format: docs/layout.md#workbook-json). */
import { cellA1 } from './a1-notation.ts';
import { type CallCounter, createCallCounter } from './call-counter.ts';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from './sheet.ts';
import { DEFAULT_TIME_ZONE, FakeSpreadsheet } from './spreadsheet.ts';
import { zonedDate, zonedParts } from './zoned-time.ts';

type JsonCell = string | number | boolean;

export interface WorkbookSheetJson {
  name: string;
  values: JsonCell[][];
  formulas?: string[][];
  notes?: string[][];
  /** Each cell's number format (`0.00%`, `#,##0`), "" for none: what Range.getNumberFormats() reports. */
  numberFormats?: string[][];
}

export interface WorkbookJson {
  name: string;
  sheets: WorkbookSheetJson[];
}

export interface LoadOptions {
  counter?: CallCounter;
  timeZone?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function fail(message: string): never {
  throw new Error(message);
}

const NOT_WORKBOOK = 'Berkas bukan workbook LKjIP';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "2024-01-31" (or "2024-01-31T08:30:00") to the instant of that wall-clock time in the zone; null if not a real date. */
function parseJsonDate(text: string, timeZone: string): Date | null {
  const m = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return zonedDate(timeZone, year, month, day, Number(h), Number(mi), Number(s));
}

/** A Date as workbook JSON text: `YYYY-MM-DD` at midnight in the zone, else `YYYY-MM-DDTHH:mm:ss`. */
function formatDateText(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}`;
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return day;
  return `${day}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

function checkGrid(sheetName: string, key: string, grid: unknown, cell: (v: unknown, a1: string) => void): unknown[][] {
  if (!Array.isArray(grid)) fail(`Lembar "${sheetName}": "${key}" harus berupa daftar baris (array berisi array).`);
  grid.forEach((row, r) => {
    if (!Array.isArray(row)) fail(`Lembar "${sheetName}": "${key}" baris ${r + 1} bukan daftar sel (array).`);
    row.forEach((v, c) => {
      cell(v, cellA1(r + 1, c + 1));
    });
  });
  return grid as unknown[][];
}

/** Checks the JSON shape; throws an Error with a message in Bahasa Indonesia. */
export function parseWorkbookJson(json: unknown): WorkbookJson {
  if (!isRecord(json)) fail(`${NOT_WORKBOOK}: isinya bukan objek JSON.`);
  if (!('sheets' in json)) fail(`${NOT_WORKBOOK}: properti "sheets" tidak ada.`);
  if (!Array.isArray(json.sheets)) fail(`${NOT_WORKBOOK}: properti "sheets" harus berupa daftar (array) lembar.`);
  if ('name' in json && typeof json.name !== 'string') fail(`${NOT_WORKBOOK}: properti "name" harus berupa teks.`);
  const seen = new Set<string>();
  json.sheets.forEach((sheet: unknown, i: number) => {
    const label = `Lembar ke-${i + 1}`;
    if (!isRecord(sheet)) fail(`${NOT_WORKBOOK}: ${label} di "sheets" bukan objek.`);
    if (typeof sheet.name !== 'string' || sheet.name.trim() === '')
      fail(`${NOT_WORKBOOK}: ${label} tidak punya "name" (nama lembar) berupa teks.`);
    const name = sheet.name;
    if (seen.has(name.toLowerCase())) fail(`${NOT_WORKBOOK}: nama lembar "${name}" muncul lebih dari sekali.`);
    seen.add(name.toLowerCase());
    if (!('values' in sheet)) fail(`Lembar "${name}": properti "values" tidak ada.`);
    checkGrid(name, 'values', sheet.values, (v, a1) => {
      if (v === null) return;
      if (typeof v === 'number' && !Number.isFinite(v))
        fail(`Lembar "${name}" sel ${a1}: angka tidak sah (${String(v)}).`);
      if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') {
        fail(
          `Lembar "${name}" sel ${a1}: nilai bertipe ${Array.isArray(v) ? 'daftar' : typeof v} tidak didukung; gunakan angka, teks, atau true/false.`,
        );
      }
    });
    if (sheet.formulas !== undefined) {
      checkGrid(name, 'formulas', sheet.formulas, (v, a1) => {
        if (v === null || v === '') return;
        if (typeof v !== 'string' || !v.startsWith('=')) {
          fail(
            `Lembar "${name}" sel ${a1}: isi "formulas" harus teks yang diawali "=" atau "" (kosong), bukan ${JSON.stringify(v)}.`,
          );
        }
      });
    }
    if (sheet.notes !== undefined) {
      checkGrid(name, 'notes', sheet.notes, (v, a1) => {
        if (v !== null && typeof v !== 'string') fail(`Lembar "${name}" sel ${a1}: isi "notes" harus berupa teks.`);
      });
    }
    if (sheet.numberFormats !== undefined) {
      checkGrid(name, 'numberFormats', sheet.numberFormats, (v, a1) => {
        if (v !== null && typeof v !== 'string')
          fail(`Lembar "${name}" sel ${a1}: isi "numberFormats" harus berupa teks pola format (mis. "0.00%").`);
      });
    }
  });
  return json as unknown as WorkbookJson;
}

/** Builds the fake spreadsheet from workbook JSON (not counted as service calls). */
export function loadWorkbook(json: unknown, options: LoadOptions = {}): FakeSpreadsheet {
  const wb = parseWorkbookJson(json);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const ss = new FakeSpreadsheet(options.counter ?? createCallCounter(), {
    name: wb.name ?? 'Workbook tanpa nama',
    timeZone,
  });
  for (const sh of wb.sheets) {
    const grids = [sh.values, sh.formulas ?? [], sh.notes ?? [], sh.numberFormats ?? []];
    const rows = Math.max(...grids.map((g) => g.length));
    const cols = Math.max(0, ...grids.flatMap((g) => g.map((r) => r.length)));
    const sheet = ss.addSheet(sh.name, Math.max(DEFAULT_MAX_ROWS, rows), Math.max(DEFAULT_MAX_COLUMNS, cols));
    sh.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = sheet.writableCell(r + 1, c + 1);
        cell.value = typeof v === 'string' ? (parseJsonDate(v, timeZone) ?? v) : v;
      });
    });
    (sh.formulas ?? []).forEach((row, r) => {
      row.forEach((f, c) => {
        if (f) sheet.writableCell(r + 1, c + 1).formula = f;
      });
    });
    (sh.notes ?? []).forEach((row, r) => {
      row.forEach((n, c) => {
        if (n) sheet.writableCell(r + 1, c + 1).note = n;
      });
    });
    (sh.numberFormats ?? []).forEach((row, r) => {
      row.forEach((f, c) => {
        if (f) sheet.writableCell(r + 1, c + 1).format.numberFormat = f;
      });
    });
  }
  return ss;
}

/** Writes the spreadsheet back as workbook JSON (dates as text in the spreadsheet zone). */
export function saveWorkbook(spreadsheet: FakeSpreadsheet): WorkbookJson {
  const tz = spreadsheet.timeZone();
  const sheets = spreadsheet.fakeSheets().map((sheet) => {
    let rows = sheet.lastRow();
    let cols = sheet.lastColumn();
    const hasNotes = sheet.hasNotes();
    if (hasNotes) {
      for (let r = 1; r <= sheet.maxRows; r++) {
        for (let c = 1; c <= sheet.maxColumns; c++) {
          if (sheet.cellAt(r, c)?.note) {
            rows = Math.max(rows, r);
            cols = Math.max(cols, c);
          }
        }
      }
    }
    const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(r + 1, c + 1)));
    const out: WorkbookSheetJson = {
      name: sheet.sheetName(),
      values: grid((r, c) => {
        const v = sheet.cellAt(r, c)?.value ?? '';
        return v instanceof Date ? formatDateText(v, tz) : (v as JsonCell);
      }),
    };
    if (sheet.hasFormulas()) out.formulas = grid((r, c) => sheet.cellAt(r, c)?.formula ?? '');
    const formats = grid((r, c) => sheet.cellAt(r, c)?.format.numberFormat ?? '');
    if (formats.some((row) => row.some((f) => f !== ''))) out.numberFormats = formats;
    if (hasNotes) out.notes = grid((r, c) => sheet.cellAt(r, c)?.note ?? '');
    return out;
  });
  return { name: spreadsheet.spreadsheetName(), sheets };
}
