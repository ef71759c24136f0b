import { capaianRounded } from '../capaian';
import { type Decimal, round } from '../decimal';
import { isInputError } from '../input-error';
import { SKALA_PERMENDAGRI_86 } from '../kategori-capaian';
import { formatId, formatMoney, formatRupiah, parseNumber } from '../numbers';
import { akipBlocks } from './bab3-akip';
import { efisiensiIndikator } from './bab3-efisiensi';
import { ikmBlocks } from './bab3-ikm';
import { akipIndikator, ikmIndikator } from '../rules/linked-indicators';
import { narasiPart } from './narasi-part';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { NO_VALUE, serapanOf } from './report-figures';
import type { Block } from './report-types';
import {
  awalKecil,
  daftarKata,
  denganSatuan,
  hurufJudul,
  jumlahKata,
  kalimat,
  kapital,
  paragraf,
  perubahan,
  satuanSelisih,
  tanpaPenanda,
} from './sentences';
import { sekaliPerKelompok, tabel } from './table';

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

const negatif = (f: IndikatorFigures) => f.ind.polaritas !== 'positif';

/** Why a capaian cannot be computed, for a reader (no instructions to the spreadsheet user). */
function alasanTanpaCapaian(reason: string, tahun: number): string {
  const r = reason.toLowerCase();
  if (r.startsWith('target 0')) return 'targetnya bernilai 0';
  if (r.startsWith('target negatif')) return 'targetnya bernilai negatif';
  if (r.startsWith('realisasi 0')) return 'realisasinya bernilai 0';
  if (r.startsWith('target')) return `target Tahun ${tahun} belum ditetapkan`;
  if (r.startsWith('realisasi')) return `realisasi Tahun ${tahun} belum tersedia`;
  return 'datanya belum lengkap';
}

/**
 * Analysis 1: target against realisasi of the year with its category; a high category on a missed
 * target is explained; the polarity formula only for an indicator where lower is better.
 */
function kalimatCapaian(f: IndikatorFigures, tahun: number): string {
  const c = f.capaian(tahun);
  const nama = f.ind.indikator;
  if (c.value === null)
    return `Capaian ${nama} Tahun ${tahun} tidak dapat dihitung karena ${alasanTanpaCapaian(c.reason, tahun)}.`;
  let s = `Pada Tahun ${tahun} realisasi ${nama} sebesar ${denganSatuan(f.realisasiText(tahun), f.ind.satuan)} dari target ${denganSatuan(f.targetText(tahun), f.ind.satuan)}, sehingga capaian kinerjanya ${c.text}%${c.kategori ? ` dengan kategori ${c.kategori}` : ''}.`;
  if (f.ind.polaritas === 'negatif')
    s +=
      ' Indikator ini berpolaritas negatif (makin rendah makin baik), sehingga capaian dihitung dengan rumus (2 × target − realisasi) ÷ target × 100%.';
  if (f.ind.polaritas === 'terbalik')
    s +=
      ' Indikator ini berpolaritas negatif (makin rendah makin baik), sehingga capaian dihitung dengan rumus target ÷ realisasi × 100%.';
  if (c.value.gte(100)) s += ` Target Tahun ${tahun} tercapai.`;
  else if (c.kategori === 'Sangat Tinggi' || c.kategori === 'Tinggi')
    s += ` Kategori ${c.kategori} menunjukkan realisasi sudah mendekati target, tetapi karena capaian masih di bawah 100%, target Tahun ${tahun} belum tercapai sepenuhnya.`;
  else s += ` Target Tahun ${tahun} belum tercapai.`;
  return s;
}

/**
 * One sentence for a summary where a missed target sits next to a high category (Permendagri
 * 86/2017 gives `Sangat Tinggi` from 91% and `Tinggi` from 76%): names the indicators, so the reader
 * sees no contradiction. Empty when no missed indicator has such a category.
 */
