import type { ReportContext } from './report-context';
import type { ColumnAlign, TableBlock } from './report-types';

/** A numbered table: `Tabel <chapter>.<n> <title>`. */
export function tabel(
  ctx: ReportContext,
  chapter: string,
  title: string,
  header: string[],
  rows: string[][],
  align: ColumnAlign[],
  extra: { totalRow?: boolean; note?: string; boldRows?: number[] } = {},
): TableBlock {
  const block: TableBlock = { type: 'table', caption: `${ctx.tables.next(chapter)} ${title}`, header, rows, align };
  if (extra.totalRow) block.totalRow = true;
  if (extra.note) block.note = extra.note;
  if (extra.boldRows && extra.boldRows.length > 0) block.boldRows = extra.boldRows;
  return block;
}

/** A repeated group value (tujuan, sasaran) printed only on the first row of its run. */
export function sekaliPerKelompok(values: string[]): string[] {
  return values.map((v, i) => (i > 0 && values[i - 1] === v ? '' : v));
}

/** Sub-section numbers within a section: `3.1.1`, `3.1.2`, … */
export function subNumbering(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}.${++n}`;
}
