import { decimalOf } from '../amount';
import { type Decimal, ZERO, round } from '../decimal';
import { isInputError } from '../input-error';
import { SKALA_PERMENDAGRI_86 } from '../kategori-capaian';
import { formatId, formatMoney, parseNumber } from '../numbers';
import { akipIndikator, ikmIndikator } from '../rules/linked-indicators';
import { akipBlocks } from './bab3-akip';
import { efisiensiSasaranBlocks } from './bab3-efisiensi';
import { ikmBlocks } from './bab3-ikm';
import { tindakLanjutBlocks } from './bab3-tindak-lanjut';
import { sasaranRingkasBlocks, targetRealisasiRingkas } from './bab3-ringkas';
import { renstraBlocks, trendBlocks } from './bab3-tren';
import { triwulanSasaranBlocks } from './bab3-triwulan';
import { type ClaimData, type Stated, gabung, nyatakan } from './claims';
import { narasiLines, narasiPart } from './narasi-part';
import type { ReportContext } from './report-context';
import { blocksChars } from './report-size';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { alasanTanpaCapaian, KATEGORI_TINGGI, NO_VALUE, serapanOf } from './report-figures';
import type { Block } from './report-types';
import {
  awalKecil,
  daftarKantor,
  daftarKata,
  denganSatuan,
  hurufJudul,
  jumlahKata,
  kalimat,
  kapital,
  paragraf,
  paragrafKlaim,
} from './sentences';
import { sekaliPerKelompok, tabel } from './table';
import { type IndikatorTriwulan, indikatorTriwulan, renaksiDiisi } from './triwulan-figures';

/** Permendagri 86/2017 bands as printed ranges on the 2-decimal capaian: `76,00 – 90,99`. */
function skalaCapaianRows(): string[][] {
  const bands = SKALA_PERMENDAGRI_86;
  return bands.map((b, i) => {
    const above = i > 0 ? bands[i - 1].lower : null;
    let range: string;
    if (b.lower === null) range = `< ${formatId(bands[i - 1].lower as Decimal)}`;
    else if (above === null) range = `≥ ${formatId(b.lower)}`;
    else range = `${formatId(b.lower)} – ${formatId(above.minus('0.01'))}`;
    return [String(i + 1), range, b.label];
  });
}

export function tercapai(f: IndikatorFigures, tahun: number): boolean | null {
  const c = f.capaian(tahun).value;
  return c === null ? null : c.gte(100);
}

/** The claim that a target was met or missed in a year (claims.ts). */
export function klaimTercapai(f: IndikatorFigures, tahun: number): ClaimData {
  const c = f.capaian(tahun);
  return {
    jenis: 'tercapai',
    indikator: f.ind.indikator,
    tahun,
    capaian: c.value === null ? null : c.text,
    kategori: c.kategori,
    tercapai: tercapai(f, tahun),
  };
}

const negatif = (f: IndikatorFigures) => f.ind.polaritas !== 'positif';

/**
 * Where a missed target sits next to a high category (Permendagri 86/2017 gives `Sangat Tinggi` from
 * 91% and `Tinggi` from 76%), one sentence names the indicators so the reader sees no
 * contradiction — once in the report, where it first applies (ReportContext.sekali).
 */
export function kalimatKategoriTinggi(ctx: ReportContext, missed: IndikatorFigures[], tahun: number): Stated | null {
  const tinggi = missed.filter((f) => KATEGORI_TINGGI.has(f.capaian(tahun).kategori));
  if (tinggi.length === 0 || !ctx.sekali('kategori-tinggi')) return null;
  const kategori = [...new Set(tinggi.map((f) => f.capaian(tahun).kategori))];
  // The compact form does not name them all: each is named in its sasaran.
  const pada = ctx.ringkas
    ? `${tinggi.length < missed.length ? 'sebagian ' : ''}indikator yang belum mencapai target`
    : daftarKata(tinggi.map((f) => ctx.sebut(f.ind.indikator)));
  return nyatakan(
    `Kategori ${daftarKata(kategori)} pada ${pada} menunjukkan capaian yang sudah mendekati target, tetapi karena capaiannya masih di bawah 100%, targetnya belum tercapai sepenuhnya.`,
    ...tinggi.map((f) => klaimTercapai(f, tahun)),
  );
}

/**
 * Analysis 1: target against realisasi of the year with its category and whether the target was
 * met; the polarity formula once for an indicator where lower is better.
 */
