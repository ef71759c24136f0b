import type { CellValue } from '../core/numbers';
import type { RawSheet, RawWorkbook } from '../core/layout/model';
import { layoutSheetId } from '../core/layout/read-workbook';

/** `+0700` → 420, `-0330` → -210. */
function offsetMinutes(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The layout sheets (Profil, IKU, DPA, IKM, AKIP, Narasi; names matched loosely) with ONE
 * getDataRange().getValues() each, plus getFormulas() on IKU for its Capaian formulas. The time
 * zone offset is read once, for the calendar date of date cells.
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
  const tzOffsetMinutes = offsetMinutes(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'Z'));
  return { name: ss.getName(), sheets, tzOffsetMinutes };
}
