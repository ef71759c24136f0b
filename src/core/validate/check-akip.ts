import { round, ZERO } from '../decimal';
import { formatId, formatNumberLoose } from '../numbers';
import { predikatAkip, SKALA_AKIP } from '../predikat-akip';
import { finding } from '../layout/findings';
import type { Finding, NumberCell, Workbook } from '../layout/model';
import { agrees } from './compare';
import { AKIP_MAX, akipTotal } from '../rules/akip';

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
 * AKIP (PermenPAN-RB 88/2021): every score within 0–100 and not above its component's weight;
 * the typed Nilai Akhir equal to the sum of the components; the typed predicate equal to the
 * scale's predicate for that total (decided on the printed total).
 */
export function checkAkip(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const akip = wb.akip;
  if (!akip) return out;
  for (const k of akip.komponen) {
    if (!inRange(k.bobot)) {
      out.push(
        finding(
          'out-of-range',
          sheet,
          k.bobot.cell,
          `Bobot "${k.nama}" bernilai ${formatNumberLoose(k.bobot.value!)}, di luar 0–100. Isi bobot sesuai PermenPAN-RB 88/2021.`,
        ),
      );
    }
    for (const [y, c] of Object.entries(k.nilai)) {
      if (c.value === null) continue;
      if (!inRange(c)) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            c.cell,
            `Nilai ${y} "${k.nama}" adalah ${formatNumberLoose(c.value)}, di luar 0–100. Periksa nilai hasil evaluasi.`,
          ),
        );
      } else if (k.bobot.value !== null && c.value.gt(k.bobot.value)) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            c.cell,
            `Nilai ${y} "${k.nama}" adalah ${formatNumberLoose(c.value)}, melebihi bobotnya ${formatNumberLoose(k.bobot.value)}. Nilai komponen tidak boleh melebihi bobot; periksa nilai hasil evaluasi.`,
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
  for (const [yKey, typed] of Object.entries(akip.nilaiAkhir)) {
    const y = Number(yKey);
    if (typed.value === null) continue;
    if (!inRange(typed)) {
      out.push(
        finding(
          'out-of-range',
          sheet,
          typed.cell,
          `Nilai Akhir ${y} adalah ${formatNumberLoose(typed.value)}, di luar 0–100. Periksa nilai hasil evaluasi.`,
        ),
      );
      continue;
    }
    // An unreadable component is already one not-a-number finding: nothing is compared that year.
    const total = akipTotal(akip, y).sum;
    if (total === null || total.gt(AKIP_MAX) || agrees(typed.value, total)) continue;
    const parts = akip.komponen
      .map((k) => k.nilai[y]?.value)
      .filter((v) => v != null)
      .map((v) => formatNumberLoose(v!));
    out.push(
      finding(
        'akip-total-mismatch',
        sheet,
        typed.cell,
        `Nilai Akhir ${y} tertulis ${formatNumberLoose(typed.value)}, seharusnya ${formatId(total)} (jumlah komponen: ${parts.join(' + ')}). Perbaiki Nilai Akhir atau nilai komponennya.`,
      ),
    );
  }
  for (const [yKey, typed] of Object.entries(akip.predikat)) {
    const y = Number(yKey);
    const t = akipTotal(akip, y);
    if (t.unreadable) continue;
    const nilai = t.sum ?? akip.nilaiAkhir[y]?.value ?? null;
    if (nilai === null) continue;
    const printed = round(nilai);
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
