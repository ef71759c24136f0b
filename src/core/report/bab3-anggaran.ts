import { decimalOf, decimalOrNull } from '../amount';
import { type Decimal, ZERO } from '../decimal';
import type { DpaRow } from '../layout/model';
import { formatId, formatMoney, formatRupiah } from '../numbers';
import { normalizeName } from '../layout/spec';
import { serapanRendah } from '../rules/serapan-rendah';
import { type ClaimData, type Stated, daftarStated, gabung, nyatakan } from './claims';
import { paguMurniOf } from '../rules/pagu-murni';
import { groupThousands } from '../rules/digit-grouping';
import type { ReportContext } from './report-context';
import { NO_VALUE, type Serapan, serapanOf } from './report-figures';
import type { Block } from './report-types';
import { narasiLinesSemua } from './narasi-part';
import { daftarKata, denganSatuan, hurufJudul, kapital, paragraf, paragrafKlaim } from './sentences';
import { tabel } from './table';

/** The hambatan line that names the item (its name, whole, in any case), or null. */
function hambatanUntuk(lines: string[], nama: string): string | null {
  const n = normalizeName(nama);
  if (n.length < 4) return null;
  return lines.find((l) => normalizeName(l).includes(n)) ?? null;
}

/**
 * A low serapan (rules/serapan-rendah.ts), named with its figures, and tied to the office's hambatan
 * when one mentions it — each a claim.
 */
function rendah(lingkup: string, nama: string, s: Serapan, lines: string[]): Stated {
  const hambatan = hambatanUntuk(lines, lingkup);
  const claim: ClaimData = { jenis: 'serapan-rendah', lingkup, serapan: s.text, hambatan };
  const dengan = hambatan ? `, yang berkaitan dengan hambatan “${hambatan.replace(/[.;]+$/, '')}”` : '';
  return nyatakan(
    `${nama} sebesar ${s.text}% (${formatRupiah(s.realisasi)} dari pagu ${formatRupiah(s.pagu)})${dengan}`,
    claim,
  );
}

