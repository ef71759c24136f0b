import { formatRupiah } from '../numbers';
import { finding } from '../layout/findings';
import type { Dpa, DpaLevel, DpaRow, Finding } from '../layout/model';
import { ZERO } from '../decimal';

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

const shortName = (r: DpaRow) => (r.uraian.length > 60 ? `${r.uraian.slice(0, 57)}...` : r.uraian);

/** DPA: code shape, duplicate and hierarchy; pagu/realisasi sums; realisasi above pagu; target 0 with budget. */
export function checkDpa(
  sheet: string,
  dpa: Dpa,
  kodeCell: (r: DpaRow) => string,
  unreadable: ReadonlySet<string> = new Set(),
): Finding[] {
  const out: Finding[] = [];
  // A money cell that could not be read (already a not-a-number finding) is not compared again.
  const readable = (...rows: DpaRow[]) =>
    rows.every((x) => !unreadable.has(x.paguCell) && !unreadable.has(x.realisasiCell));
  const seen = new Map<string, DpaRow>();
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
      const parentLevel = r.level === 'kegiatan' ? 'program' : 'kegiatan';
      if (!parent) {
        out.push(
          finding(
            'code-hierarchy',
            sheet,
            kodeCell(r) || r.paguCell,
            `${capital(what)} tidak berada di bawah ${parentLevel} mana pun. Sisipkan baris ${parentLevel}nya di atas, atau perbaiki kode/levelnya.`,
          ),
        );
      } else if (r.kode && parent.kode && !r.kode.toUpperCase().startsWith(`${parent.kode.toUpperCase()}.`)) {
        out.push(
          finding(
            'code-hierarchy',
            sheet,
            kodeCell(r),
            `Kode ${LEVEL_NAME[r.level]} "${r.kode}" tidak diawali kode ${parentLevel} di atasnya "${parent.kode}" (baris ${parent.row}). Pindahkan barisnya ke bawah ${parentLevel} yang benar atau perbaiki kodenya.`,
          ),
        );
      }
    }
    const kids = r.children.map((i) => dpa.rows[i]);
    if (kids.length > 0 && readable(r, ...kids)) {
      for (const [field, cell, label] of [
        ['pagu', r.paguCell, 'Pagu'],
        ['realisasi', r.realisasiCell, 'Realisasi'],
      ] as const) {
        const sum = kids.reduce((s, k) => s.plus(k[field]), ZERO);
        if (sum.eq(r[field])) continue;
        out.push(
          finding(
            'sum-mismatch',
            sheet,
            cell,
            `${label} ${what} ${formatRupiah(r[field])}, tetapi jumlah ${label.toLowerCase()} ${kids.length} ${CHILD_NAME[r.level]} di bawahnya ${formatRupiah(sum)} (selisih ${formatRupiah(r[field].minus(sum).abs())}). Samakan dengan jumlah rinciannya.`,
          ),
        );
      }
    }
    if (readable(r) && r.realisasi.gt(r.pagu)) {
      out.push(
        finding(
          'realisasi-exceeds-pagu',
          sheet,
          r.realisasiCell,
          `Realisasi ${what} ${formatRupiah(r.realisasi)} melebihi pagunya ${formatRupiah(r.pagu)} (selisih ${formatRupiah(r.realisasi.minus(r.pagu))}). Periksa realisasi atau pagu (setelah perubahan anggaran).`,
        ),
      );
    }
    if (r.pagu.gt(0) && r.targetKinerja.value?.isZero()) {
      out.push(
        finding(
          'target-zero',
          sheet,
          r.targetKinerja.cell,
          `Target Kinerja ${what} bernilai 0, padahal pagunya ${formatRupiah(r.pagu)}. Isi target kinerjanya, atau pastikan anggarannya memang tidak dipakai.`,
        ),
      );
    }
  });
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
