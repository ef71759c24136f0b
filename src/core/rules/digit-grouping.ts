/**
 * Indonesian digit grouping, the one definition used by the report, the panel and the emulator's
 * displayed values: a dot every three digits from the right (`1738126580` → `1.738.126.580`).
 * No imports, so the sidebar bundle can use it without pulling in decimal.js.
 */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
