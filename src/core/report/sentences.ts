import type { Stated } from './claims';
import type { Block, ListBlock, ParagraphBlock } from './report-types';

/** Phrases a civil servant writes, shared by the chapters. */

const SATUAN_ANGKA = ['', 'nilai', 'indeks', 'skor', 'poin', 'angka', 'predikat'];

const TERBILANG = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** Small counts as reports write them: `2 (dua)`. */
export function jumlahKata(n: number): string {
  return `${n} (${terbilang(n)})`;
}

function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 12) return TERBILANG[n];
  if (n < 20) return `${terbilang(n - 10)} belas`;
  if (n < 100) return `${terbilang(Math.floor(n / 10))} puluh${n % 10 ? ` ${terbilang(n % 10)}` : ''}`;
  if (n < 200) return `seratus${n > 100 ? ` ${terbilang(n - 100)}` : ''}`;
  if (n < 1000) return `${terbilang(Math.floor(n / 100))} ratus${n % 100 ? ` ${terbilang(n % 100)}` : ''}`;
  return String(n);
}

/** `a`, `a dan b`, `a, b, dan c`. */
export function daftarKata(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/** A value with its unit: `88,12` (Nilai), `70,20%`, `4 Dokumen`. */
export function denganSatuan(text: string, satuan: string): string {
  const s = satuan.trim();
  if (text === '-' || SATUAN_ANGKA.includes(s.toLowerCase())) return text;
  if (s === '%') return `${text}%`;
  return `${text} ${s}`;
}

/**
 * The word after a difference of two values: `poin` for a score or a percentage (`naik 5 poin`),
 * the unit itself for a count (`turun 2 Pengaduan`, not `2 poin`).
 */
export function satuanSelisih(satuan: string): string {
  const s = satuan.trim();
  return s === '%' || SATUAN_ANGKA.includes(s.toLowerCase()) ? 'poin' : s;
}

const LIST_MARKER = /^\s*(?:(\d{1,2})[.)]|[a-z][.)]|[-•*–])\s+/;

/** Strips a leading list marker (`1.`, `a)`, `-`) from a line. */
export function tanpaPenanda(line: string): string {
  const m = LIST_MARKER.exec(line);
  return m ? line.slice(m[0].length).trim() : line.trim();
}

/** A table written in Narasi as lines with `|` between cells: the first line is the header. */
export type NarasiTable = (header: string[], rows: string[][]) => Block;

const isTableLine = (line: string) => line.includes('|');

/**
 * Narasi text as blocks: one paragraph per line; consecutive lines that start `1.`, `a.`, `-`
 * become one list (numbered when they start with digits); consecutive lines with `|` become a
 * table through `table` (kept as paragraphs when no table maker is given).
 */
export function narasiBlocks(text: string, table?: NarasiTable): Block[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const blocks: Block[] = [];
  let list: { items: string[]; ordered: boolean } | null = null;
  let grid: string[][] = [];
  const flushList = () => {
    if (list) blocks.push({ type: 'list', items: list.items, ordered: list.ordered, fromOffice: true });
    list = null;
  };
  const flushGrid = () => {
    if (grid.length > 0 && table) {
      const width = Math.max(...grid.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...new Array<string>(width - r.length).fill('')];
      blocks.push(table(pad(grid[0]), grid.slice(1).map(pad)));
    }
    grid = [];
  };
  for (const line of lines) {
    if (table && isTableLine(line)) {
      flushList();
      // `| a | b |` (markdown) or `a | b`; a leading `|` alone is an empty first cell.
      const cells = line.startsWith('|') && line.endsWith('|') ? line.slice(1, -1) : line;
      grid.push(cells.split('|').map((c) => c.trim()));
      continue;
    }
    flushGrid();
    const m = LIST_MARKER.exec(line);
    if (m) {
      const ordered = m[1] !== undefined;
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { items: [], ordered };
      }
      list.items.push(line.slice(m[0].length).trim());
    } else {
      flushList();
      blocks.push({ type: 'paragraph', text: line, align: 'justify', fromOffice: true });
    }
  }
  flushList();
  flushGrid();
  return blocks;
}

/** A sentence with exactly one full stop at its end (a trailing `.`, `;` or `:` is replaced). */
export function kalimat(text: string): string {
  return `${text.trim().replace(/[\s.;:,]+$/, '')}.`;
}

/** Lower-case first letter for text placed mid-sentence, unless the first word is an acronym (`SDM`). */
export function awalKecil(s: string): string {
  const t = s.trim();
  const first = t.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

const KATA_KECIL = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau', 'untuk', 'pada', 'serta']);

/**
 * A jabatan or program name typed in capitals (`CAMAT LIMA PULUH PESISIR`), in title case for
 * running text: `Camat Lima Puluh Pesisir`. Mixed-case input is kept as typed.
 */
export function hurufJudul(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  if (t !== t.toUpperCase()) return t;
  return t
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && KATA_KECIL.has(w) ? w : w.replace(/(^|[-/(])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())))
    .join(' ');
}

export function paragraf(text: string): ParagraphBlock {
  return { type: 'paragraph', text, align: 'justify' };
}

/** A paragraph of stated claims (claims.ts): its text, and the claims it carries. */
export function paragrafKlaim(s: Stated): ParagraphBlock {
  const p = paragraf(s.text);
  if (s.claims.length > 0) p.claims = s.claims;
  return p;
}

/** A list whose items state claims. */
export function daftarKlaim(items: Stated[], ordered = false): ListBlock {
  const b: ListBlock = { type: 'list', items: items.map((i) => i.text) };
  if (ordered) b.ordered = true;
  const claims = items.flatMap((i) => i.claims);
  if (claims.length > 0) b.claims = claims;
  return b;
}

/** A list of the office's own lines (Narasi, IKU Analisis/Solusi), printed as written. */
export function daftarKantor(items: string[], ordered = false): ListBlock {
  const b: ListBlock = { type: 'list', items, fromOffice: true };
  if (ordered) b.ordered = true;
  return b;
}

/** First letter upper case: a name that opens a sentence. */
export function kapital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
