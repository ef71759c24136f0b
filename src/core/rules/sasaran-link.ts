/**
 * DPA `Sasaran`: which IKU sasaran (by the IKU `No` of its first indicator, Sasaran.key) a
 * top-level budget row serves. One home for the report's efficiency and the validator's
 * sasaran-unmatched (docs/rules.md#efficiency).
 */

/** The keys a cell names: `2`, or several for a shared program (`1, 2`, `1; 2`, `1/2`, `1 dan 2`). */
export function sasaranKeys(typed: string): string[] {
  return typed
    .split(/\s*(?:[,;/&]|\bdan\b)\s*/i)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}
