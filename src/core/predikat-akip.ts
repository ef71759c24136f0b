import { type Decimal, provenHundredths, round, toDecimal } from './decimal';
import { InputError } from './input-error';
import { formatId } from './numbers';

export interface Predikat {
  predikat: string;
  interpretasi: string;
}

/**
 * PermenPAN-RB 88/2021. Lower bounds are exclusive (90,00 is A, 90,01 is AA); D covers 0–30.
 * Decided on the printed value.
 */
export const SKALA_AKIP: readonly { above: number; predikat: string; interpretasi: string }[] = [
  { above: 90, predikat: 'AA', interpretasi: 'Sangat Memuaskan' },
  { above: 80, predikat: 'A', interpretasi: 'Memuaskan' },
  { above: 70, predikat: 'BB', interpretasi: 'Sangat Baik' },
  { above: 60, predikat: 'B', interpretasi: 'Baik' },
  { above: 50, predikat: 'CC', interpretasi: 'Cukup' },
  { above: 30, predikat: 'C', interpretasi: 'Kurang' },
  { above: -1, predikat: 'D', interpretasi: 'Sangat Kurang' },
];

/** Component weights, PermenPAN-RB 88/2021 (the older 12/2015 had 30/25/15/10 plus Capaian Kinerja 20). */
export const KOMPONEN_AKIP_88_2021: readonly { komponen: string; bobot: number }[] = [
  { komponen: 'Perencanaan Kinerja', bobot: 30 },
  { komponen: 'Pengukuran Kinerja', bobot: 30 },
  { komponen: 'Pelaporan Kinerja', bobot: 15 },
  { komponen: 'Evaluasi Akuntabilitas Kinerja Internal', bobot: 25 },
];

export function predikatAkip(nilai: Decimal): Predikat {
  const printed = round(nilai);
  if (printed.lt(0) || printed.gt(100)) {
    throw new InputError(`Nilai AKIP ${formatId(nilai)} di luar rentang 0–100.`, 'Di luar 0–100');
  }
  const band = SKALA_AKIP.find((b) => printed.gt(b.above)) ?? SKALA_AKIP[SKALA_AKIP.length - 1];
  return { predikat: band.predikat, interpretasi: band.interpretasi };
}

/** The bands' lower bounds in hundredths of the printed value (integers, so exact). */
const ABOVE_HUNDREDTHS = SKALA_AKIP.map((b) => b.above * 100);

/**
 * predikatAkip for a plain finite number: the printed value in hundredths from floats where that
 * is provably the decimal one (decimal.ts), bands compared as integers; near a rounding tie, and
 * for every error, predikatAkip decides.
 */
export function predikatAkipOfNumber(nilai: number): Predikat {
  const k = provenHundredths(nilai);
  if (k !== null && k >= 0 && k <= 10000) {
    for (let i = 0; i < ABOVE_HUNDREDTHS.length; i++) if (k > ABOVE_HUNDREDTHS[i]) return SKALA_AKIP[i];
  }
  return predikatAkip(toDecimal(nilai));
}
