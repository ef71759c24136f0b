import { isDate } from '../core/layout/cells';
import type { CellValue } from '../core/numbers';
import type { RawSheet, RawWorkbook } from '../core/layout/model';
import { layoutSheetId } from '../core/layout/read-workbook';

/**
 * The one place a date's time zone is decided: the calendar date an instant shows in the
 * spreadsheet's zone (Utilities.formatDate), as midnight UTC of that date. Core reads only the UTC
 * fields, so a date typed 01/08/2023 in a WIB sheet stays 01/08/2023 wherever the script runs.
 */
export function calendarDay(instant: Date, timeZone: string): Date {
  if (!Number.isFinite(instant.getTime())) return instant;
  const [y, m, d] = Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd').split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Every date cell of a getValues() grid as its calendar day (one formatDate per distinct instant). */
export function withCalendarDays(values: CellValue[][], timeZone: string): CellValue[][] {
  const seen = new Map<number, Date>();
  return values.map((row) =>
    row.some(isDate)
      ? row.map((v) => {
          if (!isDate(v)) return v;
          const t = v.getTime();
          let day = seen.get(t);
          if (!day) {
            day = calendarDay(v, timeZone);
            seen.set(t, day);
          }
          return day;
        })
      : row,
  );
}

/** Sheets whose figures may be percentages typed as `95%` (stored 0,95): their formats are read. */
const PERCENT_SHEETS = new Set(['IKU', 'DPA']);

/**
 * The layout sheets (Profil, IKU, DPA, IKM, AKIP, Narasi; names matched by case and spacing only)
 * with ONE getDataRange().getValues() each, plus getFormulas() on IKU for its Capaian formulas and
 * getNumberFormats() on IKU and DPA (a percent format tells 95% from 0,95: core decides).
 * Dates become calendar days in the spreadsheet's time zone here, once.
 */
export function readRawWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const sheets: RawSheet[] = [];
  const timeZone = ss.getSpreadsheetTimeZone();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const id = layoutSheetId(name);
    if (!id) continue;
    const range = sheet.getDataRange();
    const raw: RawSheet = { name, values: withCalendarDays(range.getValues() as CellValue[][], timeZone) };
    if (id === 'IKU') raw.formulas = range.getFormulas();
    if (PERCENT_SHEETS.has(id)) raw.numberFormats = range.getNumberFormats();
    sheets.push(raw);
  }
  return { name: ss.getName(), sheets };
}
