import type { CellValue } from '../numbers';
import { columnLetter } from '../layout/a1';
import { looksLikeSheet, normalizeSheetName, sheetSpec } from '../layout/spec';
import {
  AKIP_KOMPONEN,
  AKIP_NILAI_AKHIR,
  AKIP_PREDIKAT,
  FIRST_COLUMN_ROWS,
  FORMAT_BY_KIND,
  IKU_FORMULA_ROWS,
  SHEET_TEMPLATES,
  TEMPLATE_SHEETS,
  VALIDATION_BY_KIND,
  WIDTH_BY_KIND,
  YEAR_KIND,
  type SheetTemplate,
  type TemplateKind,
  type TemplateSheetId,
  type ValidationRule,
  type YearKey,
} from './template-sheets';
import { templateYears, type IkuRowHint, type ProfilHint, type TemplateYears } from './template-years';
import { SKALA_SHEET } from '../skm/skala-sheet';
import { planSkalaSheet } from './skala-template';

/**
 * "Buat Template" as data: which standard sheets to create and exactly what to write in them.
 * src/gas/template-api.ts only carries this out, with calls proportional to sheets and columns.
 *
 * Formulas are written in en-US syntax (English function names, `,` between arguments), because
 * Range.setFormula/setFormulas take a formula as the language-neutral text that Range.getFormula
 * returns, which Sheets then shows in the spreadsheet's locale (`=CAPAIAN(Q2;L2;F2)` in an
 * Indonesian spreadsheet). That is the canonical form other spreadsheet APIs document too (Kendo
 * Spreadsheet, rust_xlsxwriter, SheetJS); Google's Apps Script reference does not spell it out,
 * so it is the first thing to confirm in a real Indonesian-locale spreadsheet.
 */

export type ValidationPlan = ValidationRule & {
  /** A1 range; open-ended (`F2:F`) so rows the user adds are covered too. */
  range: string;
  /** `whole-between`: the custom formula for the range's top-left cell (relative references). */
  formula?: string;
};

interface NumberFormatPlan {
  range: string;
  format: string;
}

/** The standard sheets and the optional `Skala SKM`. */
type TemplateSheetName = TemplateSheetId | typeof SKALA_SHEET;

export interface SheetPlan {
  name: TemplateSheetName;
  /** Rows × columns; row 1 is the header. Formula cells hold "" here. */
  values: CellValue[][];
  /** Same shape as values; "" where a cell has no formula. */
  formulas: string[][];
  frozenRows: number;
  boldHeader: boolean;
  wrapHeader: boolean;
  /** Pixels, one per column. */
  columnWidths: number[];
  numberFormats: NumberFormatPlan[];
  validations: ValidationPlan[];
  /** One per column of the header row; "" where none. */
  headerNotes: string[];
}

export interface TemplatePlan {
  create: SheetPlan[];
  /** Standard sheets that already exist (by their standard name): never touched. */
  leftAlone: TemplateSheetName[];
  /**
   * Missing sheets a tab looks like (`Salinan IKU`, `Copy of IKU`: what Sheets names a tab copied
   * in from another spreadsheet; `IKU 2023`, `Data IKU`: spec.ts looksLikeSheet): not created,
   * since that tab is most likely the data itself, waiting to be renamed.
   */
  copies: { sheet: TemplateSheetName; copy: string }[];
  /** Answer texts written into a new `Skala SKM` (0 when it is not created). */
  skalaTexts: number;
  years: TemplateYears;
}

interface PlannedColumn {
  header: string;
  /** Canonical LAYOUT name, or the year group. */
  name: string;
  kind: TemplateKind;
  year?: number;
}

