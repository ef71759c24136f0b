import { decimalOf } from '../amount';
import { ZERO } from '../decimal';
import { formatMoney, formatRupiah } from '../numbers';
import { formInstansi } from './build-perjanjian';
import { tabelTargetPk } from './perjanjian-kinerja';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { narasiPart } from './narasi-part';
import { nyatakan } from './claims';
import { jumlahKata, kapital, paragraf, paragrafKlaim } from './sentences';
import { sekaliPerKelompok, subNumbering, tabel } from './table';

const JUDUL_BAB_II = 'BAB II PERENCANAAN KINERJA';

const POLARITAS_LABEL = { positif: 'Positif', negatif: 'Negatif', terbalik: 'Negatif (T/R)' } as const;

function periode(ctx: ReportContext): string {
  const p = ctx.profil?.periodeRenstra.trim() ?? '';
  if (p) return p;
  const years = ctx.wb.iku?.targetYears ?? [];
  return years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(ctx.tahun);
}

function renstra(ctx: ReportContext, section: string): Block[] {
  const sub = subNumbering(section);
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: `${section} Rencana Strategis` },
    paragraf(
      `Rencana Strategis (Renstra) ${ctx.instansiLengkap} periode ${periode(ctx)} merupakan dokumen perencanaan jangka menengah yang menjabarkan visi dan misi kepala daerah ke dalam tujuan, sasaran strategis, indikator kinerja dan target tahunan, serta menjadi acuan penyusunan Rencana Kerja dan Perjanjian Kinerja setiap tahun.`,
    ),
  ];
  const visi = narasiPart(ctx, 'Visi', '2');
  if (visi) blocks.push({ type: 'heading', level: 3, text: `${sub()} Visi` }, ...visi);
  const misi = narasiPart(ctx, 'Misi', '2');
  if (misi) blocks.push({ type: 'heading', level: 3, text: `${sub()} Misi` }, ...misi);

  const fig = ctx.fig;
  if (fig.indikator.length === 0) return blocks;
  const years = ctx.wb.iku?.targetYears ?? [];
  const nTujuan = new Set(fig.indikator.map((f) => f.ind.tujuan.trim()).filter((t) => t !== '')).size;
  blocks.push({ type: 'heading', level: 3, text: `${sub()} Tujuan dan Sasaran` });
  // The compact form gives the targets once, in the IKU table with the formulas (ikuTable).
  const where = ctx.ringkas ? 'yang disajikan bersama Indikator Kinerja Utama pada bagian berikut' : 'sebagai berikut';
  blocks.push(
    paragrafKlaim(
      nyatakan(
        `Renstra menetapkan ${nTujuan > 0 ? `${jumlahKata(nTujuan)} tujuan dengan ` : ''}${jumlahKata(fig.sasaran.length)} sasaran strategis dan ${jumlahKata(fig.indikator.length)} indikator kinerja, dengan target tahunan ${where}.`,
        ...(nTujuan > 0 ? [{ jenis: 'jumlah', apa: 'tujuan', n: nTujuan } as const] : []),
        { jenis: 'jumlah', apa: 'sasaran', n: fig.sasaran.length },
        { jenis: 'jumlah', apa: 'indikator', n: fig.indikator.length },
      ),
    ),
  );
  if (ctx.ringkas) return blocks;
  const tujuan = sekaliPerKelompok(fig.indikator.map((f) => f.ind.tujuan.trim()));
  const sasaran = sekaliPerKelompok(fig.indikator.map((f) => f.ind.sasaran.trim()));
  blocks.push(
    tabel(
      ctx,
      '2',
      `Tujuan, Sasaran, Indikator dan Target Kinerja Renstra ${periode(ctx)}`,
      // The caption says these are targets: the year alone heads its column, so the table fits a portrait page.
      ['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', ...years.map((y) => String(y))],
      fig.indikator.map((f, i) => [
        String(f.nomor),
        tujuan[i],
        sasaran[i],
        f.ind.indikator,
        f.ind.satuan,
        ...years.map((y) => f.targetText(y)),
      ]),
      ['center', 'left', 'left', 'left', 'left', ...years.map(() => 'right' as const)],
    ),
  );
  return blocks;
}

