import { a1 } from './a1';
import { cellText, isEmptyRow, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { Narasi, RawSheet } from './model';
import { NARASI_PARTS, NARASI_SYNONYMS, normalizeName } from './spec';

/** Parts whose Kunci is an IKU No or a part name, so `Faktor Pendukung 1` in Bagian is part + Kunci. */
const KEYED_PARTS = ['Analisis', 'Faktor Pendukung', 'Faktor Penghambat', 'Upaya', 'Gambar'];

/** Word-heading numbering and punctuation: `1.1 `, `A. `, `b) `, `IV. `, `BAB I `, a closing `:`. */
function headingText(typed: string): string {
  return normalizeName(typed)
    .replace(/^bab\s+[ivxl]+\s*[.:-]?\s*/, '')
    .replace(/^(?:(?:\d+\.)*\d+\.?|[a-z][.)]|[ivxl]+[.)])\s+/, '')
    .replace(/[\s:.;,-]+$/, '');
}

/** The part a heading names, as the spec spells it, through its synonyms; null when unknown. */
function knownPart(n: string): string | null {
  for (const p of NARASI_PARTS) if (normalizeName(p) === n) return p;
  for (const [p, synonyms] of Object.entries(NARASI_SYNONYMS)) {
    if (synonyms.some((x) => normalizeName(x) === n)) return p;
  }
  return null;
}

/**
 * The part's key: Bagian as the spec spells it, then the Kunci when given. The old one-cell form
 * wrote the key whole in Bagian (`Analisis 1`, `analisis sasaran 1`, `Faktor Pendukung 2`): read
 * alike. null when the Bagian names no known part.
 */
function narasiKey(typed: string, kunci = ''): string | null {
  const k = kunci.trim().replace(/\s+/g, ' ');
  const n = headingText(typed);
  let part = knownPart(n);
  let key = k;
  if (!part && k === '') {
    const m = /^analisis\s+(?:sasaran\s+)?(.+)$/.exec(n);
    if (m) return `Analisis ${m[1]}`;
    for (const p of KEYED_PARTS) {
      const prefix = `${normalizeName(p)} `;
      if (n.startsWith(prefix)) {
        part = p;
        key = n.slice(prefix.length);
        break;
      }
    }
  }
  if (!part) return null;
  if (key === '') return part;
  // Gambar's Kunci names a part: spelled as the spec spells it.
  return `${part} ${part === 'Gambar' ? (knownPart(headingText(key)) ?? key) : key}`;
}

/**
 * Narasi: `Bagian` | `Kunci` (optional) | `Teks`. Several rows of one part become several
 * paragraphs, in sheet order; a blank text is as good as a missing row (the report writes a
 * standard text where a part is missing). A `Gambar` row's text is one line: URL then caption.
 * Bagian typed like a Word heading (`KATA PENGANTAR :`, `1.1 Latar Belakang`, `Faktor Pendorong`)
 * is matched after its numbering and punctuation are dropped, through the spec's synonyms; a
 * Bagian naming no part is an unknown-part warning at its first cell, so the office's text never
 * disappears silently.
 */
export function readNarasi(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Narasi {
  const out: Narasi = {};
  const bagian = map.columns.Bagian;
  const kunci = map.columns.Kunci;
  const teks = map.columns.Teks;
  if (bagian === undefined || teks === undefined) return out;
  let lastBagian = '';
  let lastCell = '';
  const unknown = new Set<string>();
  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    // A blank Bagian continues the part above (the merged-cell look).
    const own = cellText(row[bagian]);
    const typed = own || lastBagian;
    if (own) lastCell = a1(i + 1, bagian);
    lastBagian = typed;
    let text = cellText(row[teks]).replace(/\r\n?/g, '\n');
    if (!typed || !text.trim()) return;
    const key = narasiKey(typed, kunci === undefined ? '' : cellText(row[kunci]));
    if (key === null) {
      const n = normalizeName(typed);
      if (!unknown.has(n)) {
        unknown.add(n);
        ctx.findings.push(
          finding(
            'unknown-part',
            ctx.sheet,
            lastCell,
            `Bagian "${typed}" tidak dikenal, sehingga teksnya tidak masuk laporan. Ganti dengan nama bagian yang dikenal: ${NARASI_PARTS.join(', ')}.`,
          ),
        );
      }
      return;
    }
    if (key.startsWith('Gambar ')) text = text.replace(/\s*\n\s*/g, ' ');
    const had = out[key];
    if (had) had.text = `${had.text}\n${text.trim()}`;
    else out[key] = { text: text.trim(), cell: a1(i + 1, teks) };
  });
  return out;
}
