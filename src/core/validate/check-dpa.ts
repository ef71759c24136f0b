import { formatNumberLoose, formatRupiah, formatRupiahSen } from '../numbers';
import { finding } from '../layout/findings';
import type { Dpa, DpaLevel, DpaRow, Finding } from '../layout/model';
import { decimalOf, decimalOrNull } from '../amount';
import { ZERO } from '../decimal';
import { dpaCell } from '../layout/read-dpa';
import { shorten } from '../shorten';
import { sasaranKeys } from '../rules/sasaran-link';

const LEVEL_NAME: Record<DpaLevel, string> = { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan' };
const CHILD_NAME: Record<DpaLevel, string> = { program: 'kegiatan', kegiatan: 'sub kegiatan', subkegiatan: '' };

/**
 * Nomenclature code shapes (Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021):
 * urusan `7`, bidang `01`, program `01`, then kegiatan `2.01`, then sub kegiatan `0001`.
 * Decided: `X` placeholders are accepted for urusan and bidang (`X.XX.01`, the shared
 * "penunjang" programs are published that way), and a sub kegiatan number of 2–4 digits
 * (older exports drop the leading zeros); spaces around the dots are tolerated by the reader.
 */
const KODE_SHAPE = /^(?:\d|X)\.(?:\d{2}|XX)\.\d{2}(?:\.\d\.\d{2}(?:\.\d{2,4})?)?$/i;

export function isKodeShape(kode: string): boolean {
  return KODE_SHAPE.test(kode);
}

const shortName = (r: DpaRow) => shorten(r.uraian, 60);

/** DPA: code shape, duplicate and hierarchy; pagu/realisasi sums; realisasi above pagu; target 0 with budget. */
export function checkDpa(
  sheet: string,
  dpa: Dpa,
  kodeCell: (r: DpaRow) => string,
  unreadable: ReadonlySet<string> = new Set(),
  levelCell: (r: DpaRow) => string = () => '',
): Finding[] {
  const out: Finding[] = [];
  const paguCell = (r: DpaRow) => dpaCell(dpa, r, 'Pagu');
  const realisasiCell = (r: DpaRow) => dpaCell(dpa, r, 'Realisasi');
  // A money cell that could not be read (already a not-a-number finding) is not compared again.
  const readable = (...rows: DpaRow[]) =>
    unreadable.size === 0 || rows.every((x) => !unreadable.has(paguCell(x)) && !unreadable.has(realisasiCell(x)));
  const seen = new Map<string, DpaRow>();
  const hasLevel: Record<DpaLevel, boolean> = { program: false, kegiatan: false, subkegiatan: false };
  for (const r of dpa.rows) hasLevel[r.level] = true;
  dpa.rows.forEach((r) => {
    const what = `${LEVEL_NAME[r.level]} "${shortName(r)}"`;
    if (r.kode) {
      const key = r.kode.toUpperCase();
      if (!isKodeShape(r.kode)) {
        out.push(
          finding(
            'bad-code',
            sheet,
            kodeCell(r),
            `Kode "${r.kode}" tidak berbentuk kode nomenklatur: program 7.01.01, kegiatan 7.01.01.2.01, sub kegiatan 7.01.01.2.01.0001. Perbaiki kodenya sesuai DPA.`,
          ),
        );
      } else if (seen.has(key)) {
        out.push(
          finding(
            'duplicate-code',
            sheet,
            kodeCell(r),
            `Kode "${r.kode}" sudah dipakai di baris ${seen.get(key)!.row}. Setiap program/kegiatan/sub kegiatan harus berkode unik; perbaiki salah satunya.`,
          ),
        );
      }
      if (!seen.has(key)) seen.set(key, r);
    }
    if (r.level !== 'program') {
      const parent = r.parent >= 0 ? dpa.rows[r.parent] : null;
      const parentLevel: DpaLevel = r.level === 'kegiatan' ? 'program' : 'kegiatan';
      if (r.kode && parent?.kode && !r.kode.toUpperCase().startsWith(`${parent.kode.toUpperCase()}.`)) {
        // Codes that truly contradict: the row's code is not under the code above it.
        out.push(
          finding(
            'code-hierarchy',
            sheet,
            kodeCell(r),
            `Kode ${LEVEL_NAME[r.level]} "${r.kode}" tidak diawali kode ${LEVEL_NAME[parent.level]} di atasnya "${parent.kode}" (baris ${parent.row}). Pindahkan barisnya ke bawah ${LEVEL_NAME[parent.level]} yang benar atau perbaiki kodenya.`,
          ),
        );
      } else if (parent?.level !== parentLevel && hasLevel[parentLevel]) {
        // A DPA that starts at kegiatan level is valid; a row missing its parent among others that have one is not certain.
        out.push(
          finding(
            'missing-parent',
            sheet,
            kodeCell(r) || levelCell(r),
            `${capital(what)} tidak berada di bawah ${parentLevel} mana pun${parent ? ` (langsung di bawah ${LEVEL_NAME[parent.level]} baris ${parent.row})` : ''}, padahal baris lain memilikinya. Periksa apakah baris ${parentLevel}nya terlewat; anggarannya tetap dihitung sekali.`,
          ),
        );
      }
    }
    const pagu = decimalOf(r.pagu);
    const realisasi = decimalOf(r.realisasi);
    const target = decimalOrNull(r.targetKinerja);
    for (const [value, column, label] of [
      [pagu, 'Pagu', 'Pagu'],
      [realisasi, 'Realisasi', 'Realisasi'],
      [target, 'Target Kinerja', 'Target Kinerja'],
    ] as const) {
      if (value === null || !value.isNegative() || value.isZero()) continue;
      const cell = dpaCell(dpa, r, column);
      if (unreadable.has(cell)) continue;
      out.push(
        finding(
          'negative-value',
          sheet,
          cell,
          `${label} ${what} bernilai negatif (${label === 'Target Kinerja' ? formatNumberLoose(value) : formatRupiah(value)}). ${label} tidak boleh negatif; periksa tanda minus atau rumusnya.`,
        ),
      );
    }
    const kids = r.children.map((i) => dpa.rows[i]);
    if (kids.length > 0 && readable(r, ...kids)) {
      for (const [field, own, cell, label] of [
        ['pagu', pagu, paguCell, 'Pagu'],
        ['realisasi', realisasi, realisasiCell, 'Realisasi'],
      ] as const) {
        const sum = kids.reduce((s, k) => s.plus(k[field]), ZERO);
        if (sum.eq(own)) continue;
        out.push(
          finding(
            'sum-mismatch',
            sheet,
            cell(r),
            `${label} ${what} ${formatRupiahSen(own)}, tetapi jumlah ${label.toLowerCase()} ${kids.length} ${CHILD_NAME[r.level]} di bawahnya ${formatRupiahSen(sum)} (selisih ${formatRupiahSen(own.minus(sum).abs())}). Samakan dengan jumlah rinciannya.`,
          ),
        );
      }
    }
    if (readable(r) && realisasi.gt(pagu) && !pagu.isNegative()) {
      out.push(
        finding(
          'realisasi-exceeds-pagu',
          sheet,
          realisasiCell(r),
          `Realisasi ${what} ${formatRupiahSen(realisasi)} melebihi pagunya ${formatRupiahSen(pagu)} (selisih ${formatRupiahSen(realisasi.minus(pagu))}). Periksa realisasi atau pagu (setelah perubahan anggaran).`,
        ),
      );
    }
    if (pagu.gt(0) && target?.isZero()) {
      out.push(
        finding(
          'target-zero',
          sheet,
          dpaCell(dpa, r, 'Target Kinerja'),
          `Target Kinerja ${what} bernilai 0, padahal pagunya ${formatRupiah(pagu)}. Isi target kinerjanya, atau pastikan anggarannya memang tidak dipakai.`,
        ),
      );
    }
  });
  out.push(...checkTotalRows(sheet, dpa, unreadable));
  return out;
}

/**
 * A printed total row (`JUMLAH`, `TOTAL`) is left out of the budget. It is compared with the sum
 * of the top-level rows — all of them, those since the previous total row, or the one right
 * above it (a program's subtotal) — at the cent; where none agrees, one total-row warning says
 * the report uses the programs' sum and to delete or correct the row.
 */
function checkTotalRows(sheet: string, dpa: Dpa, unreadable: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const top = dpa.rows.filter((r) => r.parent === -1);
  const sum = (rows: DpaRow[]) => ({
    pagu: rows.reduce((s, r) => s.plus(r.pagu), ZERO),
    realisasi: rows.reduce((s, r) => s.plus(r.realisasi), ZERO),
  });
  let since = 0;
  for (const t of dpa.totals ?? []) {
    if (unreadable.has(t.paguCell) || unreadable.has(t.realisasiCell)) continue;
    const candidates = [
      top,
      top.slice(since, t.programsAbove),
      top.slice(Math.max(t.programsAbove - 1, 0), t.programsAbove),
    ];
    since = t.programsAbove;
    if (candidates.some((rows) => rows.length > 0 && sum(rows).pagu.eq(t.pagu) && sum(rows).realisasi.eq(t.realisasi)))
      continue;
    const all = sum(top);
    const unit = top[0] ? LEVEL_NAME[top[0].level] : 'program';
    out.push(
      finding(
        'total-row',
        sheet,
        t.paguCell || t.realisasiCell,
        `Baris "${t.label}" (baris ${t.row}) berisi pagu ${formatRupiahSen(t.pagu)} dan realisasi ${formatRupiahSen(t.realisasi)}, sedangkan jumlah ${top.length} ${unit} adalah ${formatRupiahSen(all.pagu)} dan ${formatRupiahSen(all.realisasi)}. Baris jumlah tidak ikut dihitung; laporan memakai jumlah ${unit}. Periksa angka ${unit}nya, lalu hapus baris jumlah ini atau samakan angkanya.`,
      ),
    );
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * sasaran-unmatched: a DPA `Sasaran` (on a top-level row) that names no IKU sasaran. The report
 * maps programs to a sasaran by the IKU `No` of its first indicator (Sasaran.key).
 */
export function checkDpaSasaran(
  sheet: string,
  dpa: Dpa,
  keys: readonly string[],
  sasaranCell: (r: DpaRow) => string,
): Finding[] {
  const known = new Set(keys.map((k) => k.trim()));
  // A sasaran whose No repeats an earlier one's has an internal key (`1@3`): duplicate-no names it.
  const typedKeys = [...known].filter((k) => !k.includes('@'));
  const out: Finding[] = [];
  for (const r of dpa.rows) {
    const typed = r.sasaran.trim();
    if (typed === '' || sasaranKeys(typed).every((k) => known.has(k))) continue;
    out.push(
      finding(
        'sasaran-unmatched',
        sheet,
        sasaranCell(r),
        `Sasaran "${typed}" pada ${LEVEL_NAME[r.level]} "${shortName(r)}" tidak cocok dengan sasaran mana pun di sheet IKU (${typedKeys.map((k) => `"${k}"`).join(', ') || 'belum ada'}). Isi nomor (No) indikator pertama sasarannya di sheet IKU (beberapa sasaran dipisah koma, mis. 1, 2); sampai diperbaiki, anggarannya tidak dihitung untuk sasaran mana pun.`,
      ),
    );
  }
  return out;
}
