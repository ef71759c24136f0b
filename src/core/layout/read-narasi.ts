import { a1 } from './a1';
import { cellText, isEmptyRow, type SheetContext } from './cells';
import type { HeaderMap } from './headers';
import type { Narasi, RawSheet } from './model';
import { NARASI_PARTS, normalizeName } from './spec';

/** The part's name as the spec spells it: `kata  pengantar` → `Kata Pengantar`; unknown names tidied. */
function bagianName(typed: string): string {
  const n = normalizeName(typed);
  const known = NARASI_PARTS.find((p) => normalizeName(p) === n);
  return known ?? typed.trim().replace(/\s+/g, ' ');
}

/**
 * The part's key: Bagian as the spec spells it, then the Kunci when given. The old one-cell form
 * wrote the key whole in Bagian (`Analisis 1`, `analisis sasaran 1`): read alike.
 */
function narasiKey(typed: string, kunci = ''): string {
  const k = kunci.trim().replace(/\s+/g, ' ');
  const n = normalizeName(typed);
  const m = /^analisis\s+(?:sasaran\s+)?(.+)$/.exec(n);
  if (m && k === '') return `Analisis ${m[1]}`;
  const name = bagianName(typed);
  if (k === '') return name;
  // Gambar's Kunci names a part: spelled as the spec spells it.
  return `${name} ${normalizeName(name) === 'gambar' ? bagianName(k) : k}`;
}

/**
 * Narasi: `Bagian` | `Kunci` (optional) | `Teks`. Several rows of one part become several
 * paragraphs, in sheet order; a blank text is as good as a missing row (the report writes a
 * standard text where a part is missing). A `Gambar` row's text is one line: URL then caption.
 */
export function readNarasi(_ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Narasi {
  const out: Narasi = {};
  const bagian = map.columns.Bagian;
  const kunci = map.columns.Kunci;
  const teks = map.columns.Teks;
  if (bagian === undefined || teks === undefined) return out;
  let lastBagian = '';
  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    // A blank Bagian continues the part above (the merged-cell look).
    const typed = cellText(row[bagian]) || lastBagian;
    lastBagian = typed;
    let text = cellText(row[teks]).replace(/\r\n?/g, '\n');
    if (!typed || !text.trim()) return;
    const key = narasiKey(typed, kunci === undefined ? '' : cellText(row[kunci]));
    if (key.startsWith('Gambar ')) text = text.replace(/\s*\n\s*/g, ' ');
    const had = out[key];
    if (had) had.text = `${had.text}\n${text.trim()}`;
    else out[key] = { text: text.trim(), cell: a1(i + 1, teks) };
  });
  return out;
}
