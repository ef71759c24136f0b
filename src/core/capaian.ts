import { Decimal, FAST_ERR, HUNDRED, percentFromRatio, round, provenRound, toDecimal, ZERO } from './decimal';
import { InputError } from './input-error';
import { type CellValue, describeValue, isBlank, parseNumber, parseNumberText } from './numbers';

const ONE = new Decimal(1);

/**
 * positif: higher is better, R / T × 100.
 * negatif: lower is better, (2T − R) / T × 100 (PermenPAN-RB 8/2021 "kondisi khusus"), not clamped.
 * terbalik: lower is better, the local T / R × 100 variant, only when asked for explicitly.
 */
export type Polaritas = 'positif' | 'negatif' | 'terbalik';

const POLARITAS_WORDS: Record<string, Polaritas> = {
  positif: 'positif',
  '+': 'positif',
  p: 'positif',
  positive: 'positif',
  negatif: 'negatif',
  '-': 'negatif',
  n: 'negatif',
  negative: 'negatif',
  't/r': 'terbalik',
  terbalik: 'terbalik',
  'negatif t/r': 'terbalik',
};

export const POLARITAS_ACCEPTED = 'Positif, Negatif (atau +, -), atau T/R';

/** Blank is Positif (the default); anything unknown is an InputError. */
export function parsePolaritas(v: CellValue): Polaritas {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return 'positif';
  if (typeof v === 'string') {
    const key = v.trim().toLowerCase().replace(/\s+/g, ' ');
    const p = POLARITAS_WORDS[key];
    if (p) return p;
  }
  throw new InputError(
    `Polaritas ${describeValue(v)} tidak dikenal; gunakan ${POLARITAS_ACCEPTED}.`,
    'Polaritas tidak dikenal',
  );
}

/** A target: one number, or a range (`80 - 90`, `7 – 8`, `80 s.d. 90`) per PermenPAN-RB 8/2021. */
export type Target = { kind: 'single'; value: Decimal } | { kind: 'range'; lower: Decimal; upper: Decimal };

const RANGE = /^\s*([-+]?[\d.,]+)\s*(?:–|—|-|s\.?\s*d\.?|s\/d|sampai(?:\s+dengan)?)\s*([-+]?[\d.,]+)\s*%?\s*$/i;

/** null for blank; throws InputError for text that is neither a number nor a range. */
export function parseTarget(v: CellValue): Target | null {
  if (typeof v === 'number') return { kind: 'single', value: parseNumber(v) as Decimal };
  if (typeof v === 'string' && !isBlank(v)) {
    const text = v.replace(/\s*\([^()]*\)\s*$/, '');
    const m = RANGE.exec(text);
    if (m) {
      const a = parseNumberText(m[1]);
      const b = parseNumberText(m[2]);
      if (a && b) {
        return a.lte(b) ? { kind: 'range', lower: a, upper: b } : { kind: 'range', lower: b, upper: a };
      }
    }
  }
  const value = parseNumber(v, { allowNote: true });
  return value === null ? null : { kind: 'single', value };
}

/** The capaian in %, unrounded. Throws InputError where no capaian can be computed, saying why. */
export function capaianUnrounded(realisasi: Decimal, target: Target, polaritas: Polaritas = 'positif'): Decimal {
  if (target.kind === 'single') return capaianTerhadap(realisasi, target.value, polaritas);
  // PermenPAN-RB 8/2021: inside the range is 100; outside, the nearer bound is the target.
  if (realisasi.gte(target.lower) && realisasi.lte(target.upper)) return HUNDRED;
  return capaianTerhadap(realisasi, realisasi.gt(target.upper) ? target.upper : target.lower, polaritas);
}

/** The capaian against one target value, in %, unrounded. */
function capaianTerhadap(realisasi: Decimal, t: Decimal, polaritas: Polaritas): Decimal {
  // × 100 only shifts the decimal point: exact, no second rounding.
  return rasioCapaian(realisasi, t, polaritas).times(HUNDRED);
}

