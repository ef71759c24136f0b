import type { CellValue } from '../numbers';
import { foldHeaderRows } from './header-rows';
import { matchHeaders } from './headers';
import { sheetSpec, type SheetId } from './spec';

/** Rows at the top read whole: the header, with the rows foldHeaderRows may fold into it. */
export const HEAD_ROWS = 3;

/** Cells a by-column read must leave out before it is worth its extra calls. */
const SKIPPED_CELLS_WORTH_IT = 50_000;

/**
 * Whether a sheet of this size may be worth reading by column (its header then decides, with
 * columnsRead): only IKM, only wider than its layout and big enough for the skipped cells to count.
 */
export function mayReadByColumn(id: SheetId, lastRow: number, lastColumn: number): boolean {
  if (id !== 'IKM' || lastRow <= HEAD_ROWS) return false;
  return (lastColumn - sheetSpec(id).columns.length) * (lastRow - HEAD_ROWS) >= SKIPPED_CELLS_WORTH_IT;
}

/** Whether leaving out the columns a reader does not use saves enough cells, below the header rows. */
export function worthReadingByColumn(used: readonly number[], lastRow: number, lastColumn: number): boolean {
  return (lastColumn - used.length) * (lastRow - HEAD_ROWS) >= SKIPPED_CELLS_WORTH_IT;
}

/**
 * The columns of a layout sheet the readers use, from its first rows (HEAD_ROWS, every column),
 * or null when every column is read. Only IKM is read by column: it is the sheet that grows to
 * tens of thousands of rows and where offices keep what Forms collected besides the answers
 * (name, phone number, address, comments), which no reader looks at. The header rows themselves
 * are always read whole, so every header finding is the same either way.
 */
export function columnsRead(id: SheetId, name: string, head: CellValue[][]): number[] | null {
  if (id !== 'IKM' || head.length === 0) return null;
  const { sheet } = foldHeaderRows({ name, values: head });
  const { map } = matchHeaders(name, sheet.values[0] ?? [], sheetSpec(id));
  const used = new Set<number>(Object.values(map.columns));
  for (const c of map.unsur) if (c >= 0) used.add(c);
  if (used.size === 0) return null;
  return [...used].sort((a, b) => a - b);
}
