import { capaianRounded } from '../capaian';
import type { Target } from '../capaian';
import { type Decimal, HUNDRED, ZERO, round } from '../decimal';
import { hitungIkm, mutuIkm } from '../ikm';
import type { IkmResult, Mutu } from '../ikm';
import { isInputError } from '../input-error';
import { kategoriCapaian } from '../kategori-capaian';
import type { Akip, Dpa, DpaLevel, DpaRow, Indikator, Sasaran, Workbook } from '../layout/model';
import { formatId } from '../numbers';
import { predikatAkip } from '../predikat-akip';
import type { Predikat } from '../predikat-akip';
import { akipBobotTahun, akipNilaiAkhir } from '../rules/akip';
import { akipIndikator, ikmIndikator, realisasiDipakai } from '../rules/linked-indicators';
import { renstraEndYear } from '../rules/periode';
import { sasaranKeys } from '../rules/sasaran-link';

/**
 * Every number the report prints, computed once from the Workbook with the formula engine.
 * Percentages, indexes and scores are rounded half up to 2 decimals (docs/rules.md#rounding-and-comparison); categories and
 * predicates are decided on the printed value; derived values (efisiensi, selisih, naik/turun)
 * are computed from printed values so that the printed tables add up.
 */

interface CapaianFigure {
  /** Printed (rounded) capaian in %, or null when it cannot be computed. */
  value: Decimal | null;
  text: string;
  kategori: string;
  /** Why there is no capaian (Indonesian), when value is null. */
  reason: string;
}

export interface IndikatorFigures {
  ind: Indikator;
  /** Position in the IKU sheet, 1-based. */
  nomor: number;
  /** 2 when any of its targets or results has decimals, so one row prints alike (75,00 … 88,37). */
  places: number;
  targetText(year: number): string;
  realisasiText(year: number): string;
  /** The printed realisasi, or null. */
  realisasi(year: number): Decimal | null;
  /**
   * The one realisasi of a year, unrounded: the IKU sheet's, or for the IKM/AKIP indicator the
   * figure its own sheet gives (rules/linked-indicators.ts). Every table and sentence uses it.
   */
  nilai(year: number): Decimal | null;
  capaian(year: number): CapaianFigure;
  /** Years up to the reporting year with a realisasi, ascending. */
  trendYears: number[];
}

export interface Serapan {
  pagu: Decimal;
  realisasi: Decimal;
  /** Printed serapan %, null when pagu is 0. */
  persen: Decimal | null;
  text: string;
}

export interface SasaranFigures {
  sasaran: Sasaran;
  nomor: number;
  indikator: IndikatorFigures[];
  /** Indexes in Dpa.rows of the programs linked to it (DPA `Sasaran`). */
  programs: number[];
  /** Of the linked programs; null when its efficiency cannot be attributed (see `atribusi`). */
  serapan: Serapan | null;
  /**
   * Whether the budget can be attributed to it (docs/rules.md#efficiency): `ya`; `tanpa-tautan` when
   * no program is linked to it; `semua-sasaran` when every program is linked to every sasaran.
   */
  atribusi: 'ya' | 'tanpa-tautan' | 'semua-sasaran';
}

interface IkmFigures {
  result: IkmResult;
  /** Printed NIK. */
  nik: Decimal;
  mutu: Mutu;
}

export interface AkipYear {
  year: number;
  /** The official Nilai Akhir (rules/akip.ts: the LHE total row, else the IKU realisasi, else the component sum). */
  total: Decimal | null;
  /** The component sum, rounded to 2 decimals (null when no component has a value that year). */
  jumlahKomponen: Decimal | null;
  /** The predikat of the official value. */
  predikat: Predikat | null;
  /** The weights that year was scored under, per component; null when unknown (rules/akip.ts). */
  bobot: (Decimal | null)[] | null;
}

export interface Figures {
  tahun: number;
  indikator: IndikatorFigures[];
  sasaran: SasaranFigures[];
  /** The Renstra's last year: end of `Periode Renstra`, else the last target year. */
  renstraEndYear: number | null;
  anggaran: Serapan | null;
  /** Top-level rows of the DPA (programs, or kegiatan in a kegiatan-level DPA), indexes in Dpa.rows. */
  programs: number[];
  /**
   * What the top-level rows are, for the words around the budget tables: `program` in a full DPA,
   * `kegiatan` (or `subkegiatan`) in an extract that starts lower, `campuran` when they differ.
   */
  tingkatAnggaran: DpaLevel | 'campuran' | null;
  ikm: IkmFigures | null;
  /** Why the IKM sheet could not be used, when it exists but fails. */
  ikmError: string;
  akip: AkipYear[];
}

