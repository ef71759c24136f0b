import { capaianRounded } from '../capaian';
import { type Decimal, round } from '../decimal';
import { isInputError } from '../input-error';
import { formatId } from '../numbers';
import { type ClaimData, type Langkah, type Stated, gabung, nyatakan } from './claims';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { denganSatuan, paragraf, paragrafKlaim, satuanSelisih } from './sentences';
import { tabel } from './table';

const negatif = (f: IndikatorFigures) => f.ind.polaritas !== 'positif';

export function langkahOf(d: Decimal): Langkah {
  return d.isZero() ? 'tetap' : d.isPositive() ? 'naik' : 'turun';
}

/** `Tahun 2021`, `Tahun 2021 dan 2022`, `Tahun 2021–2023`. */
function tahunRun(ys: number[]): string {
  if (ys.length === 1) return `Tahun ${ys[0]}`;
  if (ys.length === 2) return `Tahun ${ys[0]} dan ${ys[1]}`;
  return `Tahun ${ys[0]}–${ys[ys.length - 1]}`;
}

/**
 * What a series did, step by step, in words: `naik setiap tahun`, `turun setiap tahun`, `tidak
 * berubah`, or its runs in order (`turun pada Tahun 2021 dan 2022, lalu naik pada Tahun 2023`).
 * `besarAkhir` (`2,39 poin`) is put on a last run of one year (`lalu turun 2,39 poin pada Tahun
 * 2023`), so the last change is said once, with its size.
 */
function arahSeri(years: number[], langkah: Langkah[], besarAkhir?: string): { text: string; besarDipakai: boolean } {
  if (langkah.length === 0) return { text: '', besarDipakai: false };
  if (langkah.every((l) => l === langkah[0])) {
    const l = langkah[0];
    if (l === 'tetap') return { text: 'tidak berubah', besarDipakai: false };
    return { text: langkah.length === 1 ? l : `${l} setiap tahun`, besarDipakai: false };
  }
  const runs: { l: Langkah; ys: number[] }[] = [];
  langkah.forEach((l, i) => {
    const last = runs[runs.length - 1];
    if (last && last.l === l) last.ys.push(years[i + 1]);
    else runs.push({ l, ys: [years[i + 1]] });
  });
  const last = runs[runs.length - 1];
  const besarDipakai = besarAkhir !== undefined && last.ys.length === 1 && last.l !== 'tetap';
  const text = runs
    .map((r) => `${r.l}${besarDipakai && r === last ? ` ${besarAkhir}` : ''} pada ${tahunRun(r.ys)}`)
    .join(', lalu ');
  return { text, besarDipakai };
}

/** A series as printed: values, steps and its claim. */
function seri(
  f: IndikatorFigures,
  kind: 'realisasi' | 'capaian',
  years: number[],
): { years: number[]; values: string[]; langkah: Langkah[]; claim: ClaimData } | null {
  const points = years
    .map((y) => ({ y, v: kind === 'realisasi' ? f.realisasi(y) : f.capaian(y).value }))
    .filter((p): p is { y: number; v: Decimal } => p.v !== null);
  if (points.length < 2) return null;
  const ys = points.map((p) => p.y);
  const values = points.map((p) => (kind === 'realisasi' ? formatId(p.v, f.places) : formatId(p.v)));
  const langkah = points.slice(1).map((p, i) => langkahOf(p.v.minus(points[i].v)));
  return {
    years: ys,
    values,
    langkah,
    claim: { jenis: 'tren', indikator: f.ind.indikator, seri: kind, tahun: ys, nilai: values, langkah },
  };
}

/** `81,83; 82,28; 82,48; dan 88,12` (semicolons: the figures carry decimal commas). */
function deret(values: string[]): string {
  if (values.length === 2) return values.join(' dan ');
  return `${values.slice(0, -1).join('; ')}; dan ${values[values.length - 1]}`;
}

/**
 * Analysis 2 for one indicator: the realisasi series and what it did, the capaian series when it
 * moved otherwise, and the last year against the one before — each a claim (claims.ts).
 */
