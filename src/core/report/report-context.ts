import { imageUrlProblem } from '../docs/image-url';
import type { Profil, Workbook } from '../layout/model';
import { normalizeName } from '../layout/spec';
import { reportingYear } from '../rules/reporting-year';
import { isoDateInZone } from './indonesian-date';
import { createTableNumbering } from './numbering';
import type { TableNumbering } from './numbering';
import { computeFigures } from './report-figures';
import type { Figures } from './report-figures';
import type { BuildOptions, ImageBlock } from './report-types';
import { hurufJudul } from './sentences';

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
  /** Narasi text of a part (`Kata Pengantar`, `Faktor Pendukung 1`), trimmed; null when absent or blank. */
  narasi(part: string): string | null;
  /** Narasi `Gambar` rows for a part, numbered in the chapter: `Gambar 1.1 Peta …`; [] when none. */
  gambar(part: string, chapter: string): ImageBlock[];
  /** What the DPA's top rows are: `program`, or `kegiatan` for a DPA kept at kegiatan level. */
  unit: 'program' | 'kegiatan' | 'sub kegiatan';
  /** The head's jabatan for running text, in title case (`Camat Lima Puluh Pesisir`); "" when blank. */
  jabatan: string;
  /**
   * The compact form (report-size.ts): per sasaran one table and one analysis instead of one per
   * indicator, and the summaries counted per sasaran.
   */
  ringkas: boolean;
  /** The chapter being written (`IE`, `1`–`4`, `L`): set by buildReport as each part starts. */
  bab: string;
  /**
   * A name for running text: a name ending in its abbreviation (`Indeks Kepuasan Masyarakat (IKM)`)
   * is spelled out the first time in a chapter, then written as the abbreviation (`IKM`).
   */
  sebut(nama: string): string;
  /** True the first time `key` is asked in the report: an explanation is given once, where it first applies. */
  sekali(key: string): boolean;
  /**
   * Told, along a part that grows with the indicators (the sasaran of BAB III), the length of what
   * it has built so far; set by buildReport while it tries the full form, to stop it as soon as it
   * is certainly too long (report-size.ts) rather than build and hold all of it.
   */
  partChars?(chars: number): void;
}

/** `Indeks Kepuasan Masyarakat (IKM)` → `IKM`; null for a name without a trailing abbreviation. */
function singkatan(nama: string): string | null {
  const m = /\(([A-Z][A-Za-z]{1,9})\)\s*$/.exec(nama.trim());
  return m ? m[1] : null;
}

const WIB_MINUTES = 420;

/** The word for the budget's top-level rows; a DPA whose top rows are of mixed levels says `program`. */
function unitOf(fig: Figures): ReportContext['unit'] {
  if (fig.tingkatAnggaran === 'kegiatan') return 'kegiatan';
  if (fig.tingkatAnggaran === 'subkegiatan') return 'sub kegiatan';
  return 'program';
}

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
  const fig = computeFigures(wb, tahun);
  const gambarCount = new Map<string, number>();
  const gambar = (part: string, chapter: string): ImageBlock[] => {
    const text = byName.get(normalizeName(`Gambar ${part}`));
    if (!text) return [];
    return text.split('\n').flatMap((line) => {
      const m = /^(https?:\/\/\S+)\s*(.*)$/i.exec(line.trim());
      // An address Google cannot load is left out (a bad-image-url finding says how to mend it).
      if (!m || imageUrlProblem(m[1]) !== null) return [];
      const n = (gambarCount.get(chapter) ?? 0) + 1;
      gambarCount.set(chapter, n);
      const title = m[2].trim();
      return [{ type: 'image' as const, url: m[1], caption: `Gambar ${chapter}.${n}${title ? ` ${title}` : ''}` }];
    });
  };
  const spelled = new Set<string>();
  const explained = new Set<string>();
  const ctx: ReportContext = {
    wb,
    profil,
    tahun,
    instansi,
    pemda,
    instansiLengkap: pemda ? `${instansi} ${pemda}` : instansi,
    fig,
    tables: createTableNumbering(),
    hariIni,
    narasi: (part) => byName.get(normalizeName(part)) ?? null,
    gambar,
    unit: unitOf(fig),
    jabatan: hurufJudul(profil?.jabatanPimpinan ?? ''),
    ringkas: opts.ringkas === true,
    bab: '',
    sebut(nama) {
      const abbr = singkatan(nama);
      if (!abbr) return nama;
      const key = `${ctx.bab}|${abbr}`;
      if (spelled.has(key)) return abbr;
      spelled.add(key);
      return nama;
    },
    sekali(key) {
      if (explained.has(key)) return false;
      explained.add(key);
      return true;
    },
  };
  return ctx;
}
