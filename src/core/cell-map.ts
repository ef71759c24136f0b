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

/** Reads cell (r, c) of an argument: a single value is broadcast. */
type Reader = (r: number, c: number) => CellValue;

function readerOf(a: Arg): Reader {
  if (!Array.isArray(a)) return () => a;
  if (shapeOf(a) === null) {
    const only = Array.isArray(a[0]) ? a[0][0] : (a[0] as CellValue);
    return () => only;
  }
  return (r, c) => {
    const row = a[r];
    return isArray(row) ? row[c] : undefined;
  };
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
  const [ra, rb, rc] = [readerOf(args[0]), readerOf(args[1]), readerOf(args[2])];
  if (!shape) {
    try {
      const a = ra(0, 0);
      const b = rb(0, 0);
      const c = rc(0, 0);
      const up = upstreamError(a, b, c);
      if (up !== undefined) throw upstreamInputError(up);
      return fn(a, b, c);
    } catch (e) {
      throw new Error(isInputError(e) ? e.message : UNEXPECTED);
    }
  }
  const { rows, cols } = shape as Shape;
  const out: CellValue[][] = new ArrayOfLength(rows);
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = new ArrayOfLength(cols);
    for (let c = 0; c < cols; c++) {
      const va = ra(r, c);
      const vb = rb(r, c);
      const vc = rc(r, c);
      const up = upstreamError(va, vb, vc);
      if (up !== undefined) {
        line[c] = up;
        continue;
      }
      try {
        line[c] = fn(va, vb, vc);
      } catch (e) {
        line[c] = '#' + (isInputError(e) ? e.short : 'Kesalahan tak terduga');
      }
    }
    out[r] = line;
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
