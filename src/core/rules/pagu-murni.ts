import { decimalOf } from '../amount';
import { type Decimal, ZERO } from '../decimal';
import type { Dpa } from '../layout/model';

/**
 * The pagu before the P-APBD change (`Pagu Murni`) of a DPA row: its own, else the sum of its
 * children's, else null (the column absent or blank: not changed). docs/rules.md#perjanjian-kinerja
 */
export function paguMurniOf(dpa: Dpa, i: number): Decimal | null {
  const own = dpa.rows[i].paguMurni ?? null;
  if (own !== null) return decimalOf(own);
  const kids = dpa.rows[i].children.map((k) => paguMurniOf(dpa, k)).filter((d): d is Decimal => d !== null);
  return kids.length > 0 ? kids.reduce((s, d) => s.plus(d), ZERO) : null;
}

/** Some row's Pagu Murni differs from its Pagu: the budget was changed by the P-APBD. */
export function paguBerubah(dpa: Dpa | null): boolean {
  return dpa?.rows.some((r) => r.paguMurni != null && !decimalOf(r.paguMurni).eq(r.pagu)) ?? false;
}
