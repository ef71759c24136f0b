/**
 * "Buat Laporan Triwulan": the short quarterly report of the Rencana Aksi (docs/rules.md#laporan-triwulan)
 * — per sasaran and indicator the target and realisasi of the quarter and up to it, the capaian and
 * kategori, the rencana aksi, kendala and tindak lanjut as the office wrote them; the budget spent up
 * to the quarter when the DPA keeps its quarters; closed and signed by the head. Every sentence about
 * the figures states a claim (claims.ts), as in the LKjIP.
 */
import { decimalOf } from '../amount';
import { ZERO } from '../decimal';
import type { Workbook } from '../layout/model';
import { formatMoney, formatRupiah } from '../numbers';
import { dpaRowRealisasiSampai, dpaTriwulanDilaporkan, romawi, type Triwulan } from '../rules/triwulan';
import { type ClaimData, type Stated, gabung, nyatakan } from './claims';
import { createContext, type ReportContext } from './report-context';
import { NO_VALUE, serapanOf } from './report-figures';
import type { Block, BuildOptions, ReportDocument, TableBlock } from './report-types';
import { daftarKata, jumlahKata, kalimat, kapital, paragraf, paragrafKlaim } from './sentences';
import { signatureBlocks } from './signature';
import { subNumbering } from './table';
import {
  bulanSampai,
  type IndikatorTriwulan,
  indikatorTriwulan,
  kalimatTriwulan,
  klaimTriwulan,
  namaTriwulan,
  tercapaiTriwulan,
} from './triwulan-figures';

/** `Laporan Kinerja Triwulan II`: the Doc's title and footer start with it. */
export function judulTriwulan(n: Triwulan): string {
  return `Laporan Kinerja ${namaTriwulan(n)}`;
}

/** `TW II` for a table header, kept on one line (a no-break space). */
const twPendek = (n: Triwulan) => `TW\u00a0${romawi(n)}`;

/** Under each table: the abbreviations of its header. */
const KETERANGAN_TW = 'TW: triwulan; s.d.: sampai dengan.';

/** Tables numbered 1, 2, … in this short document (it has no chapters). */
function tabelBernomor(): (title: string, table: Omit<TableBlock, 'type' | 'caption'>) => TableBlock {
  let n = 0;
  return (title, table) => ({ type: 'table', caption: `Tabel ${++n} ${title}`, ...table });
}

/** How the quarters make the figures up to a quarter, for the cara hitung the indicators use. */
function caraHitungKalimat(ctx: ReportContext, all: IndikatorTriwulan[]): string {
  const by = (cara: string) =>
    all.filter((t) => t.quarters && t.row?.caraHitung === cara).map((t) => ctx.sebut(t.f.ind.indikator));
  const parts: string[] = [];
  const kumulatif = by('kumulatif');
  const akhir = by('nilai-akhir');
  const rata = by('rata-rata');
  if (kumulatif.length > 0)
    parts.push(`untuk ${daftarKata(kumulatif)} adalah jumlah realisasi sejak Triwulan I (kumulatif)`);
  if (akhir.length > 0) parts.push(`untuk ${daftarKata(akhir)} adalah nilai pada akhir triwulan tersebut`);
  if (rata.length > 0) parts.push(`untuk ${daftarKata(rata)} adalah rata-rata realisasi sejak Triwulan I`);
  return parts.length > 0 ? ` Realisasi sampai dengan suatu triwulan ${daftarKata(parts)}.` : '';
}

/**
 * The summary table: one row per indicator (its IKU number, its satuan on a second line), grouped
 * under its sasaran; seven columns, narrow enough for a portrait page at 9 pt.
 */
