import type { PageProfile } from '../docs/page-setup';
import type { Polaritas, Target } from '../capaian';
import type { CaraHitung } from '../rules/triwulan';
import type { Amount } from '../amount';
import type { Decimal } from '../decimal';
import type { CellValue } from '../numbers';

/**
 * The workbook as the add-on understands it (standard layout v1, docs/layout.md).
 * `src/gas` reads each sheet with one getValues() (plus getFormulas() where needed) into a
 * RawWorkbook; `readWorkbook` (layout/read-workbook.ts) turns it into a Workbook plus findings;
 * the validator and the report model work only on these plain types.
 */

/** One sheet exactly as Range.getValues()/getFormulas() return it for getDataRange(). */
export interface RawSheet {
  name: string;
  values: CellValue[][];
  /** Same shape as values, "" where a cell has no formula; absent when not read. */
  formulas?: string[][];
  /**
   * Same shape as values: each cell's number format as Range.getNumberFormats() gives it
   * (`0.00%`, `#,##0`, `0.###############` for an unformatted cell); absent when not read. A
   * percent format means the cell shows its value × 100 (docs/layout.md#values).
   */
  numberFormats?: string[][];
}

/**
 * A date cell arrives as midnight UTC of the calendar date the spreadsheet shows in its own time
 * zone: src/gas/read-sheets.ts converts it once with Utilities.formatDate, so core never needs a zone.
 */
export interface RawWorkbook {
  name: string;
  sheets: RawSheet[];
}

export type Severity = 'error' | 'warning';

export type FindingCode =
  | 'missing-sheet'
  | 'duplicate-sheet'
  | 'no-data'
  | 'negative-value'
  | 'sasaran-unmatched'
  | 'missing-parent'
  | 'missing-column'
  | 'duplicate-column'
  | 'not-a-number'
  | 'out-of-range'
  | 'capaian-mismatch'
  | 'akip-total-mismatch'
  | 'predikat-mismatch'
  | 'ikm-mismatch'
  | 'akip-mismatch'
  | 'sum-mismatch'
  | 'realisasi-exceeds-pagu'
  | 'target-zero'
  | 'missing-value'
  | 'bad-code'
  | 'duplicate-code'
  | 'code-hierarchy'
  | 'bad-nip'
  | 'bad-polaritas'
  | 'unread-answer'
  | 'duplicate-skala'
  | 'dpa-target-mismatch'
  | 'performance-without-spending'
  | 'legal-basis'
  | 'percent-scale'
  | 'ambiguous-number'
  | 'formula-error'
  | 'total-row'
  | 'duplicate-indicator'
  | 'duplicate-no'
  | 'realisasi-zero'
  | 'unknown-part'
  | 'duplicate-key'
  | 'outside-year'
  | 'bad-cara-hitung'
  | 'renaksi-unmatched'
  | 'renaksi-name-mismatch'
  | 'renaksi-target-mismatch'
  | 'renaksi-target-decreasing'
  | 'renaksi-realisasi-mismatch'
  | 'renaksi-gap'
  | 'quarter-not-reported'
  | 'unknown-code'
  | 'anggaran-mismatch'
  | 'bad-image-url'
  | 'unprintable-character';

/** What the sidebar, `lkjip validate --json` and the report's gate all see. */
export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  /** A1 form (`Q2`), or "" for a whole sheet. */
  cell: string;
  /** Indonesian: what is wrong, the value found, the value expected where known, how to fix it. */
  message: string;
}

/** A header understood through a synonym or a loose spelling: shown to the user. */
export interface HeaderNote {
  sheet: string;
  cell: string;
  found: string;
  understoodAs: string;
  /** About rows, not a column header (`Baris 2–4` … `bukan program; tidak dihitung`). */
  rows?: boolean;
}

/** A date without time: `2024-01-31`. */
export type IsoDate = string;

/** A number read from one cell: `value` null when blank or `-`; `cell` in A1 form. */
export interface NumberCell {
  value: Decimal | null;
  raw: CellValue;
  cell: string;
}

export interface Profil {
  namaInstansi: string;
  pemerintahDaerah: string;
  tahun: number;
  /** As typed, e.g. `2019-2023`; "" when absent. */
  periodeRenstra: string;
  namaPimpinan: string;
  jabatanPimpinan: string;
  pangkat: string;
  /** As typed (spaces kept): `19780607 201001 1 013`. */
  nip: string;
  tempat: string;
  tanggal: IsoDate | null;
  /** The Perjanjian Kinerja's other party (`Jabatan Atasan`, `Nama Atasan`), "" when blank. */
  jabatanAtasan?: string;
  namaAtasan?: string;
  /** When the Perjanjian Kinerja was signed (`Tanggal PK`). */
  tanggalPk?: IsoDate | null;
  /** The APIP reviewer of the report (`Nama Reviu`, `NIP Reviu`, `Jabatan Reviu`, `Tanggal Reviu`); "" / null when blank. */
  reviu?: { nama: string; nip: string; jabatan: string; tanggal: IsoDate | null };
  /** `Jenis PK` as typed (`Murni`, `Perubahan`), "" when blank. */
  jenisPk?: string;
  /** The Doc's page keys as typed (`Ukuran Kertas`, `Margin (cm)`, `Huruf`, `Logo (URL)`), "" when blank. */
  halaman: PageProfile;
  /** A1 cell of each key's value (`Nilai` column), by key as in the spec (`Nama Instansi`, ...). */
  cells: Record<string, string>;
}

