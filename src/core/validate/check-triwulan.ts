import { decimalOf } from '../amount';
import type { Target } from '../capaian';
import { type Decimal, round, ZERO } from '../decimal';
import { finding } from '../layout/findings';
import type { Dpa, DpaRow, Finding, RenaksiRow, Workbook } from '../layout/model';
import { dpaCell } from '../layout/read-dpa';
import { renaksiHasData } from '../layout/read-renaksi';
import { formatNumberLoose, formatRupiah, isBlank } from '../numbers';
import { realisasiDipakai } from '../rules/linked-indicators';
import { CARA_HITUNG_LABEL, labelTriwulan, realisasiSampai, romawi, TRIWULAN, type Triwulan } from '../rules/triwulan';
import { shorten } from '../shorten';
import { agrees } from './compare';

/**
 * The quarters' checks (docs/rules.md#rencana-aksi-per-triwulan): each Renaksi row against itself
 * and its IKU indicator, and the DPA's quarterly realisasi against the year's.
 */

const n = (d: Decimal) => formatNumberLoose(d);
const describeTarget = (t: Target) => (t.kind === 'single' ? n(t.value) : `${n(t.lower)} – ${n(t.upper)}`);
const bounds = (t: Target): [Decimal, Decimal] => (t.kind === 'single' ? [t.value, t.value] : [t.lower, t.upper]);
const sameTarget = (a: Target, b: Target) => {
  const [al, au] = bounds(a);
  const [bl, bu] = bounds(b);
  return al.eq(bl) && au.eq(bu);
};

