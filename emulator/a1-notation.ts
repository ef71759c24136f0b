/** A1 notation parsing for the spreadsheet fake. */

export interface GridRange {
  /** Sheet name when the notation carried one (`'My sheet'!A1`). */
  sheetName: string | null;
  row: number;
  column: number;
  /** null = open to the end of the sheet (whole column `A:C`). */
  numRows: number | null;
  /** null = open to the end of the sheet (whole row `2:5`). */
  numColumns: number | null;
}

function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses `A1`, `B2:D10`, `AA12`, `'Sheet name'!A1:B2`, `A:C`, `2:5`. Throws "Range not found" otherwise. */
export function parseRangeA1(notation: string): GridRange {
  const fail = (): never => {
    throw new Error('Range not found');
  };
  let text = String(notation).trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    let name = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (name.startsWith("'")) {
      if (!name.endsWith("'") || name.length < 2) fail();
      name = name.slice(1, -1).replace(/''/g, "'");
    }
    if (name === '') fail();
    sheetName = name;
  }
  const pieces = text.split(':');
  if (pieces.length > 2 || text === '') fail();
  const parts = pieces.map((p) => {
    const m = PART.exec(p);
    if (!m || (m[1] === '' && m[2] === '')) return fail();
    return { col: m[1] ? lettersToColumn(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  });
  const [a, b = a] = parts;
  if (a.row === 0 || b.row === 0) fail();
  if (pieces.length === 1 && (a.col === null || a.row === null)) fail();
  const hasCols = a.col !== null && b.col !== null;
  const hasRows = a.row !== null && b.row !== null;
  if (a.col === null && b.col !== null) fail();
  if (a.row === null && b.row !== null && a.col === null) fail();
  if (!hasCols && !hasRows) fail();
  const c1 = a.col ?? 1;
  const c2 = b.col ?? c1;
  const r1 = a.row ?? 1;
  const r2 = b.row ?? r1;
  return {
    sheetName,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: hasRows ? Math.abs(r2 - r1) + 1 : null,
    numColumns: hasCols ? Math.abs(c2 - c1) + 1 : null,
  };
}
