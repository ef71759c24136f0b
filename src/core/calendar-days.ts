/**
 * The calendar day each date instant shows in the spreadsheet's time zone, with a few zone look-ups
 * per day instead of one per instant. The look-up itself (Utilities.formatDate in src/gas) is
 * passed in, so this stays free of Apps Script and of any time-zone table.
 *
 * Within a run of instants that share the zone's offset, the local day of t is simply
 * floor((t + offset) / day). The offset changes only at a transition (DST, or a zone's change of
 * standard time), and two transitions never come closer than 7 days: scanned over every IANA zone
 * from 1970 to 2040, the closest pair is Brazil's October 2000 (America/Recife and others, 7 days).
 * So when the offset is the same at two instants less than `WINDOW` apart, it is the same at every
 * instant between them. A run is therefore checked by looking up its LAST instant: same offset
 * and same day as predicted means every instant of the run is on that day. When the check fails
 * (a transition inside the run, or the first instant of a new stretch), the first instant with
 * the new offset is found by bisection, a handful of look-ups on the day of the change only.
 */

/** What one look-up says of instant `t` (ms): the local day as midnight UTC (ms) and the zone's offset (ms). */
export interface ZoneProbe {
  day: number;
  offset: number;
}

const DAY = 86_400_000;
/**
 * Offsets checked at two instants at most this far apart are trusted for every instant between;
 * with a run of up to a day after it, the span stays far below the 7 days between transitions.
 */
const WINDOW = 2 * DAY;

/** Midnight UTC of the day the wall-clock time `wall` (ms, as UTC) falls on. */
function dayOf(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

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
 * calendar day of each as midnight UTC (ms), calling `probe` about once per calendar day (twice
 * where days are far apart, a few more times on a day the offset changes).
 */
export function calendarDays(instants: readonly number[], probe: (t: number) => ZoneProbe): number[] {
  const days = new Array<number>(instants.length);
  let anchor: { t: number; offset: number } | null = null;
  let i = 0;
  while (i < instants.length) {
    const t = instants[i];
    if (anchor === null || t - anchor.t >= WINDOW) {
      const p = probe(t);
      anchor = { t, offset: p.offset };
    }
    const offset: number = anchor.offset;
    const day = dayOf(t + offset);
    // The run: every instant before the next local midnight, if the offset holds.
    const j = lastBelow(instants, i, day + DAY - offset);
    const same = (p: ZoneProbe) => p.offset === offset && p.day === day;
    let last: ZoneProbe | null = j === i && anchor.t === t ? { day, offset } : probe(instants[j]);
    if (same(last)) {
      for (let k = i; k <= j; k++) days[k] = day;
      anchor = { t: instants[j], offset };
      i = j + 1;
      continue;
    }
    // The offset changes inside the run (or t is already past a change): bisect for the first
    // instant that is not on `day` with `offset`; instants before it are.
    let good = i - 1;
    let bad = j;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      const p = probe(instants[mid]);
      if (same(p)) good = mid;
      else {
        bad = mid;
        last = p;
      }
    }
    for (let k = i; k <= good; k++) days[k] = day;
    // `bad` was looked up: it starts the next run with its own offset.
    days[bad] = last.day;
    anchor = { t: instants[bad], offset: last.offset };
    i = bad + 1;
  }
  return days;
}
