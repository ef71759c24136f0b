import { calendarDays, type ZoneProbe } from '../core/calendar-days';
import { isDate } from '../core/layout/cells';
import type { CellValue } from '../core/numbers';
import type { RawSheet, RawWorkbook } from '../core/layout/model';
import { layoutSheetId } from '../core/layout/read-workbook';

/** One Utilities.formatDate: the local day of instant t in the zone (midnight UTC) and the zone's offset there. */
function probeZone(t: number, timeZone: string): ZoneProbe {
  const text = Utilities.formatDate(new Date(t), timeZone, 'yyyy-MM-dd HH:mm:ss.SSS');
  const [y, mo, d, h, mi, s, ms] = text.split(/[- :.]/).map(Number);
  const day = Date.UTC(y, mo - 1, d);
  return { day, offset: day + ((h * 60 + mi) * 60 + s) * 1000 + ms - t };
}

/** The calendar day instant `instant` shows in the zone, as midnight UTC (one formatDate). */
export function calendarDay(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  return Number.isFinite(t) ? new Date(probeZone(t, timeZone).day) : instant;
}

/**
 * The one place a date's time zone is decided: every date cell of `grids` becomes, in place, the
 * calendar day it shows in the spreadsheet's zone, as midnight UTC of that date. Core reads only
 * the UTC fields, so a date typed 01/08/2023 in a WIB sheet stays 01/08/2023 wherever the script
 * runs. A few formatDate calls per calendar day, not one per date (core/calendar-days.ts): 50.000
 * Forms timestamps over a year cost about 370 calls. Cells of one day share one Date.
 */
export function withCalendarDays(grids: CellValue[][][], timeZone: string): void {
  const seen = new Set<number>();
  for (const grid of grids)
    for (const row of grid)
      for (const v of row) if (typeof v === 'object' && v !== null && isDate(v)) seen.add(v.getTime());
  for (const t of seen) if (!Number.isFinite(t)) seen.delete(t);
  if (seen.size === 0) return;
  const instants = [...seen].sort((a, b) => a - b);
  const days = calendarDays(instants, (t) => probeZone(t, timeZone));
  const dayDates = new Map<number, Date>();
  const byInstant = new Map<number, Date>();
  instants.forEach((t, k) => {
    let date = dayDates.get(days[k]);
    if (!date) {
      date = new Date(days[k]);
      dayDates.set(days[k], date);
    }
    byInstant.set(t, date);
  });
  for (const grid of grids)
    for (const row of grid)
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'object' && v !== null && isDate(v)) row[c] = byInstant.get(v.getTime()) ?? v;
      }
}

/**
 * The layout sheets (Profil, IKU, DPA, IKM, AKIP, Narasi; names matched by case and spacing only)
 * with ONE getDataRange().getValues() each, plus getFormulas() on IKU for its Capaian formulas.
 * Dates become calendar days in the spreadsheet's time zone here, once, for all sheets together.
 */
export function readRawWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const sheets: RawSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const id = layoutSheetId(name);
    if (!id) continue;
    const range = sheet.getDataRange();
    const raw: RawSheet = { name, values: range.getValues() as CellValue[][] };
    if (id === 'IKU') raw.formulas = range.getFormulas();
    sheets.push(raw);
  }
  withCalendarDays(
    sheets.map((s) => s.values),
    ss.getSpreadsheetTimeZone(),
  );
  return { name: ss.getName(), sheets };
}
