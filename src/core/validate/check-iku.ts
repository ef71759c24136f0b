import { capaianRounded, type Polaritas, type Target } from '../capaian';
import { type Decimal, round } from '../decimal';
import { isInputError } from '../input-error';
import { formatId, formatNumberLoose } from '../numbers';
import { finding } from '../layout/findings';
import type { Finding, Indikator, Workbook } from '../layout/model';
import { akipIndikator, ikmIndikator, nikFromSheet } from '../rules/linked-indicators';
import { agrees, agreesAsPercent } from './compare';

const n = (d: Decimal) => formatNumberLoose(d);

/** How the capaian was computed, for the message: `82,48 ÷ 85 × 100`. */
function explain(realisasi: Decimal, target: Target, polaritas: Polaritas): string {
  if (target.kind === 'range' && realisasi.gte(target.lower) && realisasi.lte(target.upper)) {
    return `realisasi ${n(realisasi)} di dalam rentang target ${n(target.lower)}–${n(target.upper)} = 100`;
  }
  const t = target.kind === 'single' ? target.value : realisasi.gt(target.upper) ? target.upper : target.lower;
  if (polaritas === 'negatif') return `(2 × ${n(t)} − ${n(realisasi)}) ÷ ${n(t)} × 100`;
  if (polaritas === 'terbalik') return `${n(t)} ÷ ${n(realisasi)} × 100`;
  return `${n(realisasi)} ÷ ${n(t)} × 100`;
}

const isZeroTarget = (t: Target | null) => t !== null && t.kind === 'single' && t.value.isZero();

function describeTarget(t: Target): string {
  return t.kind === 'single' ? n(t.value) : `${n(t.lower)} – ${n(t.upper)}`;
}

/**
 * For every year of every indicator: negative-value for a target below 0, target-zero (an error in
 * the reporting year, where the report needs a capaian; a warning in other years with figures),
 * a Capaian cell showing a formula error named by its cause, and capaian-mismatch.
 */
export function checkCapaian(sheet: string, ind: Indikator, tahun = 0): Finding[] {
  const out: Finding[] = [];
  for (const [yKey, tc] of Object.entries(ind.target)) {
    const y = Number(yKey);
    const re = ind.realisasi[y];
    const ca = ind.capaian[y];
    const negative =
      tc.target !== null &&
      (tc.target.kind === 'single' ? tc.target.value.isNegative() && !tc.target.value.isZero() : tc.target.lower.lt(0));
    if (negative) {
      out.push(
        finding(
          'negative-value',
          sheet,
          tc.cell,
          `Target ${y} untuk "${ind.indikator}" bernilai negatif (${describeTarget(tc.target as Target)}); target tidak boleh negatif. Periksa tanda minus, atau tulis sasaran penurunan sebagai target positif dengan polaritas Negatif.`,
        ),
      );
      continue;
    }
    const showsError = ca?.sheetError ? ` Karena itu sel Capaian ${y} (${ca.cell}) menampilkan ${ca.sheetError}.` : '';
    if (isZeroTarget(tc.target) && (y === tahun || re?.value != null || ca?.value != null || showsError)) {
      out.push(
        finding(
          'target-zero',
          sheet,
          tc.cell,
          `Target ${y} untuk "${ind.indikator}" bernilai 0, sehingga capaian tidak dapat dihitung (pembagian dengan nol).${showsError} Isi target yang benar.`,
          y === tahun ? 'error' : 'warning',
        ),
      );
      continue;
    }
    if (ca?.sheetError) {
      const reCell = re ? ` dan Realisasi ${y} (${re.cell})` : '';
      out.push(
        finding(
          'not-a-number',
          sheet,
          ca.cell,
          `Capaian ${y} menampilkan ${ca.sheetError}${ca.formula ? ` dari rumus ${ca.formula}` : ''}. Periksa Target ${y} (${tc.cell})${reCell}: keduanya harus berisi angka. Laporan menghitung capaian sendiri dari target dan realisasi.`,
        ),
      );
      continue;
    }
    if (!tc.target || !re || re.value === null || !ca || ca.value === null) continue;
    let computed: Decimal;
    try {
      computed = capaianRounded(re.value, tc.target, ind.polaritas);
    } catch (e) {
      if (isInputError(e)) continue;
      throw e;
    }
    if (agreesAsPercent(ca.value, computed)) continue;
    out.push(
      finding(
        'capaian-mismatch',
        sheet,
        ca.cell,
        `Capaian ${y} tertulis ${n(ca.value)}, seharusnya ${formatId(computed)} (${explain(re.value, tc.target, ind.polaritas)}). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).`,
      ),
    );
  }
  for (const [yKey, ca] of Object.entries(ind.capaian)) {
    if (!ca.sheetError || ind.target[Number(yKey)]) continue;
    out.push(
      finding(
        'not-a-number',
        sheet,
        ca.cell,
        `Capaian ${yKey} menampilkan ${ca.sheetError}${ca.formula ? ` dari rumus ${ca.formula}` : ''}, dan tidak ada kolom Target ${yKey}. Tambahkan kolom "Target ${yKey}" atau kosongkan sel ini.`,
      ),
    );
  }
  return out;
}

