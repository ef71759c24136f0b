import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiBlocks, tanpaPenanda } from './sentences';
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

/** Lines of one Narasi part (`Upaya 1`, `Langkah ke Depan`), without their list markers; [] when absent. */
export function narasiLines(ctx: ReportContext, key: string): string[] {
  return (ctx.narasi(key) ?? '')
    .split('\n')
    .map(tanpaPenanda)
    .filter((l) => l !== '');
}

/** Lines of a keyed part over the whole report: its blank Kunci first, then each indicator's (IKU `No`) in order. */
export function narasiLinesSemua(ctx: ReportContext, part: string): string[] {
  const keys = ctx.fig.indikator.map((f) => f.ind.no.trim()).filter((n) => n !== '');
  return [...narasiLines(ctx, part), ...keys.flatMap((k) => narasiLines(ctx, `${part} ${k}`))];
}