export interface TargetCell {
  target: Target | null;
  raw: CellValue;
  cell: string;
}

export interface CapaianCell extends NumberCell {
  /** The cell's formula when it has one (`=CAPAIAN(P2;L2)`), else "". */
  formula: string;
  /** The error a formula shows instead of a number (`#DIV/0!`), when it does. */
  sheetError?: string;
}

/** One IKU row (one indicator). Tujuan and sasaran are already carried down from rows above. */
export interface Indikator {
  /** 1-based sheet row. */
  row: number;
  no: string;
  /** A1 cell of `No` ("" when the sheet has no No column). */
  noCell?: string;
  tujuan: string;
  sasaran: string;
  /** Key of the sasaran this indicator belongs to (see Sasaran.key). */
  sasaranKey: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas;
  formula: string;
  analisis: string;
  solusi: string;
  /** `Standar Nasional` as typed (a national/provincial standard to compare with), "" when blank. */
  standarNasional?: string;
  /** By year (`2023`). */
  target: Record<number, TargetCell>;
  realisasi: Record<number, NumberCell>;
  capaian: Record<number, CapaianCell>;
}

/** Indicators grouped by their sasaran, in sheet order. */
export interface Sasaran {
  /** The `No` of its first indicator row, or its 1-based position when No is blank. DPA `Sasaran` refers to it. */
  key: string;
  tujuan: string;
  nama: string;
  indikator: Indikator[];
}

export interface Iku {
  indikator: Indikator[];
  sasaran: Sasaran[];
  /** Every year with a Target/Realisasi/Capaian column, ascending. */
  years: number[];
  targetYears: number[];
  realisasiYears: number[];
}

export type DpaLevel = 'program' | 'kegiatan' | 'subkegiatan';

/**
 * One DPA row. A DPA may have 20.000 rows, so a row holds only what is read from its cells: money
 * and figures as Amounts (core/amount.ts; `decimalOf(r.pagu)` to compute), no cell addresses
 * (`dpaCell(dpa, r, 'Pagu')` names one), a shared empty `children` on a row without any.
 */
export interface DpaRow {
  /** 1-based sheet row. */
  row: number;
  kode: string;
  level: DpaLevel;
  uraian: string;
  indikator: string;
  /** Money: blank or `-` is zero. */
  pagu: Amount;
  realisasi: Amount;
  /** null when blank or `-` (or unreadable: a finding). */
  targetKinerja: Amount | null;
  realisasiKinerja: Amount | null;
  satuan: string;
  /** DPA `Sasaran` on top-level rows (programs, or kegiatan in a kegiatan-level DPA): the Sasaran.key it serves; "" when not mapped. */
  sasaran: string;
  /** `Jenis Belanja` as typed (`Belanja Operasi`, `Belanja Modal`); absent (or "") when blank or absent. */
  jenisBelanja?: string;
  /**
   * `Pagu Murni`: the pagu before the P-APBD change; absent (or null) when the column is absent or
   * blank — once any row has one, every row gets one (read-dpa.ts, fillPaguMurni).
   */
  paguMurni?: Amount | null;
  /**
   * `Realisasi TW I`…`IV`: what the row spent in each quarter (value null when blank), index 0 = TW I;
   * absent when the DPA has none of these columns. A missing column's cells are "" and blank.
   */
  realisasiTw?: NumberCell[];
  /** Index in Dpa.rows of the parent (program for a kegiatan, kegiatan — else program — for a sub kegiatan), or -1. */
  parent: number;
  /** Indexes of the rows directly under it, in sheet order. */
  children: readonly number[];
}

/** A printed total row (`JUMLAH`, `TOTAL`…): not a budget row, checked against the top-level rows. */
export interface DpaTotalRow {
  row: number;
  /** The label as typed (`JUMLAH`). */
  label: string;
  pagu: Decimal;
  realisasi: Decimal;
  paguCell: string;
  realisasiCell: string;
  /** How many top-level rows (programs) come before it. */
  programsAbove: number;
}

export interface Dpa {
  rows: DpaRow[];
  /** Indexes of program rows. */
  programs: number[];
  /** Printed total rows, left out of `rows`. */
  totals?: DpaTotalRow[];
  /** Column index by canonical name (`Kode`, `Pagu`, `Target Kinerja`), for findings at those cells (dpaCell). */
  columns?: Record<string, number>;
}

export interface IkmProfileColumn {
  /** `Jenis Kelamin`, `Pendidikan`, `Umur`, `Pekerjaan` (the spec's names). */
  name: string;
  /** Counts by answer in first-seen order; blank counts as `Tidak diisi`. */
  counts: { label: string; count: number }[];
}

