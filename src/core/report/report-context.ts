import type { Profil, Workbook } from '../layout/model';
import { normalizeName } from '../layout/spec';
import { reportingYear } from '../rules/reporting-year';
import { isoDateInZone } from './indonesian-date';
import { createTableNumbering } from './numbering';
import type { TableNumbering } from './numbering';
import { computeFigures } from './report-figures';
import type { Figures } from './report-figures';
import type { BuildOptions } from './report-types';

/** What every chapter needs: the workbook, its figures, names and the table numbering. */
export interface ReportContext {
  wb: Workbook;
  profil: Profil | null;
  tahun: number;
  /** `Kecamatan Lima Puluh Pesisir`. */
  instansi: string;
  /** `Kabupaten Batu Bara`, or "". */
  pemda: string;
  /** `Kecamatan Lima Puluh Pesisir Kabupaten Batu Bara`. */
  instansiLengkap: string;
  fig: Figures;
  tables: TableNumbering;
  /** The calendar date to sign when Profil has no `Tanggal`. */
  hariIni: string;
  /** Narasi text of a part (`Kata Pengantar`, `Analisis 1`), trimmed; null when absent or blank. */
  narasi(part: string): string | null;
}

const WIB_MINUTES = 420;

export function createContext(wb: Workbook, opts: BuildOptions): ReportContext {
  const profil = wb.profil;
  const hariIni = opts.hariIni ?? isoDateInZone(opts.generatedAt ?? new Date(), WIB_MINUTES);
  const tahun = reportingYear(profil?.tahun, wb.iku?.realisasiYears ?? []) || Number(hariIni.slice(0, 4));
  const instansi = profil?.namaInstansi.trim() || wb.name.trim() || 'Instansi';
  const pemda = profil?.pemerintahDaerah.trim() ?? '';
  const byName = new Map<string, string>();
  for (const [k, v] of Object.entries(wb.narasi)) {
    const text = v.text.trim();
    if (text !== '') byName.set(normalizeName(k), text);
  }
  return {
    wb,
    profil,
    tahun,
    instansi,
    pemda,
    instansiLengkap: pemda ? `${instansi} ${pemda}` : instansi,
    fig: computeFigures(wb, tahun),
    tables: createTableNumbering(),
    hariIni,
    narasi: (part) => byName.get(normalizeName(part)) ?? null,
  };
}
