/**
 * What Google Docs would refuse or drop, found at its cell before the report is written: an image
 * URL Google cannot fetch (docs/image-url.ts) and characters the Docs API strips (docs/doc-text.ts,
 * e.g. Word "Symbol" bullets pasted into Narasi). Both are warnings: the report is written, the
 * image left out and the characters replaced, and the message says how to mend the cell.
 */
import { hasSymbolBullet, strippedCharacters } from '../docs/doc-text';
import { imageUrlProblem } from '../docs/image-url';
import { a1 } from '../layout/a1';
import { finding } from '../layout/findings';
import { matchHeaders } from '../layout/headers';
import type { Finding, RawWorkbook, Workbook } from '../layout/model';
import { findSheet, LAYOUT_SHEETS } from '../layout/read-workbook';
import { normalizeName, sheetSpec } from '../layout/spec';

function imageFinding(sheet: string, cell: string, url: string): Finding | null {
  const problem = imageUrlProblem(url);
  return problem ? finding('bad-image-url', sheet, cell, `Gambar ini tidak dapat dimuat di laporan. ${problem}`) : null;
}

/** `Logo (URL)` in Profil and each `Gambar` row of Narasi (its Teks: the URL, then the caption). */
function imageUrls(raw: RawWorkbook, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const logo = wb.profil?.halaman.logoUrl.trim() ?? '';
  if (wb.profil && logo !== '') {
    const f = imageFinding(wb.sheetNames['Profil'], wb.profil.cells['Logo (URL)'] ?? '', logo);
    if (f) out.push(f);
  }
  const narasi = findSheet(raw, 'Narasi');
  if (!narasi) return out;
  const columns = matchHeaders(narasi.name, narasi.values[0] ?? [], sheetSpec('Narasi')).map.columns;
  const bagian = columns.Bagian;
  const teks = columns.Teks;
  if (bagian === undefined || teks === undefined) return out;
  let part = '';
  narasi.values.forEach((row, i) => {
    if (i === 0) return;
    part = String(row[bagian] ?? '').trim() || part;
    const text = String(row[teks] ?? '').trim();
    if (normalizeName(part) !== 'gambar' || text === '') return;
    for (const line of text.split(/\r?\n/)) {
      const url = line.trim().split(/\s+/)[0] ?? '';
      const f = url ? imageFinding(narasi.name, a1(i + 1, teks), url) : null;
      if (f) out.push(f);
    }
  });
  return out;
}

function strippedMessage(chars: string[], bullets: boolean): string {
  const symbol = chars.filter((c) => /^U\+F0[0-9A-F]{2}$/.test(c));
  const other = chars.filter((c) => !symbol.includes(c));
  const said: string[] = [];
  if (bullets && symbol.length > 0)
    said.push(`${symbol.join(', ')} (butir dari huruf Symbol/Wingdings Word) ditulis sebagai "•"`);
  if (other.length > 0) said.push(`${other.join(', ')} dihapus`);
  return `Teks berisi karakter yang tidak dapat dimuat Google Dokumen; di laporan ${said.join(' dan ')}. Ketik ulang butir atau tanda itu sebagai teks biasa (mis. • atau -).`;
}

/** Every text cell of the layout sheets holding a character the Doc would not keep. */
function strippedText(raw: RawWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const id of LAYOUT_SHEETS) {
    const sheet = findSheet(raw, id);
    if (!sheet) continue;
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v !== 'string') return;
        const chars = strippedCharacters(v);
        if (chars.length === 0) return;
        out.push(
          finding('unprintable-character', sheet.name, a1(r + 1, c), strippedMessage(chars, hasSymbolBullet(v))),
        );
      });
    });
  }
  return out;
}

export function checkDocInputs(raw: RawWorkbook, wb: Workbook): Finding[] {
  return [...imageUrls(raw, wb), ...strippedText(raw)];
}
