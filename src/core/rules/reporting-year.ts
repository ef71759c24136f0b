/**
 * The reporting year, decided in one place for the reader, the validator, the report and the Doc
 * name: Profil `Tahun` when it is a readable year; otherwise the latest IKU year with a Realisasi
 * column (so the rest of the workbook can still be read and checked); otherwise 0 (unknown; the
 * missing Tahun is itself an error finding, so no report is generated).
 */
export function reportingYear(profilTahun: number | null | undefined, realisasiYears: readonly number[]): number {
  if (profilTahun && Number.isInteger(profilTahun) && profilTahun > 0) return profilTahun;
  return realisasiYears.length > 0 ? Math.max(...realisasiYears) : 0;
}