/** LAYOUT's columns in order, with the year columns inserted where the template puts them. */
function plannedColumns(tpl: SheetTemplate, years: number[]): PlannedColumn[] {
  const spec = sheetSpec(tpl.id);
  // Money columns carry their unit, as in the example workbook; the reader ignores a trailing `(Rp)`.
  const base: PlannedColumn[] = spec.columns.map((c) => ({
    header: c.kind === 'money' ? `${c.name} (Rp)` : c.name,
    name: c.name,
    kind: c.kind,
  }));
  // `Bobot YYYY` (AKIP per-year weights) is optional: the template writes the one `Bobot` column.
  const yearLabels = (spec.yearColumns ?? []).filter((l): l is YearKey => l !== 'Bobot');
  const yearColumns: PlannedColumn[] = yearLabels.flatMap((label: YearKey) =>
    years.map((year) => ({
      header: label === 'bare' ? String(year) : `${label} ${year}`,
      name: label,
      kind: YEAR_KIND[label],
      year,
    })),
  );
  let at = base.length;
  if (tpl.yearColumnsAfter !== undefined) {
    at = base.findIndex((c) => c.name === tpl.yearColumnsAfter) + 1;
    if (at === 0) throw new Error(`Template ${tpl.id}: no column ${tpl.yearColumnsAfter} in LAYOUT`);
  }
  return [...base.slice(0, at), ...yearColumns, ...base.slice(at)];
}

/** Finds a planned column's letter: formulas never hard-code a column. */
function letterOf(columns: PlannedColumn[], name: string, year?: number): string {
  const i = columns.findIndex((c) => c.name === name && c.year === year);
  if (i < 0) throw new Error(`Template: no column ${name}${year === undefined ? '' : ` ${year}`}`);
  return columnLetter(i);
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}

/** Merges neighbouring columns with the same setting into one open-ended range (`G2:O`). */
function columnRuns<T>(
  columns: PlannedColumn[],
  settingOf: (c: PlannedColumn) => T | undefined,
): { range: string; setting: T; first: number }[] {
  const runs: { range: string; setting: T; first: number }[] = [];
  let i = 0;
  while (i < columns.length) {
    const setting = settingOf(columns[i]);
    let j = i + 1;
    if (setting !== undefined) {
      const key = JSON.stringify(setting);
      while (j < columns.length && JSON.stringify(settingOf(columns[j])) === key) j++;
      runs.push({ range: `${columnLetter(i)}2:${columnLetter(j - 1)}`, setting, first: i });
    }
    i = j;
  }
  return runs;
}

/** `=AND(ISNUMBER(G2),G2=INT(G2),G2>=1,G2<=4)`: Apps Script has no "whole number between" criterion. */
function wholeBetweenFormula(cell: string, min: number, max: number): string {
  return `=AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${min},${cell}<=${max})`;
}

