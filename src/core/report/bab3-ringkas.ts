import { formatId } from '../numbers';
import {
  analisisSasaranKantor,
  daftarFaktor,
  klaimTercapai,
  programPendukungBlocks,
  skalaBlocks,
  standarBlocks,
  sumberAnalisis,
  tercapai,
} from './bab3-capaian';
import { efisiensiSasaranBlocks } from './bab3-efisiensi';
import { akipBlocks } from './bab3-akip';
import { ikmBlocks } from './bab3-ikm';
import { langkahOf, perubahanClaim, renstraAkhir, renstraTanpaTarget } from './bab3-tren';
import { triwulanSasaranBlocks } from './bab3-triwulan';
import type { Decimal } from '../decimal';
import { type ClaimData, type Langkah, type Stated, gabung, nyatakan } from './claims';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { alasanTanpaCapaian, NO_VALUE } from './report-figures';
import type { Block, TableBlock } from './report-types';
import {
  awalKecil,
  daftarKantor,
  daftarKata,
  jumlahKata,
  kalimat,
  kapital,
  paragraf,
  paragrafKlaim,
  satuanSelisih,
} from './sentences';
import { tabel } from './table';
import { type IndikatorTriwulan, renaksiDiisi } from './triwulan-figures';

/**
 * BAB III in its compact form (docs/rules.md#the-report-at-scale), for a report whose full form
 * would be longer than FULL_FORM_MAX_CHARS: per sasaran one table of all its indicators and each
 * analysis written once for the sasaran — counts, with the exceptions named (each a claim,
 * claims.ts) — and the office's own causes and solutions where it gave them.
 */

/** Indicators of a list whose target of the reporting year was met, missed, or cannot be measured. */
function pilah(fs: IndikatorFigures[], t: number) {
  return {
    met: fs.filter((f) => tercapai(f, t) === true),
    missed: fs.filter((f) => tercapai(f, t) === false),
    unknown: fs.filter((f) => tercapai(f, t) === null),
  };
}

/**
 * One row per sasaran: how many indicators it has and how many met their target (the Ikhtisar's
 * and BAB III's summary in the compact form); the column of unmeasured ones only when there are any.
 */
export function tabelRingkasanSasaran(ctx: ReportContext, chapter: string): TableBlock {
  const t = ctx.tahun;
  const anyUnknown = ctx.fig.indikator.some((f) => tercapai(f, t) === null);
  return tabel(
    ctx,
    chapter,
    `Ringkasan Capaian Indikator Kinerja Utama per Sasaran Tahun ${t}`,
    [
      'No',
      'Sasaran Strategis',
      'Jumlah Indikator',
      'Tercapai',
      'Belum Tercapai',
      ...(anyUnknown ? ['Belum Dapat Diukur'] : []),
    ],
    ctx.fig.sasaran.map((s) => {
      const p = pilah(s.indikator, t);
      return [
        String(s.nomor),
        s.sasaran.nama,
        String(s.indikator.length),
        String(p.met.length),
        String(p.missed.length),
        ...(anyUnknown ? [String(p.unknown.length)] : []),
      ];
    }),
    ['center', 'left', 'right', 'right', 'right', ...(anyUnknown ? (['right'] as const) : [])],
  );
}

/** `300 (tiga ratus) mencapai target`, `2 (dua) belum mencapai target`, … with their count claims. */
export function jumlahTercapai(
  fs: IndikatorFigures[],
  t: number,
  lingkup?: string,
): { parts: string[]; claims: ClaimData[] } {
  const p = pilah(fs, t);
  const scope = lingkup ? { lingkup } : {};
  const parts: string[] = [];
  const claims: ClaimData[] = [];
  if (p.met.length > 0) {
    parts.push(`${jumlahKata(p.met.length)} mencapai target`);
    claims.push({ jenis: 'jumlah', apa: 'indikator-tercapai', n: p.met.length, ...scope });
  }
  if (p.missed.length > 0) {
    parts.push(`${jumlahKata(p.missed.length)} belum mencapai target`);
    claims.push({ jenis: 'jumlah', apa: 'indikator-belum-tercapai', n: p.missed.length, ...scope });
  }
  if (p.unknown.length > 0) parts.push(`${jumlahKata(p.unknown.length)} belum dapat diukur`);
  return { parts, claims };
}

