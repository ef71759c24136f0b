import type { Decimal } from '../decimal';
import { round } from '../decimal';
import { hitungIkm } from '../ikm';
import { isInputError } from '../input-error';
import type { Indikator, Workbook } from '../layout/model';
import { akipNilaiAkhir } from './akip';

/**
 * Which IKU indicator is measured by the IKM sheet and which by the AKIP sheet, and the one value
 * the report prints for them. One definition for the validator (ikm-/akip-mismatch) and the report
 * (its IKM and AKIP sections, every table and sentence).
 */

const IKM_NAME = /kepuasan\s+masyarakat|\bIKM\b|\bSKM\b/i;
const AKIP_NAME = /\bS?AKIP\b|akuntabilitas\s+kinerja/i;
/** A share or a count about the survey/evaluation (`Persentase rekomendasi AKIP ...`) is another indicator. */
const OTHER_MEASURE = /^\s*(?:persentase|prosentase|jumlah|rasio|cakupan|tingkat\s+tindak|tindak\s+lanjut)\b/i;

export function isIkmIndikator(nama: string): boolean {
  return IKM_NAME.test(nama) && !OTHER_MEASURE.test(nama);
}

export function isAkipIndikator(nama: string): boolean {
  return AKIP_NAME.test(nama) && !IKM_NAME.test(nama) && !OTHER_MEASURE.test(nama);
}

/** The IKM indicator: the first IKU indicator named as one; null when none. */
export function ikmIndikator(wb: Workbook): Indikator | null {
  return wb.iku?.indikator.find((i) => isIkmIndikator(i.indikator)) ?? null;
}

/** The AKIP indicator: the first IKU indicator named as one; null when none. */
export function akipIndikator(wb: Workbook): Indikator | null {
  return wb.iku?.indikator.find((i) => isAkipIndikator(i.indikator)) ?? null;
}

/** The NIK from the IKM sheet, unrounded; null when there is no usable survey (reported elsewhere). */
export function nikFromSheet(wb: Workbook): { nik: Decimal; responden: number } | null {
  if (!wb.ikm || wb.ikm.answers.length === 0 || wb.ikm.unsurColumns.some((c) => c === '')) return null;
  try {
    const r = hitungIkm(wb.ikm.answers);
    return { nik: r.nik, responden: r.responden };
  } catch (e) {
    if (isInputError(e)) return null;
    throw e;
  }
}

type RealisasiSource = 'iku' | 'ikm' | 'akip';

/**
 * Where an indicator-year's realisasi comes from when the workbook measures it itself: the AKIP
 * indicator from the official Nilai Akhir of that year (rules/akip.ts: the AKIP sheet's total row,
 * else the IKU realisasi, else the component sum), the IKM indicator from the survey's NIK in the
 * reporting year. Everything else is the IKU sheet's Realisasi.
 */
function linkedRealisasi(
  wb: Workbook,
  ind: Indikator,
  year: number,
  tahun: number,
): { value: Decimal; source: RealisasiSource } | null {
  if (wb.akip && ind === akipIndikator(wb)) {
    const t = akipNilaiAkhir(wb.akip, year, ind.realisasi[year]);
    if (t.nilai !== null) return { value: t.nilai, source: 'akip' };
  }
  if (year === tahun && wb.ikm && ind === ikmIndikator(wb)) {
    const nik = nikFromSheet(wb);
    if (nik) return { value: round(nik.nik), source: 'ikm' };
  }
  return null;
}

/** The realisasi the report prints and computes capaian from, for every indicator and year. */
export function realisasiDipakai(wb: Workbook, ind: Indikator, year: number, tahun: number): Decimal | null {
  return linkedRealisasi(wb, ind, year, tahun)?.value ?? ind.realisasi[year]?.value ?? null;
}
