import type { ReportContext } from './report-context';
import type { Block } from './report-types';

/** The cover: LAPORAN KINERJA, instansi, pemerintah daerah, TAHUN yyyy. */
export function coverBlocks(ctx: ReportContext): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 0, text: 'LAPORAN KINERJA' },
    { type: 'paragraph', text: 'INSTANSI PEMERINTAH', align: 'center', bold: true },
    { type: 'paragraph', text: ctx.instansi.toUpperCase(), align: 'center', bold: true, spaceBefore: 36 },
  ];
  if (ctx.pemda) blocks.push({ type: 'paragraph', text: ctx.pemda.toUpperCase(), align: 'center', bold: true });
  blocks.push({ type: 'paragraph', text: `TAHUN ${ctx.tahun}`, align: 'center', bold: true, spaceBefore: 36 });
  blocks.push({ type: 'pagebreak' });
  return blocks;
}