/** The compact form's word to the reader: how BAB III is laid out, and where each detail is kept. */
export function pengantarRingkas(ctx: ReportContext): Block {
  const t = ctx.tahun;
  const n = ctx.fig.indikator.length;
  const sebelumnya = ctx.fig.indikator.some((f) => f.realisasi(t - 1) !== null);
  // Years before the one the tables show: their realisasi are in those years' reports.
  const lebihAwal = ctx.fig.indikator.some((f) => f.trendYears.some((y) => y < t - 1));
  return paragrafKlaim(
    gabung([
      nyatakan(
        `Karena kinerja ${ctx.instansi} diukur dengan ${jumlahKata(n)} indikator kinerja utama, capaian kinerja disajikan secara ringkas per sasaran strategis: satu tabel memuat ${sebelumnya ? `realisasi Tahun ${t - 1} serta ` : ''}target, realisasi dan capaian Tahun ${t} seluruh indikator sasaran${renaksiDiisi(ctx.wb) ? ' (dan satu tabel perkembangannya per triwulan)' : ''}, diikuti analisis yang ditulis sekali untuk sasaran tersebut, yaitu perbandingan dengan tahun sebelumnya dan dengan target akhir Renstra, penyebab keberhasilan atau kegagalan beserta solusinya, efisiensi penggunaan sumber daya, serta program pendukungnya.`,
        { jenis: 'jumlah', apa: 'indikator', n },
      ),
      lebihAwal
        ? `Target setiap indikator untuk seluruh periode Renstra tercantum pada BAB II, target Tahun ${t} juga pada Perjanjian Kinerja dalam Lampiran, dan realisasi tahun-tahun sebelumnya pada Laporan Kinerja tahun yang bersangkutan.`
        : `Target setiap indikator untuk seluruh periode Renstra tercantum pada BAB II, dan target Tahun ${t} juga pada Perjanjian Kinerja dalam Lampiran.`,
    ]),
  );
}

/** 3.1.1 in the compact form: the scale, then the count of every sasaran's indicators that met their target. */
export function targetRealisasiRingkas(ctx: ReportContext, heading: string): Block[] {
  const t = ctx.tahun;
  const n = ctx.fig.indikator.length;
  const { parts, claims } = jumlahTercapai(ctx.fig.indikator, t);
  return [
    { type: 'heading', level: 3, text: heading },
    ...skalaBlocks(ctx),
    paragraf(
      `Hasil pengukuran atas indikator kinerja utama ${ctx.instansiLengkap} Tahun ${t}, dirangkum per sasaran strategis, adalah sebagai berikut.`,
    ),
    tabelRingkasanSasaran(ctx, '3'),
    paragrafKlaim(
      nyatakan(
        `Dari ${jumlahKata(n)} indikator kinerja utama Tahun ${t}, ${daftarKata(parts)}.`,
        { jenis: 'jumlah', apa: 'indikator', n },
        ...claims,
      ),
    ),
  ];
}

/** All indicators of the sasaran in one table: the year before's realisasi (when any), the year's figures. */
function tabelSasaran(ctx: ReportContext, s: SasaranFigures): TableBlock {
  const t = ctx.tahun;
  const lalu = s.indikator.some((f) => f.realisasi(t - 1) !== null);
  return tabel(
    ctx,
    '3',
    `Capaian Indikator Sasaran ${s.nomor} Tahun ${t}`,
    [
      'No',
      'Indikator Kinerja',
      'Satuan',
      ...(lalu ? [`Realisasi ${t - 1}`] : []),
      `Target ${t}`,
      `Realisasi ${t}`,
      `Capaian ${t} (%)`,
      'Kategori',
    ],
    s.indikator.map((f) => {
      const c = f.capaian(t);
      return [
        String(f.nomor),
        f.ind.indikator,
        f.ind.satuan,
        ...(lalu ? [f.realisasiText(t - 1)] : []),
        f.targetText(t),
        f.realisasiText(t),
        c.text,
        c.kategori || NO_VALUE,
      ];
    }),
    ['center', 'left', 'left', ...(lalu ? (['right'] as const) : []), 'right', 'right', 'right', 'left'],
  );
}

