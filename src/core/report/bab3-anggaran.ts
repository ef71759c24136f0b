import type { Decimal } from '../decimal';
import type { DpaRow } from '../layout/model';
import { formatId, formatMoney, formatRupiah } from '../numbers';
import type { ReportContext } from './report-context';
import { NO_VALUE, serapanOf } from './report-figures';
import type { Block } from './report-types';
import { paragraf } from './sentences';
import { tabel } from './table';

function kinerja(d: Decimal | null): string {
  if (d === null) return NO_VALUE;
  return formatId(d, d.isInteger() ? 0 : 2);
}

/** A zero amount in a budget table prints as `-`, as DPA documents do. */
function uang(d: Decimal): string {
  return d.isZero() ? NO_VALUE : formatMoney(d);
}

/** A performance figure with its unit (`12 Laporan`, `100%`), so the table needs no Satuan column. */
function kinerjaSatuan(d: Decimal | null, satuan: string): string {
  const text = kinerja(d);
  const s = satuan.trim();
  if (text === NO_VALUE || s === '') return text;
  return s === '%' ? `${text}%` : `${text} ${s}`;
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

/** 3.2 Realisasi Anggaran: the totals in words, by program, then every program/kegiatan/sub kegiatan row. */
export function anggaranBlocks(ctx: ReportContext, heading: string): Block[] {
  const dpa = ctx.wb.dpa;
  const total = ctx.fig.anggaran;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: heading }];
  if (!dpa || !total || dpa.rows.length === 0) {
    blocks.push(paragraf('Sheet DPA tidak memuat data anggaran, sehingga realisasi anggaran tidak dapat disajikan.'));
    return blocks;
  }
  const t = ctx.tahun;
  const programs = ctx.fig.programs.map((i) => dpa.rows[i]);
  const withSerapan = programs
    .map((r) => ({ r, s: serapanOf(r.pagu, r.realisasi) }))
    .filter((x) => x.s.persen !== null);
  let text = `Pelaksanaan program, kegiatan dan sub kegiatan ${ctx.instansiLengkap} Tahun Anggaran ${t} dibiayai melalui Dokumen Pelaksanaan Anggaran (DPA). Realisasi anggaran Tahun ${t} sebesar ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)} atau ${total.text}%.`;
  if (withSerapan.length > 1) {
    const low = withSerapan.reduce((a, b) => (b.s.persen!.lt(a.s.persen!) ? b : a));
    text += ` Serapan terendah terdapat pada ${low.r.uraian} (${low.s.text}%).`;
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
      `Realisasi Anggaran per Program Tahun ${t}`,
      ['No', 'Kode', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
      programRows,
      ['center', 'left', 'left', 'right', 'right', 'right'],
      {
        totalRow: true,
      },
    ),
  );

  const rows = dpa.rows.map(detailRow);
  rows.push(['', 'JUMLAH', '', formatMoney(total.pagu), formatMoney(total.realisasi), total.text, '', '']);
  const boldRows = ctx.fig.programs;
  blocks.push(
    tabel(
      ctx,
      '3',
      `Pagu dan Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${t}`,
      [
        'Kode',
        'Program / Kegiatan / Sub Kegiatan',
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
        note: 'Jumlah adalah jumlah baris program; pagu atau realisasi yang kosong ditulis "-".',
      },
    ),
  );
  return blocks;
}
