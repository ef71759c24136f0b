import { tabelPerjanjianKinerja, tabelProgramPagu } from './bab2-perencanaan';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { paragraf } from './sentences';
import { signatureBlocks } from './signature';

const JUDUL_LAMPIRAN = 'LAMPIRAN';

/** Lampiran: the Perjanjian Kinerja of the reporting year (targets and program budget), signed. */
export function lampiranBlocks(ctx: ReportContext): Block[] {
  if (ctx.fig.indikator.length === 0) return [];
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: JUDUL_LAMPIRAN },
    { type: 'heading', level: 2, text: `Perjanjian Kinerja Tahun ${ctx.tahun}` },
    paragraf(
      `${ctx.profil?.jabatanPimpinan.trim() || 'Pimpinan'} ${ctx.instansiLengkap} berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah yang telah ditetapkan dalam dokumen perencanaan.`,
    ),
    tabelPerjanjianKinerja(ctx, 'L'),
  ];
  const program = tabelProgramPagu(ctx, 'L');
  if (program) blocks.push(program);
  blocks.push(...signatureBlocks(ctx));
  return blocks;
}