function kalimatCapaian(ctx: ReportContext, f: IndikatorFigures, tahun: number): Stated {
  const c = f.capaian(tahun);
  const nama = ctx.sebut(f.ind.indikator);
  const claim = klaimTercapai(f, tahun);
  if (c.value === null)
    return nyatakan(
      `Capaian ${nama} Tahun ${tahun} tidak dapat dihitung karena ${alasanTanpaCapaian(c.reason, tahun)}.`,
      claim,
    );
  const parts: (string | Stated)[] = [];
  const verdict = c.value.gte(100) ? 'tercapai' : 'belum tercapai';
  parts.push(
    nyatakan(
      `Pada Tahun ${tahun} realisasi ${nama} sebesar ${denganSatuan(f.realisasiText(tahun), f.ind.satuan)} dari target ${denganSatuan(f.targetText(tahun), f.ind.satuan)}, sehingga capaian kinerjanya ${c.text}%${c.kategori ? ` dengan kategori ${c.kategori}` : ''} dan target Tahun ${tahun} ${verdict}.`,
      claim,
    ),
  );
  if (f.ind.polaritas === 'negatif' && ctx.sekali('polaritas-negatif'))
    parts.push(
      'Untuk indikator berpolaritas negatif (makin rendah makin baik), capaian dihitung dengan rumus (2 × target − realisasi) ÷ target × 100%.',
    );
  if (f.ind.polaritas === 'terbalik' && ctx.sekali('polaritas-terbalik'))
    parts.push(
      'Untuk indikator berpolaritas negatif yang dihitung terbalik (makin rendah makin baik), capaian dihitung dengan rumus target ÷ realisasi × 100%.',
    );
  return gabung(parts);
}

/** After the IKU table: which targets were met, which were missed (each a claim), which cannot be measured. */
function ringkasanTercapai(ctx: ReportContext): Block {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const met = fig.indikator.filter((f) => tercapai(f, t) === true);
  const missed = fig.indikator.filter((f) => tercapai(f, t) === false);
  const unknown = fig.indikator.filter((f) => tercapai(f, t) === null);
  const daftar = (xs: IndikatorFigures[], verdict: string) =>
    nyatakan(
      `target ${daftarKata(xs.map((f) => `${ctx.sebut(f.ind.indikator)} dengan capaian ${f.capaian(t).text}%`))} ${verdict}`,
      ...xs.map((f) => klaimTercapai(f, t)),
    );
  const parts: Stated[] = [];
  if (met.length > 0) parts.push(daftar(met, 'tercapai'));
  if (missed.length > 0) parts.push(daftar(missed, 'belum tercapai'));
  const opening: Stated | null =
    parts.length > 0
      ? {
          text: `Dari tabel tersebut terlihat bahwa ${parts.map((p) => p.text).join(', sedangkan ')}.`,
          claims: parts.flatMap((p) => p.claims),
        }
      : null;
  const unmeasured =
    unknown.length > 0
      ? nyatakan(
          `Capaian ${daftarKata(unknown.map((f) => ctx.sebut(f.ind.indikator)))} belum dapat diukur.`,
          ...unknown.map((f) => klaimTercapai(f, t)),
        )
      : null;
  return paragrafKlaim(gabung([opening, kalimatKategoriTinggi(ctx, missed, t), unmeasured]));
}

/** The measurement and its scale (Permendagri 86/2017), before the results of either form. */
export function skalaBlocks(ctx: ReportContext): Block[] {
  return [
    paragraf(
      `Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target setiap indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun ${ctx.tahun}. Tingkat capaian kinerja dikategorikan menurut skala berikut.`,
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai Peringkat Kinerja',
      ['No', 'Capaian (%)', 'Kategori'],
      skalaCapaianRows(),
      ['center', 'center', 'left'],
      { note: 'Sumber: Permendagri Nomor 86 Tahun 2017.' },
    ),
  ];
}