function kalimatTren(ctx: ReportContext, f: IndikatorFigures): Stated {
  const t = ctx.tahun;
  const nama = ctx.sebut(f.ind.indikator);
  const ys = f.trendYears;
  const r = seri(f, 'realisasi', ys);
  if (!r) {
    const first = ctx.sekali('tren-tanpa-data');
    return gabung([
      first
        ? `Realisasi ${nama} sebelum Tahun ${t} belum tersedia, sehingga belum dapat dibandingkan dengan tahun sebelumnya.`
        : `Realisasi ${nama} sebelum Tahun ${t} juga belum tersedia.`,
    ]);
  }
  const span = `Tahun ${r.years[0]}–${r.years[r.years.length - 1]}`;
  const parts: (Stated | string)[] = [];
  if (r.langkah.length === 1) {
    const d = (f.realisasi(r.years[1]) as Decimal).minus(f.realisasi(r.years[0]) as Decimal);
    const how =
      r.langkah[0] === 'tetap'
        ? 'tidak berubah'
        : `${r.langkah[0]} ${formatId(d.abs(), f.places)} ${satuanSelisih(f.ind.satuan)}`;
    parts.push(
      nyatakan(
        `Realisasi ${nama} Tahun ${r.years[0]} dan ${r.years[1]} berturut-turut ${deret(r.values)}, atau ${how}.`,
        r.claim,
        perubahanClaim(f, r.years[0], r.years[1], d),
      ),
    );
    const c = seri(f, 'capaian', ys);
    if (c && c.langkah.join() !== r.langkah.join()) parts.push(kalimatCapaianSeri(c));
    return gabung(parts);
  }
  // Several steps: the realisasi runs, the size of the last change on its run (or in a sentence of
  // its own when the last run spans more years), and the capaian when it moved otherwise.
  const prev = ys.filter((y) => y < t).pop();
  const now = f.realisasi(t);
  const d = prev !== undefined && now !== null ? now.minus(f.realisasi(prev) as Decimal) : null;
  const besar = d && !d.isZero() ? `${formatId(d.abs(), f.places)} ${satuanSelisih(f.ind.satuan)}` : undefined;
  const lastStep = r.years[r.years.length - 1] === t && prev === r.years[r.years.length - 2];
  const arah = arahSeri(r.years, r.langkah, lastStep ? besar : undefined);
  const claims: ClaimData[] = [r.claim];
  if (arah.besarDipakai && d && prev !== undefined) claims.push(perubahanClaim(f, prev, t, d));
  parts.push(nyatakan(`Realisasi ${nama} ${span} berturut-turut ${deret(r.values)}: ${arah.text}.`, ...claims));
  const c = seri(f, 'capaian', ys);
  if (c && c.langkah.join() !== r.langkah.join()) parts.push(kalimatCapaianSeri(c));
  if (!arah.besarDipakai && d && prev !== undefined) {
    const how = d.isZero() ? 'tidak berubah' : `${langkahOf(d)} ${besar}`;
    parts.push(nyatakan(`Dibandingkan Tahun ${prev}, realisasi Tahun ${t} ${how}.`, perubahanClaim(f, prev, t, d)));
  }
  return gabung(parts);
}

function kalimatCapaianSeri(c: NonNullable<ReturnType<typeof seri>>): Stated {
  return nyatakan(`Capaiannya ${arahSeri(c.years, c.langkah).text} (${deret(c.values.map((v) => `${v}%`))}).`, c.claim);
}

export function perubahanClaim(f: IndikatorFigures, dari: number, ke: number, d: Decimal): ClaimData {
  return {
    jenis: 'perubahan',
    indikator: f.ind.indikator,
    dari,
    ke,
    selisih: formatId(d.abs(), f.places),
    arah: langkahOf(d),
  };
}

export function trendBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
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
  for (const f of s.indikator) blocks.push(paragrafKlaim(kalimatTren(ctx, f)));
  return blocks;
}

type KeadaanRenstra = Extract<ClaimData, { jenis: 'renstra' }>['keadaan'];

/** One indicator's reporting-year realisasi against its Renstra end target, with its claim. */
export interface RenstraAkhir {
  f: IndikatorFigures;
  /** Capaian against the end target, printed; null when it cannot be computed. */
  capaian: Decimal | null;
  keadaan: KeadaanRenstra;
  /** What is still missing (printed, in the indicator's places); null when met or for a range target. */
  gap: string | null;
  claim: ClaimData;
}

