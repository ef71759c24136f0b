/**
 * The calendar day each date instant shows in the spreadsheet's time zone, with one zone look-up
 * for every few days of dates instead of one per date. The look-up itself (Utilities.formatDate in
 * src/gas) is passed in, so this stays free of Apps Script and of any time-zone table.
 *
 * The local day of instant t is floor((t + offset) / day), where offset is the zone's offset from
 * UTC at t. The offset changes only at a transition (DST, or a zone's change of standard time),
 * and two transitions never come closer than 7 days: scanned over every IANA zone from 1970 to
 * 2040, the closest pair is Brazil's October 2000 (America/Recife and others, 7 days). So when the
 * offset is the same at two instants less than `WINDOW` apart, it is the same at every instant
 * between them, and their days follow from it. A stretch of dates is checked by looking up its
 * last date; when the offset differs there, the first date with the new offset is found by
 * bisection (a handful of look-ups around each DST change).
 */

/** The zone's offset from UTC at instant t (ms; Asia/Jakarta: +7 h), from one look-up. */
export type ZoneOffset = (t: number) => number;

const DAY = 86_400_000;
/** Offsets looked up at two instants at most this far apart are trusted for every instant between. */
const WINDOW = 3 * DAY;

/** Index of the last element of sorted `ts` below `limit`, searching from `from` (which is below it). */
function lastBelow(ts: readonly number[], from: number, limit: number): number {
  let lo = from;
  let hi = ts.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid] < limit) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * `instants`: distinct finite times in ms, sorted ascending. Returns, in the same order, the
 * calendar day of each as midnight UTC (ms), calling `offsetAt` about once per 3 days of dates
 * (once per date where dates are further apart, a few more times around an offset change).
 */
export function calendarDays(instants: readonly number[], offsetAt: ZoneOffset): number[] {
  const days = new Array<number>(instants.length);
  const dayOf = (k: number, offset: number) => {
    days[k] = Math.floor((instants[k] + offset) / DAY) * DAY;
  };
  let anchor = { t: Number.NEGATIVE_INFINITY, offset: 0 };
  let i = 0;
  while (i < instants.length) {
    if (instants[i] - anchor.t >= WINDOW) anchor = { t: instants[i], offset: offsetAt(instants[i]) };
    const offset = anchor.offset;
    // The stretch: every instant within WINDOW of the anchor.
    const j = lastBelow(instants, i, anchor.t + WINDOW);
    let last = anchor.t === instants[j] ? offset : offsetAt(instants[j]);
    if (last === offset) {
      for (let k = i; k <= j; k++) dayOf(k, offset);
      anchor = { t: instants[j], offset };
      i = j + 1;
      continue;
    }
    // The offset changes inside the stretch: bisect for the first instant with another offset.
    let good = i - 1;
    let bad = j;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      const o = offsetAt(instants[mid]);
      if (o === offset) good = mid;
      else {
        bad = mid;
        last = o;
      }
    }
    for (let k = i; k <= good; k++) dayOf(k, offset);
    // `bad` was looked up: it starts the next stretch with its own offset.
    dayOf(bad, last);
    anchor = { t: instants[bad], offset: last };
    i = bad + 1;
  }
  return days;
}