function targetRealisasi(ctx: ReportContext, heading: string): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const sasaran = sekaliPerKelompok(fig.indikator.map((f) => f.ind.sasaran.trim()));
  return [
    { type: 'heading', level: 3, text: heading },
    ...skalaBlocks(ctx),
    paragraf(`Hasil pengukuran atas indikator kinerja utama ${ctx.instansiLengkap} Tahun ${t} adalah sebagai berikut.`),
    tabel(
      ctx,
      '3',
      `Capaian Indikator Kinerja Utama Tahun ${t}`,
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      fig.indikator.map((f, i) => {
        const c = f.capaian(t);
        return [
          String(f.nomor),
          sasaran[i],
          f.ind.indikator,
          f.ind.satuan,
          f.targetText(t),
          f.realisasiText(t),
          c.text,
          c.kategori || NO_VALUE,
        ];
      }),
      ['center', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
    ),
    ringkasanTercapai(ctx),
  ];
}

/** Analysis 4: against the national/provincial standard (IKU `Standar Nasional`). */
export function standarBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const t = ctx.tahun;
  return s.indikator.flatMap((f) => {
    const standar = (f.ind.standarNasional ?? '').trim();
    if (!standar) return [];
    const nama = ctx.sebut(f.ind.indikator);
    let value: Decimal | null = null;
    try {
      value = parseNumber(standar);
    } catch (e) {
      if (!isInputError(e)) throw e;
    }
    const now = f.realisasi(t);
    if (value === null || now === null)
      return [paragraf(kalimat(`Sebagai pembanding, standar nasional untuk ${nama} adalah ${standar}`))];
    const printed = round(value, f.places);
    const shown = formatId(printed, f.places);
    const posisi = now.eq(printed) ? 'sama' : now.gt(printed) ? 'di atas' : 'di bawah';
    const lebihBaik = posisi === 'sama' ? null : now.gt(printed) !== negatif(f);
    const words =
      posisi === 'sama'
        ? 'sama dengan standar tersebut'
        : `${posisi} standar tersebut, artinya kinerja ${lebihBaik ? 'lebih baik daripada' : 'masih di bawah'} standar nasional`;
    return [
      paragrafKlaim(
        nyatakan(
          `Standar nasional untuk ${nama} adalah ${denganSatuan(shown, f.ind.satuan)}. Realisasi Tahun ${t} sebesar ${denganSatuan(f.realisasiText(t), f.ind.satuan)} berada ${words}.`,
          { jenis: 'standar', indikator: f.ind.indikator, standar: shown, posisi, lebihBaik },
        ),
      ),
    ];
  });
}

/**
 * Analysis 5's sources for one indicator, each in its own role: Narasi `Faktor Pendukung`, `Faktor
 * Penghambat` and `Upaya` of the indicator (by IKU `No`); else the IKU `Analisis` (the office's
 * analysis of the result) and `Solusi`. Nothing is invented: all empty when the office gave none.
 */
export function sumberAnalisis(ctx: ReportContext, f: IndikatorFigures) {
  const no = f.ind.no.trim();
  const butir = (part: string) => (no ? narasiLines(ctx, `${part} ${no}`) : []);
  const pendukung = butir('Faktor Pendukung');
  const penghambat = butir('Faktor Penghambat');
  const upaya = butir('Upaya');
  return {
    pendukung,
    penghambat,
    upaya,
    analisis: pendukung.length + penghambat.length > 0 ? '' : f.ind.analisis.trim(),
    solusi: upaya.length > 0 ? '' : f.ind.solusi.trim(),
  };
}

/** The office's Narasi lists of one indicator (factors, upaya), each under its own sentence. */
export function daftarFaktor(nama: string, src: ReturnType<typeof sumberAnalisis>): Block[] {
  const blocks: Block[] = [];
  if (src.pendukung.length > 0)
    blocks.push(
      paragraf(`Faktor yang mendukung pencapaian kinerja ${nama} adalah sebagai berikut.`),
      daftarKantor(src.pendukung),
    );
  if (src.penghambat.length > 0)
    blocks.push(
      paragraf(`Faktor yang menghambat pencapaian kinerja ${nama} adalah sebagai berikut.`),
      daftarKantor(src.penghambat),
    );
  if (src.upaya.length > 0)
    blocks.push(
      paragraf(`Upaya yang telah dan akan dilakukan untuk meningkatkan kinerja ${nama} adalah sebagai berikut.`),
      daftarKantor(src.upaya, true),
    );
  return blocks;
}

/** The office's own analysis of the sasaran as a whole (Narasi `Analisis <sasaran>`), or []. */
export function analisisSasaranKantor(ctx: ReportContext, s: SasaranFigures): Block[] {
  return narasiPart(ctx, `Analisis ${s.sasaran.key}`, '3', `Analisis Sasaran ${s.nomor}`) ?? [];
}