export function kalimatKategoriTinggi(missed: IndikatorFigures[], tahun: number): string {
  const tinggi = missed.filter((f) => {
    const k = f.capaian(tahun).kategori;
    return k === 'Sangat Tinggi' || k === 'Tinggi';
  });
  if (tinggi.length === 0) return '';
  const kategori = [...new Set(tinggi.map((f) => f.capaian(tahun).kategori))];
  return `Kategori ${daftarKata(kategori)} pada ${daftarKata(tinggi.map((f) => f.ind.indikator))} menunjukkan capaian yang sudah mendekati target, tetapi karena capaiannya masih di bawah 100%, targetnya belum tercapai sepenuhnya.`;
}

function ringkasanTercapai(ctx: ReportContext): Block {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const met = fig.indikator.filter((f) => tercapai(f, t) === true);
  const missed = fig.indikator.filter((f) => tercapai(f, t) === false);
  const unknown = fig.indikator.filter((f) => tercapai(f, t) === null);
  const daftar = (xs: IndikatorFigures[]) =>
    daftarKata(xs.map((f) => `${f.ind.indikator} dengan capaian ${f.capaian(t).text}%`));
  const parts: string[] = [];
  if (met.length > 0) parts.push(`target ${daftar(met)} tercapai`);
  if (missed.length > 0) parts.push(`target ${daftar(missed)} belum tercapai`);
  let s = parts.length > 0 ? `Dari tabel tersebut terlihat bahwa ${parts.join(', sedangkan ')}.` : '';
  const tinggi = kalimatKategoriTinggi(missed, t);
  if (tinggi) s += ` ${tinggi}`;
  if (unknown.length > 0)
    s += `${s ? ' ' : ''}Capaian ${daftarKata(unknown.map((f) => f.ind.indikator))} belum dapat diukur.`;
  return paragraf(s);
}