/**
 * ikm-mismatch / akip-mismatch: the IKU realisasi of the reporting year for the IKM and AKIP
 * indicators against the IKM and AKIP sheets; out-of-range for an IKM realisasi outside the NIK
 * scale 25–100 (PermenPAN-RB 14/2017).
 */
export function checkLinkedIndicators(sheet: string, wb: Workbook, tahun: number): Finding[] {
  const out: Finding[] = [];
  const iku = wb.iku;
  if (!iku) return out;
  const ikmInd = ikmIndikator(wb);
  if (ikmInd) {
    for (const [y, re] of Object.entries(ikmInd.realisasi)) {
      if (re.value !== null && (re.value.lt(25) || re.value.gt(100))) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            re.cell,
            `Realisasi ${y} "${ikmInd.indikator}" bernilai ${n(re.value)}, di luar rentang NIK 25–100 (PermenPAN-RB 14/2017). Isi NIK (IKM × 25), bukan nilai IKM 1–4.`,
          ),
        );
      }
    }
    const nik = nikFromSheet(wb);
    const re = ikmInd.realisasi[tahun];
    if (nik && re?.value?.gte(25) && re.value.lte(100) && !agrees(re.value, nik.nik)) {
      out.push(
        finding(
          'ikm-mismatch',
          sheet,
          re.cell,
          `Realisasi ${tahun} "${ikmInd.indikator}" tertulis ${n(re.value)}, sedangkan NIK dari sheet IKM (${nik.responden} responden) adalah ${formatId(nik.nik)}; laporan memakai ${formatId(nik.nik)}. Samakan realisasinya dengan hasil survei, atau periksa jawaban di sheet IKM.`,
        ),
      );
    }
  }
  const akipInd = akipIndikator(wb);
  if (akipInd && wb.akip) {
    // The official value of a year is the AKIP sheet's Nilai Akhir (the LHE) where it has one: the
    // IKU realisasi should say the same. Without a total row the IKU realisasi is itself the official
    // value, and components that do not add up to it are checkAkip's akip-total-mismatch.
    for (const [yKey, re] of Object.entries(akipInd.realisasi)) {
      const y = Number(yKey);
      const lhe = wb.akip.nilaiAkhir[y];
      // Within the 0,01 tolerance (docs/rules.md) the two agree.
      if (lhe?.value == null || re.value === null || agrees(re.value, lhe.value)) continue;
      out.push(
        finding(
          'akip-mismatch',
          sheet,
          re.cell,
          `Realisasi ${y} "${akipInd.indikator}" tertulis ${n(re.value)}, sedangkan Nilai Akhir ${y} di sheet AKIP (${lhe.cell}) adalah ${formatId(round(lhe.value))}; laporan memakai ${formatId(round(lhe.value))}, nilai resmi hasil evaluasi (LHE), di semua tabel. Samakan keduanya sesuai LHE.`,
        ),
      );
    }
  }
  return out;
}
