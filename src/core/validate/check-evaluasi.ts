import { decimalOf } from '../amount';
import { finding } from '../layout/findings';
import { dpaCell } from '../layout/read-dpa';
import type { DpaRow, Finding, Indikator, Workbook } from '../layout/model';
import { normalizeName } from '../layout/spec';
import { formatNumberLoose, formatRupiah } from '../numbers';
import { isAkipIndikator, isIkmIndikator } from '../rules/linked-indicators';
import { DICABUT, PERMENDAGRI_86_2017, PERMENPAN_14_2017, PERMENPAN_88_2021, type Regulasi } from '../rules/regulasi';
import { shorten } from '../shorten';
import { agrees } from './compare';

/**
 * What a KemenPAN-RB or Inspektorat evaluator would raise reading the report against the workbook
 * (LKE of PermenPAN-RB 88/2021, Pelaporan Kinerja), as warnings at their cells.
 */

/** The same indicator under two spellings: equal names, or both the AKIP (or both the IKM) indicator. */
function samaIndikator(a: string, b: string): boolean {
  if (normalizeName(a) === normalizeName(b)) return true;
  return (isAkipIndikator(a) && isAkipIndikator(b)) || (isIkmIndikator(a) && isIkmIndikator(b));
}

/**
 * dpa-target-mismatch: a DPA program (a top-level row) whose indicator is an IKU indicator, with
 * another target than the IKU (the Perjanjian Kinerja) sets for the reporting year — the example's
 * Nilai AKIP 70,20 in the DPA against 72,60 in the PK.
 */
export function checkDpaTargetIku(sheet: string, wb: Workbook, tahun: number): Finding[] {
  const out: Finding[] = [];
  if (!wb.dpa || !wb.iku) return out;
  for (const r of wb.dpa.rows) {
    if (r.parent !== -1 || !r.indikator.trim() || r.targetKinerja === null) continue;
    const target = decimalOf(r.targetKinerja);
    const ind: Indikator | undefined = wb.iku.indikator.find((i) => samaIndikator(i.indikator, r.indikator));
    const t = ind?.target[tahun]?.target;
    if (!ind || !t || t.kind !== 'single' || agrees(target, t.value)) continue;
    out.push(
      finding(
        'dpa-target-mismatch',
        sheet,
        dpaCell(wb.dpa, r, 'Target Kinerja'),
        `Target kinerja "${shorten(r.uraian, 60)}" untuk indikator "${r.indikator}" adalah ${formatNumberLoose(target)}, sedangkan target ${tahun} indikator "${ind.indikator}" di sheet IKU (${ind.target[tahun].cell}, Perjanjian Kinerja) adalah ${formatNumberLoose(t.value)}. Evaluator akan menanyakan perbedaan ini. Samakan target DPA dengan Perjanjian Kinerja, atau pastikan indikatornya memang berbeda.`,
      ),
    );
  }
  return out;
}

/**
 * performance-without-spending: a DPA row with a pagu but no realisasi anggaran whose realisasi
 * kinerja reaches its target (100% or more) — an output reported as fully achieved without spending.
 */
export function checkKinerjaTanpaAnggaran(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const dpa = wb.dpa;
  for (const r of dpa?.rows ?? []) {
    if (r.targetKinerja === null || r.realisasiKinerja === null || !dpa) continue;
    const pagu = decimalOf(r.pagu);
    const realisasi = decimalOf(r.realisasi);
    const target = decimalOf(r.targetKinerja);
    const real = decimalOf(r.realisasiKinerja);
    // Only a budget that was there and not spent: a row without pagu may be done without money.
    if (!pagu.gt(0) || !realisasi.isZero() || !target.gt(0) || real.lt(target)) continue;
    out.push(
      finding(
        'performance-without-spending',
        sheet,
        dpaCell(dpa, r, 'Realisasi Kinerja'),
        `${levelName(r)} "${shorten(r.uraian, 60)}" mencatat realisasi kinerja ${formatNumberLoose(real)} dari target ${formatNumberLoose(target)} (100% atau lebih) tanpa realisasi anggaran (${formatRupiah(realisasi)} dari pagu ${formatRupiah(pagu)}). Periksa apakah realisasi anggarannya belum dicatat atau realisasi kinerjanya keliru.`,
      ),
    );
  }
  return out;
}

function levelName(r: DpaRow): string {
  return r.level === 'subkegiatan' ? 'Sub kegiatan' : r.level === 'kegiatan' ? 'Kegiatan' : 'Program';
}

/**
 * legal-basis: a Narasi `Landasan Hukum` that lacks a regulation the report applies — PermenPAN-RB
 * 88/2021 (the AKIP scale, when there is an AKIP sheet), PermenPAN-RB 14/2017 (the IKM, when there
 * is an IKM sheet), Permendagri 86/2017 (the capaian scale, always) — or lists a repealed one
 * (rules/regulasi.ts). Without the Narasi part the report writes its own list, which has them.
 */
export function checkLandasanHukum(sheet: string, wb: Workbook): Finding[] {
  const part = Object.entries(wb.narasi).find(([k]) => normalizeName(k) === 'landasan hukum')?.[1];
  if (!part?.text.trim()) return [];
  const lines = part.text.split('\n');
  const has = (r: { pola: RegExp }) => lines.some((l) => r.pola.test(l));
  const out: Finding[] = [];
  const needed: [Regulasi, string][] = [];
  if (wb.akip) needed.push([PERMENPAN_88_2021, 'laporan memakai skala nilai dan predikat AKIP-nya']);
  if (wb.ikm) needed.push([PERMENPAN_14_2017, 'laporan menghitung Indeks Kepuasan Masyarakat menurut pedomannya']);
  needed.push([PERMENDAGRI_86_2017, 'laporan memakai skala kategori capaian kinerjanya']);
  for (const [r, why] of needed) {
    if (has(r)) continue;
    out.push(
      finding(
        'legal-basis',
        sheet,
        part.cell,
        `Landasan Hukum belum mencantumkan ${r.singkat}, padahal ${why}. Tambahkan baris: "${r.judul}".`,
      ),
    );
  }
  for (const d of DICABUT) {
    if (!has(d)) continue;
    out.push(
      finding(
        'legal-basis',
        sheet,
        part.cell,
        `Landasan Hukum mencantumkan ${d.singkat}, yang sudah dicabut dan diganti ${d.pengganti} (${d.sumber}). Ganti dengan peraturan penggantinya.`,
      ),
    );
  }
  return out;
}
