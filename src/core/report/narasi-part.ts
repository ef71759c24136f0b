import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiBlocks } from './sentences';
import { groupMerges, tabel } from './table';

/**
 * A Narasi part as blocks in a chapter: its paragraphs, lists and `|` tables (numbered
 * `Tabel <chapter>.n <title>`), then its `Gambar` rows; null when the part has no text.
 */
export function narasiPart(ctx: ReportContext, part: string, chapter: string, title = part): Block[] | null {
  const text = ctx.narasi(part);
  if (!text) return null;
  const blocks = narasiBlocks(text, (header, rows) =>
    tabel(
      ctx,
      chapter,
      title,
      header,
      rows,
      header.map((_, i) => (i === 0 && header[0].toLowerCase().startsWith('no') ? 'center' : 'left')),
      { merges: groupMerges(rows) },
    ),
  );
  return blocks;
}
