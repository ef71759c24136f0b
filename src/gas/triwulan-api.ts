// "Buat Laporan Triwulan": the quarterly report of the Rencana Aksi through the Generate flow (generate-api.ts).
import { buildLaporanTriwulan, judulTriwulan } from '../core/report/build-triwulan';
import { parseTriwulan, romawi, type Triwulan } from '../core/rules/triwulan';
import { type DocumentFlow, type GenerateResult, runDocument } from './generate-api';

function laporanTriwulan(n: Triwulan): DocumentFlow {
  return {
    kind: `triwulan-${n}`,
    noun: 'Laporan Triwulan',
    prefix: `Laporan Triwulan ${romawi(n)}`,
    jenis: `Laporan Triwulan ${romawi(n)}`,
    footer: (instansi, tahun) => `${judulTriwulan(n)} ${instansi} Tahun ${tahun}`,
    build: (workbook, { onStep, ...opts }) => buildLaporanTriwulan(workbook, n, { ...opts, onPart: onStep }),
  };
}

/** `triwulan`: 1–4 (the panel's choice; `II` and `TW II` are read too). */
export function buatLaporanTriwulan(triwulan: number, lanjutWalauAdaPeringatan: boolean): GenerateResult {
  const n = parseTriwulan(triwulan);
  if (n === null)
    throw new Error(
      `Triwulan ${JSON.stringify(triwulan ?? null)} tidak dikenal. Pilih TW I, TW II, TW III atau TW IV.`,
    );
  return runDocument(laporanTriwulan(n), lanjutWalauAdaPeringatan);
}
