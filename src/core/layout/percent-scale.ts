import type { Decimal } from '../decimal';
import { formatNumberLoose, type CellValue } from '../numbers';
import { finding } from './findings';
import type { Finding } from './model';
import { normalizeName } from './spec';

/**
 * Percentages stored as fractions (docs/layout.md#percentages). Typing `95%` in Sheets stores 0,95
 * and formats the cell as a percentage; a file converted without its formats keeps only 0,95.
 *
 * 1. The cell's number format is the honest signal: under a percent format the value is what the
 *    cell shows, 0,95 → 95 (`shownNumber`), whatever the unit.
 * 2. Otherwise, in an indicator whose unit is a percentage (`%`, `Persen`), its other figures
 *    decide: a number of at most 1,5 among figures of 10 or more is read ×100 when that puts it
 *    within a factor 3 of them, with a percent-scale warning at the cell.
 * 3. Where they cannot (every figure of the row at most 1,5, one of them a part of 1 like 0,95)
 *    and the sheet came without formats, a percent-scale warning at that cell asks; the numbers
 *    are read as typed.
 */

/** A number format that shows the value × 100: a `%` outside quoted text and escapes (`0.00%`, `#,##0%`). */
function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** A number read from a cell as the cell shows it: × 100 under a percent format. */
export function shownNumber(value: Decimal, format: string | undefined): Decimal {
  return isPercentFormat(format) ? value.times(100) : value;
}

const PERCENT_UNITS = new Set(['%', 'persen', 'prosen', 'persentase', 'prosentase', '% (persen)']);

/** `%`, `Persen`, `persen (%)`: an indicator measured in percent. */
function isPercentUnit(satuan: string): boolean {
  const n = normalizeName(satuan);
  return PERCENT_UNITS.has(n) || n.startsWith('%');
}

/** One figure of a row: its value as read, and how to read it again. */
export interface Figure {
  label: string;
  cell: string;
  raw: CellValue;
  value: Decimal | null;
  /** The cell's number format; undefined when the sheet came without formats. */
  format: string | undefined;
  set(value: Decimal): void;
}

const FRACTION_MAX = 1.5;
const WHOLE_MIN = 10;
const SCALE_SLACK = 3;

const isFraction = (f: Figure) =>
  typeof f.raw === 'number' && !isPercentFormat(f.format) && f.value?.gt(0) && f.value.lte(FRACTION_MAX);

/**
 * Rules 2 and 3 above for one indicator (or DPA row) measured in `satuan`. `name` is how the
 * messages name it; returns the findings, and re-reads the figures it decides on.
 */
export function percentScaleFindings(sheet: string, name: string, satuan: string, figures: Figure[]): Finding[] {
  if (!isPercentUnit(satuan)) return [];
  const whole = figures.filter((f) => f.value?.gte(WHOLE_MIN)).map((f) => f.value as Decimal);
  const fractions = figures.filter(isFraction);
  if (fractions.length === 0) return [];
  if (whole.length === 0) {
    const unknownFormats = figures.every((f) => f.format === undefined);
    const allFractions = figures.every((f) => f.value === null || f.value.isZero() || isFraction(f));
    // 1 may well be 1 %; 0,95 is the shape of a typed 95%.
    const partOfOne = fractions.find((f) => (f.value as Decimal).lt(1) && !(f.value as Decimal).isInteger());
    if (!unknownFormats || !allFractions || !partOfOne) return [];
    const v = partOfOne.value as Decimal;
    return [
      finding(
        'percent-scale',
        sheet,
        partOfOne.cell,
        `Semua angka "${name}" (satuan ${satuan}) bernilai 1,5 atau kurang, mis. ${partOfOne.label} = ${formatNumberLoose(v)}. Bila maksudnya ${formatNumberLoose(v.times(100))}%, ketik ${formatNumberLoose(v.times(100))} (atau format selnya sebagai persen: Format → Angka → Persen); bila memang ${formatNumberLoose(v)}%, biarkan.`,
      ),
    ];
  }
  const lo = whole.reduce((a, b) => (b.lt(a) ? b : a));
  const hi = whole.reduce((a, b) => (b.gt(a) ? b : a));
  const out: Finding[] = [];
  for (const f of fractions) {
    const v = f.value as Decimal;
    const scaled = v.times(100);
    if (scaled.lt(lo.div(SCALE_SLACK)) || scaled.gt(hi.times(SCALE_SLACK))) continue;
    f.set(scaled);
    const others = lo.eq(hi) ? formatNumberLoose(lo) : `${formatNumberLoose(lo)}–${formatNumberLoose(hi)}`;
    out.push(
      finding(
        'percent-scale',
        sheet,
        f.cell,
        `${f.label} "${name}" berisi ${formatNumberLoose(v)}, sedangkan angka lain indikator ini (satuan ${satuan}) ditulis dalam persen utuh (${others}); dibaca sebagai ${formatNumberLoose(scaled)}%. Ketik ${formatNumberLoose(scaled)}, atau format selnya sebagai persen (Format → Angka → Persen), agar terbaca pasti.`,
      ),
    );
  }
  return out;
}
