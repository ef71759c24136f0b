/** A Renstra period is normally five years (Permendagri 86/2017); a longer "period" is a typing mistake. */
export const MAX_PERIODE_SPAN = 10;

/** A year the workbook may speak of (Tahun, a date, a Renstra period): 1900–2200, else a typing mistake. */
export function plausibleYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2200;
}

/**
 * The one reading of `Periode Renstra`: `2019-2023`, `2019 – 2023`, `2019 s.d. 2023`, `2019 s/d 2023`,
 * `2019/2023`, `2019 sampai dengan 2023` → [2019, 2023]; null when it is not a plausible period.
 */
export function parsePeriode(text: string | undefined): [number, number] | null {
  const m = /^\s*(\d{4})\s*(?:-|–|—|s\/d|\/|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(\d{4})\s*$/i.exec(text ?? '');
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (!plausibleYear(from) || !plausibleYear(to) || from > to || to - from + 1 > MAX_PERIODE_SPAN) return null;
  return [from, to];
}

/** The Renstra's last year: the end of `Periode Renstra`, else the last target year, else null. */
export function renstraEndYear(periode: string | undefined, targetYears: readonly number[]): number | null {
  const p = parsePeriode(periode);
  if (p) return p[1];
  return targetYears.length > 0 ? targetYears[targetYears.length - 1] : null;
}
