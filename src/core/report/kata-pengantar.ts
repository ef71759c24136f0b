import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiBlocks, paragraf } from './sentences';
import { signatureBlocks } from './signature';

const JUDUL_KATA_PENGANTAR = 'KATA PENGANTAR';

/** Kata Pengantar: the Narasi text, or a standard one built from the profile; then the signature. */
export function kataPengantarBlocks(ctx: ReportContext): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: JUDUL_KATA_PENGANTAR }];
  const narasi = ctx.narasi('Kata Pengantar');
  if (narasi) {
    blocks.push(...narasiBlocks(narasi));
  } else {
    blocks.push(
      paragraf(
        `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas perkenan-Nya Laporan Kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun} dapat diselesaikan. Laporan ini disusun sebagai bentuk pertanggungjawaban tertulis ${ctx.instansiLengkap} atas pelaksanaan program dan kegiatan selama Tahun ${ctx.tahun}, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.`,
      ),
      paragraf(
        `Laporan Kinerja ini memuat capaian kinerja atas sasaran strategis dan Indikator Kinerja Utama yang ditetapkan dalam Perjanjian Kinerja Tahun ${ctx.tahun}, termasuk keberhasilan dan kendala yang dihadapi serta upaya perbaikannya. Kami menyampaikan terima kasih kepada semua pihak yang telah berkontribusi dalam penyusunan laporan ini.`,
      ),
    );
  }
  blocks.push(...signatureBlocks(ctx), { type: 'pagebreak' });
  return blocks;
}
