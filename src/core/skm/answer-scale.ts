import type { CellValue } from '../numbers';

/**
 * Answer text of the SKM questionnaire (PermenPAN-RB 14/2017, Lampiran) → 1–4. Each unsur has its
 * own four options, always worst first (a = 1 … d = 4). No text appears in two scales with
 * different values, so one table serves every question.
 */
export const SKALA_JAWABAN_PERMENPAN_14_2017: readonly { unsur: string; teks: readonly string[] }[] = [
  { unsur: 'Persyaratan / Produk', teks: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'] },
  { unsur: 'Prosedur', teks: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'] },
  { unsur: 'Waktu', teks: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'] },
  { unsur: 'Biaya/Tarif', teks: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'] },
  { unsur: 'Kompetensi', teks: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'] },
  {
    unsur: 'Perilaku',
    teks: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    unsur: 'Pengaduan',
    teks: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  { unsur: 'Sarana dan Prasarana', teks: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'] },
];

/** A user's own wording (`Skala SKM` sheet): normalized text → 1–4. Wins over the regulation's table. */
export type SkalaSendiri = ReadonlyMap<string, number>;

/** Case, spacing, `&` for `dan` and a closing full stop do not matter: `SANGAT  Sesuai.` = `sangat sesuai`. */
export function normalizeAnswerText(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLowerCase()
    .replace(/\s*&\s*/g, ' dan ')
    .replace(/[.\s]+$/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

const BAKU: ReadonlyMap<string, number> = new Map(
  SKALA_JAWABAN_PERMENPAN_14_2017.flatMap((s) => s.teks.map((t, i) => [normalizeAnswerText(t), i + 1] as const)),
);

const LETTER: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };

/** `a.` `b)` `C:` `4.` `2 -` before the text, or `(4)` after it: the option's code. */
const PREFIX = /^([a-d1-4])\s*[.):-]\s*|^([a-d1-4])\s+(?=\S)/i;
const SUFFIX = /\s*\(([1-4])\)$/;

function codeValue(code: string): number {
  const c = code.toLowerCase();
  return LETTER[c] ?? Number(c);
}

function lookup(text: string, sendiri?: SkalaSendiri): number | null {
  const key = normalizeAnswerText(text);
  if (key === '') return null;
  return sendiri?.get(key) ?? BAKU.get(key) ?? null;
}

/**
 * One answer cell → 1–4, `null` for a blank (not answered: excluded from that unsur's average),
 * or `undefined` when it cannot be read (nothing is guessed). Reads whole numbers 1–4, the
 * regulation's wording, the user's own wording, a bare option code (`a`…`d`, `1`…`4`) and a code
 * before or after the text, which must then agree with it (`d. Sangat sesuai`, not `a. Sangat sesuai`).
 */
export function readAnswer(v: CellValue, sendiri?: SkalaSendiri): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 4 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const text = v.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '' || /^[-–—]$/.test(text)) return null;
  const whole = lookup(text, sendiri);
  if (whole !== null) return whole;
  const bare = /^([a-d1-4])\s*[.)]?$/i.exec(text);
  if (bare) return codeValue(bare[1]);
  let code: number | null = null;
  let rest = text;
  const pre = PREFIX.exec(rest);
  if (pre) {
    code = codeValue(pre[1] ?? pre[2]);
    rest = rest.slice(pre[0].length);
  } else {
    const suf = SUFFIX.exec(rest);
    if (suf) {
      code = Number(suf[1]);
      rest = rest.slice(0, suf.index);
    }
  }
  if (code === null) return undefined;
  const value = lookup(rest, sendiri);
  return value !== null && value === code ? value : undefined;
}

/**
 * For a formula on the response sheet: answer text → 1–4 with the regulation's wording (and the
 * user's own, when the formula is given a Skala SKM range), else null.
 */
export function nilaiTeksJawaban(v: CellValue, sendiri?: SkalaSendiri): number | null {
  const n = readAnswer(v, sendiri);
  return typeof n === 'number' ? n : null;
}
