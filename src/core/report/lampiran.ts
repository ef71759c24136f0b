import { tabelPerjanjianKinerja, tabelProgramPagu } from './bab2-perencanaan';
import { tanggalIndonesia } from './indonesian-date';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { hurufJudul, paragraf } from './sentences';
import { penandaTangan, signatureBlocks } from './signature';

const JUDUL_LAMPIRAN = 'LAMPIRAN';

const RUANG_TANDA_TANGAN = 48;

/** The superior who signs as PIHAK KEDUA: Profil `Jabatan Atasan`, else the head of the pemda. */
function jabatanAtasan(ctx: ReportContext): string {
  const typed = ctx.profil?.jabatanAtasan?.trim() ?? '';
  if (typed) return hurufJudul(typed);
  const m = /^(kabupaten|kota|provinsi)\s+(.+)$/i.exec(ctx.pemda.trim());
  if (!m) return '';
  const head = { kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' }[m[1].toLowerCase() as 'kabupaten'];
  return `${head} ${m[2].trim()}`;
}

/** The two-party form of PermenPAN-RB 53/2014: PIHAK PERTAMA and PIHAK KEDUA, both signing. */
function duaPihak(ctx: ReportContext, atasan: { jabatan: string; nama: string }): Block[] {
  const p = ctx.profil;
  const nama = p?.namaPimpinan.trim() ?? '';
  const jabatan = ctx.jabatan;
  const tanggal = p?.tanggalPk ? tanggalIndonesia(p.tanggalPk) : '';
  const tempat = p?.tempat.trim() ?? '';
  const blocks: Block[] = [
    { type: 'paragraph', text: `PERJANJIAN KINERJA TAHUN ${ctx.tahun}`, align: 'center', bold: true },
    { type: 'paragraph', text: ctx.instansiLengkap.toUpperCase(), align: 'center', bold: true },
    paragraf(
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    ),
    paragraf(`Nama\t: ${nama}`),
    paragraf(`Jabatan\t: ${jabatan}`),
    paragraf('selanjutnya disebut PIHAK PERTAMA,'),
    paragraf(`Nama\t: ${atasan.nama}`),
    paragraf(`Jabatan\t: ${atasan.jabatan}`),
    paragraf('selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.'),
    paragraf(
      'PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
    ),
    paragraf(
      'PIHAK KEDUA akan melakukan supervisi yang diperlukan serta melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    ),
  ];
  // The date above PIHAK PERTAMA's half, then both parties side by side on one row kept whole on
  // one page: PIHAK KEDUA (the superior) left, PIHAK PERTAMA right, as the PK form is signed.
  if (tanggal)
    blocks.push({
      type: 'paragraph',
      text: tempat ? `${tempat}, ${tanggal}` : tanggal,
      align: 'signature',
      spaceBefore: 24,
      keepWithNext: true,
    });
  const atas = tanggal ? 0 : 24;
  blocks.push({
    type: 'signatures',
    columns: [
      [
        { text: 'PIHAK KEDUA,', bold: true, spaceBefore: atas },
        { text: atasan.jabatan.toUpperCase(), bold: true },
        { text: atasan.nama, bold: true, spaceBefore: RUANG_TANDA_TANGAN },
      ],
      [{ text: 'PIHAK PERTAMA,', bold: true, spaceBefore: atas }, ...penandaTangan(ctx)],
    ],
  });
  return blocks;
}

/**
 * Lampiran: the Perjanjian Kinerja of the reporting year. With the superior's name (Profil
 * `Nama Atasan`) and jabatan (`Jabatan Atasan`, or Bupati/Wali Kota/Gubernur of the pemda) it is
 * the two-party form, dated `Tanggal PK`; without them, the targets and programs under the head's
 * own signature.
 */
export function lampiranBlocks(ctx: ReportContext): Block[] {
  if (ctx.fig.indikator.length === 0) return [];
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: JUDUL_LAMPIRAN },
    { type: 'heading', level: 2, text: `Perjanjian Kinerja Tahun ${ctx.tahun}` },
  ];
  const atasan = { jabatan: jabatanAtasan(ctx), nama: ctx.profil?.namaAtasan?.trim() ?? '' };
  const twoParty = atasan.jabatan !== '' && atasan.nama !== '' && (ctx.profil?.namaPimpinan.trim() ?? '') !== '';
  if (twoParty) blocks.push(...duaPihak(ctx, atasan));
  else
    blocks.push(
      paragraf(
        `${ctx.jabatan || `Pimpinan ${ctx.instansiLengkap}`} berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah yang telah ditetapkan dalam dokumen perencanaan.`,
      ),
    );
  blocks.push(tabelPerjanjianKinerja(ctx, 'L'));
  const program = tabelProgramPagu(ctx, 'L');
  if (program) blocks.push(program);
  if (!twoParty) blocks.push(...signatureBlocks(ctx));
  return blocks;
}
