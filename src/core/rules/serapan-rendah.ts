import type { Decimal } from '../decimal';
import { kategoriCapaian } from '../kategori-capaian';

/**
 * A serapan far below the rest: Rendah or Sangat Rendah on the scale of Permendagri 86/2017 (below
 * 66%), the scale the report already prints for capaian and which the regulation applies to the
 * realisation of both kinerja and keuangan. **Decided** (docs/rules.md#realisasi-anggaran).
 */
export function serapanRendah(persen: Decimal | null): boolean {
  if (persen === null) return false;
  const k = kategoriCapaian(persen);
  return k === 'Rendah' || k === 'Sangat Rendah';
}
