import { InputError, isInputError } from './input-error';
import type { CellValue } from './numbers';

/** A custom function argument: one value, or a range as Sheets passes it (rows × columns). */
export type Arg = CellValue | CellValue[][];
export type Result = CellValue | CellValue[][];

/** Shown instead of a bug's raw message, which would mean nothing to the user. */
export const UNEXPECTED = 'Terjadi kesalahan tak terduga di LKjIP Sheets; mohon laporkan rumus dan datanya.';

interface Shape {
  rows: number;
  cols: number;
}

// Sheets always passes a range as a rectangular rows × columns array, so the first row gives the width.
function shapeOf(a: Arg): Shape | null {
  if (!Array.isArray(a) || a.length === 0) return null;
  const first = a[0];
  const cols = Array.isArray(first) ? first.length : 1;
  if (a.length === 1 && cols === 1) return null; // a 1×1 range is a single value
  return { rows: a.length, cols };
}

// Bound once: inside a contextified global (the emulator's vm sandbox) every lookup of the global
// `Array` is an interceptor call, too slow for once per cell or row (see decimal.ts).
const isArray = Array.isArray;
const ArrayOfLength = Array;

/** An argument as rows read cell by cell, or (rows null) one value broadcast to every cell. */
interface Source {
  rows: readonly unknown[] | null;
  value: CellValue;
}

function sourceOf(a: Arg): Source {
  if (!isArray(a)) return { rows: null, value: a };
  if (shapeOf(a) === null) return { rows: null, value: isArray(a[0]) ? a[0][0] : (a[0] as CellValue) };
  return { rows: a, value: undefined };
}

const NO_CELLS: readonly CellValue[] = [];

/** Row r of a range, or no cells (each one undefined) where the range has no proper row. */
function rowOf(rows: readonly unknown[] | null, r: number): readonly CellValue[] | null {
  if (rows === null) return null;
  const row = rows[r];
  return isArray(row) ? (row as CellValue[]) : NO_CELLS;
}

/** A `#message` from another LKjIP formula: passed on unchanged, so the first cause stays visible. */
function upstreamError(a: CellValue, b: CellValue, c: CellValue): string | undefined {
  if (typeof a === 'string' && a.charCodeAt(0) === 35) return a;
  if (typeof b === 'string' && b.charCodeAt(0) === 35) return b;
  if (typeof c === 'string' && c.charCodeAt(0) === 35) return c;
  return undefined;
}

function upstreamInputError(text: string): InputError {
  return new InputError(
    `Masukan berisi pesan kesalahan dari rumus lain: "${text}". Perbaiki sel sumbernya terlebih dahulu.`,
    text.slice(1) || 'Kesalahan di sel sumber',
  );
}

/**
 * Apply `fn` cell by cell (up to three arguments). No range argument: one result, and an
 * InputError is thrown as an Error with its Indonesian message. With ranges: a 2-D result of the
 * same shape, a single value is broadcast, a bad cell becomes `#<short message>` while the others
 * are still computed. Ranges of different shapes are an error for the whole call.
 */
