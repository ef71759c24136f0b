import type { Block, ParagraphBlock, ReportDocument, TableBlock } from '../../../src/core/report/report-types';

/** The report's tables, in order. */
export function tables(r: ReportDocument): TableBlock[] {
  return r.blocks.filter((b): b is TableBlock => b.type === 'table');
}

/** The one table whose caption contains `captionPart`; a test error when there is none or more. */
export function table(r: ReportDocument, captionPart: string): TableBlock {
  const found = tables(r).filter((t) => t.caption.includes(captionPart));
  if (found.length !== 1) throw new Error(`expected one table "${captionPart}", found ${found.length}`);
  return found[0];
}

/** The index of the column headed `name`; a test error naming the table's headers when there is none. */
export function column(t: TableBlock, name: string): number {
  const i = t.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${t.caption}: ${t.header.join(' | ')}`);
  return i;
}

/** Headings, paragraphs, list items and every text of a table (caption, header, cells, note). */
export function allText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'heading' || b.type === 'paragraph') return [b.text];
    if (b.type === 'list') return b.items;
    if (b.type === 'table') return [b.caption, ...b.header, ...b.rows.flat(), b.note ?? ''];
    return [];
  });
}

/** A copy of a report with its first paragraph that `find` picks changed by `change` (a doctored report). */
export function doctor(
  doc: ReportDocument,
  find: (p: ParagraphBlock) => boolean,
  change: (p: ParagraphBlock) => void,
): ReportDocument {
  const copy = structuredClone(doc);
  const p = copy.blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && find(b));
  if (!p) throw new Error('no such paragraph');
  change(p);
  return copy;
}