/** Analysis 1 for the sasaran: how many indicators, how many met their target, the others named. */
function kalimatTercapaiSasaran(ctx: ReportContext, s: SasaranFigures): Stated {
  const t = ctx.tahun;
  const lingkup = `Sasaran ${s.nomor}`;
  const n = s.indikator.length;
  const jumlah: ClaimData = { jenis: 'jumlah', apa: 'indikator', n, lingkup };
  if (n === 1) {
    const f = s.indikator[0];
    const c = f.capaian(t);
    const verdict =
      c.value === null
        ? `capaiannya tidak dapat dihitung karena ${alasanTanpaCapaian(c.reason, t)}`
        : `targetnya ${tercapai(f, t) ? 'tercapai' : 'belum tercapai'} dengan capaian ${c.text}%`;
    return nyatakan(
      `Sasaran ${s.nomor} diukur dengan ${jumlahKata(1)} indikator, yaitu ${ctx.sebut(f.ind.indikator)}; pada Tahun ${t} ${verdict}.`,
      jumlah,
      klaimTercapai(f, t),
    );
  }
  const p = pilah(s.indikator, t);
  const counts = jumlahTercapai(s.indikator, t, lingkup);
  const named = (fs: IndikatorFigures[], what: (f: IndikatorFigures) => string) =>
    daftarKata(fs.map((f) => `${ctx.sebut(f.ind.indikator)} (${what(f)})`));
  // The indicators that missed their target, or cannot be measured, are named after their count.
  const parts = counts.parts.map((part) => {
    if (part.endsWith('belum mencapai target') && p.missed.length < n)
      return `${part}, yaitu ${named(p.missed, (f) => `${f.capaian(t).text}%`)}`;
    if (part.endsWith('belum dapat diukur'))
      return `${part}, yaitu ${named(p.unknown, (f) => alasanTanpaCapaian(f.capaian(t).reason, t))}`;
    return part;
  });
  let hasil = daftarKata(parts);
  if (p.met.length === n) hasil = `seluruh ${jumlahKata(n)} indikatornya mencapai target`;
  if (p.missed.length === n)
    hasil = `belum ada dari ${jumlahKata(n)} indikatornya yang mencapai target: ${named(p.missed, (f) => `${f.capaian(t).text}%`)}`;
  return nyatakan(
    `Pada Tahun ${t}, dari ${jumlahKata(n)} indikator Sasaran ${s.nomor}, ${hasil}.`,
    jumlah,
    ...counts.claims,
    ...p.missed.map((f) => klaimTercapai(f, t)),
    ...p.unknown.map((f) => klaimTercapai(f, t)),
  );
}

/**
 * Analysis 2 for the sasaran: the reporting year's realisasi against the year before, counted by
 * direction (`naik untuk 4 (empat) indikator`); an indicator alone in its direction is named with
 * the size of its change.
 */
