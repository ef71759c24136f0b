import { formatId, formatRupiah } from '../numbers';
import { tercapai } from './bab3-capaian';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiPart } from './narasi-part';
import { daftarKata, jumlahKata, paragraf } from './sentences';
import { signatureBlocks } from './signature';

const JUDUL_BAB_IV = 'BAB IV PENUTUP';

export function bab4Blocks(ctx: ReportContext): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: JUDUL_BAB_IV },
    paragraf(
      `Laporan Kinerja ${ctx.instansiLengkap} Tahun ${t} merupakan pertanggungjawaban tertulis atas pelaksanaan tugas dan fungsi serta penggunaan anggaran selama Tahun ${t}, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.`,
    ),
  ];
  const kesimpulan = narasiPart(ctx, 'Kesimpulan', '4');
  if (kesimpulan) blocks.push(...kesimpulan);
  if (fig.indikator.length > 0) {
    blocks.push(
      paragraf(
        `Pada Tahun ${t} ditetapkan ${jumlahKata(fig.sasaran.length)} sasaran strategis dengan ${jumlahKata(fig.indikator.length)} indikator kinerja utama. Secara ringkas pencapaiannya adalah sebagai berikut:`,
      ),
      {
        type: 'list',
        items: fig.sasaran.map((s) => {
          const parts = s.indikator.map((f) => {
            const c = f.capaian(t);
            return c.value === null
              ? `${f.ind.indikator} belum dapat diukur`
              : `${f.ind.indikator} ${c.text}%${c.kategori ? ` (${c.kategori})` : ''}`;
          });
          return `Sasaran ${s.nomor} “${s.sasaran.nama}” dengan capaian ${daftarKata(parts)}.`;
        }),
      },
    );
    const missed = fig.indikator.filter((f) => tercapai(f, t) === false);
    blocks.push(
      paragraf(
        missed.length === 0
          ? `Dengan demikian seluruh target kinerja yang ditetapkan dalam Perjanjian Kinerja Tahun ${t} tercapai.`
          : `Dengan demikian target ${daftarKata(missed.map((f) => f.ind.indikator))} belum tercapai sepenuhnya dan menjadi perhatian utama untuk diperbaiki pada tahun berikutnya.`,
      ),
    );
  }
  const extra: string[] = [];
  if (fig.ikm)
    extra.push(
      `nilai Indeks Kepuasan Masyarakat hasil survei sebesar ${formatId(fig.ikm.nik)} dengan mutu pelayanan ${fig.ikm.mutu.mutu} (${fig.ikm.mutu.kinerja})`,
    );
  const akip = fig.akip.filter((y) => y.total !== null);
  const lastAkip = akip.find((y) => y.year === t) ?? null;
  if (lastAkip?.total && lastAkip.predikat)
    extra.push(
      `nilai evaluasi AKIP sebesar ${formatId(lastAkip.total)} dengan predikat ${lastAkip.predikat.predikat} (${lastAkip.predikat.interpretasi})`,
    );
  if (extra.length > 0) blocks.push(paragraf(`Selain itu, diperoleh ${daftarKata(extra)}.`));
  if (fig.anggaran) {
    blocks.push(
      paragraf(
        `Dari segi anggaran, realisasi belanja Tahun ${t} sebesar ${formatRupiah(fig.anggaran.realisasi)} dari pagu ${formatRupiah(fig.anggaran.pagu)} atau ${fig.anggaran.text}%.`,
      ),
    );
  }
  const saran = narasiPart(ctx, 'Saran', '4');
  if (saran)
    blocks.push(
      paragraf('Saran yang dapat disampaikan untuk perbaikan kinerja ke depan adalah sebagai berikut.'),
      ...saran,
    );
  const penutup = narasiPart(ctx, 'Penutup', '4');
  if (penutup) blocks.push(...penutup);
  else
    blocks.push(
      paragraf(
        `Laporan Kinerja ini diharapkan menjadi bahan evaluasi dan perbaikan kinerja ${ctx.instansi} pada tahun berikutnya.`,
      ),
    );
  blocks.push(...signatureBlocks(ctx), { type: 'pagebreak' });
  return blocks;
}
