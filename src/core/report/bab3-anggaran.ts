import { type Decimal, ZERO } from '../decimal';
import type { DpaRow } from '../layout/model';
import { formatId, formatMoney, formatRupiah } from '../numbers';
import { paguMurniOf } from '../rules/pagu-murni';
import type { ReportContext } from './report-context';
import { NO_VALUE, serapanOf } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, denganSatuan, hurufJudul, kapital, paragraf } from './sentences';
import { tabel } from './table';

function kinerja(d: Decimal | null): string {
  if (d === null) return NO_VALUE;
  return formatId(d, d.isInteger() ? 0 : 2);
}

/** A zero amount in a budget table prints as `-`, as DPA documents do. */
function uang(d: Decimal): string {
  return d.isZero() ? NO_VALUE : formatMoney(d);
}

/**
 * A performance figure with its unit (`12 Laporan`, `100%`), so the table needs no Satuan column;
 * a no-break space keeps the figure on the line of its unit (never `4` / `Dokumen`).
 */
function kinerjaSatuan(d: Decimal | null, satuan: string): string {
  const text = kinerja(d);
  if (text === NO_VALUE) return text;
  // A score needs no unit word (`68`, not `68 Nilai`), as in the sentences.
  return denganSatuan(text, satuan).replace(' ', '\u00a0');
}

function detailRow(r: DpaRow): string[] {
  return [
    r.kode,
    r.uraian,
    r.indikator,
    uang(r.pagu),
    uang(r.realisasi),
    serapanOf(r.pagu, r.realisasi).text,
    kinerjaSatuan(r.targetKinerja.value, r.satuan),
    kinerjaSatuan(r.realisasiKinerja.value, r.satuan),
  ];
}

/**
 * Belanja Operasi / Belanja Modal (DPA `Jenis Belanja`): a row's jenis is its own or its nearest
 * parent's; the money is summed over the lowest rows (those without children), so each rupiah
 * counts once. The rest of the budget, when any, is `Belum diklasifikasikan`.
 */