function targetRealisasi(ctx: ReportContext, heading: string): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const sasaran = sekaliPerKelompok(fig.indikator.map((f) => f.ind.sasaran.trim()));
  return [
    { type: 'heading', level: 3, text: heading },
    paragraf(
      `Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target setiap indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun ${t}. Tingkat capaian kinerja dikategorikan menurut skala berikut.`,
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai Peringkat Kinerja',
      ['No', 'Capaian (%)', 'Kategori'],
      skalaCapaianRows(),
      ['center', 'center', 'left'],
      {
        note: 'Sumber: Permendagri Nomor 86 Tahun 2017.',
      },
    ),
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

/**
 * Analysis 2 in words: every year on the sheet, the overall direction, and each year in between
 * that went the other way (`turun pada Tahun 2023 dari 72,59 menjadi 70,20`).
 */
function kalimatTren(f: IndikatorFigures, tahun: number): string {
  const nama = f.ind.indikator;
  const ys = f.trendYears;
  if (ys.length < 2)
    return `Realisasi ${nama} sebelum Tahun ${tahun} belum tersedia, sehingga belum dapat dibandingkan dengan tahun sebelumnya.`;
  const values = ys.map((y) => f.realisasiText(y));
  // Semicolons between figures: the figures themselves carry decimal commas.
  const deret = `${values.slice(0, -1).join('; ')}; dan ${values[values.length - 1]}`;
  let s = `Realisasi ${nama} Tahun ${ys[0]}–${ys[ys.length - 1]} berturut-turut ${values.length === 2 ? values.join(' dan ') : deret}.`;
  const better: number[] = [];
  const worse: number[] = [];
  for (let i = 1; i < ys.length; i++) {
    const d = (f.realisasi(ys[i]) as Decimal).minus(f.realisasi(ys[i - 1]) as Decimal);
    if (d.isZero()) continue;
    if (d.isPositive() !== negatif(f)) better.push(i);
    else worse.push(i);
  }
  const step = (i: number) => `Tahun ${ys[i]} (dari ${values[i - 1]} menjadi ${values[i]})`;
  if (worse.length === 0 && better.length > 0)
    s += ` Kinerja indikator ini ${better.length === ys.length - 1 ? 'membaik setiap tahun' : 'tidak pernah menurun'}.`;
  else if (better.length === 0 && worse.length > 0)
    s += ` Kinerja indikator ini ${worse.length === ys.length - 1 ? 'menurun setiap tahun' : 'tidak pernah membaik'}.`;
  else if (worse.length > 0) {
    const first = f.realisasi(ys[0]) as Decimal;
    const last = f.realisasi(ys[ys.length - 1]) as Decimal;
    const overallBetter = !last.eq(first) && last.gt(first) !== negatif(f);
    s += overallBetter
      ? ` Secara keseluruhan kinerja membaik, tetapi menurun pada ${daftarKata(worse.map(step))}.`
      : ` Secara keseluruhan kinerja tidak membaik: kinerja menurun pada ${daftarKata(worse.map(step))}, meskipun sempat membaik pada ${daftarKata(better.map((i) => `Tahun ${ys[i]}`))}.`;
  } else s += ' Realisasinya tidak berubah selama periode tersebut.';
  const prev = ys.filter((y) => y < tahun).pop();
  const now = f.realisasi(tahun);
  if (prev !== undefined && now !== null) {
    const change = perubahan(f.realisasi(prev) as Decimal, now, f.places, negatif(f), f.ind.satuan).replace(
      /^realisasi /,
      '',
    );
    // A drop into the reporting year already named above (`menurun pada Tahun 2023 (dari … menjadi …)`)
    // is not said a second time.
    const lastNamed = better.length > 0 && worse.includes(ys.length - 1) && ys[ys.length - 1] === tahun;
    if (!lastNamed) s += ` Dibandingkan Tahun ${prev}, realisasi Tahun ${tahun} ${change}.`;
  }
  return s;
}

function trendBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const years = [...new Set(s.indikator.flatMap((f) => f.trendYears))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  if (years.length >= 2) {
    blocks.push(
      tabel(
        ctx,
        '3',
        `Perbandingan Realisasi dan Capaian Sasaran ${s.nomor} Tahun ${years[0]}–${years[years.length - 1]}`,
        // One row per year (the indicator named on its first row): fits a portrait page whatever the
        // number of years, and shows the target each capaian was measured against.
        ['Indikator Kinerja', 'Satuan', 'Tahun', 'Target', 'Realisasi', 'Capaian (%)'],
        s.indikator.flatMap((f) =>
          years.map((y, i) => [
            i === 0 ? f.ind.indikator : '',
            i === 0 ? f.ind.satuan : '',
            String(y),
            f.targetText(y),
            f.realisasiText(y),
            f.capaian(y).text,
          ]),
        ),
        ['left', 'left', 'center', 'right', 'right', 'right'],
      ),
    );
  }
  for (const f of s.indikator) blocks.push(paragraf(kalimatTren(f, ctx.tahun)));
  return blocks;
}

function renstraBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const end = ctx.fig.renstraEndYear;
  const t = ctx.tahun;
  const withTarget = s.indikator.filter((f) => end !== null && f.ind.target[end]?.target);
  if (end === null || withTarget.length === 0) {
    return [
      paragraf(
        `Target akhir periode Renstra untuk indikator Sasaran ${s.nomor} belum ditetapkan, sehingga perbandingan dengan target jangka menengah belum dapat disajikan.`,
      ),
    ];
  }
  const rows = withTarget.map((f) => {
    const target = f.ind.target[end].target!;
    const realisasi = f.nilai(t);
    let capaian: Decimal | null = null;
    if (realisasi !== null) {
      try {
        capaian = capaianRounded(realisasi, target, f.ind.polaritas);
      } catch (e) {
        if (!isInputError(e)) throw e;
      }
    }
    return {
      f,
      capaian,
      cells: [
        f.ind.indikator,
        f.ind.satuan,
        f.targetText(end),
        f.realisasiText(t),
        capaian ? formatId(capaian) : NO_VALUE,
      ],
    };
  });
  const sentences = rows.map(({ f, capaian, cells: row }) => {
    if (capaian === null)
      return `Realisasi ${f.ind.indikator} Tahun ${t} belum dapat dibandingkan dengan target akhir Renstra.`;
    let text = `Realisasi ${f.ind.indikator} Tahun ${t} sebesar ${denganSatuan(row[3], f.ind.satuan)} dibandingkan target akhir Renstra Tahun ${end} sebesar ${denganSatuan(row[2], f.ind.satuan)} mencapai ${row[4]}%`;
    const target = f.ind.target[end]?.target ?? null;
    const now = f.realisasi(t);
    if (capaian.gte(100)) return `${text}, sehingga target akhir Renstra telah tercapai.`;
    if (target?.kind === 'single' && now !== null) {
      const sisa = negatif(f) ? now.minus(round(target.value, f.places)) : round(target.value, f.places).minus(now);
      const arah = negatif(f) ? 'penurunan' : 'peningkatan';
      text += `; untuk mencapainya masih diperlukan ${arah} sebesar ${formatId(sisa.abs(), f.places)} ${satuanSelisih(f.ind.satuan)}${end > t ? ` hingga Tahun ${end}` : ''}`;
    } else text += ', sehingga target akhir Renstra belum tercapai';
    return `${text}.`;
  });
  return [
    tabel(
      ctx,
      '3',
      `Realisasi Tahun ${t} terhadap Target Akhir Renstra Sasaran ${s.nomor}`,
      ['Indikator Kinerja', 'Satuan', `Target Akhir Renstra (${end})`, `Realisasi ${t}`, 'Capaian (%)'],
      rows.map((r) => r.cells),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    ...sentences.map(paragraf),
  ];
}

/** Analysis 4: against the national/provincial standard (IKU `Standar Nasional`). */
function standarBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const t = ctx.tahun;
  return s.indikator.flatMap((f) => {
    const standar = (f.ind.standarNasional ?? '').trim();
    if (!standar) return [];
    let value: Decimal | null = null;
    try {
      value = parseNumber(standar);
    } catch (e) {
      if (!isInputError(e)) throw e;
    }
    const now = f.realisasi(t);
    if (value === null || now === null)
      return [paragraf(kalimat(`Sebagai pembanding, standar nasional untuk ${f.ind.indikator} adalah ${standar}`))];
    const printed = round(value, f.places);
    const shown = formatId(printed, f.places);
    let posisi: string;
    if (now.eq(printed)) posisi = 'sama dengan standar tersebut';
    else {
      const lebihBaik = now.gt(printed) !== negatif(f);
      posisi = `${now.gt(printed) ? 'di atas' : 'di bawah'} standar tersebut, artinya kinerja ${lebihBaik ? 'lebih baik daripada' : 'masih di bawah'} standar nasional`;
    }
    return [
      paragraf(
        `Standar nasional untuk ${f.ind.indikator} adalah ${denganSatuan(shown, f.ind.satuan)}. Realisasi Tahun ${t} sebesar ${denganSatuan(f.realisasiText(t), f.ind.satuan)} berada ${posisi}.`,
      ),
    ];
  });
}

