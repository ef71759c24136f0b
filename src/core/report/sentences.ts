import type { Decimal } from '../decimal';
import { formatId } from '../numbers';
import type { Block } from './report-types';

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
 * How realisasi moved from one year to the next, in words that respect polarity: for a
 * negative-polarity indicator (lower is better) a fall is an improvement.
 */
export function perubahan(sebelum: Decimal, sekarang: Decimal, places: number, negatif: boolean): string {
  const selisih = sekarang.minus(sebelum);
  if (selisih.isZero()) return 'realisasi tetap';
  const arah = selisih.isPositive() ? 'naik' : 'turun';
  const membaik = negatif ? selisih.isNegative() : selisih.isPositive();
  const besar = formatId(selisih.abs(), places);
  const makna = negatif
    ? membaik
      ? ', artinya kinerja membaik karena makin rendah makin baik'
      : ', artinya kinerja menurun karena makin rendah makin baik'
    : '';
  return `realisasi ${arah} ${besar} poin${makna}`;
}

const LIST_MARKER = /^\s*(?:(\d{1,2})[.)]|[a-z][.)]|[-•*–])\s+/;

/**
 * Narasi text as blocks: paragraphs split on blank lines/newlines; consecutive lines that start
 * `1.`, `a.`, `-` become one list (numbered when they start with digits).
 */
export function narasiBlocks(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const blocks: Block[] = [];
  let list: { items: string[]; ordered: boolean } | null = null;
  const flush = () => {
    if (list) blocks.push({ type: 'list', items: list.items, ordered: list.ordered });
    list = null;
  };
  for (const line of lines) {
    const m = LIST_MARKER.exec(line);
    if (m) {
      const ordered = m[1] !== undefined;
      if (!list || list.ordered !== ordered) {
        flush();
        list = { items: [], ordered };
      }
      list.items.push(line.slice(m[0].length).trim());
    } else {
      flush();
      blocks.push({ type: 'paragraph', text: line, align: 'justify' });
    }
  }
  flush();
  return blocks;
}

export function paragraf(text: string): Block {
  return { type: 'paragraph', text, align: 'justify' };
}
