import { finding } from '../layout/findings';
import type { Finding, Workbook } from '../layout/model';

/**
 * no-data: an IKU sheet without a single indicator or a DPA without a single budget row can give
 * no report, so it is an error rather than "Tidak ada masalah" followed by an empty report. Not
 * raised when the sheet already has an error finding (that finding says what to fix first).
 */
export function checkNoData(wb: Workbook, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // Any error already on the sheet (a missing column, rows whose level cannot be told) says what to fix first.
  const structural = (sheet: string) => findings.some((f) => f.sheet === sheet && f.severity === 'error');
  const iku = wb.sheetNames.IKU;
  if (wb.iku && wb.iku.indikator.length === 0 && !structural(iku)) {
    out.push(
      finding(
        'no-data',
        iku,
        '',
        'Sheet IKU belum ada indikator: belum ada baris berisi Indikator Kinerja di bawah judul kolom. Isi satu baris per indikator (sasaran, indikator, satuan, target dan realisasi).',
      ),
    );
  }
  const dpa = wb.sheetNames.DPA;
  if (wb.dpa && wb.dpa.rows.length === 0 && !structural(dpa)) {
    out.push(
      finding(
        'no-data',
        dpa,
        '',
        'Sheet DPA belum ada anggaran: belum ada baris program, kegiatan atau sub kegiatan di bawah judul kolom. Isi baris-baris DPA tahun laporan beserta pagu dan realisasinya.',
      ),
    );
  }
  return out;
}
