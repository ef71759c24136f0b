import { a1 } from './a1';
import { cellText, isEmptyRow, type SheetContext } from './cells';
import type { HeaderMap } from './headers';
import type { Narasi, RawSheet } from './model';
import { NARASI_PARTS, normalizeName } from './spec';

/** The part's key as the spec spells it: `kata  pengantar` → `Kata Pengantar`, `analisis 1` → `Analisis 1`. */
function narasiKey(typed: string): string {
  const n = normalizeName(typed);
  const known = NARASI_PARTS.find((p) => normalizeName(p) === n);
  if (known) return known;
  const m = /^analisis\s+(?:sasaran\s+)?(.+)$/.exec(n);
  if (m) return `Analisis ${m[1]}`;
  return typed.trim().replace(/\s+/g, ' ');
}

/** Narasi: `Bagian` / `Teks`; a blank text is as good as a missing part (the report writes a standard one). */
export function readNarasi(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Narasi {
  const out: Narasi = {};
  const bagian = map.columns['Bagian'];
  const teks = map.columns['Teks'];
  if (bagian === undefined || teks === undefined) return out;
  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const typed = cellText(row[bagian]);
    const text = cellText(row[teks], ctx.tzOffsetMinutes);
    if (!typed || !text) return;
    const key = narasiKey(typed);
    if (!(key in out)) out[key] = { text, cell: a1(i + 1, teks) };
  });
  return out;
}