function tabelCapaian(
  ctx: ReportContext,
  all: IndikatorTriwulan[],
  n: Triwulan,
  bernomor: ReturnType<typeof tabelBernomor>,
): TableBlock {
  // `TW II` in the header (explained in the note) leaves the indicator's column room on a portrait page.
  const tw = twPendek(n);
  const rows: string[][] = [];
  const bold: number[] = [];
  for (const s of ctx.fig.sasaran) {
    bold.push(rows.length);
    rows.push([`Sasaran ${s.nomor}: ${s.sasaran.nama}`, '', '', '', '', '', '']);
    for (const f of s.indikator) {
      const t = all.find((x) => x.f === f) as IndikatorTriwulan;
      const q = t.quarters?.[n - 1];
      const c = t.capaian(n);
      const satuan = f.ind.satuan.trim();
      rows.push([
        `${f.nomor}. ${f.ind.indikator}${satuan ? `\nSatuan: ${satuan}` : ''}`,
        t.angka(q?.targetTriwulan ?? null),
        t.angka(q?.realisasiTriwulan ?? null),
        t.target(q?.targetSampai ?? null),
        t.angka(q?.realisasiSampai ?? null),
        c.text,
        c.kategori || NO_VALUE,
      ]);
    }
  }
  return bernomor(`Capaian Indikator Kinerja ${namaTriwulan(n)} Tahun ${ctx.tahun}`, {
    header: [
      'Indikator Kinerja',
      `Target ${tw}`,
      `Realisasi ${tw}`,
      `Target s.d. ${tw}`,
      `Realisasi s.d. ${tw}`,
      'Capaian (%)',
      'Kategori',
    ],
    rows,
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    boldRows: bold,
    note: KETERANGAN_TW,
  });
}

/** After the table: how many indicators met the target up to the quarter, and which (claims). */
function ringkasan(ctx: ReportContext, all: IndikatorTriwulan[], n: Triwulan): Stated {
  const tw = namaTriwulan(n);
  const met = all.filter((t) => tercapaiTriwulan(t, n) === true);
  const missed = all.filter((t) => tercapaiTriwulan(t, n) === false);
  const unknown = all.filter((t) => tercapaiTriwulan(t, n) === null);
  // Each count as stated: `belum ada`, `seluruhnya`, or `2 (dua)`; a count of 0 beside others is left unsaid.
  const tercapai: ClaimData = { jenis: 'jumlah', apa: 'indikator-tercapai', n: met.length, triwulan: n };
  const belum: ClaimData = { jenis: 'jumlah', apa: 'indikator-belum-tercapai', n: missed.length, triwulan: n };
  const counts = [
    met.length > 0 ? `${jumlahKata(met.length)} telah mencapai target` : '',
    missed.length > 0 ? `${jumlahKata(missed.length)} belum mencapai target` : '',
    unknown.length > 0 ? `${jumlahKata(unknown.length)} belum dapat diukur` : '',
  ].filter(Boolean);
  let jumlah: string;
  const hitung: ClaimData[] = [{ jenis: 'jumlah', apa: 'indikator', n: all.length }, tercapai];
  if (met.length === all.length) jumlah = 'seluruhnya telah mencapai target';
  else if (met.length === 0 && missed.length === 0) jumlah = 'belum ada yang dapat diukur';
  else if (met.length === 0)
    jumlah = `belum ada yang mencapai target${unknown.length > 0 ? `: ${daftarKata(counts)}` : ''}`;
  else jumlah = daftarKata(counts);
  if (met.length === all.length || missed.length > 0) hitung.push(belum);
  const parts: Stated[] = [
    nyatakan(
      `Sampai dengan ${tw} Tahun ${ctx.tahun}, dari ${jumlahKata(all.length)} indikator kinerja utama, ${jumlah}.`,
      ...hitung,
    ),
  ];
  // `Target sampai dengan Triwulan II untuk IKM (capaian 99,67%) … belum tercapai`: one claim per indicator.
  const daftar = (xs: IndikatorTriwulan[], verdict: string, awal: string) =>
    nyatakan(
      `${awal} sampai dengan ${tw} untuk ${daftarKata(xs.map((t) => `${ctx.sebut(t.f.ind.indikator)} (capaian ${t.capaian(n).text}%)`))} ${verdict}`,
      ...xs.map((t) => klaimTriwulan(t, n)),
    );
  const verdicts: Stated[] = [];
  if (met.length > 0 && met.length < all.length) verdicts.push(daftar(met, 'tercapai', 'Target'));
  if (missed.length > 0) verdicts.push(daftar(missed, 'belum tercapai', verdicts.length > 0 ? 'target' : 'Target'));
  if (verdicts.length > 0) parts.push(gabung([gabung(verdicts, ', sedangkan '), '.'], ''));
  if (unknown.length > 0 && unknown.length < all.length)
    parts.push(
      nyatakan(
        `Capaian ${daftarKata(unknown.map((t) => ctx.sebut(t.f.ind.indikator)))} sampai dengan ${tw} belum dapat diukur.`,
        ...unknown.map((t) => klaimTriwulan(t, n)),
      ),
    );
  return gabung(parts);
}

