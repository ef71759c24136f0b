import { formatRupiah } from '../numbers';
import { PERMENDAGRI_86_2017, PERMENPAN_14_2017, PERMENPAN_88_2021 } from '../rules/regulasi';
import { tercapai } from './bab3-capaian';
import { type ClaimData, type JumlahApa, type Stated, gabung, nyatakan } from './claims';
import { langkahKeDepan } from './langkah';
import { lampiranIsi } from './pernyataan-reviu';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiPart } from './narasi-part';
import { daftarKantor, daftarKata, hurufJudul, jumlahKata, paragraf, paragrafKlaim } from './sentences';

const JUDUL_BAB_I = 'BAB I PENDAHULUAN';

/** A section: the Narasi part when given, else the standard text built from the data; then its figures. */
function bagian(ctx: ReportContext, judul: string, part: string, standar: () => Block[]): Block[] {
  return [
    { type: 'heading', level: 2, text: judul },
    ...(narasiPart(ctx, part, '1') ?? standar()),
    ...ctx.gambar(part, '1'),
  ];
}

/** Struktur Organisasi: Narasi text and figure, placed at the end of Tugas dan Fungsi. */
function strukturOrganisasi(ctx: ReportContext): Block[] {
  return [...(narasiPart(ctx, 'Struktur Organisasi', '1') ?? []), ...ctx.gambar('Struktur Organisasi', '1')];
}

function latarBelakang(ctx: ReportContext): Block[] {
  return [
    paragraf(
      `Dalam rangka mewujudkan pemerintahan yang berdaya guna, berhasil guna, bersih dan bertanggung jawab, Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap instansi pemerintah menyusun laporan kinerja. Petunjuk penyusunannya diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.`,
    ),
    paragraf(
      `Laporan Kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun} memuat pencapaian kinerja selama satu tahun anggaran sesuai Indikator Kinerja Utama dan Perjanjian Kinerja Tahun ${ctx.tahun}, sehingga memberikan informasi yang terukur atas kinerja yang telah dan seharusnya dicapai sebagai bahan perbaikan yang berkesinambungan.`,
    ),
  ];
}

function countLevels(ctx: ReportContext): { program: number; kegiatan: number; sub: number } {
  const rows = ctx.wb.dpa?.rows ?? [];
  return {
    program: ctx.fig.programs.length,
    kegiatan: ctx.unit === 'program' ? rows.filter((r) => r.level === 'kegiatan').length : 0,
    sub: ctx.unit === 'sub kegiatan' ? 0 : rows.filter((r) => r.level === 'subkegiatan').length,
  };
}

function gambaranUmum(ctx: ReportContext): Block[] {
  const pimpinan = ctx.jabatan;
  const parts: (string | Stated)[] = [
    `${ctx.instansi} merupakan perangkat daerah${ctx.pemda ? ` di lingkungan Pemerintah ${ctx.pemda}` : ''}${pimpinan ? ` yang dipimpin oleh ${pimpinan}` : ''}.`,
  ];
  const nSasaran = ctx.fig.sasaran.length;
  const nIndikator = ctx.fig.indikator.length;
  if (nSasaran > 0) {
    parts.push(
      nyatakan(
        `Kinerjanya Tahun ${ctx.tahun} diukur melalui ${jumlahKata(nSasaran)} sasaran strategis dan ${jumlahKata(nIndikator)} indikator kinerja utama.`,
        { jenis: 'jumlah', apa: 'sasaran', n: nSasaran },
        { jenis: 'jumlah', apa: 'indikator', n: nIndikator },
      ),
    );
  }
  const n = countLevels(ctx);
  const anggaran = ctx.fig.anggaran;
  if (anggaran && n.program > 0) {
    const levels: [JumlahApa, number][] = [[ctx.unit, n.program]];
    if (n.kegiatan > 0) levels.push(['kegiatan', n.kegiatan]);
    if (n.sub > 0) levels.push(['sub kegiatan', n.sub]);
    parts.push(
      nyatakan(
        `Untuk mencapainya dilaksanakan ${daftarKata(levels.map(([apa, k]) => `${jumlahKata(k)} ${apa}`))} dengan pagu anggaran ${formatRupiah(anggaran.pagu)}.`,
        ...levels.map(([apa, k]): ClaimData => ({ jenis: 'jumlah', apa, n: k })),
        { jenis: 'anggaran', lingkup: 'total', pagu: formatRupiah(anggaran.pagu) },
      ),
    );
  }
  return [paragrafKlaim(gabung(parts))];
}

