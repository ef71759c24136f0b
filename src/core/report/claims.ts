/**
 * Claims: every statement of fact the report makes, as data. A sentence is written from a claim
 * the figures decide (a trend, tercapai or not, efficient or not, a count, a gap to the Renstra
 * end target), and the paragraph carries the claims it states, each with the words that state it
 * (`kata`). A test walk (test/core/report/claim-walk.ts) re-derives each claim from the workbook
 * and checks that its words are in the paragraph, so a sentence the figures contradict cannot be
 * printed unnoticed.
 *
 * Printed numbers are kept as printed (`99,72`); years as numbers.
 */

/** How a series moved from one year to the next. */
export type Langkah = 'naik' | 'turun' | 'tetap';

export type ClaimData =
  /** A target met or missed in a year (null: no capaian can be computed), with its category. */
  | {
      jenis: 'tercapai';
      indikator: string;
      tahun: number;
      capaian: string | null;
      kategori: string;
      tercapai: boolean | null;
    }
  /**
   * How many things there are: `sasaran`, `indikator`, `tujuan`, `program`/`kegiatan`/`sub kegiatan`
   * (rows of that level in the DPA), `responden`, `unsur`, `indikator-tercapai` and
   * `indikator-belum-tercapai` in the reporting year; `indikator-naik`, `indikator-turun` and
   * `indikator-tetap`: indicators whose realisasi of the reporting year rose, fell or stayed against
   * the year before; `indikator-renstra-tercapai`: indicators whose realisasi of the reporting year
   * meets the Renstra end target. `lingkup`: counted within one sasaran (`Sasaran 1`: its
   * indicators, or the programs the DPA links to it).
   */
  | {
      jenis: 'jumlah';
      apa: JumlahApa;
      n: number;
      lingkup?: string;
      /** For `indikator-tercapai` and `indikator-belum-tercapai`: counted up to this quarter (Renaksi), not the year. */
      triwulan?: number;
    }
  /** The values of a series (realisasi or capaian) over the years, and each step's direction. */
  | {
      jenis: 'tren';
      indikator: string;
      seri: 'realisasi' | 'capaian';
      tahun: number[];
      nilai: string[];
      langkah: Langkah[];
    }
  /** One year against the year before: `naik 5,64 poin`. */
  | {
      jenis: 'perubahan';
      indikator: string;
      dari: number;
      ke: number;
      selisih: string;
      arah: Langkah;
    }
  /**
   * The reporting year's realisasi against the Renstra end target: `tercapai`; `belum` (the end
   * year is still to come: `masih diperlukan … hingga Tahun X`); `tidak` (the end year is the
   * reporting year or past: the end target was missed). `selisih` is what is missing.
   */
  | {
      jenis: 'renstra';
      indikator: string;
      tahun: number;
      tahunAkhir: number;
      capaian: string | null;
      keadaan: 'tercapai' | 'belum' | 'tidak' | 'tidak-terukur';
      selisih: string | null;
    }
  /** The realisasi against the national standard, and whether that is better (polarity decides). */
  | {
      jenis: 'standar';
      indikator: string;
      standar: string;
      posisi: 'di atas' | 'di bawah' | 'sama';
      lebihBaik: boolean | null;
    }
  /**
   * Efficiency of a sasaran: capaian − serapan of the programs the DPA `Sasaran` column links to it;
   * `tidak-teratribusi` when nothing is linked to it, or every program is linked to every sasaran.
   */
  | {
      jenis: 'efisiensi';
      sasaran: number;
      indikator: string;
      putusan: 'efisien' | 'sebanding' | 'tidak-efisien' | 'tidak-terukur' | 'tidak-teratribusi';
    }
  /**
   * Money of the whole budget (`lingkup` `total`), a sasaran's programs (`Sasaran 1`), a jenis belanja
   * (`Belanja Modal`) or a DPA row (its Uraian): pagu and, where stated, realisasi, serapan (%) and
   * its share of the whole pagu (`porsi`, %). Amounts as printed: `Rp 2.216.552.780`.
   */
  | { jenis: 'anggaran'; lingkup: string; pagu: string; realisasi?: string; serapan?: string; porsi?: string }
  /** The pagu before and after the P-APBD change (DPA `Pagu Murni`). */
  | {
      jenis: 'pagu-murni';
      murni: string;
      perubahan: string;
      arah: 'bertambah' | 'berkurang' | 'tetap';
      selisih: string;
    }
  /**
   * A jenis belanja or DPA row (program or kegiatan) whose serapan is far below: Rendah or Sangat
   * Rendah on the scale of Permendagri 86/2017 (below 66%). `hambatan`: the Narasi line that
   * mentions it, quoted, when one does.
   */
  | { jenis: 'serapan-rendah'; lingkup: string; serapan: string; hambatan: string | null }
  /** The AKIP value of a year (the official Nilai Akhir) and its predikat. */
  | { jenis: 'predikat-akip'; tahun: number; nilai: string; predikat: string }
  /** The AKIP components of a year that do not add up to its Nilai Akhir: their sum and the difference. */
  | { jenis: 'akip-jumlah-komponen'; tahun: number; jumlah: string; nilaiAkhir: string; selisih: string }
  /**
   * The change of the AKIP value from one year to the next, and by component when both years were
   * scored under the same weights (`komponen` null: not compared one by one).
   */
  | {
      jenis: 'akip-perubahan';
      dari: number;
      ke: number;
      arah: Langkah;
      selisih: string;
      komponen: { nama: string; arah: Langkah; selisih: string }[] | null;
    }
  /**
   * An indicator up to quarter `triwulan` of the reporting year (the Renaksi, rules/triwulan.ts): the
   * figures up to that quarter, its capaian and category, whether the target up to it was met (null:
   * no capaian, `alasan` says why). `targetTriwulan`/`realisasiTriwulan`: the quarter's own figures,
   * when the words state them. Figures as printed, null where there is none.
   */
  | {
      jenis: 'triwulan';
      indikator: string;
      triwulan: number;
      target: string | null;
      realisasi: string | null;
      targetTriwulan?: string | null;
      realisasiTriwulan?: string | null;
      capaian: string | null;
      kategori: string;
      tercapai: boolean | null;
      alasan: 'belum-dilaporkan' | 'tanpa-target' | 'tanpa-rencana-aksi' | 'tidak-terhitung' | null;
    }
  /**
   * How an indicator's year went by quarter: the quarters with a capaian (up to each), its printed
   * capaian, those below 100% (`tertinggal`), and the quarter the shortfall was made up in
   * (`terkejarPada`: the first quarter after the last one behind, when the last measured quarter is
   * on target; null when nothing fell behind or it was not made up).
   */
  | {
      jenis: 'jalan-triwulan';
      indikator: string;
      triwulan: number[];
      capaian: string[];
      tertinggal: number[];
      terkejarPada: number | null;
    }
  /** The budget spent up to a quarter (DPA `Realisasi TW`), of the whole DPA or one top-level row (its Uraian). */
  | {
      jenis: 'anggaran-triwulan';
      lingkup: string;
      triwulan: number;
      pagu: string;
      realisasi: string;
      serapan: string | null;
    }
  /** The NIK of the survey and its mutu. */
  | { jenis: 'mutu-ikm'; nik: string; mutu: string }
  /** The lowest and the highest of the survey's unsur (by NRR) or of its jenis layanan (by NIK). */
  | { jenis: 'peringkat'; lingkup: 'unsur-ikm' | 'layanan-ikm'; terendah: string; tertinggi: string };

