/**
 * Counted service calls priced in seconds, to set an entry point against Apps Script's limits.
 *
 * Google publishes the limits (the quotas page) and that every call to a service is slow next to
 * JavaScript (the best-practices page), but no latency per call. The prices below are therefore
 * our own PESSIMISTIC figures, each with its reason; README.md ("Apps Script limits") lists them
 * with the sources. An estimate made with them is an upper bound to compare with the limit, not a
 * prediction.
 */

/** https://developers.google.com/apps-script/guides/services/quotas ("Current limitations"). */
export const LIMIT_SECONDS = { execution: 6 * 60, customFunction: 30 };

interface CallPrice {
  /** Counted keys (emulator/call-counter.ts) this price applies to. */
  match: RegExp;
  what: string;
  ms: number;
}

export const CALL_PRICES: readonly CallPrice[] = [
  {
    match: /^SpreadsheetApp\.Range\.(get|set)(Values|Formulas|Notes|NumberFormats)$/,
    what: 'SpreadsheetApp Range getValues/setValues/getFormulas/getNotes/setNotes/getNumberFormats (a whole range)',
    ms: 1000,
  },
  {
    match: /^(Docs\.Documents|Drive\.Files)\./,
    what: 'Docs API create/get/batchUpdate, Drive API files.update (one HTTP request each)',
    ms: 2000,
  },
  { match: /^Utilities\.formatDate$/, what: 'Utilities.formatDate', ms: 4 },
  { match: /./, what: 'every other call (sheet names, sizes, lock, cache, session, UI)', ms: 100 },
];

export function priceOf(key: string): number {
  return (CALL_PRICES.find((p) => p.match.test(key)) as CallPrice).ms;
}

/** Estimated seconds of a call count by key. */
export function estimateSeconds(counts: Record<string, number>): number {
  let ms = 0;
  for (const [key, n] of Object.entries(counts)) ms += n * priceOf(key);
  return ms / 1000;
}