/** The indicators of `s` with an end target, each against it; [] when the Renstra has none. */
export function renstraAkhir(ctx: ReportContext, s: SasaranFigures): RenstraAkhir[] {
  const end = ctx.fig.renstraEndYear;
  const t = ctx.tahun;
  if (end === null) return [];
  return s.indikator.flatMap((f) => {
    const target = f.ind.target[end]?.target;
    if (!target) return [];
    const realisasi = f.nilai(t);
    let capaian: Decimal | null = null;
    if (realisasi !== null) {
      try {
        capaian = capaianRounded(realisasi, target, f.ind.polaritas);
      } catch (e) {
        if (!isInputError(e)) throw e;
      }
    }
    let keadaan: KeadaanRenstra = 'tidak-terukur';
    let gap: string | null = null;
    if (capaian !== null) {
      keadaan = capaian.gte(100) ? 'tercapai' : end > t ? 'belum' : 'tidak';
      const now = f.realisasi(t);
      if (keadaan !== 'tercapai' && target.kind === 'single' && now !== null) {
        const sisa = negatif(f) ? now.minus(round(target.value, f.places)) : round(target.value, f.places).minus(now);
        gap = formatId(sisa.abs(), f.places);
      }
    }
    const claim: ClaimData = {
      jenis: 'renstra',
      indikator: f.ind.indikator,
      tahun: t,
      tahunAkhir: end,
      capaian: capaian ? formatId(capaian) : null,
      keadaan,
      selisih: gap,
    };
    return [{ f, capaian, keadaan, gap, claim }];
  });
}

/**
 * Analysis 3: the reporting year's realisasi against the Renstra end target. Met; or, when the end
 * year is still to come, what is still needed by then; or, when the end year is the reporting year
 * (or past), that the end target was missed and by how much (claims.ts `renstra`).
 */
export function renstraBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const end = ctx.fig.renstraEndYear;
  const t = ctx.tahun;
  const rows = renstraAkhir(ctx, s);
  if (end === null || rows.length === 0) return [renstraTanpaTarget(ctx, s)];
  const sentences = rows.map(({ f, capaian, keadaan, gap, claim }) => {
    const nama = ctx.sebut(f.ind.indikator);
    if (capaian === null)
      return nyatakan(`Realisasi ${nama} Tahun ${t} belum dapat dibandingkan dengan target akhir Renstra.`, claim);
    const head = `Realisasi ${nama} Tahun ${t} sebesar ${denganSatuan(f.realisasiText(t), f.ind.satuan)} dibandingkan target akhir Renstra Tahun ${end} sebesar ${denganSatuan(f.targetText(end), f.ind.satuan)} mencapai ${formatId(capaian)}%`;
    if (keadaan === 'tercapai') return nyatakan(`${head}, sehingga target akhir Renstra telah tercapai.`, claim);
    const besar = gap === null ? '' : ` sebesar ${gap} ${satuanSelisih(f.ind.satuan)}`;
    if (keadaan === 'belum') {
      const arah = negatif(f) ? 'penurunan' : 'peningkatan';
      return nyatakan(
        gap === null
          ? `${head}; target akhir Renstra belum tercapai dan masih harus dicapai hingga Tahun ${end}.`
          : `${head}; untuk mencapainya masih diperlukan ${arah}${besar} hingga Tahun ${end}.`,
        claim,
      );
    }
    const akhir =
      end === t
        ? `Tahun ${t} adalah tahun terakhir periode Renstra, sehingga`
        : `Periode Renstra berakhir pada Tahun ${end}, sehingga`;
    const kurang =
      gap === null
        ? ''
        : `; realisasinya ${negatif(f) ? 'masih lebih tinggi' : 'masih kurang'} ${gap} ${satuanSelisih(f.ind.satuan)} dari target tersebut`;
    return nyatakan(`${head}. ${akhir} target akhir Renstra tidak tercapai${kurang}.`, claim);
  });
  return [
    tabel(
      ctx,
      '3',
      `Realisasi Tahun ${t} terhadap Target Akhir Renstra Sasaran ${s.nomor}`,
      ['Indikator Kinerja', 'Satuan', `Target Akhir Renstra (${end})`, `Realisasi ${t}`, 'Capaian (%)'],
      rows.map(({ f, capaian }) => [
        f.ind.indikator,
        f.ind.satuan,
        f.targetText(end),
        f.realisasiText(t),
        capaian ? formatId(capaian) : NO_VALUE,
      ]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    ...sentences.map(paragrafKlaim),
  ];
}

/** No end target for the sasaran's indicators: said in full once, then briefly. */
export function renstraTanpaTarget(ctx: ReportContext, s: SasaranFigures): Block {
  return paragraf(
    ctx.sekali('renstra-tanpa-target')
      ? `Target akhir periode Renstra untuk indikator Sasaran ${s.nomor} belum ditetapkan, sehingga perbandingan dengan target jangka menengah belum dapat disajikan.`
      : `Target akhir periode Renstra untuk indikator Sasaran ${s.nomor} juga belum ditetapkan.`,
  );
}
