/**
 * Column widths fitted to content: every column at least as wide as its longest unbreakable word or
 * number (so `1.738.126.580` or a DPA code never breaks), the rest shared in proportion to how much
 * text each column holds, the total within the text width of the page.
 */

/** Advance widths in em of Arial-like glyphs (Helvetica metrics), enough to size columns. */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.556;
  if (/[.,:;'|!ilIjft]/.test(ch)) return 0.3;
  if (/[ \u00a0()\-/[\]]/.test(ch)) return 0.333;
  if (/[mwMW%]/.test(ch)) return 0.89;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.556;
}

/** Estimated width of text in points at `size` pt (bold about 8% wider). */
export function textPt(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.08 : 1);
}

/** Left + right cell padding the tables get (CELL_PADDING: 3 pt each side), plus a small margin of error. */
const CELL_PADDING_PT = 8;
/** The Docs API refuses a column narrower than 5 pt. */
const MIN_COLUMN_PT = 5;

export interface ColumnNeeds {
  /** Longest unbreakable token, padded. */
  min: number;
  /** Longest whole cell text on one line, padded. */
  max: number;
}

export function columnNeeds(rows: string[][], boldRows: Set<number>, size: number): ColumnNeeds[] {
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const needs: ColumnNeeds[] = Array.from({ length: cols }, () => ({ min: 0, max: 0 }));
  rows.forEach((row, ri) => {
    const bold = boldRows.has(ri);
    row.forEach((cell, ci) => {
      const n = needs[ci];
      for (const line of cell.split('\u000b').join('\n').split('\n')) {
        n.max = Math.max(n.max, textPt(line, size, bold));
        // A no-break space (`4 Dokumen`, a figure and its unit) joins its two sides into one word;
        // a slash (`Orang/ Bulan`) is where a word may wrap.
        for (const word of line.split(/[^\S\u00a0]+|(?<=\/)/)) n.min = Math.max(n.min, textPt(word, size, bold));
      }
    });
  });
  return needs.map((n) => ({
    min: Math.max(MIN_COLUMN_PT, n.min + CELL_PADDING_PT),
    max: Math.max(MIN_COLUMN_PT, n.max + CELL_PADDING_PT),
  }));
}

/** True when the columns' unbreakable minimum does not fit `width`. */
export function overflows(needs: ColumnNeeds[], width: number): boolean {
  return needs.reduce((s, n) => s + n.min, 0) > width;
}

/**
 * Widths (points, 2 decimals, rounded down) summing to at most `width`: every column gets its
 * minimum; the space left is shared in proportion to each column's remaining need, and any space
 * beyond every column's full need is shared in proportion to the full need.
 */
export function fitWidths(needs: ColumnNeeds[], width: number): number[] {
  const floor2 = (x: number) => Math.floor(x * 100) / 100;
  const sumMin = needs.reduce((s, n) => s + n.min, 0);
  const sumMax = needs.reduce((s, n) => s + n.max, 0);
  let widths: number[];
  if (sumMax <= width) {
    widths = needs.map((n) => n.max + ((width - sumMax) * n.max) / sumMax);
  } else if (sumMin <= width) {
    const room = width - sumMin;
    const want = sumMax - sumMin;
    widths = needs.map((n) => n.min + (room * (n.max - n.min)) / want);
  } else {
    widths = needs.map((n) => (n.min * width) / sumMin);
  }
  return widths.map((w) => Math.max(MIN_COLUMN_PT, floor2(w)));
}
