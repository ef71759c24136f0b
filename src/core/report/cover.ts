import type { ReportContext } from './report-context';
import type { Block } from './report-types';

/**
 * The cover as LKjIP covers are laid out: the title block centred at the top, the logo (when
 * Profil gives one) in the middle, the instansi and pemda lower down, the year at the foot.
 */
export function coverBlocks(ctx: ReportContext, logoUrl = ''): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 0, text: 'LAPORAN KINERJA' },
    { type: 'paragraph', text: 'INSTANSI PEMERINTAH', align: 'center', bold: true },
  ];
  if (logoUrl) blocks.push({ type: 'image', url: logoUrl, caption: '' });
  blocks.push({
    type: 'paragraph',
    text: ctx.instansi.toUpperCase(),
    align: 'center',
    bold: true,
    spaceBefore: logoUrl ? 60 : 200,
  });
  if (ctx.pemda) blocks.push({ type: 'paragraph', text: ctx.pemda.toUpperCase(), align: 'center', bold: true });
  blocks.push({
    type: 'paragraph',
    text: `TAHUN ${ctx.tahun}`,
    align: 'center',
    bold: true,
    spaceBefore: logoUrl ? 200 : 280,
  });
  blocks.push({ type: 'pagebreak' });
  return blocks;
}