export const NO_VALUE = '-';

/** Why a capaian cannot be computed, for a reader (no instructions to the spreadsheet user). */
export function alasanTanpaCapaian(reason: string, tahun: number): string {
  const r = reason.toLowerCase();
  if (r.startsWith('target 0')) return 'targetnya bernilai 0';
  if (r.startsWith('target negatif')) return 'targetnya bernilai negatif';
  if (r.startsWith('realisasi 0')) return 'realisasinya bernilai 0';
  if (r.startsWith('target')) return `target Tahun ${tahun} belum ditetapkan`;
  if (r.startsWith('realisasi')) return `realisasi Tahun ${tahun} belum tersedia`;
  return 'datanya belum lengkap';
}

/** The categories a missed target may still carry (Permendagri 86/2017: from 76%), explained where printed. */
export const KATEGORI_TINGGI: ReadonlySet<string> = new Set(['Sangat Tinggi', 'Tinggi']);

/** A performance figure: integers as such, otherwise `places` decimals. */
function formatKinerja(d: Decimal | null, places: number): string {
  if (d === null) return NO_VALUE;
  return formatId(d, places);
}

function formatTarget(t: Target | null, places: number): string {
  if (t === null) return NO_VALUE;
  if (t.kind === 'range') return `${formatId(t.lower, places)} – ${formatId(t.upper, places)}`;
  return formatId(t.value, places);
}

/** Printed percentage of part in whole, null when whole is 0. */
function persen(part: Decimal, whole: Decimal): Decimal | null {
  if (whole.isZero()) return null;
  return round(part.div(whole).times(HUNDRED));
}

export function serapanOf(pagu: Decimal, realisasi: Decimal): Serapan {
  const p = persen(realisasi, pagu);
  return { pagu, realisasi, persen: p, text: p === null ? NO_VALUE : formatId(p) };
}

function placesOf(ind: Indikator, used: (Decimal | null)[] = []): number {
  const values: Decimal[] = used.filter((v): v is Decimal => v !== null);
  for (const t of Object.values(ind.target)) {
    if (t.target?.kind === 'single') values.push(t.target.value);
    if (t.target?.kind === 'range') values.push(t.target.lower, t.target.upper);
  }
  for (const r of Object.values(ind.realisasi)) if (r.value) values.push(r.value);
  return values.some((v) => !v.isInteger()) ? 2 : 0;
}

function capaianFigure(ind: Indikator, year: number, realisasi: Decimal | null): CapaianFigure {
  const target = ind.target[year]?.target ?? null;
  if (target === null) return { value: null, text: NO_VALUE, kategori: '', reason: `target tahun ${year} tidak diisi` };
  if (realisasi === null)
    return { value: null, text: NO_VALUE, kategori: '', reason: `realisasi tahun ${year} tidak diisi` };
  try {
    const value = capaianRounded(realisasi, target, ind.polaritas);
    let kategori = '';
    try {
      kategori = kategoriCapaian(value);
    } catch (e) {
      if (!isInputError(e)) throw e;
    }
    return { value, text: formatId(value), kategori, reason: '' };
  } catch (e) {
    if (!isInputError(e)) throw e;
    return { value: null, text: NO_VALUE, kategori: '', reason: e.message };
  }
}

/**
 * The figures of one indicator. `realisasiOf` gives the one realisasi of a year (default: the
 * IKU sheet's); computeFigures passes rules/linked-indicators.ts so the IKM and AKIP indicators
 * print what their own sheets give.
 */
function indikatorFigures(
  ind: Indikator,
  nomor: number,
  tahun: number,
  realisasiOf: (year: number) => Decimal | null = (year) => ind.realisasi[year]?.value ?? null,
  minPlaces = 0,
): IndikatorFigures {
  const years = [...new Set([...Object.keys(ind.realisasi), ...Object.keys(ind.target)].map(Number))];
  const nilaiByYear = new Map<number, Decimal | null>(years.map((y) => [y, realisasiOf(y)]));
  const nilai = (year: number) => (nilaiByYear.has(year) ? (nilaiByYear.get(year) ?? null) : realisasiOf(year));
  const places = Math.max(minPlaces, placesOf(ind, [...nilaiByYear.values()]));
  const cache = new Map<number, CapaianFigure>();
  const realisasi = (year: number) => {
    const v = nilai(year);
    return v === null ? null : round(v, places);
  };
  return {
    ind,
    nomor,
    places,
    targetText: (year) => formatTarget(ind.target[year]?.target ?? null, places),
    realisasiText: (year) => formatKinerja(nilai(year), places),
    realisasi,
    nilai,
    capaian(year) {
      let c = cache.get(year);
      if (!c) {
        c = capaianFigure(ind, year, nilai(year));
        cache.set(year, c);
      }
      return c;
    },
    trendYears: years.filter((y) => y <= tahun && nilai(y) !== null).sort((a, b) => a - b),
  };
}