/** Narasi rows of a part for one indicator (Kunci = its IKU No), as list items. */
function butirNarasi(ctx: ReportContext, part: string, no: string): string[] {
  const text = no ? ctx.narasi(`${part} ${no}`) : null;
  if (!text) return [];
  return text
    .split('\n')
    .map((l) => tanpaPenanda(l))
    .filter((l) => l !== '');
}

/** Analysis 5: causes of success or failure and the solutions, from IKU and Narasi. */
function analisisPenyebabBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const t = ctx.tahun;
  const blocks: Block[] = [];
  for (const f of s.indikator) {
    const nama = f.ind.indikator;
    const met = tercapai(f, t);
    const analisis = f.ind.analisis.trim();
    const solusi = f.ind.solusi.trim();
    const no = f.ind.no.trim();
    const pendukung = butirNarasi(ctx, 'Faktor Pendukung', no);
    const penghambat = butirNarasi(ctx, 'Faktor Penghambat', no);
    const upaya = butirNarasi(ctx, 'Upaya', no);
    const own: Block[] = [];
    if (analisis) {
      const lead =
        met === true
          ? `Keberhasilan pencapaian target ${nama} terutama didukung oleh`
          : met === false
            ? `Belum tercapainya target ${nama} terutama disebabkan oleh`
            : `Kinerja ${nama} terutama dipengaruhi oleh`;
      own.push(paragraf(kalimat(`${lead} ${awalKecil(analisis)}`)));
    }
    if (pendukung.length > 0)
      own.push(paragraf(`Faktor yang mendukung pencapaian kinerja ${nama} adalah sebagai berikut.`), {
        type: 'list',
        items: pendukung,
      });
    if (penghambat.length > 0)
      own.push(paragraf(`Faktor yang menghambat pencapaian kinerja ${nama} adalah sebagai berikut.`), {
        type: 'list',
        items: penghambat,
      });
    if (solusi) own.push(paragraf(kalimat(`Solusi yang dilakukan untuk ${nama} adalah ${awalKecil(solusi)}`)));
    if (upaya.length > 0)
      own.push(
        paragraf(`Upaya yang telah dan akan dilakukan untuk meningkatkan kinerja ${nama} adalah sebagai berikut.`),
        {
          type: 'list',
          items: upaya,
          ordered: true,
        },
      );
    if (own.length === 0) {
      own.push(
        paragraf(
          met === true
            ? `Tercapainya target ${nama} merupakan hasil pelaksanaan program dan kegiatan pendukung sasaran ini sesuai rencana; capaian ini akan dipertahankan pada tahun berikutnya.`
            : `Faktor penyebab belum optimalnya capaian ${nama} menjadi bahan evaluasi internal, dan hasilnya menjadi dasar perbaikan pada tahun berikutnya.`,
        ),
      );
    }
    blocks.push(...own);
  }
  const narasi = narasiPart(ctx, `Analisis ${s.sasaran.key}`, '3', `Analisis Sasaran ${s.nomor}`);
  if (narasi) blocks.push(...narasi);
  return blocks;
}

