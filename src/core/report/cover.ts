import type { ReportContext } from './report-context';
import type { Block } from './report-types';

/** `Kabupaten Batu Bara` → `PEMERINTAH KABUPATEN BATU BARA` (a name already saying Pemerintah kept as it is). */
function pemerintah(pemda: string): string {
  const name = pemda.trim().toUpperCase();
  return /^PEMERINTAH\b/.test(name) ? name : `PEMERINTAH ${name}`;
}

/**
 * The cover as LKjIP covers are laid out: the title block centred at the top, the logo (when
 * Profil gives one) in the middle, then the pemda ("PEMERINTAH KABUPATEN …") above the instansi,
 * the year at the foot.
 */
export function coverBlocks(ctx: ReportContext, logoUrl = ''): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 0, text: 'LAPORAN KINERJA' },
    { type: 'paragraph', text: 'INSTANSI PEMERINTAH', align: 'center', bold: true },
  ];
  if (logoUrl) blocks.push({ type: 'image', url: logoUrl, caption: '' });
  const spaceBefore = logoUrl ? 60 : 200;
  if (ctx.pemda) {
    blocks.push({ type: 'paragraph', text: pemerintah(ctx.pemda), align: 'center', bold: true, spaceBefore });
  }
  blocks.push({
    type: 'paragraph',
    text: ctx.instansi.toUpperCase(),
    align: 'center',
    bold: true,
    ...(ctx.pemda ? {} : { spaceBefore }),
  });
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
