import { capaianRounded, type Polaritas, type Target } from '../capaian';
import { type Decimal, round, ZERO } from '../decimal';
import { isInputError } from '../input-error';
import { formatCount, formatId, formatNumberLoose, isBlank } from '../numbers';
import { finding } from '../layout/findings';
import type { Finding, Indikator, Workbook } from '../layout/model';
import {
  akipIndikator,
  ikmIndikator,
  isAkipIndikator,
  isIkmIndikator,
  nikFromSheet,
  realisasiDipakai,
} from '../rules/linked-indicators';
import { agrees, agreesAsPercent } from './compare';

const n = (d: Decimal) => formatNumberLoose(d);

/** How the capaian was computed, for the message: `82,48 ÷ 85 × 100`. */
function explain(realisasi: Decimal, target: Target, polaritas: Polaritas): string {
  if (target.kind === 'range' && realisasi.gte(target.lower) && realisasi.lte(target.upper)) {
    return `realisasi ${n(realisasi)} di dalam rentang target ${n(target.lower)}–${n(target.upper)} = 100`;
  }
  const t = target.kind === 'single' ? target.value : realisasi.gt(target.upper) ? target.upper : target.lower;
  if (polaritas === 'negatif' && t.isZero()) {
    return `target Negatif 0 ${realisasi.gt(0) ? `tidak tercapai karena realisasi ${n(realisasi)} di atas 0 = 0` : 'tercapai = 100'}`;
  }
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
    // A Negatif target of 0 is a real target ("nol kejadian"): capaian.ts decides it without dividing.
    if (
      isZeroTarget(tc.target) &&
      ind.polaritas !== 'negatif' &&
      (y === tahun || re?.value != null || ca?.value != null || showsError)
    ) {
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
    if (ind.polaritas === 'terbalik' && tc.target && re?.value?.isZero()) {
      out.push(realisasiZeroTr(sheet, ind, y, re.cell, tc.target, y === tahun));
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
 * realisasi-zero: under T/R (target ÷ realisasi) a realisasi of 0 — the best result of an indicator
 * where lower is better — divides by zero. Never a silent "-": the finding suggests Negatif, whose
 * formula gives it its capaian (docs/rules.md#capaian).
 */
function realisasiZeroTr(
  sheet: string,
  ind: Indikator,
  y: number,
  cell: string,
  target: Target,
  tahunLaporan: boolean,
): Finding {
  const t = target.kind === 'single' ? target.value : target.lower;
  let negatif = '';
  try {
    negatif = ` Dengan polaritas Negatif capaiannya ${formatId(capaianRounded(ZERO, target, 'negatif'))}% ((2 × ${n(t)} − 0) ÷ ${n(t)} × 100).`;
  } catch (e) {
    if (!isInputError(e)) throw e;
  }
  return finding(
    'realisasi-zero',
    sheet,
    cell,
    `Realisasi ${y} "${ind.indikator}" bernilai 0 dengan polaritas T/R (target ÷ realisasi), sehingga capaiannya tidak dapat dihitung (pembagian dengan nol), padahal 0 adalah hasil terbaik untuk indikator yang makin kecil makin baik. Ganti Polaritas menjadi Negatif.${negatif}`,
    tahunLaporan ? 'error' : 'warning',
  );
}

/**
 * missing-value for a blank realisasi of the reporting year, except where the report takes it from
 * the IKM or AKIP sheet (the IKM indicator from the survey NIK, the AKIP indicator from the AKIP
 * total): those are accepted blank (docs/layout.md#iku).
 */
export function checkRealisasiTahun(sheet: string, wb: Workbook, tahun: number): Finding[] {
  const out: Finding[] = [];
  if (!wb.iku || tahun <= 0) return out;
  for (const ind of wb.iku.indikator) {
    const re = ind.realisasi[tahun];
    if (!re || re.value !== null || !isBlank(re.raw)) continue;
    if (realisasiDipakai(wb, ind, tahun, tahun) !== null) continue;
    const linked = isIkmIndikator(ind.indikator)
      ? ' (atau isi sheet IKM)'
      : isAkipIndikator(ind.indikator)
        ? ' (atau isi nilai tahun ini di sheet AKIP)'
        : '';
    out.push(
      finding(
        'missing-value',
        sheet,
        re.cell,
        `Realisasi ${tahun} untuk "${ind.indikator}" kosong; realisasi tahun laporan wajib diisi${linked}.`,
      ),
    );
  }
  return out;
}

/**
 * duplicate-no: `No` restarting in each sasaran (1, 2 under sasaran 1, then 1, 2 again) makes the
 * links by No ambiguous — DPA `Sasaran`, Narasi `Analisis`/`Faktor …`/`Upaya` Kunci. One finding
 * where a sasaran reuses a No; an error when a DPA or Narasi row refers to that No, else a warning.
 */
export function checkDuplicateNo(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  if (!wb.iku) return out;
  const firstOf = new Map<string, Indikator>();
  const referred = new Set<string>();
  for (const r of wb.dpa?.rows ?? []) if (r.sasaran.trim()) referred.add(r.sasaran.trim());
  for (const key of Object.keys(wb.narasi)) {
    const m = /^(?:Analisis|Faktor Pendukung|Faktor Penghambat|Upaya) (.+)$/.exec(key);
    if (m) referred.add(m[1].trim());
  }
  for (const s of wb.iku.sasaran) {
    const reused = s.indikator.filter(
      (i) => i.no !== '' && firstOf.has(i.no) && firstOf.get(i.no)!.sasaranKey !== s.key,
    );
    for (const i of s.indikator) if (i.no !== '' && !firstOf.has(i.no)) firstOf.set(i.no, i);
    if (reused.length === 0) continue;
    const at = reused[0];
    const first = firstOf.get(at.no)!;
    const ambiguous = reused.filter((i) => referred.has(i.no)).map((i) => i.no);
    out.push(
      finding(
        'duplicate-no',
        sheet,
        at.noCell ?? '',
        `No ${at.no} sudah dipakai indikator "${first.indikator}" (baris ${first.row}, sasaran "${first.sasaran}"); nomor yang diulang di setiap sasaran membuat kolom Sasaran di DPA dan Kunci di Narasi tidak jelas merujuk sasaran mana.${ambiguous.length > 0 ? ` No ${[...new Set(ambiguous)].join(', ')} dipakai sebagai rujukan di DPA/Narasi.` : ''} Beri nomor yang berlanjut (1, 2, 3, … di seluruh sheet IKU), lalu sesuaikan rujukannya.`,
        ambiguous.length > 0 ? 'error' : 'warning',
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
          `Realisasi ${tahun} "${ikmInd.indikator}" tertulis ${n(re.value)}, sedangkan NIK dari sheet IKM (${formatCount(nik.responden)} responden) adalah ${formatId(nik.nik)}; laporan memakai ${formatId(nik.nik)}. Samakan realisasinya dengan hasil survei, atau periksa jawaban di sheet IKM.`,
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
