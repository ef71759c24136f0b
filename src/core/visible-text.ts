/**
 * Characters a pasted cell carries without showing them: zero-width space, non-joiner and joiner,
 * word joiner, BOM and soft hyphen (docs/layout.md#how-names-are-matched). Removed before any
 * header, key, sheet name, Bagian or number is matched or read.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WIDE_SPACE = /[\u00a0\u202f]/g;

/** Text with the invisible characters removed and no-break spaces made plain spaces. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, '').replace(WIDE_SPACE, ' ');
}
