import { InputError, isInputError } from './input-error';
import { CellValue } from './numbers';

/** A custom function argument: one value, or a range as Sheets passes it (rows × columns). */
export type Arg = CellValue | CellValue[][];
export type Result = CellValue | CellValue[][];

/** Shown instead of a bug's raw message, which would mean nothing to the user. */
export const UNEXPECTED = 'Terjadi kesalahan tak terduga di LKjIP Sheets; mohon laporkan rumus dan datanya.';

interface Shape {
  rows: number;
  cols: number;
}

function shapeOf(a: Arg): Shape | null {
  if (!Array.isArray(a)) return null;
  const cols = a.reduce((m, r) => Math.max(m, Array.isArray(r) ? r.length : 1), 0);
  if (a.length === 1 && cols === 1) return null; // a 1×1 range is a single value
  return { rows: a.length, cols };
}

function cellAt(a: Arg, r: number, c: number): CellValue {
  if (!Array.isArray(a)) return a;
  const row = a[r] ?? a[0];
  return Array.isArray(row) ? row[c] ?? row[0] : (row as CellValue);
}

/**
 * Apply `fn` cell by cell. No range argument: one result, and an InputError is thrown as an Error
 * with its Indonesian message. With ranges: a 2-D result of the same shape, a single value is
 * broadcast, a bad cell becomes `#<short message>` while the others are still computed.
 * Ranges of different shapes are an error for the whole call.
 */
export function mapCells(names: readonly string[], args: readonly Arg[], fn: (...values: CellValue[]) => CellValue): Result {
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
  // A `#message` from another LKjIP formula is passed on unchanged, so the first cause stays visible.
  const upstream = (values: CellValue[]) => values.find((v): v is string => typeof v === 'string' && v.startsWith('#'));
  const call = (values: CellValue[]): CellValue => {
    const passthrough = upstream(values);
    if (passthrough !== undefined) {
      throw new InputError(
        `Masukan berisi pesan kesalahan dari rumus lain: "${passthrough}". Perbaiki sel sumbernya terlebih dahulu.`,
        passthrough.slice(1) || 'Kesalahan di sel sumber',
      );
    }
    return fn(...values);
  };
  if (!shape) {
    try {
      return call(args.map((a) => cellAt(a, 0, 0)));
    } catch (e) {
      throw new Error(isInputError(e) ? e.message : UNEXPECTED);
    }
  }
  const { rows, cols } = shape as Shape;
  const out: CellValue[][] = new Array(rows);
  const values: CellValue[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) values[i] = cellAt(args[i], r, c);
      try {
        line[c] = call(values);
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
