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
  extra: { totalRow?: boolean; note?: string; boldRows?: number[]; merges?: TableBlock['merges'] } = {},
): TableBlock {
  const block: TableBlock = { type: 'table', caption: `${ctx.tables.next(chapter)} ${title}`, header, rows, align };
  if (extra.totalRow) block.totalRow = true;
  if (extra.note) block.note = extra.note;
  if (extra.boldRows && extra.boldRows.length > 0) block.boldRows = extra.boldRows;
  if (extra.merges && extra.merges.length > 0) block.merges = extra.merges;
  return block;
}

/**
 * A group written once, on its first row, the rows under it blank in the leading columns (the way
 * a typed table shows `1 | Pokok masalah | Masalah A`, then ` |  | Masalah B`): each such group
 * cell merged down over the rows of its group, as a printed table shows it.
 */
export function groupMerges(rows: string[][]): NonNullable<TableBlock['merges']> {
  const merges: NonNullable<TableBlock['merges']> = [];
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  for (let c = 0; c < cols; c++) {
    let head = -1;
    for (let r = 0; r <= rows.length; r++) {
      const row = rows[r];
      // A continuation row: blank here and in every column to the left, with something to the right.
      const continues =
        row !== undefined &&
        head >= 0 &&
        row.slice(0, c + 1).every((v) => (v ?? '').trim() === '') &&
        row.slice(c + 1).some((v) => (v ?? '').trim() !== '');
      if (continues) continue;
      if (head >= 0 && r - head > 1) merges.push({ row: head, col: c, rowSpan: r - head, colSpan: 1 });
      head = row !== undefined && (row[c] ?? '').trim() !== '' ? r : -1;
    }
  }
  return merges;
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
