import type { Dpa, DpaRow } from '../layout/model';

/** The DPA row of a code (`7.01.01.2.01`), case aside, as the DPA check compares codes; null when none. */
export function dpaRowOf(dpa: Dpa | null, kode: string): DpaRow | null {
  if (!dpa || kode === '') return null;
  const key = kode.toUpperCase();
  return dpa.rows.find((r) => r.kode.toUpperCase() === key) ?? null;
}
