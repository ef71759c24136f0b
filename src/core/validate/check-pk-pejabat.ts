import { decimalOf } from '../amount';
import { formatRupiah } from '../numbers';
import { dpaCell } from '../layout/read-dpa';
import { finding } from '../layout/findings';
import type { Dpa, Finding, PkPejabat } from '../layout/model';
import { dpaRowOf } from '../rules/dpa-code';

/**
 * PK Pejabat against the DPA: every code names a DPA row, and an Anggaran typed beside it is that
 * row's pagu to the rupiah (the PK prints the DPA pagu; a different typed figure means one of the
 * two is wrong, so it is an error at the typed cell).
 */
export function checkPkPejabat(sheet: string, dpaSheet: string, officials: PkPejabat[], dpa: Dpa | null): Finding[] {
  if (!dpa) return [];
  const out: Finding[] = [];
  for (const p of officials) {
    const who = p.jabatan || p.nama;
    for (const a of p.anggaran) {
      if (a.kode === '') continue;
      const row = dpaRowOf(dpa, a.kode);
      if (!row) {
        out.push(
          finding(
            'unknown-code',
            sheet,
            a.kodeCell,
            `Kode ${a.kode} (${who}) tidak ada di sheet ${dpaSheet}. Salin kode program/kegiatan/sub kegiatan dari sheet ${dpaSheet}, atau tambahkan barisnya di DPA.`,
          ),
        );
        continue;
      }
      if (a.anggaran !== null && !a.anggaran.eq(row.pagu))
        out.push(
          finding(
            'anggaran-mismatch',
            sheet,
            a.anggaranCell,
            `Anggaran ${formatRupiah(a.anggaran)} untuk kode ${a.kode} (${who}) tidak sama dengan pagu ${dpaSheet} ${formatRupiah(decimalOf(row.pagu))} (${dpaSheet}!${dpaCell(dpa, row, 'Pagu')}). Kosongkan sel ini agar pagu DPA yang dipakai, atau perbaiki angka yang salah.`,
          ),
        );
    }
  }
  return out;
}