/** The office's own words for an indicator: rencana aksi, kendala, tindak lanjut, each as written. */
function teksKantor(t: IndikatorTriwulan): Block[] {
  const row = t.row;
  if (!row) return [];
  const lines: [string, string][] = [
    ['Rencana aksi', row.rencanaAksi],
    ['Kendala', row.kendala],
    ['Tindak lanjut', row.tindakLanjut],
  ];
  return lines
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => ({ ...paragraf(kalimat(`${label}: ${text.trim()}`)), fromOffice: true as const }));
}

/** The capaian part: the table, the summary, then each sasaran with its indicators. */
function capaianBlocks(
  ctx: ReportContext,
  all: IndikatorTriwulan[],
  n: Triwulan,
  bernomor: ReturnType<typeof tabelBernomor>,
): Block[] {
  const sub = subNumbering('B');
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: `B. Capaian Kinerja sampai dengan ${namaTriwulan(n)}` },
    paragraf(
      `Capaian setiap indikator kinerja utama dihitung dari realisasi terhadap target sampai dengan ${namaTriwulan(n)}, dengan rumus dan polaritas yang sama dengan capaian tahunan, dan dikategorikan menurut skala Permendagri Nomor 86 Tahun 2017.${caraHitungKalimat(ctx, all)}`,
    ),
    tabelCapaian(ctx, all, n, bernomor),
    paragrafKlaim(ringkasan(ctx, all, n)),
  ];
  for (const s of ctx.fig.sasaran) {
    blocks.push({ type: 'heading', level: 3, text: `${sub()} Sasaran ${s.nomor}: ${s.sasaran.nama}` });
    for (const f of s.indikator) {
      const t = all.find((x) => x.f === f) as IndikatorTriwulan;
      blocks.push(
        { type: 'paragraph', text: `${f.nomor}. ${f.ind.indikator}`, bold: true, keepWithNext: true },
        paragrafKlaim(kalimatTriwulan(ctx, t, n)),
        ...teksKantor(t),
      );
    }
  }
  return blocks;
}

/**
 * The budget up to the quarter (DPA `Realisasi TW`): each top-level row's pagu, the quarter's own
 * spending, the spending up to the quarter and its serapan, with the total; [] when the DPA keeps
 * no quarters at all.
 */
function anggaranBlocks(ctx: ReportContext, n: Triwulan, bernomor: ReturnType<typeof tabelBernomor>): Block[] {
  const dpa = ctx.wb.dpa;
  if (!dpa?.rows.some((r) => r.realisasiTw?.some((q) => q.value !== null))) return [];
  const tw = namaTriwulan(n);
  const heading: Block = { type: 'heading', level: 2, text: `C. Realisasi Anggaran sampai dengan ${tw}` };
  if (!dpaTriwulanDilaporkan(dpa, n))
    return [heading, paragraf(`Realisasi anggaran ${tw} Tahun ${ctx.tahun} belum dilaporkan.`)];
  const programs = ctx.fig.programs;
  const sampai = (i: number) => dpaRowRealisasiSampai(dpa, i, n);
  const sebelum = (i: number) => (n === 1 ? ZERO : dpaRowRealisasiSampai(dpa, i, (n - 1) as Triwulan));
  const rows = programs.map((i, k) => {
    const r = dpa.rows[i];
    const pagu = decimalOf(r.pagu);
    return [
      String(k + 1),
      r.kode,
      r.uraian,
      formatMoney(pagu),
      formatMoney(sampai(i).minus(sebelum(i))),
      formatMoney(sampai(i)),
      serapanOf(pagu, sampai(i)).text,
    ];
  });
  const pagu = programs.reduce((s, i) => s.plus(dpa.rows[i].pagu), ZERO);
  const total = programs.reduce((s, i) => s.plus(sampai(i)), ZERO);
  const totalSebelum = programs.reduce((s, i) => s.plus(sebelum(i)), ZERO);
  const jumlah = serapanOf(pagu, total);
  rows.push([
    '',
    '',
    'JUMLAH',
    formatMoney(pagu),
    formatMoney(total.minus(totalSebelum)),
    formatMoney(total),
    jumlah.text,
  ]);
  const unit = kapital(ctx.unit);
  return [
    heading,
    paragrafKlaim(
      nyatakan(
        `Sampai dengan ${tw} Tahun ${ctx.tahun}, realisasi anggaran ${ctx.instansi} sebesar ${formatRupiah(total)} dari pagu ${formatRupiah(pagu)}${jumlah.persen ? `, atau serapan ${jumlah.text}%` : ''}. Rinciannya per ${ctx.unit} disajikan pada tabel berikut.`,
        {
          jenis: 'anggaran-triwulan',
          lingkup: 'total',
          triwulan: n,
          pagu: formatRupiah(pagu),
          realisasi: formatRupiah(total),
          serapan: jumlah.persen ? jumlah.text : null,
        },
      ),
    ),
    bernomor(`Realisasi Anggaran sampai dengan ${tw} Tahun ${ctx.tahun}`, {
      header: [
        'No',
        'Kode',
        unit,
        'Pagu (Rp)',
        `Realisasi ${twPendek(n)} (Rp)`,
        `Realisasi s.d. ${twPendek(n)} (Rp)`,
        'Serapan (%)',
      ],
      rows,
      align: ['center', 'left', 'left', 'right', 'right', 'right', 'right'],
      totalRow: true,
      note: KETERANGAN_TW,
    }),
  ];
}

