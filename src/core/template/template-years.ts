import type { CellValue } from '../numbers';
import { normalizeName, PROFIL_KEYS, sheetSpec } from '../layout/spec';

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
/** A longer "period" is a typing mistake, not a Renstra; it would also make the IKU sheet unwieldy. */
const MAX_SPAN = 10;

function plausibleYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2200;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** `2019-2023`, `2019 – 2023`, `2019 s.d. 2023`, `2019/2023` → [2019, 2023]; null when not a period. */
export function parsePeriode(text: string | undefined): [number, number] | null {
  const m = /^\s*(\d{4})\s*(?:-|–|—|\/|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(\d{4})\s*$/i.exec(text ?? '');
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (!plausibleYear(from) || !plausibleYear(to) || from > to || to - from + 1 > MAX_SPAN) return null;
  return [from, to];
}

/**
 * Year columns for IKU (Target/Realisasi/Capaian YYYY) and AKIP: the Renstra period from Profil
 * (widened to reach the reporting year when it lies outside, e.g. a transition year), else the
 * reporting year and the four before, else the current year and the four before.
 */
export function templateYears(profil: ProfilHint | undefined, now: Date): TemplateYears {
  const tahun = profil?.tahun !== undefined && plausibleYear(profil.tahun) ? profil.tahun : undefined;
  const periode = parsePeriode(profil?.periodeRenstra);
  if (periode) {
    const from = tahun !== undefined ? Math.min(periode[0], tahun) : periode[0];
    const to = tahun !== undefined ? Math.max(periode[1], tahun) : periode[1];
    if (to - from + 1 <= MAX_SPAN) return { years: range(from, to), source: 'periode-renstra' };
  }
  if (tahun !== undefined) return { years: range(tahun - DEFAULT_SPAN + 1, tahun), source: 'tahun' };
  const current = now.getFullYear();
  return { years: range(current - DEFAULT_SPAN + 1, current), source: 'tahun-berjalan' };
}

function keyMatches(typed: CellValue, key: string): boolean {
  const spec = PROFIL_KEYS.find((k) => k.key === key);
  const n = normalizeName(typed);
  return n !== '' && [key, ...(spec?.synonyms ?? [])].some((s) => normalizeName(s) === n);
}

function yearValue(v: CellValue): number | undefined {
  if (v instanceof Date) return v.getFullYear();
  if (typeof v === 'number') return plausibleYear(v) ? v : undefined;
  const m = /^\s*(\d{4})\s*$/.exec(String(v ?? ''));
  return m ? Number(m[1]) : undefined;
}

/**
 * Tahun and Periode Renstra from a Profil sheet's getValues(), only as a hint for the year
 * columns: the Kunci/Nilai columns are found by header (synonyms allowed), else A and B; anything
 * unreadable is simply not used (the validator reports it).
 */
export function profilHint(values: CellValue[][]): ProfilHint {
  const header = values[0] ?? [];
  const [kunciSpec, nilaiSpec] = sheetSpec('Profil').columns;
  const find = (names: string[], fallback: number) => {
    const i = header.findIndex((h) => names.some((n) => normalizeName(n) === normalizeName(h)));
    return i >= 0 ? i : fallback;
  };
  const kunci = find([kunciSpec.name, ...(kunciSpec.synonyms ?? [])], 0);
  const nilai = find([nilaiSpec.name, ...(nilaiSpec.synonyms ?? [])], 1);
  const hint: ProfilHint = {};
  for (const row of values.slice(1)) {
    const tahun = keyMatches(row[kunci], 'Tahun') ? yearValue(row[nilai]) : undefined;
    if (hint.tahun === undefined && tahun !== undefined) hint.tahun = tahun;
    if (hint.periodeRenstra === undefined && keyMatches(row[kunci], 'Periode Renstra')) {
      const v = row[nilai];
      if (v !== '' && v !== null && v !== undefined) hint.periodeRenstra = String(v);
    }
  }
  return hint;
}