/**
 * The budget's top-level rows: the programs, and any row without a parent (a DPA that starts at
 * kegiatan level, or a kegiatan typed above the first program), so every rupiah is counted once.
 */
function programRows(dpa: Dpa): number[] {
  return dpa.rows.map((r, i) => (r.parent === -1 ? i : -1)).filter((i) => i >= 0);
}

function sumRows(rows: DpaRow[]): { pagu: Decimal; realisasi: Decimal } {
  let pagu = ZERO;
  let realisasi = ZERO;
  for (const r of rows) {
    pagu = pagu.plus(r.pagu);
    realisasi = realisasi.plus(r.realisasi);
  }
  return { pagu, realisasi };
}

function akipYears(wb: Workbook, akip: Akip): AkipYear[] {
  const ind = akipIndikator(wb);
  return akip.years.map((year) => {
    // rules/akip.ts: the official Nilai Akhir; the validator uses the same rule.
    const n = akipNilaiAkhir(akip, year, ind?.realisasi[year]);
    const total = n.nilai;
    const base = { year, jumlahKomponen: n.jumlahKomponen, bobot: akipBobotTahun(akip, year) };
    if (total === null) return { ...base, total: null, predikat: null };
    let predikat: Predikat | null = null;
    try {
      predikat = predikatAkip(total);
    } catch (e) {
      if (!isInputError(e)) throw e;
    }
    return { ...base, total, predikat };
  });
}

function tingkatOf(levels: DpaLevel[]): DpaLevel | 'campuran' | null {
  if (levels.length === 0) return null;
  return levels.every((l) => l === levels[0]) ? levels[0] : 'campuran';
}

export function computeFigures(wb: Workbook, tahun: number): Figures {
  // An indicator measured by the AKIP or IKM sheet prints as that sheet's value does, with two
  // decimals (the AKIP Nilai Akhir, the NIK): `66,00` in the IKU tables as in the AKIP table.
  const linked = new Set([wb.akip ? akipIndikator(wb) : null, wb.ikm ? ikmIndikator(wb) : null]);
  const indikator = (wb.iku?.indikator ?? []).map((ind, i) =>
    indikatorFigures(ind, i + 1, tahun, (year) => realisasiDipakai(wb, ind, year, tahun), linked.has(ind) ? 2 : 0),
  );
  const dpa = wb.dpa;
  const programs = dpa ? programRows(dpa) : [];
  const total = dpa ? sumRows(programs.map((i) => dpa.rows[i])) : null;
  const anggaran = total ? serapanOf(total.pagu, total.realisasi) : null;

  const allSasaran = wb.iku?.sasaran ?? [];
  const linkOf = (p: number) => sasaranKeys(dpa!.rows[p].sasaran);
  const linkedToAll =
    allSasaran.length > 1 &&
    programs.length > 0 &&
    programs.every((p) => allSasaran.every((s) => linkOf(p).includes(s.key.trim())));
  const sasaran: SasaranFigures[] = allSasaran.map((s, i) => {
    const mapped = programs.filter((p) => linkOf(p).includes(s.key.trim()));
    const atribusi = mapped.length === 0 ? 'tanpa-tautan' : linkedToAll ? 'semua-sasaran' : 'ya';
    const sums = dpa && atribusi === 'ya' ? sumRows(mapped.map((p) => dpa.rows[p])) : null;
    return {
      sasaran: s,
      nomor: i + 1,
      indikator: indikator.filter((f) => s.indikator.some((x) => x.row === f.ind.row)),
      programs: mapped,
      serapan: sums ? serapanOf(sums.pagu, sums.realisasi) : null,
      atribusi,
    };
  });

  let ikm: IkmFigures | null = null;
  let ikmError = '';
  if (wb.ikm && wb.ikm.answers.length > 0) {
    try {
      const result = hitungIkm(wb.ikm.answers);
      const nik = round(result.nik);
      ikm = { result, nik, mutu: mutuIkm(nik) };
    } catch (e) {
      if (!isInputError(e)) throw e;
      ikmError = e.message;
    }
  }

  return {
    tahun,
    indikator,
    sasaran,
    renstraEndYear: renstraEndYear(wb.profil?.periodeRenstra, wb.iku?.targetYears ?? []),
    anggaran,
    programs,
    tingkatAnggaran: tingkatOf(programs.map((i) => dpa!.rows[i].level)),
    ikm,
    ikmError,
    akip: wb.akip ? akipYears(wb, wb.akip) : [],
  };
}