/**
 * Analysis 5: causes and solutions (sumberAnalisis), each indicator's in its own words; an
 * indicator with none of them gets no sentence, a sasaran with none gets no part.
 */
function analisisPenyebabBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const blocks: Block[] = [];
  for (const f of s.indikator) {
    const src = sumberAnalisis(ctx, f);
    if (src.pendukung.length + src.penghambat.length + src.upaya.length === 0 && !src.analisis && !src.solusi) continue;
    const nama = ctx.sebut(f.ind.indikator);
    if (src.analisis)
      blocks.push({
        ...paragraf(kalimat(`Hasil analisis atas capaian ${nama}: ${awalKecil(src.analisis)}`)),
        fromOffice: true,
      });
    const lists = daftarFaktor(nama, src);
    const upaya = src.upaya.length > 0 ? lists.splice(-2) : [];
    blocks.push(...lists);
    if (src.solusi)
      blocks.push({
        ...paragraf(kalimat(`Solusi yang ditempuh untuk ${nama}: ${awalKecil(src.solusi)}`)),
        fromOffice: true,
      });
    blocks.push(...upaya);
  }
  blocks.push(...analisisSasaranKantor(ctx, s));
  return blocks;
}

/** Analysis 7: the programs (and their kegiatan) linked to the sasaran by DPA `Sasaran`. */
export function programPendukungBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const dpa = ctx.wb.dpa;
  if (!dpa) return [];
  if (s.programs.length === 0) {
    return [
      paragraf(
        ctx.sekali('program-tanpa-tautan')
          ? `Sasaran ${s.nomor} tidak dikaitkan dengan ${ctx.unit} tertentu dalam DPA; pencapaiannya ditunjang oleh seluruh ${ctx.unit} yang diuraikan pada bagian Realisasi Anggaran.`
          : `Sasaran ${s.nomor} juga tidak dikaitkan dengan ${ctx.unit} tertentu dalam DPA.`,
      ),
    ];
  }
  const rows: string[][] = [];
  const bold: number[] = [];
  for (const i of s.programs) {
    const r = dpa.rows[i];
    bold.push(rows.length);
    for (const k of [i, ...r.children]) {
      const c = dpa.rows[k];
      const serapan = serapanOf(decimalOf(c.pagu), decimalOf(c.realisasi));
      rows.push([c.uraian, formatMoney(serapan.pagu), formatMoney(serapan.realisasi), serapan.text]);
    }
  }
  const total = s.programs.reduce(
    (acc, i) => ({ pagu: acc.pagu.plus(dpa.rows[i].pagu), realisasi: acc.realisasi.plus(dpa.rows[i].realisasi) }),
    { pagu: ZERO, realisasi: ZERO },
  );
  const jumlah = serapanOf(total.pagu, total.realisasi);
  rows.push(['JUMLAH', formatMoney(jumlah.pagu), formatMoney(jumlah.realisasi), jumlah.text]);
  const names = s.programs.map((i) => hurufJudul(dpa.rows[i].uraian));
  return [
    paragrafKlaim(
      nyatakan(
        `Pencapaian Sasaran ${s.nomor} didukung oleh ${jumlahKata(names.length)} ${ctx.unit}, yaitu ${daftarKata(names)}${ctx.unit === 'program' ? ', dengan kegiatan sebagai berikut' : ', sebagai berikut'}.`,
        { jenis: 'jumlah', apa: ctx.unit, n: names.length, lingkup: `Sasaran ${s.nomor}` },
      ),
    ),
    tabel(
      ctx,
      '3',
      `${ctx.unit === 'program' ? 'Program dan Kegiatan' : kapital(ctx.unit)} Pendukung Sasaran ${s.nomor}`,
      [
        ctx.unit === 'program' ? 'Program / Kegiatan' : `${kapital(ctx.unit)} / Sub Kegiatan`,
        'Pagu (Rp)',
        'Realisasi (Rp)',
        'Serapan (%)',
      ],
      rows,
      ['left', 'right', 'right', 'right'],
      { totalRow: true, boldRows: bold },
    ),
  ];
}

// A part's label stays on the page of what it labels.
const label = (text: string): Block => ({ type: 'paragraph', text, bold: true, keepWithNext: true });