/** Analysis 6: capaian against serapan of the programs serving the sasaran (domain.md "Efficiency"). */
function efisiensiSasaranBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  if (!ctx.fig.anggaran) {
    return [
      paragraf(
        `Data anggaran Tahun ${ctx.tahun} belum tersedia, sehingga efisiensi Sasaran ${s.nomor} belum dapat diukur.`,
      ),
    ];
  }
  const rows = s.indikator.map((f) => ({ f, e: efisiensiIndikator(ctx, s, f) }));
  const sumber = s.programsMapped
    ? `${ctx.unit} pendukung Sasaran ${s.nomor}`
    : `seluruh ${ctx.unit} (Sasaran ${s.nomor} didukung bersama oleh seluruh ${ctx.unit})`;
  let text = `Efisiensi diukur sebagai selisih antara persentase capaian kinerja dan persentase serapan anggaran ${sumber}, yaitu ${s.serapan.text}% (${formatRupiah(s.serapan.realisasi)} dari pagu ${formatRupiah(s.serapan.pagu)}).`;
  const efisien = rows.filter((r) => r.e.efisiensi !== NO_VALUE && !r.e.efisiensi.startsWith('-'));
  const tidak = rows.filter((r) => r.e.efisiensi.startsWith('-'));
  if (efisien.length > 0)
    text += ` Capaian ${daftarKata(efisien.map((r) => r.f.ind.indikator))} ${efisien.every((r) => r.e.efisiensi === '0,00') ? 'sebanding dengan' : 'lebih tinggi daripada'} serapan anggarannya, sehingga penggunaan sumber daya dinilai efisien.`;
  if (tidak.length > 0)
    text += ` Capaian ${daftarKata(tidak.map((r) => r.f.ind.indikator))} lebih rendah daripada serapan anggarannya, sehingga efisiensi perlu ditingkatkan.`;
  return [
    tabel(
      ctx,
      '3',
      `Efisiensi Penggunaan Sumber Daya Sasaran ${s.nomor}`,
      ['Indikator Kinerja', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      rows.map(({ f, e }) => [f.ind.indikator, e.capaian, e.serapan, e.efisiensi]),
      ['left', 'right', 'right', 'right'],
    ),
    paragraf(text),
  ];
}