/** The checks of one Renaksi row with data; rows as Buat Template leaves them (No and name) say nothing. */
function checkRow(sheet: string, wb: Workbook, row: RenaksiRow, tahun: number): Finding[] {
  const out: Finding[] = [];
  const nama = `"${shorten(row.iku?.indikator || row.indikator, 70)}"`;
  const targets = row.target.map((t) => t.target);
  const values = row.realisasi.map((x) => x.value);
  const label = (i: number) => labelTriwulan((i + 1) as Triwulan);

  row.target.forEach((t, i) => {
    if (t.target && bounds(t.target)[0].isNegative()) {
      out.push(
        finding(
          'negative-value',
          sheet,
          t.cell,
          `Target ${label(i)} ${nama} bernilai negatif (${describeTarget(t.target)}); target tidak boleh negatif. Periksa tanda minus, atau tulis sasaran penurunan sebagai target positif dengan polaritas Negatif di sheet IKU.`,
        ),
      );
    } else if (t.target === null && isBlank(t.raw) && row.realisasi[i].value !== null) {
      out.push(
        finding(
          'missing-value',
          sheet,
          t.cell,
          `Target ${label(i)} ${nama} kosong padahal realisasinya sudah diisi, sehingga capaian s.d. ${label(i)} tidak dapat dihitung. Isi target sampai dengan triwulan ini.`,
        ),
      );
    }
  });

  const ikuTarget = row.iku?.target[tahun];
  const t4 = row.target[3];
  if (ikuTarget?.target && isBlank(t4.raw)) {
    out.push(
      finding(
        'missing-value',
        sheet,
        t4.cell,
        `Target TW IV ${nama} kosong. Target TW IV adalah target tahun ${tahun}: isi ${describeTarget(ikuTarget.target)} seperti di sheet IKU (${ikuTarget.cell}).`,
      ),
    );
  } else if (ikuTarget?.target && t4.target && !sameTarget(t4.target, ikuTarget.target)) {
    const perQuarter =
      row.caraHitung === 'kumulatif' &&
      targets.every((t) => t?.kind === 'single') &&
      targets.reduce((s, t) => s.plus((t as { value: Decimal }).value), ZERO).eq(bounds(ikuTarget.target)[0]);
    out.push(
      finding(
        'renaksi-target-mismatch',
        sheet,
        t4.cell,
        `Target TW IV ${nama} tertulis ${describeTarget(t4.target)}, sedangkan target tahun ${tahun} di sheet IKU (${ikuTarget.cell}) ${describeTarget(ikuTarget.target)}; target TW IV harus sama dengan target tahunan.${perQuarter ? ' Jumlah keempat target sama dengan target tahunan: tampaknya target diisi per triwulan, padahal Target TW diisi sampai dengan triwulan itu (TW II = target TW I + TW II, dan seterusnya).' : ''} Samakan target TW IV dengan target di sheet IKU.`,
      ),
    );
  }

  if (row.caraHitung === 'kumulatif') {
    for (let i = 1; i < 4; i++) {
      const before = targets[i - 1];
      const now = targets[i];
      if (!before || !now) continue;
      const [bl, bu] = bounds(before);
      const [nl, nu] = bounds(now);
      if (nl.gte(bl) && nu.gte(bu)) continue;
      out.push(
        finding(
          'renaksi-target-decreasing',
          sheet,
          row.target[i].cell,
          `Target ${label(i)} ${nama} (${describeTarget(now)}) lebih kecil daripada target ${label(i - 1)} (${describeTarget(before)}). Dengan cara hitung Kumulatif, target diisi sampai dengan triwulan itu sehingga tidak pernah turun; perbaiki targetnya (mis. TW II = target TW I + tambahan TW II).`,
        ),
      );
    }
  }

  if (row.caraHitung === 'kumulatif' || row.caraHitung === 'rata-rata') {
    const lastFilled = values.reduce<number>((last, v, i) => (v !== null ? i : last), -1);
    row.realisasi.forEach((x, i) => {
      if (i >= lastFilled || !isBlank(x.raw)) return;
      const effect =
        row.caraHitung === 'kumulatif' ? 'tidak ikut dijumlahkan' : 'tidak ikut dirata-ratakan (bukan dihitung 0)';
      out.push(
        finding(
          'renaksi-gap',
          sheet,
          x.cell,
          `Realisasi ${label(i)} ${nama} kosong padahal ${label(lastFilled)} sudah diisi; triwulan ini ${effect}. Isi realisasinya, atau 0 bila memang tidak ada capaian pada triwulan ini.`,
        ),
      );
    });
  }

  const unreadable = row.realisasi.some((x) => x.value === null && !isBlank(x.raw));
  const ind = row.iku;
  if (ind && row.caraHitung && values[3] !== null && !unreadable) {
    const tahunan = realisasiSampai(values, 4, row.caraHitung) as Decimal;
    const dipakai = realisasiDipakai(wb, ind, tahun, tahun);
    if (dipakai !== null && !agrees(dipakai, tahunan)) {
      const ikuCell = ind.realisasi[tahun]?.cell;
      const typedUpTo = row.caraHitung === 'kumulatif' && agrees(dipakai, values[3]);
      out.push(
        finding(
          'renaksi-realisasi-mismatch',
          sheet,
          row.realisasi[3].cell,
          `Realisasi tahun ${tahun} ${nama} dari keempat triwulan (${CARA_HITUNG_LABEL[row.caraHitung]}) adalah ${n(round(tahunan))}, sedangkan laporan memakai ${n(dipakai)}${ikuCell ? ` (sheet IKU ${ikuCell})` : ''}.${typedUpTo ? ' Realisasi TW IV sama dengan realisasi tahunan: tampaknya realisasi diisi sampai dengan triwulan, padahal untuk Kumulatif setiap triwulan diisi capaian triwulan itu saja.' : ''} Samakan realisasi triwulan dengan realisasi tahunan, atau periksa Cara Hitung.`,
        ),
      );
    }
  }
  return out;
}

export function checkRenaksi(sheet: string, wb: Workbook, tahun: number): Finding[] {
  return (wb.renaksi?.rows ?? []).filter(renaksiHasData).flatMap((row) => checkRow(sheet, wb, row, tahun));
}

/**
 * What a Laporan Triwulan of quarter n needs beyond a sound workbook (docs/rules.md#laporan-triwulan):
 * a Renaksi sheet (missing-sheet) with a realisasi of quarter n for some indicator (no-data), both
 * errors; and a warning at each indicator whose target up to quarter n is set but whose realisasi
 * of it is blank (quarter-not-reported: the report says it is not reported yet).
 */