/**
 * The compact form's one table of the indicators: each with its formula and the Renstra target of
 * every year (in place of the Renstra's table and the IKU's, which repeat the names), under a row
 * for its tujuan and one for its sasaran (bold, spanning the table, kept with the rows under them).
 */
function ikuTable(ctx: ReportContext): Block {
  const fig = ctx.fig;
  const years = ctx.wb.iku?.targetYears ?? [];
  const width = 5 + years.length;
  const rows: string[][] = [];
  const groups: number[] = [];
  const group = (text: string) => {
    groups.push(rows.length);
    rows.push(['', text, ...new Array<string>(width - 2).fill('')]);
  };
  let tujuan: string | null = null;
  for (const s of fig.sasaran) {
    for (const f of s.indikator) {
      const t = f.ind.tujuan.trim();
      if (t !== '' && t !== tujuan) group(`Tujuan: ${t}`);
      tujuan = t;
      if (f === s.indikator[0]) group(`Sasaran ${s.nomor}: ${s.sasaran.nama}`);
      rows.push([
        String(f.nomor),
        f.ind.indikator,
        f.ind.satuan,
        POLARITAS_LABEL[f.ind.polaritas],
        f.ind.formula.trim() || '-',
        ...years.map((y) => f.targetText(y)),
      ]);
    }
  }
  return tabel(
    ctx,
    '2',
    `Indikator Kinerja Utama dan Target Renstra ${periode(ctx)}`,
    ['No', 'Indikator Kinerja Utama', 'Satuan', 'Polaritas', 'Formula / Sumber Data', ...years.map((y) => String(y))],
    rows,
    ['center', 'left', 'left', 'left', 'left', ...years.map(() => 'right' as const)],
    { boldRows: groups, merges: groups.map((row) => ({ row, col: 1, rowSpan: 1, colSpan: width - 1 })) },
  );
}

function iku(ctx: ReportContext, sec: () => string): Block[] {
  const fig = ctx.fig;
  if (fig.indikator.length === 0) return [];
  const sasaran = sekaliPerKelompok(fig.indikator.map((f) => f.ind.sasaran.trim()));
  const intro = `Indikator Kinerja Utama (IKU) merupakan ukuran keberhasilan tujuan dan sasaran strategis ${ctx.instansi}.`;
  if (ctx.ringkas)
    return [
      { type: 'heading', level: 2, text: `${sec()} Indikator Kinerja Utama` },
      paragraf(`${intro} IKU beserta formula pengukuran dan target Renstra setiap tahunnya adalah sebagai berikut.`),
      ikuTable(ctx),
    ];
  return [
    { type: 'heading', level: 2, text: `${sec()} Indikator Kinerja Utama` },
    paragraf(`${intro} IKU beserta formula pengukurannya adalah sebagai berikut.`),
    tabel(
      ctx,
      '2',
      `Indikator Kinerja Utama ${ctx.instansiLengkap}`,
      ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Polaritas', 'Formula / Sumber Data'],
      fig.indikator.map((f, i) => [
        String(f.nomor),
        sasaran[i],
        f.ind.indikator,
        f.ind.satuan,
        POLARITAS_LABEL[f.ind.polaritas],
        f.ind.formula.trim() || '-',
      ]),
      ['center', 'left', 'left', 'left', 'left', 'left'],
    ),
  ];
}

/** Perjanjian Kinerja of the reporting year: sasaran, indikator, satuan, target, as its form's lampiran has them. */
function tabelPerjanjianKinerja(ctx: ReportContext, chapter: string): Block {
  return tabelTargetPk(
    formInstansi(ctx),
    (title) => `${ctx.tables.next(chapter)} ${title}`,
    `Perjanjian Kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun}`,
  );
}

