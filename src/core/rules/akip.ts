import { Decimal, round, ZERO } from '../decimal';
import type { Akip, NumberCell } from '../layout/model';
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
 * The component sum of a year: every component's score, unrounded (35,004 + 35,004 = 70,008),
 * printed rounded to 2 decimals (70,01). Blank components count as 0; when none has a value there is
 * no sum. The sheet's typed `Nilai Akhir` row is never part of it. It is the official value only
 * when nothing else gives one (akipNilaiAkhir).
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

export interface AkipNilaiAkhir {
  /** The official Nilai Akhir of the year, rounded to 2 decimals; null when nothing gives one. */
  nilai: Decimal | null;
  /** Where it comes from: the AKIP sheet's total row (the LHE), the IKU realisasi, or the component sum. */
  sumber: 'lhe' | 'iku' | 'komponen' | null;
  /** The cell that holds it; "" for the component sum. */
  cell: string;
  /** The component sum, rounded to 2 decimals; null when no component has a value that year. */
  jumlahKomponen: Decimal | null;
  /** A component cell could not be read: no sum can be trusted. */
  unreadable: boolean;
}

/**
 * The official AKIP value of a year is the Nilai Akhir of the evaluation report (LHE) by the
 * Inspektorat or KemenPAN-RB (PermenPAN-RB 88/2021): the AKIP sheet's total row when it has one
 * that year, else the IKU realisasi of the AKIP indicator, else the component sum. The LHE rounds
 * its components, so they may not add up to it exactly: the report prints the components as they
 * are and says by how much they differ (docs/rules.md#predikat-akip).
 */
export function akipNilaiAkhir(
  akip: Akip | null | undefined,
  year: number,
  ikuRealisasi?: NumberCell | null,
): AkipNilaiAkhir {
  const t = akipTotal(akip, year);
  const base = { jumlahKomponen: t.nilai, unreadable: t.unreadable };
  const typed = akip?.nilaiAkhir[year];
  if (typed?.value != null) return { ...base, nilai: round(typed.value), sumber: 'lhe', cell: typed.cell };
  if (ikuRealisasi?.value != null)
    return { ...base, nilai: round(ikuRealisasi.value), sumber: 'iku', cell: ikuRealisasi.cell };
  if (t.nilai !== null) return { ...base, nilai: t.nilai, sumber: 'komponen', cell: '' };
  return { ...base, nilai: null, sumber: null, cell: '' };
}

/**
 * The weights a year was scored under, one per component (null: that component carries no weight
 * that year): its `Bobot YYYY` column when the sheet has one; else the `Bobot` column, but only
 * when the components scored that year are exactly those the `Bobot` column weighs. A year scored
 * with another set (the five components of PermenPAN-RB 12/2015, `Capaian Kinerja` included) has
 * unknown weights without its own column: null, and it is never printed under the `Bobot` column.
 */
export function akipBobotTahun(akip: Akip, year: number): (Decimal | null)[] | null {
  const own = akip.komponen.map((k) => k.bobotTahun?.[year]);
  if (own.some((c) => c !== undefined)) return own.map((c) => c?.value ?? null);
  const scored = akip.komponen.map((k) => k.nilai[year]?.value != null);
  const weighed = akip.komponen.map((k) => k.bobot.value !== null);
  if (!scored.some(Boolean) || scored.some((s, i) => s !== weighed[i])) return null;
  return akip.komponen.map((k) => k.bobot.value);
}
