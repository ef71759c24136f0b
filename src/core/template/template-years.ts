import type { SheetContext } from '../layout/cells';
import { matchHeaders } from '../layout/headers';
import { foldHeaderRows } from '../layout/header-rows';
import { readIku } from '../layout/read-iku';
import { readProfil } from '../layout/read-profil';
import { sheetSpec } from '../layout/spec';
import type { CellValue } from '../numbers';
import { MAX_PERIODE_SPAN, parsePeriode, plausibleYear } from '../rules/periode';

export { parsePeriode } from '../rules/periode';

/** What "Buat Template" takes from an existing Profil sheet to choose the year columns. */
export interface ProfilHint {
  tahun?: number;
  periodeRenstra?: string;
}

export interface TemplateYears {
  years: number[];
  /** Where the years came from, for the message shown to the user. */
  source: 'periode-renstra' | 'tahun' | 'tahun-berjalan';
}

/** The years the template offers: a Renstra period is normally five years (Permendagri 86/2017). */
const DEFAULT_SPAN = 5;
const MAX_SPAN = MAX_PERIODE_SPAN;

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/**
 * Year columns for IKU (Target/Realisasi/Capaian YYYY) and AKIP: the Renstra period from Profil
 * (widened to reach the reporting year when it lies outside, e.g. a transition year), else the
 * reporting year and the four before, else the current year and the four before.
 */
export function templateYears(profil: ProfilHint | undefined, now: Date): TemplateYears {
  // `now` is the current date in the spreadsheet's zone as a UTC-midnight Date (src/gas/read-sheets.ts).
  const tahun = profil?.tahun !== undefined && plausibleYear(profil.tahun) ? profil.tahun : undefined;
  const periode = parsePeriode(profil?.periodeRenstra);
  if (periode) {
    const from = tahun !== undefined ? Math.min(periode[0], tahun) : periode[0];
    const to = tahun !== undefined ? Math.max(periode[1], tahun) : periode[1];
    if (to - from + 1 <= MAX_SPAN) return { years: range(from, to), source: 'periode-renstra' };
  }
  if (tahun !== undefined) return { years: range(tahun - DEFAULT_SPAN + 1, tahun), source: 'tahun' };
  const current = now.getUTCFullYear();
  return { years: range(current - DEFAULT_SPAN + 1, current), source: 'tahun-berjalan' };
}

/**
 * Tahun and Periode Renstra from a Profil sheet's getValues() (dates already converted by the
 * adapter), only as a hint for the year columns. Read by the one Profil reader (layout/read-profil.ts);
 * when the Kunci/Nilai headers are not found, columns A and B are tried. Anything unreadable is simply
 * not used (the validator reports it).
 */
export function profilHint(values: CellValue[][]): ProfilHint {
  const sheet = { name: 'Profil', values };
  const ctx: SheetContext = { sheet: 'Profil', findings: [] };
  const { map } = matchHeaders('Profil', values[0] ?? [], sheetSpec('Profil'));
  const columns = { Kunci: 0, Nilai: 1, ...map.columns };
  const profil = readProfil(ctx, sheet, { ...map, columns }, []);
  const hint: ProfilHint = {};
  if (plausibleYear(profil.tahun)) hint.tahun = profil.tahun;
  if (profil.periodeRenstra !== '') hint.periodeRenstra = profil.periodeRenstra;
  return hint;
}

/** An IKU indicator as the new Renaksi sheet lists it. */
export interface IkuRowHint {
  no: string;
  indikator: string;
}

/**
 * The indicators of an existing IKU sheet (getValues()), for the rows of a new Renaksi: read by the
 * one IKU reader, its findings dropped (the validator reports them).
 */
export function ikuRowsHint(values: CellValue[][]): IkuRowHint[] {
  const { sheet } = foldHeaderRows({ name: 'IKU', values });
  const { map } = matchHeaders('IKU', sheet.values[0] ?? [], sheetSpec('IKU'));
  const iku = readIku({ sheet: 'IKU', findings: [] }, sheet, map, 0);
  return iku.indikator.map((i) => ({ no: i.no, indikator: i.indikator }));
}
