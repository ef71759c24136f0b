import { describe, expect, it } from 'vitest';
import { formatDatePattern, zonedDate, zonedParts } from '../../emulator/zoned-time';
import { calendarDays } from '../../src/core/calendar-days';
import { rng } from '../../scripts/rng';

/*
 * calendarDays against the truth: every instant looked up on its own, the way the adapter did
 * before (one Utilities.formatDate per date). The look-ups go through the emulator's
 * Utilities.formatDate model (emulator/zoned-time.ts), counted.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** The offset look-up as src/gas/read-sheets.ts makes it (formatDate, then the wall clock minus the instant), counted. */
function countingProbe(timeZone: string) {
  const calls = { n: 0 };
  const probe = (t: number): number => {
    calls.n++;
    const text = formatDatePattern(new Date(t), timeZone, 'yyyy-MM-dd HH:mm:ss.SSS');
    const [y, mo, d, h, mi, s, ms] = text.split(/[- :.]/).map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s, ms) - t;
  };
  return { probe, calls };
}

/** The day each instant shows in the zone, one look-up per instant. */
function truth(instants: number[], timeZone: string): number[] {
  return instants.map((t) => {
    const p = zonedParts(new Date(t), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day);
  });
}

function sortedDistinct(ts: number[]): number[] {
  return [...new Set(ts)].sort((a, b) => a - b);
}

/** Instants every `step` ms (plus jitter of up to a minute) from `from` for `days` days. */
function dense(from: number, days: number, step: number, seed: number): number[] {
  const rand = rng(seed);
  const out: number[] = [];
  for (let t = from; t < from + days * DAY; t += step) out.push(t + Math.floor(rand() * MIN));
  return sortedDistinct(out);
}

const distinctDays = (days: number[]) => new Set(days).size;

function check(instants: number[], timeZone: string) {
  const { probe, calls } = countingProbe(timeZone);
  const got = calendarDays(instants, probe);
  const want = truth(instants, timeZone);
  const wrong = instants
    .map((t, k) => ({ t, got: got[k], want: want[k] }))
    .filter((x) => x.got !== x.want)
    .slice(0, 5)
    .map((x) => `${new Date(x.t).toISOString()}: ${new Date(x.got).toISOString()} ≠ ${new Date(x.want).toISOString()}`);
  expect(wrong, timeZone).toEqual([]);
  return { calls: calls.n, days: distinctDays(want) };
}

// The transitions themselves are found by the tz data, not assumed here: each case spans one.
const DST_CASES: { zone: string; from: [number, number, number]; what: string }[] = [
  { zone: 'America/New_York', from: [2024, 3, 7], what: 'spring forward 02:00 → 03:00, 10 March 2024' },
  { zone: 'America/New_York', from: [2024, 10, 31], what: 'fall back 02:00 → 01:00, 3 November 2024' },
  { zone: 'Europe/Berlin', from: [2024, 3, 28], what: 'spring forward 02:00 → 03:00, 31 March 2024' },
  { zone: 'Europe/Berlin', from: [2024, 10, 24], what: 'fall back 03:00 → 02:00, 27 October 2024' },
  {
    zone: 'America/Santiago',
    from: [2024, 9, 5],
    what: 'spring forward at midnight: 00:00 is skipped, 8 September 2024',
  },
  { zone: 'America/Santiago', from: [2024, 4, 3], what: 'fall back at midnight: 23:00–24:00 twice, 6 April 2024' },
  { zone: 'America/Havana', from: [2024, 3, 7], what: 'spring forward 00:00 → 01:00, 10 March 2024' },
  { zone: 'Australia/Lord_Howe', from: [2024, 4, 4], what: 'a half-hour change, 7 April 2024' },
];

describe('calendarDays: the day each date shows in the sheet zone, one look-up for a few days of dates', () => {
  it.each(DST_CASES)('$zone, $what: every instant on its right day', ({ zone, from }) => {
    const start = zonedDate(zone, ...from);
    // Every 7 minutes for 6 days across the change: 1.234 instants, 6–7 calendar days.
    const instants = dense(start.getTime(), 6, 7 * MIN, from[1]);
    const { calls, days } = check(instants, zone);
    // One look-up per 3 days, one to start, and a bisection (log2 of 1.234 instants, 11) at the change.
    expect(calls).toBeLessThanOrEqual(Math.ceil(days / 3) + 1 + 12);
  });

  it('instants right around each change, to the millisecond, in every DST case', () => {
    for (const { zone, from } of DST_CASES) {
      const start = zonedDate(zone, ...from).getTime();
      // Find the change in the emulator's model, then take instants at −1 ms, 0, +1 ms and ± minutes.
      const offsetAt = (t: number) => {
        const p = zonedParts(new Date(t), zone);
        return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - t;
      };
      let lo = start;
      let hi = start + 6 * DAY;
      expect(offsetAt(lo), zone).not.toBe(offsetAt(hi));
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid) === offsetAt(lo)) lo = mid;
        else hi = mid;
      }
      const around = [-DAY, -HOUR - 1, -HOUR, -30 * MIN, -1, 0, 1, 30 * MIN, HOUR, HOUR + 1, 2 * HOUR, DAY];
      check(sortedDistinct(around.map((d) => hi + d)), zone);
    }
  });

  it('dates weeks or months apart (a transition between many of them): still right, about one look-up per date', () => {
    const rand = rng(7);
    const instants = sortedDistinct(
      Array.from({ length: 40 }, () => Date.UTC(2019, 0, 1) + Math.floor(rand() * 6 * 365) * DAY + rand() * DAY),
    );
    for (const zone of ['America/New_York', 'Europe/Berlin', 'America/Santiago', 'Asia/Jakarta', 'Asia/Jayapura']) {
      const { calls } = check(instants, zone);
      // Two dates closer than 3 days with a change between them take a bisection step or two.
      expect(calls, zone).toBeLessThanOrEqual(instants.length + 6);
    }
  });

  it('look-ups grow with the number of days, not with the number of dates', () => {
    // A year of Forms timestamps in Europe/Berlin (two changes): 2.000 and then 50.000 of them.
    const year = zonedDate('Europe/Berlin', 2024, 1, 1).getTime();
    const few = dense(year, 366, (366 * DAY) / 2_000, 1);
    const many = dense(year, 366, (366 * DAY) / 50_000, 2);
    const a = check(few, 'Europe/Berlin');
    const b = check(many, 'Europe/Berlin');
    expect(few.length).toBeGreaterThan(1_900);
    expect(many.length).toBeGreaterThan(49_000);
    expect(a.days).toBe(b.days);
    // About one look-up per 3 days either way (two DST changes bisected): 25 times the dates, at most 20 more look-ups.
    expect(a.calls).toBeLessThanOrEqual(a.days / 3 + 30);
    expect(b.calls).toBeLessThanOrEqual(a.calls + 20);
  });

  it('no instant, one instant', () => {
    const { probe, calls } = countingProbe('Asia/Jakarta');
    expect(calendarDays([], probe)).toEqual([]);
    // 31 January 2024 23:30 WIB is 16:30 UTC: the day is the 31st in Jakarta.
    expect(calendarDays([Date.UTC(2024, 0, 31, 16, 30)], probe)).toEqual([Date.UTC(2024, 0, 31)]);
    expect(calls.n).toBe(1);
  });
});
