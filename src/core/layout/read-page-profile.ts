/** The Profil keys that set up the Doc's pages (`Ukuran Kertas`, `Margin (cm)`, `Huruf`, `Logo (URL)`), as typed. */
import type { PageProfile } from '../docs/page-setup';
import { cellText } from './cells';
import type { RawWorkbook } from './model';
import { normalizeName, sheetSpec } from './spec';
import { findSheet } from './read-workbook';

const KEYS: Record<keyof PageProfile, string[]> = {
  ukuranKertas: ['Ukuran Kertas', 'Kertas'],
  margin: ['Margin (cm)', 'Margin'],
  huruf: ['Huruf', 'Font', 'Jenis Huruf'],
  logoUrl: ['Logo (URL)', 'Logo'],
};

function column(header: unknown[], name: string): number {
  const spec = sheetSpec('Profil').columns.find((c) => c.name === name);
  const names = [name, ...(spec?.synonyms ?? [])].map(normalizeName);
  return header.findIndex((h) => names.includes(normalizeName(h)));
}

export function readPageProfile(raw: RawWorkbook): PageProfile {
  const out: PageProfile = { ukuranKertas: '', margin: '', huruf: '', logoUrl: '' };
  const sheet = findSheet(raw, 'Profil');
  if (!sheet || sheet.values.length === 0) return out;
  const kunci = column(sheet.values[0], 'Kunci');
  const nilai = column(sheet.values[0], 'Nilai');
  if (kunci < 0 || nilai < 0) return out;
  const seen = new Set<string>();
  for (const row of sheet.values.slice(1)) {
    const key = normalizeName(row[kunci]);
    for (const [field, names] of Object.entries(KEYS) as [keyof PageProfile, string[]][]) {
      if (seen.has(field) || !names.map(normalizeName).includes(key)) continue;
      out[field] = cellText(row[nilai]);
      seen.add(field);
    }
  }
  return out;
}