export type JumlahApa =
  | 'sasaran'
  | 'indikator'
  | 'tujuan'
  | 'program'
  | 'kegiatan'
  | 'sub kegiatan'
  | 'responden'
  | 'unsur'
  | 'indikator-tercapai'
  | 'indikator-belum-tercapai'
  | 'indikator-naik'
  | 'indikator-turun'
  | 'indikator-tetap'
  | 'indikator-renstra-tercapai';

/** A claim with the words of its block that state it. */
export type Claim = ClaimData & { kata: string };

/** Words with the claims they state. */
export interface Stated {
  text: string;
  claims: Claim[];
}

/** `text`, stating `claims` (each claim's words are the whole text). */
export function nyatakan(text: string, ...claims: ClaimData[]): Stated {
  return { text, claims: claims.map((c) => ({ ...c, kata: text })) };
}

/** Stated items as a list in a sentence: `a`, `a dan b`, `a, b, dan c` (sentences.ts daftarKata). */
export function daftarStated(items: Stated[]): Stated {
  const texts = items.map((i) => i.text);
  let text = texts.join('');
  if (texts.length === 2) text = `${texts[0]} dan ${texts[1]}`;
  if (texts.length > 2) text = `${texts.slice(0, -1).join(', ')}, dan ${texts[texts.length - 1]}`;
  return { text, claims: items.flatMap((i) => i.claims) };
}

/** Pieces joined into one text, their claims kept (a plain string states nothing). */
export function gabung(pieces: (string | Stated | null | undefined | false)[], sep = ' '): Stated {
  const parts = pieces.filter((p): p is string | Stated => typeof p === 'string' || (!!p && typeof p === 'object'));
  return {
    text: parts
      .map((p) => (typeof p === 'string' ? p : p.text))
      .filter((t) => t !== '')
      .join(sep),
    claims: parts.flatMap((p) => (typeof p === 'string' ? [] : p.claims)),
  };
}