function kalimatTrenSasaran(ctx: ReportContext, s: SasaranFigures): Stated {
  const t = ctx.tahun;
  const lalu = t - 1;
  const tanpa: IndikatorFigures[] = [];
  const arah: Record<Langkah, { f: IndikatorFigures; d: Decimal }[]> = { naik: [], turun: [], tetap: [] };
  for (const f of s.indikator) {
    const a = f.realisasi(lalu);
    const b = f.realisasi(t);
    if (a === null || b === null) tanpa.push(f);
    else arah[langkahOf(b.minus(a))].push({ f, d: b.minus(a) });
  }
  if (tanpa.length === s.indikator.length)
    return gabung([
      ctx.sekali('tren-tanpa-data')
        ? `Realisasi Tahun ${lalu} untuk indikator Sasaran ${s.nomor} belum tersedia, sehingga belum dapat dibandingkan dengan tahun sebelumnya.`
        : `Realisasi Tahun ${lalu} untuk indikator Sasaran ${s.nomor} juga belum tersedia.`,
    ]);
  const kata = { naik: 'naik', turun: 'turun', tetap: 'tidak berubah' } as const;
  const banyak: Stated[] = [];
  const satu: Stated[] = [];
  for (const l of ['naik', 'turun', 'tetap'] as const) {
    const group = arah[l];
    if (group.length > 1)
      banyak.push(
        nyatakan(`${kata[l]} untuk ${jumlahKata(group.length)} indikator`, {
          jenis: 'jumlah',
          apa: `indikator-${l}`,
          n: group.length,
          lingkup: `Sasaran ${s.nomor}`,
        }),
      );
    if (group.length === 1) {
      const { f, d } = group[0];
      const besar = l === 'tetap' ? '' : ` ${formatId(d.abs(), f.places)} ${satuanSelisih(f.ind.satuan)}`;
      satu.push(nyatakan(`realisasi ${ctx.sebut(f.ind.indikator)} ${kata[l]}${besar}`, perubahanClaim(f, lalu, t, d)));
    }
  }
  const pieces: (string | Stated)[] = [`Dibandingkan Tahun ${lalu},`];
  if (banyak.length > 0) {
    pieces.push(`realisasi Tahun ${t} pada Sasaran ${s.nomor}`, ...sambung(banyak));
    if (satu.length > 0) pieces.push(', sedangkan', ...sambung(satu));
  } else pieces.push(...sambung(satu));
  const kalimatUtama = gabungRapat(pieces);
  const belum =
    tanpa.length > 0
      ? `Realisasi Tahun ${lalu} untuk ${daftarKata(tanpa.map((f) => ctx.sebut(f.ind.indikator)))} belum tersedia.`
      : null;
  return gabung([{ text: `${kalimatUtama.text}.`, claims: kalimatUtama.claims }, belum]);
}

/** Stated items as `a`, `a dan b`, `a, b, dan c`, each keeping its own words (and claims). */
function sambung(items: Stated[]): (string | Stated)[] {
  const out: (string | Stated)[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? (items.length > 2 ? ', dan' : 'dan') : ',');
    out.push(item);
  });
  return out;
}

/** Pieces joined by a space, except before a comma. */
function gabungRapat(pieces: (string | Stated)[]): Stated {
  const joined = gabung(pieces);
  return { text: joined.text.replace(/ ,/g, ','), claims: joined.claims };
}

/**
 * Analysis 3 for the sasaran: the reporting year's realisasi against the Renstra end target — how
 * many met it, and each one that did not with what it still lacks (claims.ts `renstra`).
 */
