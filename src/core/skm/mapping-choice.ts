import { InputError } from '../input-error';
import { IKM_PROFILE_COLUMNS } from '../layout/spec';
import type { ResponseSheetInfo, SkmMapping } from './response-sheet';

/** The mapping as the panel sends it back after the user looked at it (and perhaps changed it). */
export interface PilihanPemetaan {
  /** Column index (0-based) per U1–U9. */
  unsur: number[];
  /** -1: no Jenis Layanan column. */
  layanan: number;
  profil?: Record<string, number>;
}

/**
 * The user's mapping, checked against the sheet: every unsur on its own question column, no
 * column used twice, nothing on the timestamp. Comes from the client, so nothing is trusted.
 */
export function checkMapping(pilihan: PilihanPemetaan, info: ResponseSheetInfo): SkmMapping {
  const ncol = info.columns.length;
  const isCol = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < ncol;
  const unsur = Array.isArray(pilihan?.unsur) ? pilihan.unsur : [];
  const missing: string[] = [];
  for (let u = 0; u < 9; u++) if (!isCol(unsur[u]) || unsur[u] === info.timestampColumn) missing.push(`U${u + 1}`);
  if (unsur.length !== 9 || missing.length > 0) {
    throw new InputError(
      `Unsur ${missing.join(', ') || 'U1–U9'} belum dipasangkan dengan kolom pertanyaan. Pilih satu kolom pertanyaan untuk setiap unsur, lalu impor lagi.`,
    );
  }
  const seen = new Map<number, number>();
  unsur.forEach((c, u) => {
    const first = seen.get(c);
    if (first !== undefined) {
      throw new InputError(
        `Kolom ${info.columns[c].letter} dipilih untuk U${first + 1} dan U${u + 1}. Setiap unsur harus dari kolom pertanyaannya sendiri.`,
      );
    }
    seen.set(c, u);
  });
  const layanan = isCol(pilihan.layanan) && !seen.has(pilihan.layanan) ? pilihan.layanan : -1;
  const profil: Record<string, number> = {};
  for (const name of IKM_PROFILE_COLUMNS) {
    const c = pilihan.profil?.[name];
    if (isCol(c) && !seen.has(c)) profil[name] = c;
  }
  return { unsur: [...unsur], cara: unsur.map(() => 'pilihan'), layanan, profil };
}