export function mapCells(
  names: readonly string[],
  args: readonly Arg[],
  fn: (a: CellValue, b: CellValue, c: CellValue) => CellValue,
): Result {
  let shape: Shape | null = null;
  let shapeArg = '';
  args.forEach((a, i) => {
    const s = shapeOf(a);
    if (!s) return;
    if (shape && (shape.rows !== s.rows || shape.cols !== s.cols)) {
      throw new Error(
        `Ukuran rentang tidak sama: ${shapeArg} ${shape.rows}×${shape.cols}, ${names[i]} ${s.rows}×${s.cols}. ` +
          'Gunakan rentang dengan jumlah baris dan kolom yang sama.',
      );
    }
    if (!shape) {
      shape = s;
      shapeArg = names[i];
    }
  });
  const [sa, sb, sc] = [sourceOf(args[0]), sourceOf(args[1]), sourceOf(args[2])];
  if (!shape) {
    try {
      const up = upstreamError(sa.value, sb.value, sc.value);
      if (up !== undefined) throw upstreamInputError(up);
      return fn(sa.value, sb.value, sc.value);
    } catch (e) {
      throw new Error(isInputError(e) ? e.message : UNEXPECTED);
    }
  }
  const { rows, cols } = shape as Shape;
  const cell = (a: CellValue, b: CellValue, c: CellValue): CellValue => {
    const up = upstreamError(a, b, c);
    if (up !== undefined) return up;
    try {
      return fn(a, b, c);
    } catch (e) {
      return `#${isInputError(e) ? e.short : 'Kesalahan tak terduga'}`;
    }
  };
  // Over a whole column this loop is most of a formula's time: each row is read once, cells by
  // index, and a column's result rows are one-cell literals — several times cheaper (allocation
  // and GC) than rows made with `new Array(1)` and filled in.
  const out: CellValue[][] = new ArrayOfLength(rows);
  for (let r = 0; r < rows; r++) {
    const ra = rowOf(sa.rows, r);
    const rb = rowOf(sb.rows, r);
    const rc = rowOf(sc.rows, r);
    if (cols === 1) {
      out[r] = [cell(ra === null ? sa.value : ra[0], rb === null ? sb.value : rb[0], rc === null ? sc.value : rc[0])];
      continue;
    }
    const line: CellValue[] = new ArrayOfLength(cols);
    for (let c = 0; c < cols; c++) {
      line[c] = cell(ra === null ? sa.value : ra[c], rb === null ? sb.value : rb[c], rc === null ? sc.value : rc[c]);
    }
    out[r] = line;
  }
  return out;
}

/**
 * Apply `fn` row by row, for functions that read several cells of one row together (the quarters of
 * one indicator). Each argument is one value, given to every row as a one-cell row, or a range,
 * whose rows are given in turn (a one-row range is given to every row). One row: one result, and an
 * InputError is thrown as an Error with its Indonesian message. Several rows: a column of results,
 * a bad row shows `#<short message>` while the others are still computed.
 */
export function mapRows(
  names: readonly string[],
  args: readonly Arg[],
  fn: (rows: readonly (readonly CellValue[])[]) => CellValue,
): Result {
  let rows = 1;
  let rowsArg = '';
  args.forEach((a, i) => {
    if (!isArray(a) || a.length === 1) return;
    if (rows > 1 && a.length !== rows) {
      throw new Error(
        `Jumlah baris rentang tidak sama: ${rowsArg} ${rows} baris, ${names[i]} ${a.length} baris. ` +
          'Gunakan rentang dengan jumlah baris yang sama (satu baris per indikator).',
      );
    }
    rows = a.length;
    rowsArg = names[i];
  });
  const rowOfArg = (a: Arg, r: number): readonly CellValue[] => {
    if (!isArray(a)) return [a];
    const row = a.length === 1 ? a[0] : a[r];
    return isArray(row) ? row : [row as CellValue];
  };
  const line = (r: number): CellValue => {
    const cells = args.map((a) => rowOfArg(a, r));
    for (const row of cells) {
      for (const v of row) {
        if (typeof v === 'string' && v.charCodeAt(0) === 35) throw upstreamInputError(v);
      }
    }
    return fn(cells);
  };
  if (rows === 1) {
    try {
      return line(0);
    } catch (e) {
      throw new Error(isInputError(e) ? e.message : UNEXPECTED);
    }
  }
  const out: CellValue[][] = new ArrayOfLength(rows);
  for (let r = 0; r < rows; r++) {
    try {
      out[r] = [line(r)];
    } catch (e) {
      out[r] = [`#${isInputError(e) ? e.short : 'Kesalahan tak terduga'}`];
    }
  }
  return out;
}

/** Run an aggregate function: InputError → Error with its message; a bug → a plain Indonesian note. */
export function runAggregate<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new Error(isInputError(e) ? e.message : UNEXPECTED);
  }
}
