import { formatId, formatRupiah } from '../numbers';
import { klaimTercapai, tercapai } from './bab3-capaian';
import { jumlahTercapai } from './bab3-ringkas';
import { type Stated, gabung, nyatakan } from './claims';
import { langkahDiBab3, langkahKeDepan } from './langkah';
import { narasiPart } from './narasi-part';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { daftarKantor, daftarKata, daftarKlaim, jumlahKata, paragraf, paragrafKlaim } from './sentences';
import { signatureBlocks } from './signature';

const JUDUL_BAB_IV = 'BAB IV PENUTUP';

/** The simpulan: the office's Kesimpulan, then each sasaran's capaian and the year's IKM, AKIP and budget as claims. */
function simpulan(ctx: ReportContext): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const blocks: Block[] = [...(narasiPart(ctx, 'Kesimpulan', '4') ?? [])];
  if (fig.indikator.length > 0 && ctx.ringkas) blocks.push(simpulanRingkas(ctx));
  else if (fig.indikator.length > 0) {
    blocks.push(
      paragrafKlaim(
        nyatakan(
          `Dari ${jumlahKata(fig.sasaran.length)} sasaran strategis dengan ${jumlahKata(fig.indikator.length)} indikator kinerja utama yang ditetapkan untuk Tahun ${t}, pencapaiannya secara ringkas adalah sebagai berikut:`,
          { jenis: 'jumlah', apa: 'sasaran', n: fig.sasaran.length },
          { jenis: 'jumlah', apa: 'indikator', n: fig.indikator.length },
        ),
      ),
      daftarKlaim(
        fig.sasaran.map((s) =>
          gabung(
            [
              `Sasaran ${s.nomor} “${s.sasaran.nama}”:`,
              ...s.indikator.map((f, i) => {
                const c = f.capaian(t);
                const nama = ctx.sebut(f.ind.indikator);
                const end = i === s.indikator.length - 1 ? '.' : ';';
                const text =
                  c.value === null
                    ? `${nama} belum dapat diukur${end}`
                    : `${nama} ${c.text}%${c.kategori ? ` (${c.kategori})` : ''}, target ${tercapai(f, t) ? 'tercapai' : 'belum tercapai'}${end}`;
                return nyatakan(text, klaimTercapai(f, t));
              }),
            ],
            ' ',
          ),
        ),
      ),
    );
    const missed = fig.indikator.filter((f) => tercapai(f, t) === false);
    const met = fig.indikator.filter((f) => tercapai(f, t) === true);
    if (missed.length > 0)
      blocks.push(
        paragrafKlaim(
          nyatakan(
            `Dengan demikian, target ${daftarKata(missed.map((f) => ctx.sebut(f.ind.indikator)))} belum tercapai dan menjadi perhatian utama untuk diperbaiki pada tahun berikutnya.`,
            ...missed.map((f) => klaimTercapai(f, t)),
          ),
        ),
      );
    else if (met.length === fig.indikator.length)
      blocks.push(
        paragrafKlaim(
          nyatakan(
            `Dengan demikian, seluruh target kinerja yang ditetapkan dalam Perjanjian Kinerja Tahun ${t} tercapai.`,
            ...met.map((f) => klaimTercapai(f, t)),
          ),
        ),
      );
  }
  const extra: Stated[] = [];
  if (fig.ikm)
    extra.push(
      nyatakan(
        `nilai ${ctx.sebut('Indeks Kepuasan Masyarakat (IKM)')} hasil survei sebesar ${formatId(fig.ikm.nik)} dengan mutu pelayanan ${fig.ikm.mutu.mutu} (${fig.ikm.mutu.kinerja})`,
        { jenis: 'mutu-ikm', nik: formatId(fig.ikm.nik), mutu: fig.ikm.mutu.mutu },
      ),
    );
  const akip = fig.akip.find((y) => y.year === t && y.total !== null);
  if (akip?.total && akip.predikat)
    extra.push(
      nyatakan(
        `nilai evaluasi AKIP sebesar ${formatId(akip.total)} dengan predikat ${akip.predikat.predikat} (${akip.predikat.interpretasi})`,
        { jenis: 'predikat-akip', tahun: t, nilai: formatId(akip.total), predikat: akip.predikat.predikat },
      ),
    );
  if (extra.length > 0)
    blocks.push(
      paragrafKlaim({
        text: `Selain itu, diperoleh ${daftarKata(extra.map((e) => e.text))}.`,
        claims: extra.flatMap((e) => e.claims),
      }),
    );
  if (fig.anggaran)
    blocks.push(
      paragrafKlaim(
        nyatakan(
          `Dari segi anggaran, realisasi belanja Tahun ${t} sebesar ${formatRupiah(fig.anggaran.realisasi)} dari pagu ${formatRupiah(fig.anggaran.pagu)} atau ${fig.anggaran.text}%.`,
          {
            jenis: 'anggaran',
            lingkup: 'total',
            pagu: formatRupiah(fig.anggaran.pagu),
            realisasi: formatRupiah(fig.anggaran.realisasi),
            serapan: fig.anggaran.text,
          },
        ),
      ),
    );
  const saran = narasiPart(ctx, 'Saran', '4');
  if (saran)
    blocks.push(
      paragraf('Saran yang dapat disampaikan untuk perbaikan kinerja ke depan adalah sebagai berikut.'),
      ...saran,
    );
  return blocks;
}

