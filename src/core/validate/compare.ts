import { Decimal, round } from '../decimal';

/** docs/rules.md#rounding-and-comparison: a typed value agrees with a computed one when they differ by at most 0,01. */
const TOLERANCE = new Decimal('0.01');

/** Compared on the printed (2-decimal) computed value, as the reader of the report sees it. */
export function agrees(typed: Decimal, computed: Decimal): boolean {
  return typed.minus(round(computed)).abs().lte(TOLERANCE);
}

/**
 * A cell formatted as a percentage holds 0,9972 for 99,72 %: accept that form too, so a
 * percent-formatted Capaian column is not reported as wrong by a factor of 100.
 */
export function agreesAsPercent(typed: Decimal, computed: Decimal): boolean {
  return agrees(typed, computed) || (typed.abs().lt(10) && agrees(typed.times(100), computed));
}
