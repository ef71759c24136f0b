import { Decimal, round, ZERO } from '../decimal';
import type { Akip } from '../layout/model';
import { isBlank } from '../numbers';
import { normalizeName } from '../layout/spec';

/**
 * The AKIP sheet's rules (PermenPAN-RB 88/2021), in one place for the reader, the validator and
 * the report.
 */

/** Labels of the typed total row, compared after normalizeName (any case and spacing). */
const AKIP_TOTAL_LABELS: readonly string[] = [
  'Nilai Akhir',
  'Nilai Akhir AKIP',
  'Nilai AKIP',
  'Jumlah',
  'Jumlah Nilai',
  'Total',
  'Total Nilai',
];
const AKIP_PREDIKAT_LABELS: readonly string[] = ['Predikat', 'Kategori', 'Predikat AKIP'];

const tidyLabel = (s: string) => normalizeName(s.replace(/[:.]+\s*$/, ''));
const TOTALS = new Set(AKIP_TOTAL_LABELS.map(tidyLabel));
const PREDIKATS = new Set(AKIP_PREDIKAT_LABELS.map(tidyLabel));

export function isAkipTotalLabel(label: string): boolean {
  return TOTALS.has(tidyLabel(label));
}

export function isAkipPredikatLabel(label: string): boolean {
  return PREDIKATS.has(tidyLabel(label));
}

export interface AkipTotal {
  /** Sum of the raw component scores that year; null when no component has a value. */
  sum: Decimal | null;
  /** The printed Nilai Akhir: the sum rounded half up to 2 decimals (the predikat is decided on it). */
  nilai: Decimal | null;
  /** A component cell that year could not be read (already a not-a-number finding): no total can be trusted. */
  unreadable: boolean;
}

/**
 * Nilai Akhir of a year = the sum of every component's score, unrounded (35,004 + 35,004 = 70,008),
 * printed rounded to 2 decimals (70,01). Blank components count as 0; when none has a value there is
 * no total. The sheet's typed `Nilai Akhir` row is never part of the sum.
 */
export function akipTotal(akip: Akip | null | undefined, year: number): AkipTotal {
  let sum: Decimal | null = null;
  let unreadable = false;
  for (const k of akip?.komponen ?? []) {
    const c = k.nilai[year];
    if (!c) continue;
    if (c.value === null) {
      if (!isBlank(c.raw)) unreadable = true;
      continue;
    }
    sum = (sum ?? ZERO).plus(c.value);
  }
  if (unreadable) return { sum: null, nilai: null, unreadable };
  return { sum, nilai: sum === null ? null : round(sum), unreadable };
}

export const AKIP_MAX = new Decimal(100);