function planSheet(id: TemplateSheetId, years: number[], ikuRows: readonly IkuRowHint[]): SheetPlan {
  const tpl = SHEET_TEMPLATES[id];
  const columns = plannedColumns(tpl, years);
  const firstColumn = FIRST_COLUMN_ROWS[id] ?? [];
  const akip = id === 'AKIP';
  const renaksi = id === 'Renaksi';
  const dataRows =
    id === 'IKU' ? IKU_FORMULA_ROWS : akip ? AKIP_KOMPONEN.length + 2 : renaksi ? ikuRows.length : firstColumn.length;
  const values = grid<CellValue>(1 + dataRows, columns.length, '');
  const formulas = grid(1 + dataRows, columns.length, '');
  values[0] = columns.map((c) => c.header);
  firstColumn.forEach((text, i) => {
    values[i + 1][0] = text;
  });
  if (renaksi) {
    // One row per IKU indicator, linked by No and checked by name: the user fills the quarters.
    const no = columns.findIndex((c) => c.name === 'No');
    const nama = columns.findIndex((c) => c.name === 'Indikator Kinerja');
    ikuRows.forEach((r, i) => {
      values[i + 1][no] = r.no;
      values[i + 1][nama] = r.indikator;
    });
  }

  if (id === 'IKU') {
    const polaritas = letterOf(columns, 'Polaritas');
    for (const year of years) {
      const col = columns.findIndex((c) => c.name === 'Capaian' && c.year === year);
      const realisasi = letterOf(columns, 'Realisasi', year);
      const target = letterOf(columns, 'Target', year);
      // CAPAIAN(realisasi, target, polaritas): the argument order of the custom function (entry-points.ts).
      for (let r = 2; r <= 1 + dataRows; r++)
        formulas[r - 1][col] = `=CAPAIAN(${realisasi}${r},${target}${r},${polaritas}${r})`;
    }
  }

  if (akip) {
    const komponen = columns.findIndex((c) => c.name === 'Komponen');
    const bobot = columns.findIndex((c) => c.name === 'Bobot');
    AKIP_KOMPONEN.forEach((k, i) => {
      values[i + 1][komponen] = k.komponen;
      values[i + 1][bobot] = k.bobot;
    });
    const first = 2;
    const last = AKIP_KOMPONEN.length + 1;
    const totalRow = last + 1;
    const predikatRow = last + 2;
    values[totalRow - 1][komponen] = AKIP_NILAI_AKHIR;
    values[predikatRow - 1][komponen] = AKIP_PREDIKAT;
    const b = columnLetter(bobot);
    formulas[totalRow - 1][bobot] = `=SUM(${b}${first}:${b}${last})`;
    for (const year of years) {
      const col = columns.findIndex((c) => c.name === 'bare' && c.year === year);
      const y = columnLetter(col);
      // Blank until a component is scored: SUM of nothing is 0, which PREDIKAT_AKIP would call D.
      formulas[totalRow - 1][col] = `=IF(COUNT(${y}${first}:${y}${last})=0,"",SUM(${y}${first}:${y}${last}))`;
      formulas[predikatRow - 1][col] = `=PREDIKAT_AKIP(${y}${totalRow})`;
    }
  }

  const numberFormats: NumberFormatPlan[] = columnRuns(columns, (c) => FORMAT_BY_KIND[c.kind]).map((r) => ({
    range: r.range,
    format: r.setting,
  }));
  const valueColumn = columnLetter(1);
  for (const key of tpl.textKeys ?? []) {
    const row = firstColumn.indexOf(key);
    if (row < 0) throw new Error(`Template ${id}: no row ${key}`);
    numberFormats.push({ range: `${valueColumn}${row + 2}`, format: '@' });
  }

  const validations: ValidationPlan[] = columnRuns(
    columns,
    (c) => VALIDATION_BY_KIND[c.kind] ?? tpl.validations?.[c.name],
  ).map((r) =>
    r.setting.kind === 'whole-between'
      ? {
          ...r.setting,
          range: r.range,
          formula: wholeBetweenFormula(`${columnLetter(r.first)}2`, r.setting.min, r.setting.max),
        }
      : { ...r.setting, range: r.range },
  );

  const headerNotes = columns.map((c, i) => {
    const firstOfGroup = c.year === undefined || columns[i - 1]?.name !== c.name;
    return firstOfGroup ? (tpl.notes[c.name] ?? '') : '';
  });

  return {
    name: id,
    values,
    formulas,
    frozenRows: 1,
    boldHeader: true,
    wrapHeader: true,
    columnWidths: columns.map((c) => tpl.widths?.[c.name] ?? WIDTH_BY_KIND[c.kind]),
    numberFormats,
    validations,
    headerNotes,
  };
}

/**
 * The standard sheets (except Riwayat) that do not exist yet, fully described; an existing one,
 * matched by normalizeSheetName (`iku ` is IKU), is left alone whatever it holds, and so is a
 * missing one whose copy is there (`Salinan IKU`). `skalaTexts` is given when the spreadsheet has
 * a Google Forms response sheet: then a missing `Skala SKM` is planned too, with those texts (the
 * answers Impor Survei cannot read yet) in its Teks column.
 */
export function planTemplate(
  existingSheetNames: string[],
  profil?: ProfilHint,
  now: Date = new Date(),
  ikuRows: readonly IkuRowHint[] = [],
  skalaTexts?: readonly string[],
): TemplatePlan {
  const existing = new Set(existingSheetNames.map(normalizeSheetName));
  const exists = (id: string) => existing.has(normalizeSheetName(id));
  const years = templateYears(profil, now);
  const names: TemplateSheetName[] = [...TEMPLATE_SHEETS];
  if (skalaTexts !== undefined || exists(SKALA_SHEET)) names.push(SKALA_SHEET);
  const leftAlone = names.filter(exists);
  const missing = names.filter((id) => !exists(id));
  const copies = missing.flatMap((sheet) => {
    const copy = existingSheetNames.find((n) => looksLikeSheet(n, sheet));
    return copy === undefined ? [] : [{ sheet, copy }];
  });
  const create = missing
    .filter((id) => !copies.some((c) => c.sheet === id))
    .map((id) => (id === SKALA_SHEET ? planSkalaSheet(skalaTexts ?? []) : planSheet(id, years.years, ikuRows)));
  const skalaCreated = create.some((p) => p.name === SKALA_SHEET);
  return { create, leftAlone, copies, skalaTexts: skalaCreated ? (skalaTexts ?? []).length : 0, years };
}