function tugasFungsi(ctx: ReportContext): Block[] {
  const blocks: Block[] = [
    paragraf(
      `Tugas dan fungsi ${ctx.instansiLengkap} ditetapkan dalam peraturan kepala daerah tentang kedudukan, susunan organisasi, tugas dan fungsi serta tata kerja perangkat daerah.`,
    ),
  ];
  const programs = ctx.fig.programs.map((i) => hurufJudul(ctx.wb.dpa!.rows[i].uraian)).filter((u) => u !== '');
  if (programs.length > 0) {
    blocks.push(
      paragraf(`Pada Tahun ${ctx.tahun} tugas dan fungsi tersebut dilaksanakan melalui ${ctx.unit} berikut:`),
    );
    blocks.push({ type: 'list', items: programs, ordered: true });
  }
  return blocks;
}

function isuStrategis(ctx: ReportContext): Block[] {
  // The IKU Analisis of a missed target is the office's own account of a shortfall: a problem still faced.
  const analisis = ctx.fig.indikator
    .filter((f) => tercapai(f, ctx.tahun) === false)
    .map((f) => f.ind.analisis.trim())
    .filter((a) => a !== '');
  if (analisis.length > 0) {
    return [
      paragraf(
        `Berdasarkan evaluasi atas capaian kinerja, permasalahan yang masih dihadapi ${ctx.instansi} antara lain:`,
      ),
      daftarKantor([...new Set(analisis)]),
    ];
  }
  const sasaran = ctx.fig.sasaran.map((s) => s.sasaran.nama.trim()).filter((s) => s !== '');
  if (sasaran.length > 0) {
    return [
      paragraf(
        `Isu strategis yang dihadapi ${ctx.instansi} berkaitan dengan pencapaian sasaran strategis Rencana Strategis, yaitu:`,
      ),
      { type: 'list', items: sasaran },
    ];
  }
  return [
    paragraf(
      `Isu strategis ${ctx.instansi} berkaitan dengan peningkatan kualitas pelayanan publik dan akuntabilitas kinerja.`,
    ),
  ];
}

function landasanHukum(ctx: ReportContext): Block[] {
  const items = [
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
    'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;',
  ];
  if (ctx.wb.ikm) items.push(`${PERMENPAN_14_2017.judul};`);
  if (ctx.wb.akip) items.push(`${PERMENPAN_88_2021.judul};`);
  items.push(`${PERMENDAGRI_86_2017.judul}.`);
  return [
    paragraf(`Laporan Kinerja ${ctx.instansiLengkap} disusun berdasarkan:`),
    { type: 'list', items, ordered: true },
  ];
}

function sistematika(ctx: ReportContext): Block[] {
  return [
    paragraf(`Sistematika Laporan Kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun} adalah sebagai berikut:`),
    {
      type: 'list',
      items: [
        'Ikhtisar Eksekutif: ringkasan sasaran, capaian indikator kinerja utama, realisasi anggaran, permasalahan dan langkah ke depan.',
        'BAB I Pendahuluan: latar belakang, gambaran umum, tugas dan fungsi, isu strategis, landasan hukum dan sistematika laporan.',
        `BAB II Perencanaan Kinerja: ringkasan Rencana Strategis, Indikator Kinerja Utama, Perjanjian Kinerja Tahun ${ctx.tahun} serta program dan anggarannya.`,
        'BAB III Akuntabilitas Kinerja: capaian kinerja untuk setiap sasaran strategis beserta analisisnya, dan realisasi anggaran.',
        langkahKeDepan(ctx).length > 0
          ? 'BAB IV Penutup: simpulan atas capaian kinerja serta langkah di masa mendatang untuk meningkatkan kinerja.'
          : 'BAB IV Penutup: simpulan atas capaian kinerja.',
        ...(lampiranIsi(ctx).length > 0 ? [`Lampiran: ${daftarKata(lampiranIsi(ctx))}.`] : []),
      ],
    },
  ];
}

export function bab1Blocks(ctx: ReportContext): Block[] {
  return [
    { type: 'heading', level: 1, text: JUDUL_BAB_I },
    ...bagian(ctx, '1.1 Latar Belakang', 'Latar Belakang', () => latarBelakang(ctx)),
    ...bagian(ctx, '1.2 Gambaran Umum', 'Gambaran Umum', () => gambaranUmum(ctx)),
    ...bagian(ctx, '1.3 Tugas dan Fungsi', 'Tugas dan Fungsi', () => tugasFungsi(ctx)),
    ...strukturOrganisasi(ctx),
    ...bagian(ctx, '1.4 Isu Strategis', 'Isu Strategis', () => isuStrategis(ctx)),
    ...bagian(ctx, '1.5 Landasan Hukum', 'Landasan Hukum', () => landasanHukum(ctx)),
    { type: 'heading', level: 2, text: '1.6 Sistematika' },
    ...sistematika(ctx),
    { type: 'pagebreak' },
  ];
}