export function checkLaporanTriwulan(wb: Workbook, n: Triwulan): Finding[] {
  const tw = labelTriwulan(n);
  const sheet = wb.sheetNames.Renaksi ?? 'Renaksi';
  if (!wb.renaksi)
    return [
      finding(
        'missing-sheet',
        sheet,
        '',
        `Sheet "Renaksi" belum ada, sehingga Laporan Triwulan belum dapat disusun: laporan itu memuat target dan realisasi setiap indikator per triwulan dari sheet ini. Buat dengan tombol Buat Template di panel, lalu isi target dan realisasi ${tw}.`,
      ),
    ];
  const rows = wb.renaksi.rows.filter((r) => r.iku !== null);
  if (!rows.some((r) => r.realisasi[n - 1].value !== null)) {
    return [
      finding(
        'no-data',
        sheet,
        rows[0]?.realisasi[n - 1].cell ?? '',
        `Belum ada indikator dengan Realisasi ${tw}, sehingga Laporan Triwulan ${romawi(n)} belum dapat disusun. Isi Realisasi ${tw} setiap indikator, atau pilih triwulan yang sudah dilaporkan.`,
      ),
    ];
  }
  return rows
    .filter((r) => r.target[n - 1].target !== null && isBlank(r.realisasi[n - 1].raw))
    .map((r) =>
      finding(
        'quarter-not-reported',
        sheet,
        r.realisasi[n - 1].cell,
        `Realisasi ${tw} "${shorten(r.iku?.indikator ?? r.indikator, 70)}" kosong padahal targetnya ada; Laporan Triwulan ${romawi(n)} menyebutnya belum dilaporkan. Isi realisasinya, atau 0 bila memang tidak ada capaian pada triwulan ini.`,
      ),
    );
}

const what = (r: DpaRow) => `"${shorten(r.uraian, 60)}"`;

/**
 * DPA `Realisasi TW I`…`IV`: a row's quarters add up to its Realisasi (sum-mismatch at its last
 * filled quarter), a parent's quarter to its rows' (at the parent's quarter), none is negative.
 * A row whose quarters are all blank is not reported yet, and not checked.
 */
export function checkDpaTriwulan(sheet: string, dpa: Dpa, unreadable: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const r of dpa.rows) {
    const q = r.realisasiTw;
    if (!q || q.every((x) => x.value === null) || q.some((x) => unreadable.has(x.cell))) continue;
    for (const [i, x] of q.entries()) {
      if (x.value?.isNegative() && !x.value.isZero()) {
        out.push(
          finding(
            'negative-value',
            sheet,
            x.cell,
            `Realisasi ${labelTriwulan(TRIWULAN[i])} ${what(r)} bernilai negatif (${formatRupiah(x.value)}); realisasi tidak boleh negatif. Periksa tanda minus atau rumusnya.`,
          ),
        );
      }
    }
    const sum = q.reduce((s, x) => s.plus(x.value ?? ZERO), ZERO);
    const last = q.reduce((l, x) => (x.value !== null ? x : l));
    const realisasi = decimalOf(r.realisasi);
    const realisasiCell = dpaCell(dpa, r, 'Realisasi');
    if (!unreadable.has(realisasiCell) && !sum.eq(realisasi)) {
      out.push(
        finding(
          'sum-mismatch',
          sheet,
          last.cell,
          `Realisasi TW I–IV ${what(r)} berjumlah ${formatRupiah(sum)}, sedangkan Realisasi (${realisasiCell}) ${formatRupiah(realisasi)} (selisih ${formatRupiah(sum.minus(realisasi).abs())}). Realisasi tiap triwulan adalah belanja pada triwulan itu saja dan jumlahnya sama dengan Realisasi; perbaiki angka triwulannya atau Realisasinya.`,
        ),
      );
    }
    const kids = r.children.map((c) => dpa.rows[c]);
    for (const tw of TRIWULAN) {
      const own = q[tw - 1].value;
      const kidCell = (k: DpaRow) => k.realisasiTw?.[tw - 1];
      if (
        own === null ||
        !kids.some((k) => kidCell(k)?.value != null) ||
        kids.some((k) => unreadable.has(kidCell(k)?.cell ?? ''))
      )
        continue;
      const kidsSum = kids.reduce((s, k) => s.plus(kidCell(k)?.value ?? ZERO), ZERO);
      if (kidsSum.eq(own)) continue;
      out.push(
        finding(
          'sum-mismatch',
          sheet,
          q[tw - 1].cell,
          `Realisasi ${labelTriwulan(tw)} ${what(r)} ${formatRupiah(own)}, tetapi jumlah realisasi ${labelTriwulan(tw)} ${kids.length} baris di bawahnya ${formatRupiah(kidsSum)} (selisih ${formatRupiah(own.minus(kidsSum).abs())}). Samakan dengan jumlah rinciannya.`,
        ),
      );
    }
  }
  return out;
}