function perjanjianKinerja(ctx: ReportContext, sec: () => string): Block[] {
  if (ctx.fig.indikator.length === 0) return [];
  const janji = `Perjanjian Kinerja Tahun ${ctx.tahun} merupakan janji kinerja yang akan diwujudkan ${ctx.jabatan || 'pimpinan instansi'} dalam satu tahun, disusun mengacu pada Renstra, Rencana Kerja dan Dokumen Pelaksanaan Anggaran (DPA) Tahun ${ctx.tahun}`;
  const heading: Block = { type: 'heading', level: 2, text: `${sec()} Perjanjian Kinerja Tahun ${ctx.tahun}` };
  // The compact form prints its sasaran and targets once, in the Lampiran (the same targets as the Renstra's for the year).
  if (ctx.ringkas)
    return [
      heading,
      paragraf(
        `${janji}. Sasaran, indikator dan target kinerjanya, yaitu target Tahun ${ctx.tahun} pada tabel Indikator Kinerja Utama di atas, dimuat dalam naskah Perjanjian Kinerja pada Lampiran.`,
      ),
    ];
  return [heading, paragraf(`${janji}, dengan sasaran dan target sebagai berikut.`), tabelPerjanjianKinerja(ctx, '2')];
}

/** Programs with their pagu and the JUMLAH row. */
function tabelProgramPagu(ctx: ReportContext, chapter: string): Block | null {
  const dpa = ctx.wb.dpa;
  const fig = ctx.fig;
  if (!dpa || fig.programs.length === 0 || !fig.anggaran) return null;
  const rows = fig.programs.map((i, n) => {
    const r = dpa.rows[i];
    return [String(n + 1), r.kode, r.uraian, formatMoney(decimalOf(r.pagu))];
  });
  rows.push(['', '', 'JUMLAH', formatMoney(fig.anggaran.pagu)]);
  return tabel(
    ctx,
    chapter,
    `${kapital(ctx.unit)} dan Pagu Anggaran Tahun ${ctx.tahun}`,
    ['No', 'Kode', kapital(ctx.unit), 'Pagu (Rp)'],
    rows,
    ['center', 'left', 'left', 'right'],
    {
      totalRow: true,
    },
  );
}

/** Hasil Reviu: the review of the Renstra, IKU and Perjanjian Kinerja, when Narasi gives it. */
function hasilReviu(ctx: ReportContext, sec: () => string): Block[] {
  const blocks = narasiPart(ctx, 'Hasil Reviu', '2');
  if (!blocks) return [];
  return [{ type: 'heading', level: 2, text: `${sec()} Hasil Reviu Perencanaan Strategis` }, ...blocks];
}

function program(ctx: ReportContext, sec: () => string): Block[] {
  const table = tabelProgramPagu(ctx, '2');
  if (!table) return [];
  const anggaran = ctx.fig.anggaran;
  const pagu = anggaran?.pagu ?? ZERO;
  return [
    // The DPA's top level names the section: `Kegiatan dan Anggaran` for a DPA kept at kegiatan level.
    {
      type: 'heading',
      level: 2,
      text: `${sec()} ${ctx.unit.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase())} dan Anggaran Tahun ${ctx.tahun}`,
    },
    paragrafKlaim(
      nyatakan(
        `Untuk mencapai sasaran tersebut, pada Tahun Anggaran ${ctx.tahun} dilaksanakan ${jumlahKata(ctx.fig.programs.length)} ${ctx.unit} dengan total pagu ${formatRupiah(pagu)}, sebagai berikut.`,
        { jenis: 'jumlah', apa: ctx.unit, n: ctx.fig.programs.length },
        { jenis: 'anggaran', lingkup: 'total', pagu: formatRupiah(pagu) },
      ),
    ),
    table,
  ];
}

export function bab2Blocks(ctx: ReportContext): Block[] {
  const sec = subNumbering('2');
  return [
    { type: 'heading', level: 1, text: JUDUL_BAB_II },
    paragraf(
      `Perencanaan kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun} mengacu pada Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 dan terdiri atas Rencana Strategis, Indikator Kinerja Utama, Perjanjian Kinerja serta program dan anggaran.`,
    ),
    ...renstra(ctx, sec()),
    ...iku(ctx, sec),
    ...perjanjianKinerja(ctx, sec),
    ...hasilReviu(ctx, sec),
    ...program(ctx, sec),
    { type: 'pagebreak' },
  ];
}