/**
 * The capaian as a ratio (1 = 100 %), unrounded: R/T, (2T − R)/T or T/R. A Negatif target of 0
 * ("zero incidents") is met by a realisasi of 0 or less (100 %) and missed by any realisasi above
 * it (0 %): docs/rules.md#capaian, **Decided**.
 */
function rasioCapaian(realisasi: Decimal, t: Decimal, polaritas: Polaritas): Decimal {
  if (t.isZero() && polaritas === 'negatif') return realisasi.gt(0) ? ZERO : ONE;
  if (t.isZero()) {
    throw new InputError(
      'Target 0: capaian tidak dapat dihitung karena pembagian dengan nol; isi target yang benar.',
      'Target 0',
    );
  }
  if (t.isNegative()) {
    throw new InputError(
      'Target negatif: capaian tidak dapat dihitung dengan rumus realisasi/target.',
      'Target negatif',
    );
  }
  switch (polaritas) {
    case 'positif':
      return realisasi.div(t);
    case 'negatif':
      return t.times(2).minus(realisasi).div(t);
    case 'terbalik':
      if (realisasi.isZero()) {
        throw new InputError(
          'Realisasi 0: capaian T/R tidak dapat dihitung karena pembagian dengan nol.',
          'Realisasi 0',
        );
      }
      return t.div(realisasi);
  }
}

/** The printed capaian: rounded half up to 2 decimals. */
export function capaianRounded(realisasi: Decimal, target: Target, polaritas: Polaritas = 'positif'): Decimal {
  return round(capaianUnrounded(realisasi, target, polaritas));
}

/** Inputs between 2⁻⁵⁰⁰ and 2⁵⁰⁰ in size: their quotient is a normal float, never 0 or ∞ by rounding. */
const TINY = 2 ** -500;
const HUGE = 2 ** 500;

/**
 * The printed capaian in % of two finite numbers with one target (what CAPAIAN shows), the same
 * double as `percentFromRatio(rasioCapaian(toDecimal(r), toDecimal(t), polaritas))`: computed in
 * floats where that provably gives the decimal answer (see decimal.ts), else by decimal.js — which
 * also gives the errors (target 0 or negative, realisasi 0 for T/R, a result too large).
 *
 * With the inputs in [2⁻⁵⁰⁰, 2⁵⁰⁰] and each float op adding ≤ u = 2⁻⁵³ relative error:
 * - positif, w = fl(fl(r / t) × 10⁴) against W = R / T × 10⁴: r and t are R and T each within u,
 *   then two roundings: |w − W| ≤ 4.01u·|W| ≤ 4.1u·|w|. err = 8u·|w|.
 * - negatif, (2T − R) / T × 10⁴ = 2·10⁴ − W exactly, so v = fl(20000 − w) with no cancellation
 *   error of its own beyond the subtraction: |v − V| ≤ 4.1u·|w| + 1.01u·|v|. err = 8u·(|w| + |v|).
 * - terbalik, T / R: as positif with the roles swapped.
 */
export function capaianPersen(r: number, t: number, polaritas: Polaritas): number {
  const ar = r < 0 ? -r : r;
  if (t > TINY && t < HUGE && ar < HUGE) {
    let k: number | null = null;
    if (polaritas === 'terbalik') {
      if (ar > TINY) {
        const w = (t / r) * 10000;
        k = provenRound(w, (w < 0 ? -w : w) * FAST_ERR);
      }
    } else if (ar > TINY || r === 0) {
      const w = (r / t) * 10000;
      const aw = w < 0 ? -w : w;
      if (polaritas === 'positif') k = provenRound(w, aw * FAST_ERR);
      else {
        const v = 20000 - w;
        k = provenRound(v, (aw + (v < 0 ? -v : v)) * FAST_ERR);
      }
    }
    // + 0 turns −0 into 0, as the decimal path does (a sheet never shows −0).
    if (k !== null) return k / 100 + 0;
  }
  return percentFromRatio(rasioCapaian(toDecimal(r), toDecimal(t), polaritas));
}