function kalimatRenstraSasaran(ctx: ReportContext, s: SasaranFigures): Block {
  const end = ctx.fig.renstraEndYear;
  const t = ctx.tahun;
  const rows = renstraAkhir(ctx, s);
  if (end === null || rows.length === 0) return renstraTanpaTarget(ctx, s);
  const met = rows.filter((r) => r.keadaan === 'tercapai');
  const short = rows.filter((r) => r.keadaan === 'belum' || r.keadaan === 'tidak');
  const unmeasured = rows.filter((r) => r.keadaan === 'tidak-terukur');
  const pieces: (string | Stated)[] = [`Terhadap target akhir Renstra Tahun ${end},`];
  const clauses: Stated[] = [];
  if (met.length === 1)
    clauses.push(nyatakan(`target akhir ${ctx.sebut(met[0].f.ind.indikator)} telah tercapai`, met[0].claim));
  if (met.length > 1)
    clauses.push(
      nyatakan(
        `target akhir ${jumlahKata(met.length)} indikator Sasaran ${s.nomor} telah tercapai`,
        { jenis: 'jumlah', apa: 'indikator-renstra-tercapai', n: met.length, lingkup: `Sasaran ${s.nomor}` },
        ...met.map((r) => r.claim),
      ),
    );
  if (short.length > 0) {
    const belum = short[0].keadaan === 'belum';
    const each = short.map(({ f, gap }) => {
      const nama = ctx.sebut(f.ind.indikator);
      if (gap === null) return nama;
      const sat = satuanSelisih(f.ind.satuan);
      if (belum) return `${negatif(f) ? 'penurunan' : 'peningkatan'} ${nama} sebesar ${gap} ${sat}`;
      return `${nama} (${negatif(f) ? 'masih lebih tinggi' : 'masih kurang'} ${gap} ${sat})`;
    });
    clauses.push(
      nyatakan(
        belum
          ? `untuk mencapai target akhirnya masih diperlukan ${daftarKata(each)} hingga Tahun ${end}`
          : `target akhir ${daftarKata(each)} tidak tercapai`,
        ...short.map((r) => r.claim),
      ),
    );
  }
  pieces.push(...(clauses.length === 2 ? [clauses[0], ', sedangkan', clauses[1]] : clauses));
  const main = gabungRapat(pieces);
  const tail =
    unmeasured.length > 0
      ? nyatakan(
          `Realisasi Tahun ${t} ${daftarKata(unmeasured.map((r) => ctx.sebut(r.f.ind.indikator)))} belum dapat dibandingkan dengan target akhir Renstra.`,
          ...unmeasured.map((r) => r.claim),
        )
      : null;
  if (clauses.length === 0) return paragrafKlaim(tail as Stated);
  return paragrafKlaim(gabung([{ text: `${main.text}.`, claims: main.claims }, tail]));
}

const negatif = (f: IndikatorFigures) => f.ind.polaritas !== 'positif';

/**
 * Analysis 5 for the sasaran: the office's analysis and solution of each indicator, one item each
 * (only the indicators it wrote them for); its Narasi factor lists and its analysis of the sasaran.
 */
function analisisRingkas(ctx: ReportContext, s: SasaranFigures): Block[] {
  const items: string[] = [];
  const lists: Block[] = [];
  for (const f of s.indikator) {
    const src = sumberAnalisis(ctx, f);
    const words = [
      src.analisis ? kalimat(kapital(src.analisis)) : '',
      src.solusi ? kalimat(`Solusi: ${awalKecil(src.solusi)}`) : '',
    ].filter((w) => w !== '');
    if (words.length > 0) items.push(`${ctx.sebut(f.ind.indikator)}: ${words.join(' ')}`);
    lists.push(...daftarFaktor(ctx.sebut(f.ind.indikator), src));
  }
  const blocks: Block[] = [];
  if (items.length > 0)
    blocks.push(
      paragraf(
        `Penyebab keberhasilan atau kegagalan indikator Sasaran ${s.nomor} dan solusinya adalah sebagai berikut.`,
      ),
      daftarKantor(items),
    );
  return [...blocks, ...lists, ...analisisSasaranKantor(ctx, s)];
}

/** One sasaran in the compact form: its table, then each analysis once. */
export function sasaranRingkasBlocks(
  ctx: ReportContext,
  s: SasaranFigures,
  heading: string,
  extras: { ikm: boolean; akip: boolean; triwulan: IndikatorTriwulan[] },
): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: heading },
    paragrafKlaim(kalimatTercapaiSasaran(ctx, s)),
    tabelSasaran(ctx, s),
    ...triwulanSasaranBlocks(ctx, s, extras.triwulan),
  ];
  if (extras.ikm) blocks.push(...ikmBlocks(ctx));
  if (extras.akip) blocks.push(...akipBlocks(ctx));
  blocks.push(
    paragrafKlaim(kalimatTrenSasaran(ctx, s)),
    kalimatRenstraSasaran(ctx, s),
    ...standarBlocks(ctx, s),
    ...analisisRingkas(ctx, s),
    ...efisiensiSasaranBlocks(ctx, s),
    // Without a program of its own the efficiency sentence has said so: no second sentence.
    ...(s.atribusi === 'ya' ? programPendukungBlocks(ctx, s) : []),
  );
  return blocks;
}
