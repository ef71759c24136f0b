import { Decimal, provenHundredths, round, toDecimal } from './decimal';
import { InputError } from './input-error';
import { type CellValue, describeValue, isBlank, parseNumber } from './numbers';

/** A band of a capaian scale: every printed capaian at or above `lower` (null: no lower bound). */
export interface Band {
  lower: Decimal | null;
  label: string;
}

/** Permendagri 86/2017: bins closed on the printed value; above 100 is still Sangat Tinggi. */
export const SKALA_PERMENDAGRI_86: readonly Band[] = [
  { lower: new Decimal(91), label: 'Sangat Tinggi' },
  { lower: new Decimal(76), label: 'Tinggi' },
  { lower: new Decimal(66), label: 'Sedang' },
  { lower: new Decimal(51), label: 'Rendah' },
  { lower: null, label: 'Sangat Rendah' },
];

/** The kategori of a capaian, decided on the printed (rounded) value. */
export function kategoriCapaian(capaian: Decimal, skala: readonly Band[] = SKALA_PERMENDAGRI_86): string {
  const printed = round(capaian);
  for (const band of skala) {
    if (band.lower === null || printed.gte(band.lower)) return band.label;
  }
  throw new InputError(
    `Capaian ${printed.toFixed(2).replace('.', ',')} berada di bawah batas terendah skala.`,
    'Di bawah skala',
  );
}

/** Beyond 2⁵² a threshold compares with every printed value (|k| < 2⁵¹) as ±∞ does. */
const FAR = 2 ** 52;

/**
 * For each band, the least printed capaian it takes, in hundredths: ⌈100 × lower⌉, so that
 * printed ≥ lower ⟺ k ≥ ⌈100 × lower⌉ for the printed value k/100. null when a bound has more
 * digits than a decimal.js product keeps (then every kategori is decided by kategoriCapaian).
 */
function thresholdsOf(skala: readonly Band[]): number[] | null {
  const out: number[] = [];
  for (const band of skala) {
    if (band.lower === null) out.push(-Infinity);
    else if (band.lower.sd(true) > 38) return null;
    else {
      const t = band.lower.times(100).ceil().toNumber();
      out.push(t > FAR ? Infinity : t < -FAR ? -Infinity : t);
    }
  }
  return out;
}

/**
 * kategoriCapaian for plain finite numbers over one scale: the printed value in hundredths comes
 * from floats where that is provably the decimal one (decimal.ts), and bands compare as integers;
 * anything else, and every error, goes through kategoriCapaian.
 */
export function kategoriOfNumber(skala: readonly Band[] = SKALA_PERMENDAGRI_86): (capaian: number) => string {
  const thresholds = thresholdsOf(skala);
  const labels = skala.map((b) => b.label);
  const n = labels.length;
  return (capaian) => {
    const k = thresholds === null ? null : provenHundredths(capaian);
    if (k !== null) {
      for (let i = 0; i < n; i++) if (k >= (thresholds as number[])[i]) return labels[i];
    }
    return kategoriCapaian(toDecimal(capaian), skala);
  };
}

/** A local scale from a 2-column range (lower bound, label), any row order. */
export function parseSkala(range: CellValue[][]): Band[] {
  const bands: Band[] = [];
  range.forEach((row, i) => {
    if (row.length < 2) {
      throw new InputError('Skala harus 2 kolom: batas bawah dan label.', 'Skala harus 2 kolom');
    }
    const [lowerCell, labelCell] = row;
    if (isBlank(lowerCell) && isBlank(labelCell)) return;
    let lower: Decimal | null;
    try {
      lower = parseNumber(lowerCell);
    } catch {
      throw new InputError(
        `Skala baris ke-${i + 1}: batas bawah ${describeValue(lowerCell)} bukan angka.`,
        'Skala tidak valid',
      );
    }
    const label = typeof labelCell === 'string' ? labelCell.trim() : labelCell == null ? '' : String(labelCell);
    if (lower === null || label === '') {
      throw new InputError(`Skala baris ke-${i + 1}: batas bawah dan label harus diisi.`, 'Skala tidak lengkap');
    }
    bands.push({ lower, label });
  });
  if (bands.length === 0) throw new InputError('Skala kosong.', 'Skala kosong');
  return bands.sort((a, b) => (b.lower as Decimal).comparedTo(a.lower as Decimal));
}
