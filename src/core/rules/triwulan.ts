import { capaianUnrounded, type Polaritas, type Target } from '../capaian';
import { type Decimal, ZERO } from '../decimal';
import type { Dpa, RenaksiRow } from '../layout/model';
import { InputError } from '../input-error';
import { type CellValue, describeValue, isBlank } from '../numbers';

/**
 * The quarters of the Rencana Aksi (docs/rules.md#rencana-aksi-per-triwulan), in one place for the
 * reader, the validator, `=CAPAIAN_TW` and the quarterly report:
 *
 * - `Target TW n` is the target **up to** quarter n (TW IV is the year's target);
 * - `Realisasi TW n` is what quarter n itself gave: for `Kumulatif` the amount of that quarter, for
 *   `Nilai Akhir` the value measured at its end, for `Rata-rata` the quarter's value;
 * - a blank realisasi is "not reported yet", never zero (a quarter with nothing achieved is `0`).
 */

export type Triwulan = 1 | 2 | 3 | 4;
export const TRIWULAN: readonly Triwulan[] = [1, 2, 3, 4];

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;

/** `I` … `IV`. */
export function romawi(n: Triwulan): string {
  return ROMAWI[n - 1];
}

/**
 * A quarter as a user names it: 1–4, `II`, `TW II`, `Triwulan 2` (any case and spacing); null for
 * anything else.
 */
export function parseTriwulan(v: unknown): Triwulan | null {
  if (typeof v !== 'number' && typeof v !== 'string') return null;
  const key = String(v)
    .trim()
    .toUpperCase()
    .replace(/^(?:TW|TRIWULAN)\s*/, '');
  const n = /^[1-4]$/.test(key) ? Number(key) : ROMAWI.indexOf(key as (typeof ROMAWI)[number]) + 1;
  return n >= 1 && n <= 4 ? (n as Triwulan) : null;
}

/** `TW I` … `TW IV`: the column suffix and the short label. */
export function labelTriwulan(n: Triwulan): string {
  return `TW ${romawi(n)}`;
}

/**
 * Kumulatif: counts and money that add up over the year; Nilai Akhir: indices and percentages
 * measured at a point (the year's value is the last quarter's); Rata-rata: the mean of the quarters.
 */
export type CaraHitung = 'kumulatif' | 'nilai-akhir' | 'rata-rata';

export const CARA_HITUNG_LABEL: Readonly<Record<CaraHitung, string>> = {
  kumulatif: 'Kumulatif',
  'nilai-akhir': 'Nilai Akhir',
  'rata-rata': 'Rata-rata',
};

export const CARA_HITUNG_ACCEPTED = 'Kumulatif, Nilai Akhir, atau Rata-rata';

const CARA_HITUNG_WORDS: Readonly<Record<string, CaraHitung>> = {
  kumulatif: 'kumulatif',
  akumulatif: 'kumulatif',
  akumulasi: 'kumulatif',
  'nilai akhir': 'nilai-akhir',
  akhir: 'nilai-akhir',
  'nilai terakhir': 'nilai-akhir',
  terakhir: 'nilai-akhir',
  'non kumulatif': 'nilai-akhir',
  'rata-rata': 'rata-rata',
  'rata rata': 'rata-rata',
  rata2: 'rata-rata',
  rerata: 'rata-rata',
};

/** null for blank; the accepted words in any case and spacing; anything else is an InputError. */
export function parseCaraHitung(v: CellValue): CaraHitung | null {
  if (isBlank(v)) return null;
  if (typeof v === 'string') {
    const key = v
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/\s*-\s*/g, '-');
    const cara = CARA_HITUNG_WORDS[key] ?? CARA_HITUNG_WORDS[key.replace(/-/g, ' ')];
    if (cara) return cara;
  }
  throw new InputError(
    `Cara hitung ${describeValue(v)} tidak dikenal; gunakan ${CARA_HITUNG_ACCEPTED}.`,
    'Cara hitung tidak dikenal',
  );
}

/** One value per quarter, index 0 = TW I; null where blank. */
type Quarters<T> = readonly (T | null)[];

/**
 * The realisasi up to quarter n from each quarter's own realisasi; null while quarter n is blank
 * (not reported yet). Kumulatif: the sum of the filled quarters up to n (a blank one before n adds
 * nothing); Nilai Akhir: quarter n; Rata-rata: the mean of the filled quarters up to n (a blank
 * one is left out, not counted as 0).
 */
export function realisasiSampai(quarters: Quarters<Decimal>, n: Triwulan, cara: CaraHitung): Decimal | null {
  const last = quarters[n - 1];
  if (last === null || last === undefined) return null;
  if (cara === 'nilai-akhir') return last;
  const filled = quarters.slice(0, n).filter((q): q is Decimal => q !== null && q !== undefined);
  const sum = filled.reduce((s, q) => s.plus(q), ZERO);
  return cara === 'kumulatif' ? sum : sum.div(filled.length);
}

/** The last quarter with a realisasi, or null when none is filled. */
function lastReported(quarters: Quarters<unknown>): Triwulan | null {
  for (let n = 4; n >= 1; n--) {
    const q = quarters[n - 1];
    if (q !== null && q !== undefined) return n as Triwulan;
  }
  return null;
}

/**
 * The year's realisasi as the quarters give it: up to TW IV once it is reported, until then up to
 * the last reported quarter (`triwulan` says which); null when no quarter is filled.
 */