/**
 * The compact form's simpulan: the count of indicators that met their target, in one sentence
 * (each sasaran's is in the Ikhtisar's table and in BAB III).
 */
function simpulanRingkas(ctx: ReportContext): Block {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const { parts, claims } = jumlahTercapai(fig.indikator, t);
  const missed = claims.some((c) => c.jenis === 'jumlah' && c.apa === 'indikator-belum-tercapai');
  return paragrafKlaim(
    nyatakan(
      `Dari ${jumlahKata(fig.sasaran.length)} sasaran strategis dengan ${jumlahKata(fig.indikator.length)} indikator kinerja utama yang ditetapkan untuk Tahun ${t}, ${daftarKata(parts)}${missed ? '; indikator yang belum mencapai target menjadi perhatian utama untuk diperbaiki pada tahun berikutnya' : ''}. Capaian setiap sasaran dirangkum pada Ikhtisar Eksekutif dan diuraikan pada BAB III.`,
      { jenis: 'jumlah', apa: 'sasaran', n: fig.sasaran.length },
      { jenis: 'jumlah', apa: 'indikator', n: fig.indikator.length },
      ...claims,
    ),
  );
}

/**
 * BAB IV Penutup (PermenPAN-RB 53/2014): "simpulan umum atas capaian kinerja organisasi serta
 * langkah di masa mendatang yang akan dilakukan organisasi untuk meningkatkan kinerjanya". The
 * langkah are the office's own (langkah.ts); without them the part is left out, not invented.
 */
export function bab4Blocks(ctx: ReportContext): Block[] {
  const t = ctx.tahun;
  const langkah = langkahKeDepan(ctx);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: JUDUL_BAB_IV },
    paragraf(
      `Laporan Kinerja ${ctx.instansiLengkap} Tahun ${t} merupakan pertanggungjawaban tertulis atas pelaksanaan tugas dan fungsi serta penggunaan anggaran selama Tahun ${t}, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.`,
    ),
  ];
  const diBab3 = langkahDiBab3(ctx);
  if (langkah.length > 0 || diBab3) blocks.push({ type: 'heading', level: 2, text: '4.1 Simpulan' });
  blocks.push(...simpulan(ctx));
  if (langkah.length > 0 || diBab3) blocks.push({ type: 'heading', level: 2, text: '4.2 Langkah di Masa Mendatang' });
  if (langkah.length > 0)
    blocks.push(
      paragraf(
        `Untuk meningkatkan kinerja pada tahun-tahun berikutnya, ${ctx.instansi} akan menempuh langkah berikut.`,
      ),
      daftarKantor(langkah, true),
    );
  if (diBab3)
    blocks.push(
      paragraf(
        `Langkah yang akan ditempuh untuk setiap indikator telah diuraikan bersama penyebab keberhasilan atau kegagalannya pada setiap sasaran di BAB III.`,
      ),
    );
  const penutup = narasiPart(ctx, 'Penutup', '4');
  blocks.push(
    ...(penutup ?? [
      paragraf(
        `Laporan Kinerja ini diharapkan menjadi bahan evaluasi dan perbaikan kinerja ${ctx.instansi} pada tahun berikutnya.`,
      ),
    ]),
  );
  blocks.push(...signatureBlocks(ctx), { type: 'pagebreak' });
  return blocks;
}