/** Analysis 7: the programs (and their kegiatan) mapped to the sasaran by DPA `Sasaran`. */
function programPendukungBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const dpa = ctx.wb.dpa;
  if (!dpa || s.programs.length === 0) {
    return [
      paragraf(
        `Sasaran ${s.nomor} tidak didukung oleh ${ctx.unit} tertentu secara khusus; pencapaiannya ditunjang bersama oleh seluruh ${ctx.unit} yang diuraikan pada bagian Realisasi Anggaran.`,
      ),
    ];
  }
  const rows: string[][] = [];
  const bold: number[] = [];
  for (const i of s.programs) {
    const r = dpa.rows[i];
    bold.push(rows.length);
    rows.push([r.uraian, formatMoney(r.pagu), formatMoney(r.realisasi), serapanOf(r.pagu, r.realisasi).text]);
    for (const k of r.children) {
      const c = dpa.rows[k];
      rows.push([c.uraian, formatMoney(c.pagu), formatMoney(c.realisasi), serapanOf(c.pagu, c.realisasi).text]);
    }
  }
  rows.push(['JUMLAH', formatMoney(s.serapan.pagu), formatMoney(s.serapan.realisasi), s.serapan.text]);
  const names = s.programs.map((i) => hurufJudul(dpa.rows[i].uraian));
  return [
    paragraf(
      `Pencapaian Sasaran ${s.nomor} didukung oleh ${jumlahKata(names.length)} ${ctx.unit}, yaitu ${daftarKata(names)}${ctx.unit === 'program' ? ', dengan kegiatan sebagai berikut' : ', sebagai berikut'}.`,
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

const label = (text: string): Block => ({ type: 'paragraph', text, bold: true });

function sasaranBlocks(
  ctx: ReportContext,
  s: SasaranFigures,
  heading: string,
  extras: { ikm: boolean; akip: boolean },
): Block[] {
  const t = ctx.tahun;
  const names = s.indikator.map((f) => f.ind.indikator);
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: heading },
    paragraf(
      `Sasaran “${s.sasaran.nama}” diukur dengan ${jumlahKata(names.length)} indikator, yaitu ${daftarKata(names)}.`,
    ),
    label(`a. Target dan realisasi Tahun ${t}`),
    ...s.indikator.map((f) => paragraf(kalimatCapaian(f, t))),
  ];
  if (extras.ikm) blocks.push(...ikmBlocks(ctx));
  if (extras.akip) blocks.push(...akipBlocks(ctx));
  blocks.push(label('b. Perbandingan dengan tahun-tahun sebelumnya'), ...trendBlocks(ctx, s));
  blocks.push(label('c. Perbandingan dengan target akhir Renstra'), ...renstraBlocks(ctx, s));
  const standar = standarBlocks(ctx, s);
  const letters = 'defg'.split('');
  if (standar.length > 0) blocks.push(label(`${letters.shift()}. Perbandingan dengan standar nasional`), ...standar);
  blocks.push(
    label(`${letters.shift()}. Penyebab keberhasilan/kegagalan dan solusi`),
    ...analisisPenyebabBlocks(ctx, s),
    label(`${letters.shift()}. Efisiensi penggunaan sumber daya`),
    ...efisiensiSasaranBlocks(ctx, s),
    label(`${letters.shift()}. Program dan kegiatan pendukung`),
    ...programPendukungBlocks(ctx, s),
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
    blocks.push(...targetRealisasi(ctx, `${sub()} Target dan Realisasi Kinerja Tahun ${ctx.tahun}`));
  }
  const ikmInd = ikmIndikator(ctx.wb);
  const akipInd = akipIndikator(ctx.wb);
  const ikmSasaran = ctx.wb.ikm ? fig.sasaran.find((s) => s.indikator.some((f) => f.ind === ikmInd)) : undefined;
  const akipSasaran = ctx.wb.akip ? fig.sasaran.find((s) => s.indikator.some((f) => f.ind === akipInd)) : undefined;
  for (const s of fig.sasaran) {
    blocks.push(
      ...sasaranBlocks(ctx, s, `${sub()} Sasaran ${s.nomor}: ${s.sasaran.nama}`, {
        ikm: s === ikmSasaran,
        akip: s === akipSasaran,
      }),
    );
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
  return blocks;
}