export interface Ikm {
  /** Headers of the nine answer columns, in U1..U9 order (mapped by header, not position). */
  unsurHeaders: string[];
  /** Column letters of U1..U9. */
  unsurColumns: string[];
  /** Respondents × 9, in U1..U9 order, as read (not yet validated). */
  answers: CellValue[][];
  /** 1-based sheet row of answers[0]. */
  firstRow: number;
  /** 1-based sheet row of each answers[i] (blank rows between respondents are skipped). */
  rows: number[];
  /** 1-based rows with something typed (a date, a profile) but no answer to any unsur. */
  rowsWithoutAnswers: number[];
  profile: IkmProfileColumn[];
  /** `Jenis Layanan` of each answers[i] as typed ("" when blank); null when the sheet has no such column. */
  layanan?: string[] | null;
  /** 1-based sheet row of the header (1 unless a title sits above it). */
  headerRow?: number;
}

export interface AkipKomponen {
  row: number;
  nama: string;
  bobot: NumberCell;
  /** `Bobot YYYY` columns: the weight a year was scored under, where that year has its own column. */
  bobotTahun?: Record<number, NumberCell>;
  nilai: Record<number, NumberCell>;
}

export interface Akip {
  years: number[];
  komponen: AkipKomponen[];
  /** Typed `Nilai Akhir`/`Total` row by year, when present. */
  nilaiAkhir: Record<number, NumberCell>;
  /** Typed `Predikat` row by year, when present and non-blank. */
  predikat: Record<number, { value: string; cell: string }>;
}

/**
 * One `Renaksi` row: the quarters of one IKU indicator in the reporting year (rules/triwulan.ts).
 * Cells are "" where the column is missing.
 */
export interface RenaksiRow {
  /** 1-based sheet row. */
  row: number;
  /** IKU `No` as typed. */
  no: string;
  indikator: string;
  /** The IKU indicator this row reports on: matched by No, checked by name; null when unmatched (a finding). */
  iku: Indikator | null;
  /** null when blank or not understood (a finding when the row has figures). */
  caraHitung: CaraHitung | null;
  /** Target up to each quarter, index 0 = TW I. */
  target: TargetCell[];
  /** Each quarter's own realisasi, index 0 = TW I. */
  realisasi: NumberCell[];
  rencanaAksi: string;
  kendala: string;
  tindakLanjut: string;
  cells: { no: string; indikator: string; caraHitung: string };
}

/** `Renaksi`, the Rencana Aksi of the reporting year: rows in sheet order. */
export interface Renaksi {
  rows: RenaksiRow[];
}

/**
 * `Narasi`: text by part (`Kata Pengantar`, `Faktor Pendukung 1`, `Gambar Gambaran Umum`, ...):
 * the Bagian as the spec spells it, followed by the Kunci when one is given. The rows of one part
 * are joined with a line break, one paragraph (or list item) per line; `cell` is the first row's.
 */
export type Narasi = Record<string, { text: string; cell: string }>;

/** One indicator an official commits to (a `PK Pejabat` row with an Indikator Kinerja). */
export interface PkIndikator {
  row: number;
  /** Carried down from the rows above within the official, "" when none was typed. */
  sasaran: string;
  indikator: string;
  satuan: string;
  target: TargetCell;
}

/** One DPA row an official answers for (a `PK Pejabat` row with a Kode or Program/Kegiatan). */
export interface PkAnggaran {
  row: number;
  kode: string;
  /** A1 of the Kode cell ("" when the column is absent). */
  kodeCell: string;
  /** As typed; the PK prints the DPA's own Uraian for the code. */
  uraian: string;
  /** As typed, null when blank (the DPA pagu is used). */
  anggaran: Decimal | null;
  anggaranCell: string;
}

/** One official of `PK Pejabat` (pihak pertama) with the atasan who signs as pihak kedua. */
export interface PkPejabat {
  /** 1-based sheet row where the official starts. */
  row: number;
  nama: string;
  nip: string;
  jabatan: string;
  namaAtasan: string;
  nipAtasan: string;
  jabatanAtasan: string;
  /** A1 of the official's cells on its first row, by column name (`Nama`, `NIP`, `Jabatan Atasan`, ...). */
  cells: Record<string, string>;
  indikator: PkIndikator[];
  anggaran: PkAnggaran[];
}

export interface Workbook {
  name: string;
  profil: Profil | null;
  iku: Iku | null;
  dpa: Dpa | null;
  ikm: Ikm | null;
  akip: Akip | null;
  narasi: Narasi;
  /** The optional Rencana Aksi; null when the workbook has no Renaksi sheet. */
  renaksi?: Renaksi | null;
  /** `PK Pejabat`, in sheet order; null when the sheet is absent or empty. */
  pkPejabat?: PkPejabat[] | null;
  /** The sheet name actually used for each layout sheet (`IKU` may be spelled `iku `). */
  sheetNames: Record<string, string>;
  headerNotes: HeaderNote[];
}

export interface ReadResult {
  workbook: Workbook;
  findings: Finding[];
}
