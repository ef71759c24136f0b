/** A1 addresses for findings: column letters from a 0-based index, rows 1-based as Sheets shows them. */

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Row 1-based, column 0-based (as in a getValues() row): (2, 16) → `Q2`. */
export function a1(row1: number, col0: number): string {
  return `${columnLetter(col0)}${row1}`;
}

/** `Q2` → {row: 2, col: 16}; null when it is not a single-cell A1 address. */
export function parseA1(cell: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(cell.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row, col: col - 1 };
}

/** `Baris 2–4` for consecutive rows, `Baris 6, 8` otherwise (1-based, ascending). */
export function rowsText(rows: readonly number[]): string {
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (rows.length === 1) return `Baris ${rows[0]}`;
  return consecutive ? `Baris ${rows[0]}–${rows[rows.length - 1]}` : `Baris ${rows.join(', ')}`;
}
