import type { IsoDate } from '../layout/model';

const NAMA_BULAN: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** `2024-01-31` → `31 Januari 2024`; null when the text is not a calendar date. */
export function tanggalIndonesia(iso: IsoDate): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${day} ${NAMA_BULAN[month - 1]} ${year}`;
}

/** The calendar date of an instant in a zone `offsetMinutes` east of UTC (WIB = 420). */
export function isoDateInZone(instant: Date, offsetMinutes: number): IsoDate {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getUTCFullYear()}-${p(shifted.getUTCMonth() + 1)}-${p(shifted.getUTCDate())}`;
}
