import type { CellValue } from '../numbers';
import { finding } from '../layout/findings';
import type { Finding } from '../layout/model';

/**
 * NIP of a civil servant (PP 11/2017, BKN): 18 digits = birth date YYYYMMDD, TMT CPNS YYYYMM,
 * gender (1 man, 2 woman), serial number of 3 digits. Spaces between the groups are allowed.
 * Returns the problems in Indonesian, empty when the NIP is plausible.
 */
export function nipProblems(nip: string, tahunLaporan: number): string[] {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) {
    return [
      `NIP "${nip}" berisi ${digits.replace(/\D/g, '').length} digit angka${/\D/.test(digits) ? ' dan karakter lain' : ''}; NIP harus 18 digit`,
    ];
  }
  const out: string[] = [];
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  const maxYear = tahunLaporan > 0 ? tahunLaporan : 2100;
  const birthValid =
    by >= 1920 && by <= maxYear && bm >= 1 && bm <= 12 && bd >= 1 && bd <= new Date(Date.UTC(by, bm, 0)).getUTCDate();
  if (!birthValid) out.push(`digit 1–8 (${digits.slice(0, 8)}) bukan tanggal lahir yang mungkin`);
  const ty = Number(digits.slice(8, 12));
  const tm = Number(digits.slice(12, 14));
  if (tm < 1 || tm > 12 || ty < 1940 || ty > maxYear + 1) {
    out.push(`digit 9–14 (${digits.slice(8, 14)}) bukan tahun-bulan pengangkatan (TMT) yang mungkin`);
  } else if (birthValid && (ty - by < 18 || (ty - by === 18 && tm < bm))) {
    out.push(`TMT ${digits.slice(8, 14)} lebih awal dari usia 18 tahun menurut tanggal lahir ${digits.slice(0, 8)}`);
  }
  const g = digits[14];
  if (g !== '1' && g !== '2') out.push(`digit 15 (${g}) harus 1 (laki-laki) atau 2 (perempuan)`);
  return out;
}

/** bad-nip on Profil's NIP cell. A NIP stored as a number has lost its last digits to rounding. */
export function checkNip(sheet: string, cell: string, nip: string, raw: CellValue, tahun: number): Finding[] {
  if (!nip) return [];
  if (typeof raw === 'number' && nip.replace(/\s/g, '').length > 15) {
    return [
      finding(
        'bad-nip',
        sheet,
        cell,
        `NIP ${nip} tersimpan sebagai angka, sehingga digit terakhirnya bisa berubah (angka di Sheets hanya teliti 15 digit). Ketik ulang NIP sebagai teks, mis. 19780607 201001 1 013.`,
      ),
    ];
  }
  const problems = nipProblems(nip, tahun);
  if (problems.length === 0) return [];
  return [
    finding(
      'bad-nip',
      sheet,
      cell,
      `NIP "${nip}" tidak sah: ${problems.join('; ')}. Periksa NIP pimpinan pada SK/kartu pegawai.`,
    ),
  ];
}