/** The Laporan Triwulan of quarter n (1–4) of the reporting year. `onPart` hears its parts as they are built. */
export function buildLaporanTriwulan(
  wb: Workbook,
  n: Triwulan,
  opts: BuildOptions & { onPart?: (part: string) => void } = {},
): ReportDocument {
  const ctx = createContext(wb, opts);
  ctx.bab = 'TW';
  const tw = namaTriwulan(n);
  const bernomor = tabelBernomor();
  opts.onPart?.(`Menyusun ${judulTriwulan(n)}`);
  const all = indikatorTriwulan(ctx);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `${judulTriwulan(n).toUpperCase()} TAHUN ${ctx.tahun}` },
    {
      type: 'paragraph',
      text: [ctx.instansi.toUpperCase(), ctx.pemda.toUpperCase()].filter(Boolean).join('\n'),
      align: 'center',
      bold: true,
    },
    { type: 'heading', level: 2, text: 'A. Pendahuluan' },
    paragraf(
      `Laporan ini menyajikan capaian kinerja ${ctx.instansiLengkap} sampai dengan ${tw} (${bulanSampai(n)}) Tahun ${ctx.tahun} atas indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun ${ctx.tahun}, beserta rencana aksi, kendala, dan tindak lanjutnya. Target setiap triwulan berasal dari rencana aksi yang menjabarkan target tahunan Perjanjian Kinerja ke dalam target sampai dengan akhir setiap triwulan. Laporan ini menjadi bahan pemantauan pelaksanaan Perjanjian Kinerja dan bahan penyusunan Laporan Kinerja Tahun ${ctx.tahun}.`,
    ),
    ...capaianBlocks(ctx, all, n, bernomor),
    ...anggaranBlocks(ctx, n, bernomor),
  ];
  const penutup = blocks.some((b) => b.type === 'heading' && b.text.startsWith('C.')) ? 'D' : 'C';
  blocks.push(
    { type: 'heading', level: 2, text: `${penutup}. Penutup` },
    paragraf(
      `Demikian Laporan Kinerja ${tw} Tahun ${ctx.tahun} ${ctx.instansiLengkap} ini disusun sebagai pertanggungjawaban pelaksanaan rencana aksi sampai dengan ${tw} dan sebagai dasar langkah perbaikan pada ${n === 4 ? 'tahun' : 'triwulan'} berikutnya.`,
    ),
    // Signed when it is written: Profil's Tanggal dates the year's LKjIP, not this report.
    ...signatureBlocks(ctx, ctx.hariIni),
  );
  return { title: `${judulTriwulan(n)} ${ctx.instansiLengkap} Tahun ${ctx.tahun}`, blocks };
}
