import { formatRupiah } from '../numbers';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiPart } from './narasi-part';
import { daftarKata, hurufJudul, jumlahKata, paragraf } from './sentences';

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
  const text: string[] = [];
  const pimpinan = ctx.jabatan;
  text.push(
    `${ctx.instansi} merupakan perangkat daerah${ctx.pemda ? ` di lingkungan Pemerintah ${ctx.pemda}` : ''}${pimpinan ? ` yang dipimpin oleh ${pimpinan}` : ''}.`,
  );
  const nSasaran = ctx.fig.sasaran.length;
  const nIndikator = ctx.fig.indikator.length;
  if (nSasaran > 0) {
    text.push(
      `Pada Tahun ${ctx.tahun} ditetapkan ${jumlahKata(nSasaran)} sasaran strategis dengan ${jumlahKata(nIndikator)} indikator kinerja utama.`,
    );
  }
  const n = countLevels(ctx);
  if (ctx.fig.anggaran && n.program > 0) {
    const parts = [`${jumlahKata(n.program)} ${ctx.unit}`];
    if (n.kegiatan > 0) parts.push(`${n.kegiatan} kegiatan`);
    if (n.sub > 0) parts.push(`${n.sub} sub kegiatan`);
    text.push(
      `Untuk mencapainya dilaksanakan ${daftarKata(parts)} dengan pagu anggaran ${formatRupiah(ctx.fig.anggaran.pagu)}.`,
    );
  }
  return [paragraf(text.join(' '))];
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
  const analisis = ctx.fig.indikator.map((f) => f.ind.analisis.trim()).filter((a) => a !== '');
  if (analisis.length > 0) {
    return [
      paragraf(
        `Berdasarkan evaluasi atas capaian kinerja, permasalahan yang masih dihadapi ${ctx.instansi} antara lain:`,
      ),
      { type: 'list', items: analisis },
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
  if (ctx.wb.ikm)
    items.push(
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;',
    );
  if (ctx.wb.akip)
    items.push(
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah;',
    );
  items.push(
    'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah.',
  );
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
        'BAB IV Penutup: simpulan atas capaian kinerja serta langkah perbaikan ke depan.',
        `Lampiran: Perjanjian Kinerja Tahun ${ctx.tahun}.`,
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