/** `Serapan yang rendah ... terdapat pada a, b, dan c.` once with its rule, then without. */
function kalimatRendah(ctx: ReportContext, items: Stated[]): Stated | null {
  if (items.length === 0) return null;
  const list = daftarStated(items);
  const lead = ctx.sekali('serapan-rendah')
    ? 'Serapan yang rendah (di bawah 66%, kategori Rendah atau Sangat Rendah menurut skala Permendagri Nomor 86 Tahun 2017) terdapat pada'
    : 'Serapan yang rendah juga terdapat pada';
  const text = `${lead} ${list.text}.`;
  // The words of each claim: the whole sentence, whose lead states the rule the items are named by.
  return { text, claims: list.claims.map((c) => ({ ...c, kata: text })) };
}

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
  const pagu = decimalOf(r.pagu);
  const realisasi = decimalOf(r.realisasi);
  return [
    r.kode,
    r.uraian,
    r.indikator,
    uang(pagu),
    uang(realisasi),
    serapanOf(pagu, realisasi).text,
    kinerjaSatuan(decimalOrNull(r.targetKinerja), r.satuan),
    kinerjaSatuan(decimalOrNull(r.realisasiKinerja), r.satuan),
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
    .map((g) =>
      nyatakan(`${g.label} ${formatRupiah(g.pagu)} (${persenText(g.pagu, total.pagu)}% dari pagu)`, {
        jenis: 'anggaran',
        lingkup: g.label,
        pagu: formatRupiah(g.pagu),
        porsi: persenText(g.pagu, total.pagu),
      }),
    );
  const list = daftarStated(share);
  const lines = narasiLinesSemua(ctx, 'Faktor Penghambat');
  const low = groups
    .filter((g) => g.label !== 'Belum diklasifikasikan')
    .map((g) => ({ g, s: serapanOf(g.pagu, g.realisasi) }))
    .filter(({ s }) => serapanRendah(s.persen))
    .map(({ g, s }) => rendah(g.label, g.label, s, lines));
  return [
    paragrafKlaim(
      gabung([
        {
          text: `Menurut jenis belanja, pagu anggaran Tahun ${ctx.tahun} terdiri atas ${list.text}.`,
          claims: list.claims,
        },
        kalimatRendah(ctx, low),
      ]),
    ),
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
    const pagu = decimalOf(p.r.pagu);
    const murni = p.murni ?? pagu;
    murniTotal = murniTotal.plus(murni);
    return [String(n + 1), p.r.uraian, formatMoney(murni), formatMoney(pagu), selisih(pagu.minus(murni))];
  });
  const beda = total.pagu.minus(murniTotal);
  rows.push(['', 'JUMLAH', formatMoney(murniTotal), formatMoney(total.pagu), selisih(beda)]);
  const arah = beda.isZero() ? 'tetap' : beda.isPositive() ? 'bertambah' : 'berkurang';
  const words = arah === 'tetap' ? 'tidak berubah' : `${arah} ${formatRupiah(beda.abs())}`;
  return [
    paragrafKlaim(
      nyatakan(
        `Pagu anggaran murni Tahun ${ctx.tahun} sebesar ${formatRupiah(murniTotal)}; setelah perubahan APBD (P-APBD) pagu menjadi ${formatRupiah(total.pagu)} atau ${words}.`,
        {
          jenis: 'pagu-murni',
          murni: formatRupiah(murniTotal),
          perubahan: formatRupiah(total.pagu),
          arah,
          selisih: formatRupiah(beda.abs()),
        },
      ),
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

/**
 * The detail table prints every row up to this many; a larger DPA is printed down to the deepest
 * level that fits (kegiatan, else program), so the report stays a readable document (and within
 * what one Google Doc holds comfortably), the finer rows being in the DPA itself.
 */
const DETAIL_ROWS_MAX = 600;
const LEVEL_NAME: Record<string, string> = { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan' };
const LEVEL_WORD: Record<string, string> = { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan' };

/** The rows of the detail table (indexes into `all`), and the levels left out with how many rows each. */
function detailRows(all: DpaRow[]): { rows: number[]; omitted: { level: string; count: number }[] } {
  let rows = all.map((_, i) => i);
  const omitted: { level: string; count: number }[] = [];
  for (const level of ['subkegiatan', 'kegiatan'] as const) {
    if (rows.length <= DETAIL_ROWS_MAX) break;
    const count = rows.filter((i) => all[i].level === level).length;
    if (count === 0 || count === rows.length) continue;
    rows = rows.filter((i) => all[i].level !== level);
    omitted.push({ level, count });
  }
  return { rows, omitted };
}

/** `Program, Kegiatan dan Sub Kegiatan`, as the table's title names its levels. */
function levelList(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}`;
}

/**
 * The programs and kegiatan with a low serapan (rules/serapan-rendah.ts), in DPA order; a kegiatan
 * whose money is all of its program's (its only child) is not named a second time.
 */
function rowsRendah(ctx: ReportContext): Stated[] {
  const dpa = ctx.wb.dpa!;
  const lines = narasiLinesSemua(ctx, 'Faktor Penghambat');
  const named = new Set<number>();
  const out: Stated[] = [];
  dpa.rows.forEach((r, i) => {
    const top = r.parent === -1;
    if (!top && r.level !== 'kegiatan') return;
    const s = serapanOf(decimalOf(r.pagu), decimalOf(r.realisasi));
    if (!serapanRendah(s.persen)) return;
    const parent = r.parent >= 0 ? dpa.rows[r.parent] : null;
    if (parent && named.has(r.parent) && s.pagu.eq(parent.pagu) && s.realisasi.eq(parent.realisasi)) return;
    named.add(i);
    const level = top ? ctx.unit : 'kegiatan';
    const nama = hurufJudul(r.uraian);
    out.push(rendah(r.uraian, nama.toLowerCase().startsWith(level) ? nama : `${level} ${nama}`, s, lines));
  });
  return out;
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
  const tingkat = ctx.unit === 'program' ? 'program, kegiatan dan sub kegiatan' : 'kegiatan dan sub kegiatan';
  blocks.push(
    paragrafKlaim(
      gabung([
        `Pelaksanaan ${tingkat} ${ctx.instansiLengkap} Tahun Anggaran ${t} dibiayai melalui Dokumen Pelaksanaan Anggaran (DPA).`,
        nyatakan(
          `Realisasi anggaran Tahun ${t} sebesar ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)} atau ${total.text}%.`,
          {
            jenis: 'anggaran',
            lingkup: 'total',
            pagu: formatRupiah(total.pagu),
            realisasi: formatRupiah(total.realisasi),
            serapan: total.text,
          },
        ),
        kalimatRendah(ctx, rowsRendah(ctx)),
      ]),
    ),
  );

  const programRows = programs.map((r, n) => {
    const s = serapanOf(decimalOf(r.pagu), decimalOf(r.realisasi));
    return [String(n + 1), r.kode, r.uraian, formatMoney(s.pagu), formatMoney(s.realisasi), s.text];
  });
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

  const detail = detailRows(dpa.rows);
  const rows = detail.rows.map((i) => detailRow(dpa.rows[i]));
  rows.push(['', 'JUMLAH', '', formatMoney(total.pagu), formatMoney(total.realisasi), total.text, '', '']);
  const programRow = new Set(ctx.fig.programs);
  const boldRows = detail.rows.flatMap((r, i) => (programRow.has(r) ? [i] : []));
  const left = new Set(detail.omitted.map((o) => LEVEL_NAME[o.level]));
  const shown = (
    ctx.unit === 'program' ? ['Program', 'Kegiatan', 'Sub Kegiatan'] : ['Kegiatan', 'Sub Kegiatan']
  ).filter((l) => !left.has(l));
  const omittedNote =
    detail.omitted.length > 0
      ? ` Rincian ${daftarKata(detail.omitted.map((o) => `${groupThousands(String(o.count))} ${LEVEL_WORD[o.level]}`))} tidak dimuat dalam tabel ini dan tercantum dalam Dokumen Pelaksanaan Anggaran (DPA) ${ctx.instansiLengkap} Tahun Anggaran ${t}.`
      : '';
  blocks.push(
    tabel(
      ctx,
      '3',
      `Pagu dan Realisasi Anggaran per ${levelList(shown)} Tahun ${t}`,
      [
        'Kode',
        shown.join(' / '),
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
        note: `Jumlah merupakan jumlah seluruh ${ctx.unit}; tanda "-" menunjukkan nihil.${omittedNote}`,
      },
    ),
  );
  return blocks;
}