export function realisasiTahunan(
  quarters: Quarters<Decimal>,
  cara: CaraHitung,
): { value: Decimal; triwulan: Triwulan } | null {
  const n = lastReported(quarters);
  if (n === null) return null;
  return { value: realisasiSampai(quarters, n, cara) as Decimal, triwulan: n };
}

/** The target up to quarter n: `Target TW n` as typed (targets are written up to the quarter). */
function targetSampai(targets: Quarters<Target>, n: Triwulan): Target | null {
  return targets[n - 1] ?? null;
}

/**
 * The target of quarter n alone, so that the quarters' own targets give the target up to n by the
 * same cara hitung: Kumulatif T(n) − T(n−1); Rata-rata n·T(n) − (n−1)·T(n−1); Nilai Akhir T(n).
 * null when a needed target is blank, or is a range where a difference is needed.
 */
export function targetTriwulan(targets: Quarters<Target>, n: Triwulan, cara: CaraHitung): Decimal | null {
  const single = (t: Target | null | undefined) => (t && t.kind === 'single' ? t.value : null);
  const now = single(targets[n - 1]);
  if (now === null || cara === 'nilai-akhir' || n === 1) return now;
  const before = single(targets[n - 2]);
  if (before === null) return null;
  return cara === 'kumulatif' ? now.minus(before) : now.times(n).minus(before.times(n - 1));
}

/** Everything a quarter shows; capaian unrounded (print with formatId), null where it cannot be computed. */
export interface QuarterFigures {
  triwulan: Triwulan;
  /** This quarter's own target and realisasi (`Realisasi TW n` as typed). */
  targetTriwulan: Decimal | null;
  realisasiTriwulan: Decimal | null;
  /** Up to this quarter: the figures the quarterly capaian is computed from. */
  targetSampai: Target | null;
  realisasiSampai: Decimal | null;
  capaianSampai: Decimal | null;
  /** Why capaianSampai is null although both figures are there (target 0, realisasi 0 under T/R). */
  capaianError?: string;
}

/** The CAPAIAN of the figures up to a quarter: the same rules and polaritas as the year (capaian.ts). */
function capaianSampai(
  realisasi: Decimal | null,
  target: Target | null,
  polaritas: Polaritas,
): { value: Decimal | null; error?: string } {
  if (realisasi === null || target === null) return { value: null };
  try {
    return { value: capaianUnrounded(realisasi, target, polaritas) };
  } catch (e) {
    if (e instanceof InputError) return { value: null, error: e.message };
    throw e;
  }
}

/** The four quarters of one indicator, from its Renaksi targets and realisasi. */
export function quarterFigures(
  targets: Quarters<Target>,
  realisasi: Quarters<Decimal>,
  cara: CaraHitung,
  polaritas: Polaritas,
): QuarterFigures[] {
  return TRIWULAN.map((n) => {
    const tSampai = targetSampai(targets, n);
    const rSampai = realisasiSampai(realisasi, n, cara);
    const capaian = capaianSampai(rSampai, tSampai, polaritas);
    return {
      triwulan: n,
      targetTriwulan: targetTriwulan(targets, n, cara),
      realisasiTriwulan: realisasi[n - 1] ?? null,
      targetSampai: tSampai,
      realisasiSampai: rSampai,
      capaianSampai: capaian.value,
      ...(capaian.error ? { capaianError: capaian.error } : {}),
    };
  });
}

/**
 * The four quarters of a Renaksi row, with its IKU indicator's polaritas: what the quarterly report
 * and the LKjIP print for it. null for a row not linked to an indicator or without a Cara Hitung
 * (both are findings).
 */
export function quartersOfRow(row: RenaksiRow): QuarterFigures[] | null {
  if (!row.iku || !row.caraHitung) return null;
  return quarterFigures(
    row.target.map((t) => t.target),
    row.realisasi.map((x) => x.value),
    row.caraHitung,
    row.iku.polaritas,
  );
}

/** Whether any DPA row has quarter n's realisasi filled (the budget of that quarter is reported). */
export function dpaTriwulanDilaporkan(dpa: Dpa, n: Triwulan): boolean {
  return dpa.rows.some((r) => r.realisasiTw?.[n - 1]?.value != null);
}

/**
 * The budget DPA row i spent up to quarter n (DPA `Realisasi TW I`…`IV`, each quarter's own amount):
 * its own quarters where it has any, else its rows below, recursively; a blank amount is zero (money).
 */
export function dpaRowRealisasiSampai(dpa: Dpa, i: number, n: Triwulan): Decimal {
  const r = dpa.rows[i];
  if (r.realisasiTw?.some((q) => q.value !== null))
    return r.realisasiTw.slice(0, n).reduce((s, q) => s.plus(q.value ?? ZERO), ZERO);
  return r.children.reduce((s, c) => s.plus(dpaRowRealisasiSampai(dpa, c, n)), ZERO);
}

/**
 * The budget spent up to quarter n over the budget's top-level rows (dpaRowRealisasiSampai); null
 * when no row of the DPA has quarter n filled (not reported).
 */
export function dpaRealisasiSampai(dpa: Dpa, n: Triwulan): Decimal | null {
  if (!dpaTriwulanDilaporkan(dpa, n)) return null;
  return dpa.rows.reduce((s, r, i) => (r.parent === -1 ? s.plus(dpaRowRealisasiSampai(dpa, i, n)) : s), ZERO);
}