function sasaranBlocks(
  ctx: ReportContext,
  s: SasaranFigures,
  heading: string,
  extras: { ikm: boolean; akip: boolean; triwulan: IndikatorTriwulan[] },
): Block[] {
  const t = ctx.tahun;
  const names = s.indikator.map((f) => ctx.sebut(f.ind.indikator));
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: heading },
    paragrafKlaim(
      nyatakan(
        `Sasaran “${s.sasaran.nama}” diukur dengan ${jumlahKata(names.length)} indikator, yaitu ${daftarKata(names)}.`,
        { jenis: 'jumlah', apa: 'indikator', n: names.length, lingkup: `Sasaran ${s.nomor}` },
      ),
    ),
    label(`a. Target dan realisasi Tahun ${t}`),
    ...s.indikator.map((f) => paragrafKlaim(kalimatCapaian(ctx, f, t))),
    ...triwulanSasaranBlocks(ctx, s, extras.triwulan),
  ];
  if (extras.ikm) blocks.push(...ikmBlocks(ctx));
  if (extras.akip) blocks.push(...akipBlocks(ctx));
  blocks.push(label('b. Perbandingan dengan tahun-tahun sebelumnya'), ...trendBlocks(ctx, s));
  blocks.push(label('c. Perbandingan dengan target akhir Renstra'), ...renstraBlocks(ctx, s));
  const letters = 'defg'.split('');
  const part = (title: string, content: Block[]) => {
    if (content.length > 0) blocks.push(label(`${letters.shift()}. ${title}`), ...content);
  };
  part('Perbandingan dengan standar nasional', standarBlocks(ctx, s));
  part('Penyebab keberhasilan/kegagalan dan solusi', analisisPenyebabBlocks(ctx, s));
  part('Efisiensi penggunaan sumber daya', efisiensiSasaranBlocks(ctx, s));
  part(
    ctx.unit === 'program' ? 'Program dan kegiatan pendukung' : `${kapital(ctx.unit)} pendukung`,
    programPendukungBlocks(ctx, s),
  );
  return blocks;
}

/** 3.1 Capaian Kinerja: the scale, the IKU table, then each sasaran with its analyses; IKM and AKIP details where they belong. */
export function capaianBlocks(ctx: ReportContext, sub: () => string): Block[] {
  const fig = ctx.fig;
  const blocks: Block[] = [];
  if (fig.indikator.length === 0) {
    blocks.push(
      paragraf(
        `Indikator kinerja utama Tahun ${ctx.tahun} belum ditetapkan, sehingga capaian kinerja belum dapat disajikan.`,
      ),
    );
  } else {
    const heading = `${sub()} Target dan Realisasi Kinerja Tahun ${ctx.tahun}`;
    blocks.push(...(ctx.ringkas ? targetRealisasiRingkas(ctx, heading) : targetRealisasi(ctx, heading)));
  }
  const ikmInd = ikmIndikator(ctx.wb);
  const akipInd = akipIndikator(ctx.wb);
  const ikmSasaran = ctx.wb.ikm ? fig.sasaran.find((s) => s.indikator.some((f) => f.ind === ikmInd)) : undefined;
  const akipSasaran = ctx.wb.akip ? fig.sasaran.find((s) => s.indikator.some((f) => f.ind === akipInd)) : undefined;
  const triwulan = renaksiDiisi(ctx.wb) ? indikatorTriwulan(ctx) : [];
  const perSasaran = ctx.ringkas ? sasaranRingkasBlocks : sasaranBlocks;
  let chars = 0;
  for (const s of fig.sasaran) {
    const sasaran = perSasaran(ctx, s, `${sub()} Sasaran ${s.nomor}: ${s.sasaran.nama}`, {
      ikm: s === ikmSasaran,
      akip: s === akipSasaran,
      triwulan,
    });
    blocks.push(...sasaran);
    if (ctx.partChars) {
      chars += blocksChars(sasaran);
      ctx.partChars(chars);
    }
  }
  if (ctx.wb.ikm && !ikmSasaran)
    blocks.push(
      { type: 'heading', level: 3, text: `${sub()} Survei Kepuasan Masyarakat Tahun ${ctx.tahun}` },
      ...ikmBlocks(ctx),
    );
  if (ctx.wb.akip && !akipSasaran)
    blocks.push(
      { type: 'heading', level: 3, text: `${sub()} Evaluasi Akuntabilitas Kinerja Instansi Pemerintah` },
      ...akipBlocks(ctx),
    );
  blocks.push(...tindakLanjutBlocks(ctx, sub));
  return blocks;
}