function jenisBelanjaBlocks(ctx: ReportContext): Block[] {
  const dpa = ctx.wb.dpa;
  const total = ctx.fig.anggaran;
  if (!dpa || !total) return [];
  const jenis = (i: number): string => {
    for (let p = i; p >= 0; p = dpa.rows[p].parent) {
      const j = (dpa.rows[p].jenisBelanja ?? '').trim();
      if (j) return j;
    }
    return '';
  };
  const sums = new Map<string, { pagu: Decimal; realisasi: Decimal; label: string }>();
  dpa.rows.forEach((r, i) => {
    const j = jenis(i);
    if (r.children.length > 0 || !j) return;
    const key = j.toLowerCase().replace(/\s+/g, ' ');
    const had = sums.get(key) ?? { pagu: ZERO, realisasi: ZERO, label: hurufJudul(j) };
    sums.set(key, { label: had.label, pagu: had.pagu.plus(r.pagu), realisasi: had.realisasi.plus(r.realisasi) });
  });
  if (sums.size === 0) return [];
  const groups = [...sums.values()];
  const pagu = groups.reduce((s, g) => s.plus(g.pagu), ZERO);
  const realisasi = groups.reduce((s, g) => s.plus(g.realisasi), ZERO);
  if (!pagu.eq(total.pagu) || !realisasi.eq(total.realisasi))
    groups.push({
      label: 'Belum diklasifikasikan',
      pagu: total.pagu.minus(pagu),
      realisasi: total.realisasi.minus(realisasi),
    });
  const rows = groups.map((g, n) => [
    String(n + 1),
    g.label,
    formatMoney(g.pagu),
    formatMoney(g.realisasi),
    serapanOf(g.pagu, g.realisasi).text,
  ]);
  rows.push(['', 'JUMLAH', formatMoney(total.pagu), formatMoney(total.realisasi), total.text]);
  const share = groups
    .filter((g) => g.label !== 'Belum diklasifikasikan')
    .map((g) => `${g.label} ${formatRupiah(g.pagu)} (${persenText(g.pagu, total.pagu)}% dari pagu)`);
  return [
    paragraf(`Menurut jenis belanja, pagu anggaran Tahun ${ctx.tahun} terdiri atas ${daftarKata(share)}.`),
    tabel(
      ctx,
      '3',
      `Pagu dan Realisasi Anggaran per Jenis Belanja Tahun ${ctx.tahun}`,
      ['No', 'Jenis Belanja', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
      rows,
      ['center', 'left', 'right', 'right', 'right'],
      { totalRow: true },
    ),
  ];
}

function persenText(part: Decimal, whole: Decimal): string {
  return serapanOf(whole, part).text;
}

/** Pagu murni against pagu perubahan (P-APBD) per program, when DPA has `Pagu Murni`. */
function paguMurniBlocks(ctx: ReportContext): Block[] {
  const dpa = ctx.wb.dpa;
  const total = ctx.fig.anggaran;
  if (!dpa || !total) return [];
  const programs = ctx.fig.programs.map((i) => ({ r: dpa.rows[i], murni: paguMurniOf(dpa, i) }));
  if (programs.every((p) => p.murni === null)) return [];
  let murniTotal = ZERO;
  const rows = programs.map((p, n) => {
    const murni = p.murni ?? p.r.pagu;
    murniTotal = murniTotal.plus(murni);
    return [String(n + 1), p.r.uraian, formatMoney(murni), formatMoney(p.r.pagu), selisih(p.r.pagu.minus(murni))];
  });
  const beda = total.pagu.minus(murniTotal);
  rows.push(['', 'JUMLAH', formatMoney(murniTotal), formatMoney(total.pagu), selisih(beda)]);
  const arah = beda.isZero()
    ? 'tidak berubah'
    : `${beda.isPositive() ? 'bertambah' : 'berkurang'} ${formatRupiah(beda.abs())}`;
  return [
    paragraf(
      `Pagu anggaran murni Tahun ${ctx.tahun} sebesar ${formatRupiah(murniTotal)}; setelah perubahan APBD (P-APBD) pagu menjadi ${formatRupiah(total.pagu)} atau ${arah}.`,
    ),
    tabel(
      ctx,
      '3',
      `Pagu Murni dan Pagu Perubahan per ${kapital(ctx.unit)} Tahun ${ctx.tahun}`,
      ['No', kapital(ctx.unit), 'Pagu Murni (Rp)', 'Pagu Perubahan (Rp)', 'Selisih (Rp)'],
      rows,
      ['center', 'left', 'right', 'right', 'right'],
      { totalRow: true },
    ),
  ];
}

/** A signed money difference: `+18.500.000`, `-2.000.000`, `-` for none. */
function selisih(d: Decimal): string {
  if (d.isZero()) return NO_VALUE;
  return `${d.isPositive() ? '+' : '-'}${formatMoney(d.abs())}`;
}

/** 3.2 Realisasi Anggaran: the totals in words, by program, then every program/kegiatan/sub kegiatan row. */
export function anggaranBlocks(ctx: ReportContext, heading: string): Block[] {
  const dpa = ctx.wb.dpa;
  const total = ctx.fig.anggaran;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: heading }];
  if (!dpa || !total || dpa.rows.length === 0) {
    blocks.push(
      paragraf(`Data anggaran Tahun ${ctx.tahun} belum tersedia, sehingga realisasi anggaran belum dapat disajikan.`),
    );
    return blocks;
  }
  const t = ctx.tahun;
  const programs = ctx.fig.programs.map((i) => dpa.rows[i]);
  const withSerapan = programs
    .map((r) => ({ r, s: serapanOf(r.pagu, r.realisasi) }))
    .filter((x) => x.s.persen !== null);
  const tingkat = ctx.unit === 'program' ? 'program, kegiatan dan sub kegiatan' : 'kegiatan dan sub kegiatan';
  let text = `Pelaksanaan ${tingkat} ${ctx.instansiLengkap} Tahun Anggaran ${t} dibiayai melalui Dokumen Pelaksanaan Anggaran (DPA). Realisasi anggaran Tahun ${t} sebesar ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)} atau ${total.text}%.`;
  if (withSerapan.length > 1) {
    const low = withSerapan.reduce((a, b) => (b.s.persen!.lt(a.s.persen!) ? b : a));
    text += ` Serapan terendah terdapat pada ${hurufJudul(low.r.uraian)} (${low.s.text}%).`;
  }
  blocks.push(paragraf(text));

  const programRows = programs.map((r, n) => [
    String(n + 1),
    r.kode,
    r.uraian,
    formatMoney(r.pagu),
    formatMoney(r.realisasi),
    serapanOf(r.pagu, r.realisasi).text,
  ]);
  programRows.push(['', '', 'JUMLAH', formatMoney(total.pagu), formatMoney(total.realisasi), total.text]);
  blocks.push(
    tabel(
      ctx,
      '3',
      `Realisasi Anggaran per ${kapital(ctx.unit)} Tahun ${t}`,
      ['No', 'Kode', kapital(ctx.unit), 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
      programRows,
      ['center', 'left', 'left', 'right', 'right', 'right'],
      {
        totalRow: true,
      },
    ),
  );

  blocks.push(...jenisBelanjaBlocks(ctx), ...paguMurniBlocks(ctx));

  const rows = dpa.rows.map(detailRow);
  rows.push(['', 'JUMLAH', '', formatMoney(total.pagu), formatMoney(total.realisasi), total.text, '', '']);
  const boldRows = ctx.fig.programs;
  blocks.push(
    tabel(
      ctx,
      '3',
      `Pagu dan Realisasi Anggaran per ${ctx.unit === 'program' ? 'Program, ' : ''}Kegiatan dan Sub Kegiatan Tahun ${t}`,
      [
        'Kode',
        ctx.unit === 'program' ? 'Program / Kegiatan / Sub Kegiatan' : 'Kegiatan / Sub Kegiatan',
        'Indikator Kinerja',
        'Pagu (Rp)',
        'Realisasi (Rp)',
        'Serapan (%)',
        'Target Kinerja',
        'Realisasi Kinerja',
      ],
      rows,
      ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
      {
        totalRow: true,
        boldRows,
        note: `Jumlah merupakan jumlah seluruh ${ctx.unit}; tanda "-" menunjukkan nihil.`,
      },
    ),
  );
  return blocks;
}