/** A rectangle of formula cells to write with one setFormulas (1-based row and column). */
export interface FormulaBlock {
  row: number;
  column: number;
  formulas: string[][];
}

/**
 * The formula cells as few full rectangles: runs of formula cells per row, merged with the rows
 * below that have the same run. Never includes a non-formula cell (setFormulas would clear it).
 */
export function formulaBlocks(formulas: string[][]): FormulaBlock[] {
  const blocks: FormulaBlock[] = [];
  let open: { from: number; to: number; block: FormulaBlock }[] = [];
  formulas.forEach((line, r) => {
    const runs: { from: number; to: number }[] = [];
    for (let c = 0; c < line.length; c++) {
      if (line[c] === '') continue;
      const from = c;
      while (c + 1 < line.length && line[c + 1] !== '') c++;
      runs.push({ from, to: c });
    }
    open = runs.map(({ from, to }) => {
      const cells = line.slice(from, to + 1);
      const prev = open.find((o) => o.from === from && o.to === to && o.block.row + o.block.formulas.length === r + 1);
      if (prev) {
        prev.block.formulas.push(cells);
        return prev;
      }
      const block = { row: r + 1, column: from + 1, formulas: [cells] };
      blocks.push(block);
      return { from, to, block };
    });
  });
  return blocks;
}

/** Neighbouring columns of the same width, for setColumnWidths (1-based start). */
export function widthRuns(widths: number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

const YEARS_SOURCE: Record<TemplateYears['source'], string> = {
  'periode-renstra': 'dari Periode Renstra di Profil',
  tahun: 'dari Tahun di Profil dan 4 tahun sebelumnya',
  'tahun-berjalan': 'tahun berjalan dan 4 tahun sebelumnya',
};

/** The Indonesian summary shown in the sidebar. */
export function templateMessage(plan: TemplatePlan): string {
  const copies = plan.copies.map(
    (c) =>
      `Sheet ${c.sheet} tidak dibuat karena ada "${c.copy}": bila itu sheet ${c.sheet} yang disalin dari spreadsheet lama, ganti namanya menjadi "${c.sheet}" (klik dua kali nama tabnya), lalu klik Periksa data.`,
  );
  if (plan.create.length === 0)
    return [
      plan.copies.length === 0
        ? 'Semua sheet standar sudah ada; tidak ada yang diubah.'
        : 'Tidak ada sheet yang dibuat.',
      ...copies,
    ].join(' ');
  const parts = [`Dibuat: ${plan.create.map((s) => s.name).join(', ')}.`];
  if (plan.leftAlone.length > 0) parts.push(`Dibiarkan (sudah ada): ${plan.leftAlone.join(', ')}.`);
  parts.push(...copies);
  if (plan.skalaTexts > 0)
    parts.push(
      `Sheet Skala SKM berisi ${plan.skalaTexts} jawaban survei yang belum terbaca: isi kolom Nilai (1–4) di sampingnya, lalu impor survei lagi.`,
    );
  const renaksiRows = (plan.create.find((s) => s.name === 'Renaksi')?.values.length ?? 1) - 1;
  if (renaksiRows > 0) parts.push(`Renaksi berisi ${renaksiRows} indikator dari sheet IKU.`);
  if (plan.create.some((s) => s.name === 'IKU' || s.name === 'AKIP')) {
    const ys = plan.years.years;
    parts.push(`Kolom tahun ${ys[0]}–${ys[ys.length - 1]} (${YEARS_SOURCE[plan.years.source]}).`);
  }
  return parts.join(' ');
}
