import { calendarDays } from '../core/calendar-days';
import { isDate } from '../core/layout/cells';
import type { CellValue } from '../core/numbers';
import type { RawSheet, RawWorkbook } from '../core/layout/model';
import { columnsRead, HEAD_ROWS, mayReadByColumn, worthReadingByColumn } from '../core/layout/columns-read';
import { shareFormatRows } from '../core/layout/number-formats';
import { layoutSheetId } from '../core/layout/read-workbook';
import type { SheetId } from '../core/layout/spec';

/** One Utilities.formatDate: the zone's offset from UTC at instant t (ms), from its wall-clock time. */
function zoneOffset(t: number, timeZone: string): number {
  const text = Utilities.formatDate(new Date(t), timeZone, 'yyyy-MM-dd HH:mm:ss.SSS');
  const [y, mo, d, h, mi, s, ms] = text.split(/[- :.]/).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - t;
}

/** The calendar day instant `instant` shows in the zone, as midnight UTC (one formatDate). */
export function calendarDay(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  return Number.isFinite(t) ? new Date(calendarDays([t], (x) => zoneOffset(x, timeZone))[0]) : instant;
}

/**
 * The one place a date's time zone is decided: every date cell of `grids` becomes, in place, the
 * calendar day it shows in the spreadsheet's zone, as midnight UTC of that date. Core reads only
 * the UTC fields, so a date typed 01/08/2023 in a WIB sheet stays 01/08/2023 wherever the script
 * runs. About one formatDate call per three days of dates, not one per date
 * (core/calendar-days.ts): 50.000 Forms timestamps over a year cost about 130 calls. Cells of one
 * day share one Date.
 */
export function withCalendarDays(grids: CellValue[][][], timeZone: string): void {
  const isDateCell = (v: CellValue): v is Date => typeof v === 'object' && v !== null && isDate(v);
  // The distinct instants, sorted, in a typed array: no per-date Map or Set for 50.000 timestamps.
  let n = 0;
  for (const grid of grids) for (const row of grid) for (const v of row) if (isDateCell(v)) n++;
  if (n === 0) return;
  const all = new Float64Array(n);
  n = 0;
  for (const grid of grids) for (const row of grid) for (const v of row) if (isDateCell(v)) all[n++] = v.getTime();
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) {
    if (!Number.isFinite(all[i])) continue;
    if (distinct === 0 || all[i] !== all[distinct - 1]) all[distinct++] = all[i];
  }
  const instants = Array.from(all.subarray(0, distinct));
  const days = calendarDays(instants, (t) => zoneOffset(t, timeZone));
  // One Date per calendar day, shared by its cells (core only reads them).
  const dates: Date[] = [];
  days.forEach((day, k) => {
    dates[k] = k > 0 && days[k - 1] === day ? dates[k - 1] : new Date(day);
  });
  const indexOf = (t: number): number => {
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (instants[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return instants[lo] === t ? lo : -1;
  };
  for (const grid of grids)
    for (const row of grid)
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (!isDateCell(v)) continue;
        const k = indexOf(v.getTime());
        if (k >= 0) row[c] = dates[k];
      }
}

/**
 * A big IKM with columns no reader uses (core/layout/columns-read.ts) is read by column: the
 * header rows whole, then one getValues() per run of used columns below them. A skipped cell reads
 * as "", so every cell keeps its address. Null when one getDataRange().getValues() is as good.
 */
function readUsedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, id: SheetId, name: string): CellValue[][] | null {
  if (id !== 'IKM') return null;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (!mayReadByColumn(id, lastRow, lastColumn)) return null;
  const head = sheet.getRange(1, 1, HEAD_ROWS, lastColumn).getValues() as CellValue[][];
  const used = columnsRead(id, name, head);
  if (!used || !worthReadingByColumn(used, lastRow, lastColumn)) return null;
  const below = lastRow - HEAD_ROWS;
  const runs: { from: number; to: number }[] = [];
  for (const c of used) {
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c });
  }
  const width = runs[runs.length - 1].to + 1;
  const blocks = runs.map(
    ({ from, to }) => sheet.getRange(HEAD_ROWS + 1, from + 1, below, to - from + 1).getValues() as CellValue[][],
  );
  const rows: CellValue[][] = head;
  for (let r = 0; r < below; r++) {
    // One run from column A (the usual case: the extra columns come after the layout's): its rows as they are.
    if (runs.length === 1 && runs[0].from === 0) {
      rows.push(blocks[0][r]);
      continue;
    }
    const row: CellValue[] = new Array(width).fill('');
    runs.forEach(({ from }, k) => {
      const part = blocks[k][r];
      for (let i = 0; i < part.length; i++) row[from + i] = part[i];
    });
    rows.push(row);
  }
  return rows;
}

/** Sheets whose figures may be percentages typed as `95%` (stored 0,95): their formats are read. */
const PERCENT_SHEETS = new Set(['IKU', 'DPA']);

/**
 * The layout sheets (Profil, IKU, DPA, IKM, AKIP, Narasi; names matched by case and spacing only)
 * with ONE getDataRange().getValues() each (a big IKM with columns no reader uses: only the used
 * ones, readUsedColumns), plus getFormulas() on IKU for its Capaian formulas and
 * getNumberFormats() on IKU and DPA (a percent format tells 95% from 0,95: core decides). Dates
 * become calendar days in the spreadsheet's time zone here, once, for all sheets together.
 */
export function readRawWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const sheets: RawSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const id = layoutSheetId(name);
    if (!id) continue;
    const byColumn = readUsedColumns(sheet, id, name);
    if (byColumn) {
      sheets.push({ name, values: byColumn });
      continue;
    }
    const range = sheet.getDataRange();
    // Formats first, made small (rows alike shared) before the values are read beside them.
    const numberFormats = PERCENT_SHEETS.has(id) ? shareFormatRows(range.getNumberFormats()) : undefined;
    const raw: RawSheet = { name, values: range.getValues() as CellValue[][] };
    if (id === 'IKU') raw.formulas = range.getFormulas();
    if (numberFormats) raw.numberFormats = numberFormats;
    sheets.push(raw);
  }
  withCalendarDays(
    sheets.map((s) => s.values),
    ss.getSpreadsheetTimeZone(),
  );
  return { name: ss.getName(), sheets };
}
