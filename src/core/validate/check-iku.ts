import { capaianRounded, type Polaritas, type Target } from '../capaian';
import { Decimal, round, ZERO } from '../decimal';
import { hitungIkm } from '../ikm';
import { isInputError } from '../input-error';
import { formatId, formatNumberLoose } from '../numbers';
import { finding } from '../layout/findings';
import type { Finding, Indikator, Workbook } from '../layout/model';
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

/** capaian-mismatch and target-zero for every year of every indicator. */
export function checkCapaian(sheet: string, ind: Indikator): Finding[] {
  const out: Finding[] = [];
  for (const [yKey, tc] of Object.entries(ind.target)) {
    const y = Number(yKey);
    const re = ind.realisasi[y];
    const ca = ind.capaian[y];
    if (isZeroTarget(tc.target) && (re?.value != null || ca?.value != null)) {
      out.push(
        finding(
          'target-zero',
          sheet,
          tc.cell,
          `Target ${y} untuk "${ind.indikator}" bernilai 0, sehingga capaian tidak dapat dihitung (pembagian dengan nol). Isi target yang benar.`,
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
        `Capaian ${y} tertulis ${n(ca.value)}, seharusnya ${formatId(computed)} (${explain(re.value, tc.target, ind.polaritas)}).`,
      ),
    );
  }
  return out;
}

const IKM_INDICATOR = /\bIKM\b|kepuasan\s+masyarakat/i;
const AKIP_INDICATOR = /\bAKIP\b/i;

export function isIkmIndicator(nama: string): boolean {
  return IKM_INDICATOR.test(nama);
}
export function isAkipIndicator(nama: string): boolean {
  return AKIP_INDICATOR.test(nama) && !IKM_INDICATOR.test(nama);
}

/** The AKIP total of a year: the sum of every component row (blank = 0); null when no component has a value. */
export function akipTotal(wb: Workbook, year: number): Decimal | null {
  const values = (wb.akip?.komponen ?? []).map((k) => k.nilai[year]?.value ?? null);
  if (values.every((v) => v === null)) return null;
  return values.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), ZERO);
}

/** The NIK from the IKM sheet, unrounded; null when there is no sheet or its answers cannot be used (reported elsewhere). */
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

/**
 * ikm-mismatch / akip-mismatch: the IKU realisasi of the reporting year for the IKM and AKIP
 * indicators against the IKM and AKIP sheets; out-of-range for an IKM realisasi outside the NIK
 * scale 25–100 (PermenPAN-RB 14/2017).
 */
export function checkLinkedIndicators(sheet: string, wb: Workbook, tahun: number): Finding[] {
  const out: Finding[] = [];
  const iku = wb.iku;
  if (!iku) return out;
  const nik = nikFromSheet(wb);
  const akip = akipTotal(wb, tahun);
  for (const ind of iku.indikator) {
    if (isIkmIndicator(ind.indikator)) {
      for (const [y, re] of Object.entries(ind.realisasi)) {
        if (re.value !== null && (re.value.lt(25) || re.value.gt(100))) {
          out.push(
            finding(
              'out-of-range',
              sheet,
              re.cell,
              `Realisasi ${y} "${ind.indikator}" bernilai ${n(re.value)}, di luar rentang NIK 25–100 (PermenPAN-RB 14/2017). Isi NIK (IKM × 25), bukan nilai IKM 1–4.`,
            ),
          );
        }
      }
      const re = ind.realisasi[tahun];
      if (nik && re?.value != null && re.value.gte(25) && re.value.lte(100) && !agrees(re.value, nik.nik)) {
        out.push(
          finding(
            'ikm-mismatch',
            sheet,
            re.cell,
            `Realisasi ${tahun} "${ind.indikator}" tertulis ${n(re.value)}, sedangkan NIK dari sheet IKM (${nik.responden} responden) adalah ${formatId(nik.nik)}. Samakan realisasinya dengan hasil survei, atau periksa jawaban di sheet IKM.`,
          ),
        );
      }
    } else if (isAkipIndicator(ind.indikator)) {
      const re = ind.realisasi[tahun];
      if (akip && re?.value != null && !agrees(re.value, akip)) {
        out.push(
          finding(
            'akip-mismatch',
            sheet,
            re.cell,
            `Realisasi ${tahun} "${ind.indikator}" tertulis ${n(re.value)}, sedangkan jumlah komponen ${tahun} di sheet AKIP adalah ${formatId(round(akip))}. Samakan keduanya sesuai hasil evaluasi.`,
          ),
        );
      }
    }
  }
  return out;
}
