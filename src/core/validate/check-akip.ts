import { round, ZERO } from '../decimal';
import { formatId, formatNumberLoose } from '../numbers';
import { predikatAkip, SKALA_AKIP } from '../predikat-akip';
import { finding } from '../layout/findings';
import type { Finding, NumberCell, Workbook } from '../layout/model';
import { AKIP_MAX, akipBobotTahun, akipNilaiAkhir, akipTotal } from '../rules/akip';
import { akipIndikator } from '../rules/linked-indicators';

const inRange = (c: NumberCell) => c.value === null || (c.value.gte(0) && c.value.lte(100));

/** The scale band as a phrase: `di atas 70 sampai 80 = BB`. */
function band(predikat: string): string {
  const i = SKALA_AKIP.findIndex((b) => b.predikat === predikat);
  const b = SKALA_AKIP[i];
  const upper = i === 0 ? 100 : SKALA_AKIP[i - 1].above;
  return b.above < 0 ? `0 sampai ${upper} = ${predikat}` : `di atas ${b.above} sampai ${upper} = ${predikat}`;
}

/** `BB (Sangat Baik)`, ` bb ` → `BB`. */
function typedPredikat(s: string): string {
  return s.trim().split(/[\s(]/)[0].toUpperCase();
}

/**
 * AKIP (PermenPAN-RB 88/2021): every score within 0–100 and not above its component's weight that
 * year (its `Bobot YYYY`, else `Bobot`); components that do not add up to the official Nilai Akhir
 * (rules/akip.ts) are a warning at that value's cell, which never calls the official value wrong;
 * the typed predicate equal to the scale's predicate for the official value.
 */
export function checkAkip(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const akip = wb.akip;
  if (!akip) return out;
  for (const k of akip.komponen) {
    for (const [label, b] of [
      ['Bobot', k.bobot],
      ...Object.entries(k.bobotTahun ?? {}).map(([y, c]) => [`Bobot ${y}`, c] as const),
    ] as const) {
      if (inRange(b)) continue;
      out.push(
        finding(
          'out-of-range',
          sheet,
          b.cell,
          `${label} "${k.nama}" bernilai ${formatNumberLoose(b.value!)}, di luar 0–100. Isi bobot sesuai pedoman evaluasi tahun itu (PermenPAN-RB 88/2021; sebelumnya 12/2015).`,
        ),
      );
    }
    const i = akip.komponen.indexOf(k);
    for (const [y, c] of Object.entries(k.nilai)) {
      if (c.value === null) continue;
      const bobot = akipBobotTahun(akip, Number(y))?.[i] ?? null;
      if (!inRange(c)) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            c.cell,
            `Nilai ${y} "${k.nama}" adalah ${formatNumberLoose(c.value)}, di luar 0–100. Periksa nilai hasil evaluasi.`,
          ),
        );
      } else if (bobot !== null && c.value.gt(bobot)) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            c.cell,
            `Nilai ${y} "${k.nama}" adalah ${formatNumberLoose(c.value)}, melebihi bobotnya ${formatNumberLoose(bobot)}. Nilai komponen tidak boleh melebihi bobot; periksa nilai hasil evaluasi.`,
          ),
        );
      }
    }
  }
  // The component sum itself may not exceed 100 (the weights add up to 100).
  for (const y of akip.years) {
    const t = akipTotal(akip, y);
    if (t.sum === null || t.sum.lte(AKIP_MAX)) continue;
    // A component already reported out of range explains the sum: one finding, not two.
    if (out.some((f) => akip.komponen.some((k) => k.nilai[y]?.cell === f.cell))) continue;
    const cells = akip.komponen.map((k) => k.nilai[y]).filter((c) => c?.value != null);
    out.push(
      finding(
        'out-of-range',
        sheet,
        cells[cells.length - 1]?.cell ?? '',
        `Jumlah nilai komponen ${y} adalah ${formatNumberLoose(t.sum)}, di atas 100. Periksa nilai komponen tahun ${y}; baris total (Nilai Akhir/Jumlah/Total) tidak ikut dijumlahkan, jadi pastikan tidak ada baris total dengan nama lain.`,
      ),
    );
  }
  // Weights past 100 with no sum above 100 to show it: rows that are no component (LKE sub-components
  // read-akip could not place, a total under another label) would still be counted.
  const bobot = akip.komponen.reduce((sum, k) => sum.plus(k.bobot.value ?? 0), ZERO);
  if (bobot.gt(AKIP_MAX) && !out.some((f) => f.code === 'out-of-range')) {
    const last = [...akip.komponen].reverse().find((k) => k.bobot.value !== null);
    out.push(
      finding(
        'out-of-range',
        sheet,
        last?.bobot.cell ?? '',
        `Jumlah bobot komponen ${formatNumberLoose(bobot)}, di atas 100 (baris ${akip.komponen.map((k) => k.row).join(', ')}): ada baris yang bukan komponen ikut dihitung, mis. rincian (sub komponen) dari LKE atau baris total dengan nama lain. Tulis rincian dengan huruf di depan namanya (a., b., c.) tepat di bawah komponennya, beri baris total nama "Nilai Akhir", atau hapus baris itu.`,
      ),
    );
  }
  const ikuAkip = akipIndikator(wb);
  for (const [yKey, typed] of Object.entries(akip.nilaiAkhir)) {
    if (typed.value === null || inRange(typed)) continue;
    out.push(
      finding(
        'out-of-range',
        sheet,
        typed.cell,
        `Nilai Akhir ${yKey} adalah ${formatNumberLoose(typed.value)}, di luar 0–100. Periksa nilai hasil evaluasi.`,
      ),
    );
  }
  for (const y of akip.years) {
    const n = akipNilaiAkhir(akip, y, ikuAkip?.realisasi[y]);
    // An unreadable component is already one not-a-number finding: nothing is compared that year.
    if (n.unreadable || n.nilai === null || n.sumber === 'komponen' || n.nilai.lt(0) || n.nilai.gt(AKIP_MAX)) continue;
    const sum = akipTotal(akip, y).sum;
    if (sum === null || sum.gt(AKIP_MAX) || round(sum).eq(n.nilai)) continue;
    const parts = akip.komponen
      .map((k) => k.nilai[y]?.value)
      .filter((v) => v != null)
      .map((v) => formatNumberLoose(v!));
    const where = n.sumber === 'lhe' ? 'Nilai Akhir' : `realisasi ${y} "${ikuAkip?.indikator ?? ''}" di sheet IKU`;
    out.push(
      finding(
        'akip-total-mismatch',
        n.sumber === 'lhe' ? sheet : (wb.sheetNames.IKU ?? 'IKU'),
        n.cell,
        `Jumlah nilai komponen ${y} adalah ${formatId(round(sum))} (${parts.join(' + ')}), berbeda ${formatId(round(sum).minus(n.nilai).abs())} dari ${where} ${formatId(n.nilai)}. Laporan memakai ${formatId(n.nilai)} sebagai nilai resmi hasil evaluasi (LHE) dan mencetak nilai komponen apa adanya dengan catatan selisihnya; bila LHE memang membulatkan nilainya, peringatan ini dapat diabaikan. Periksa nilai komponen terhadap LHE.`,
      ),
    );
  }
  for (const [yKey, typed] of Object.entries(akip.predikat)) {
    const y = Number(yKey);
    const n = akipNilaiAkhir(akip, y, ikuAkip?.realisasi[y]);
    if (n.nilai === null || (n.sumber === 'komponen' && n.unreadable)) continue;
    const printed = n.nilai;
    if (printed.lt(0) || printed.gt(100)) continue;
    const expected = predikatAkip(printed).predikat;
    if (typedPredikat(typed.value) === expected) continue;
    out.push(
      finding(
        'predikat-mismatch',
        sheet,
        typed.cell,
        `Predikat ${y} tertulis "${typed.value}", seharusnya "${expected}" untuk nilai ${formatId(printed)} (PermenPAN-RB 88/2021: ${band(expected)}). Perbaiki predikatnya, atau pakai rumus =PREDIKAT_AKIP(nilai).`,
      ),
    );
  }
  return out;
}
