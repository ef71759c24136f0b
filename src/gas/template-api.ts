// "Buat Template": creates the standard sheets that are missing; never touches an existing one.
import type { CellValue } from '../core/numbers';
import { layoutSheetId } from '../core/layout/read-workbook';
import {
  formulaBlocks,
  planTemplate,
  templateMessage,
  widthRuns,
  type SheetPlan,
  type ValidationPlan,
} from '../core/template/plan-template';
import { ikuRowsHint, profilHint } from '../core/template/template-years';
import { isSkalaSheet } from '../core/skm/skala-sheet';
import { calendarDay, withCalendarDays } from './read-sheets';
import { unreadAnswerTexts } from './skm-api';

export interface TemplateResult {
  dibuat: string[];
  dibiarkan: string[];
  pesan: string;
}

const LOCK_WAIT_MS = 10000;

function buildRule(v: ValidationPlan): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  const withCriteria =
    v.kind === 'list' ? builder.requireValueInList(v.values, true) : builder.requireFormulaSatisfied(v.formula ?? '');
  return withCriteria.setAllowInvalid(v.allowInvalid).setHelpText(v.helpText).build();
}

/** One sheet, written in bulk: the number of calls depends on its columns, never on its rows. */
function writeSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: SheetPlan,
  index: number,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(plan.name, index);
  const rows = plan.values.length;
  const cols = plan.values[0].length;
  const maxColumns = sheet.getMaxColumns();
  if (cols > maxColumns) sheet.insertColumnsAfter(maxColumns, cols - maxColumns);
  sheet.getRange(1, 1, rows, cols).setValues(plan.values);
  for (const b of formulaBlocks(plan.formulas)) {
    sheet.getRange(b.row, b.column, b.formulas.length, b.formulas[0].length).setFormulas(b.formulas);
  }
  sheet.setFrozenRows(plan.frozenRows);
  const header = sheet.getRange(1, 1, 1, cols);
  if (plan.boldHeader) header.setFontWeight('bold');
  if (plan.wrapHeader) header.setWrap(true);
  if (plan.headerNotes.some((n) => n !== '')) header.setNotes([plan.headerNotes]);
  for (const w of widthRuns(plan.columnWidths)) sheet.setColumnWidths(w.start, w.count, w.width);
  for (const f of plan.numberFormats) sheet.getRange(f.range).setNumberFormat(f.format);
  for (const v of plan.validations) sheet.getRange(v.range).setDataValidation(buildRule(v));
  return sheet;
}

/**
 * The unread survey answers for a new Skala SKM; undefined without a Forms response sheet. When
 * reading the answers fails, the Skala SKM sheet is still made, empty.
 */
function prefillTexts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] | undefined {
  try {
    return unreadAnswerTexts(ss);
  } catch (e) {
    console.error(e);
    return [];
  }
}

export function buatTemplate(): TemplateResult {
  const lock = LockService.getDocumentLock();
  // Two clicks at once would both see a sheet missing and the second insertSheet would fail.
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Template sedang dibuat oleh proses lain. Tunggu sebentar, lalu coba lagi.');
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets();
    const names = sheets.map((s) => s.getName());
    const timeZone = ss.getSpreadsheetTimeZone();
    const profilIndex = names.findIndex((n) => layoutSheetId(n) === 'Profil');
    const profil =
      profilIndex >= 0
        ? profilHint(withCalendarDays(sheets[profilIndex].getDataRange().getValues() as CellValue[][], timeZone))
        : undefined;
    // A new Renaksi lists the IKU's indicators: one more getValues, only when Renaksi is created.
    const ikuIndex = names.findIndex((n) => layoutSheetId(n) === 'IKU');
    const ikuRows =
      ikuIndex >= 0 && !names.some((n) => layoutSheetId(n) === 'Renaksi')
        ? ikuRowsHint(sheets[ikuIndex].getDataRange().getValues() as CellValue[][])
        : [];
    // With a Forms response sheet, a new Skala SKM starts with the answers Impor Survei cannot
    // read yet, for the user to score.
    const skalaTexts = names.some(isSkalaSheet) ? undefined : prefillTexts(ss);
    const plan = planTemplate(names, profil, calendarDay(new Date(), timeZone), ikuRows, skalaTexts);
    // New sheets go after the existing ones, so no existing sheet moves.
    const created = plan.create.map((p, i) => writeSheet(ss, p, sheets.length + i));
    if (created.length > 0) created[0].activate();
    return {
      dibuat: plan.create.map((p) => p.name),
      dibiarkan: plan.leftAlone,
      pesan: templateMessage(plan),
    };
  } finally {
    lock.releaseLock();
  }
}
