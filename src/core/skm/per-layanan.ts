import { type Decimal, round } from '../decimal';
import { hitungIkm, mutuIkm, type Mutu } from '../ikm';
import { isInputError } from '../input-error';
import type { Ikm } from '../layout/model';
import { TIDAK_DIISI } from '../layout/read-ikm';
import { normalizeName } from '../layout/spec';
import type { CellValue } from '../numbers';

export interface LayananIkm {
  /** As first typed; `Tidak diisi` for respondents who left it blank. */
  layanan: string;
  responden: number;
  /** Printed (rounded) NIK, null when it cannot be computed (`alasan` says why). */
  nik: Decimal | null;
  mutu: Mutu | null;
  alasan: string;
}

/**
 * NIK and mutu of each Jenis Layanan, from the same answers and rules as the overall NIK
 * (PermenPAN-RB 14/2017): most respondents first, `Tidak diisi` last. Empty when the IKM sheet
 * has no Jenis Layanan column or nobody filled it in.
 */
export function ikmPerLayanan(ikm: Ikm): LayananIkm[] {
  const layanan = ikm.layanan;
  if (!layanan || layanan.every((l) => l.trim() === '' || l.trim() === '-')) return [];
  const groups = new Map<string, { label: string; answers: CellValue[][] }>();
  ikm.answers.forEach((row, i) => {
    const typed = (layanan[i] ?? '').trim();
    const label = typed === '' || typed === '-' ? TIDAK_DIISI : typed;
    const key = normalizeName(label);
    const g = groups.get(key) ?? { label, answers: [] };
    g.answers.push(row);
    groups.set(key, g);
  });
  const out = [...groups.values()].map((g): LayananIkm => {
    try {
      const r = hitungIkm(g.answers);
      const nik = round(r.nik);
      return { layanan: g.label, responden: r.responden, nik, mutu: mutuIkm(r.nik), alasan: '' };
    } catch (e) {
      if (!isInputError(e)) throw e;
      return { layanan: g.label, responden: g.answers.length, nik: null, mutu: null, alasan: e.message };
    }
  });
  const rank = (x: LayananIkm) => (x.layanan === TIDAK_DIISI ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || b.responden - a.responden);
}
