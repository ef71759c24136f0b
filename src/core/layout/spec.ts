import { visibleText } from '../visible-text';
import { labelTriwulan, romawi, TRIWULAN } from '../rules/triwulan';

/**
 * Standard workbook layout v1 (described in docs/layout.md) as data: the one description of sheets,
 * columns and synonyms that the reader, the validator and "Buat Template" all use.
 */

export type SheetId = 'Profil' | 'IKU' | 'DPA' | 'IKM' | 'AKIP' | 'Narasi' | 'Renaksi' | 'PK Pejabat' | 'Riwayat';

export interface ColumnSpec {
  /** Canonical name, as the template writes it. */
  name: string;
  synonyms?: string[];
  required: boolean;
  /** What the column holds, for the template's note and number format. */
  kind: 'text' | 'number' | 'money' | 'percent' | 'code' | 'polaritas' | 'answer' | 'date';
}

export interface SheetSpec {
  id: SheetId;
  /** A missing required sheet is an error; a missing optional one is not. */
  required: boolean;
  columns: ColumnSpec[];
  /** `Target YYYY` / `Realisasi YYYY` / `Capaian YYYY` (IKU), or a bare `YYYY` and `Bobot YYYY` (AKIP). */
  yearColumns?: ('Target' | 'Realisasi' | 'Capaian' | 'Bobot' | 'bare')[];
}

export const PROFIL_KEYS: readonly { key: string; required: boolean; synonyms?: string[] }[] = [
  { key: 'Nama Instansi', required: true, synonyms: ['Instansi', 'Nama OPD', 'Perangkat Daerah'] },
  { key: 'Pemerintah Daerah', required: true, synonyms: ['Pemda', 'Kabupaten/Kota', 'Kabupaten', 'Kota'] },
  { key: 'Tahun', required: true, synonyms: ['Tahun Laporan', 'Tahun Anggaran'] },
  { key: 'Periode Renstra', required: false, synonyms: ['Renstra'] },
  { key: 'Nama Pimpinan', required: true, synonyms: ['Pimpinan', 'Nama Kepala'] },
  { key: 'Jabatan Pimpinan', required: true, synonyms: ['Jabatan'] },
  { key: 'Pangkat', required: false, synonyms: ['Pangkat/Golongan', 'Golongan'] },
  { key: 'NIP', required: true },
  { key: 'Tempat', required: false, synonyms: ['Kota Penandatanganan'] },
  { key: 'Tanggal', required: false, synonyms: ['Tanggal Penandatanganan'] },
  // Page setup of the Doc (read by read-page-profile.ts): A4 / F4 / Letter, `2,5; 3; 3; 2,5`, a font, a logo URL.
  { key: 'Ukuran Kertas', required: false, synonyms: ['Kertas'] },
  { key: 'Margin (cm)', required: false, synonyms: ['Margin'] },
  { key: 'Huruf', required: false, synonyms: ['Font', 'Jenis Huruf'] },
  { key: 'Logo (URL)', required: false, synonyms: ['Logo'] },
  // The other party of the Perjanjian Kinerja (Lampiran): Bupati/Wali Kota when left blank.
  { key: 'Jabatan Atasan', required: false, synonyms: ['Atasan', 'Pihak Kedua'] },
  { key: 'Nama Atasan', required: false },
  { key: 'Tanggal PK', required: false, synonyms: ['Tanggal Perjanjian Kinerja'] },
  // The APIP reviewer who signs the Lampiran "Pernyataan Telah Direviu" (PermenPAN-RB 53/2014).
  { key: 'Nama Reviu', required: false, synonyms: ['Nama Pereviu'] },
  { key: 'NIP Reviu', required: false, synonyms: ['NIP Pereviu'] },
  { key: 'Jabatan Reviu', required: false, synonyms: ['Jabatan Pereviu'] },
  { key: 'Tanggal Reviu', required: false },
  // `Perubahan` after the APBD-P: the PK's title and anggaran say so (also when DPA Pagu Murni differs).
  { key: 'Jenis PK', required: false, synonyms: ['Jenis Perjanjian Kinerja'] },
];

/**
 * Narasi parts the report places (`Bagian`). Several rows of one part are several paragraphs.
 * `Analisis`, `Faktor Pendukung`, `Faktor Penghambat` and `Upaya` take the indicator's IKU `No`
 * in `Kunci` (blank: the whole report); `Gambar` takes the part it illustrates in `Kunci` and the
 * image URL followed by its caption in `Teks`.
 */
export const NARASI_PARTS: readonly string[] = [
  'Kata Pengantar',
  'Ikhtisar Eksekutif',
  'Latar Belakang',
  'Gambaran Umum',
  'Tugas dan Fungsi',
  'Struktur Organisasi',
  'Isu Strategis',
  'Landasan Hukum',
  'Visi',
  'Misi',
  'Hasil Reviu',
  'Analisis',
  'Faktor Pendukung',
  'Faktor Penghambat',
  'Upaya',
  'Kesimpulan',
  'Saran',
  'Langkah ke Depan',
  'Penutup',
  'Tindak Lanjut Rekomendasi',
  'Gambar',
];

/**
 * Other names offices give a Narasi part (their Word headings), matched like the parts themselves
 * after numbering (`1.1`, `A.`, `BAB I`) and a closing colon are dropped.
 */
export const NARASI_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'Kata Pengantar': ['Pengantar'],
  'Ikhtisar Eksekutif': ['Ringkasan Eksekutif', 'Ikhtisar'],
  'Gambaran Umum': ['Gambaran Umum Organisasi', 'Kondisi Umum', 'Profil Organisasi'],
  'Tugas dan Fungsi': ['Tugas Pokok dan Fungsi', 'Tupoksi', 'Kedudukan, Tugas dan Fungsi'],
  'Struktur Organisasi': ['Susunan Organisasi'],
  'Isu Strategis': ['Isu-isu Strategis', 'Isu Strategis dan Permasalahan', 'Permasalahan Utama'],
  'Landasan Hukum': ['Dasar Hukum'],
  'Hasil Reviu': ['Reviu', 'Catatan Reviu'],
  Analisis: ['Analisis Capaian', 'Analisis Capaian Kinerja'],
  'Faktor Pendukung': ['Faktor Pendorong', 'Pendukung', 'Faktor Keberhasilan'],
  'Faktor Penghambat': ['Penghambat', 'Hambatan', 'Kendala', 'Faktor Kendala'],
  Upaya: ['Solusi', 'Upaya Perbaikan', 'Langkah Perbaikan', 'Pemecahan Masalah', 'Upaya yang Dilakukan'],
  Kesimpulan: ['Simpulan'],
  Saran: ['Rekomendasi', 'Langkah ke Depan'],
};

/**
 * `Target TW I` … `Realisasi TW IV`: one column per quarter (rules/triwulan.ts), also written
 * `Target TW 1`, `Target Triwulan I` or `Target Triwulan 1`.
 */
function quarterColumns(label: 'Target' | 'Realisasi', kind: ColumnSpec['kind'], required: boolean): ColumnSpec[] {
  return TRIWULAN.map((n) => ({
    name: `${label} ${labelTriwulan(n)}`,
    synonyms: [`${label} TW ${n}`, `${label} Triwulan ${romawi(n)}`, `${label} Triwulan ${n}`],
    required,
    kind,
  }));
}

/** The columns of one quarter, in TW I … TW IV order: read with the canonical names above. */
export const TARGET_TW_COLUMNS: readonly string[] = TRIWULAN.map((n) => `Target ${labelTriwulan(n)}`);
export const REALISASI_TW_COLUMNS: readonly string[] = TRIWULAN.map((n) => `Realisasi ${labelTriwulan(n)}`);

export const IKM_PROFILE_COLUMNS: readonly string[] = ['Jenis Kelamin', 'Pendidikan', 'Umur', 'Pekerjaan'];

export const LAYOUT: readonly SheetSpec[] = [
  {
    id: 'Profil',
    required: true,
    columns: [
      { name: 'Kunci', synonyms: ['Key', 'Uraian'], required: true, kind: 'text' },
      { name: 'Nilai', synonyms: ['Value', 'Isi'], required: true, kind: 'text' },
    ],
  },
  {
    id: 'IKU',
    required: true,
    columns: [
      { name: 'No', synonyms: ['Nomor', 'No.'], required: false, kind: 'text' },
      { name: 'Tujuan', required: false, kind: 'text' },
      { name: 'Sasaran Strategis', synonyms: ['Sasaran'], required: true, kind: 'text' },
      {
        name: 'Indikator Kinerja',
        synonyms: ['Indikator', 'IKU', 'Indikator Kinerja Utama'],
        required: true,
        kind: 'text',
      },
      { name: 'Satuan', required: true, kind: 'text' },
      { name: 'Polaritas', required: false, kind: 'polaritas' },
      { name: 'Formula', synonyms: ['Formulasi', 'Sumber Data'], required: false, kind: 'text' },
      { name: 'Analisis', required: false, kind: 'text' },
      { name: 'Solusi', required: false, kind: 'text' },
      { name: 'Standar Nasional', synonyms: ['Standar', 'Standar Provinsi'], required: false, kind: 'text' },
    ],
    yearColumns: ['Target', 'Realisasi', 'Capaian'],
  },
  {
    id: 'DPA',
    required: true,
    columns: [
      { name: 'Kode', synonyms: ['Kode Rekening'], required: false, kind: 'code' },
      { name: 'Level', required: false, kind: 'text' },
      { name: 'Uraian', synonyms: ['Program/Kegiatan', 'Nama'], required: true, kind: 'text' },
      { name: 'Indikator Kinerja', synonyms: ['Indikator'], required: true, kind: 'text' },
      { name: 'Pagu', synonyms: ['Anggaran', 'Target (Rp)'], required: true, kind: 'money' },
      { name: 'Target Kinerja', required: true, kind: 'number' },
      { name: 'Satuan', required: true, kind: 'text' },
      { name: 'Realisasi', synonyms: ['Realisasi Anggaran'], required: true, kind: 'money' },
      { name: 'Realisasi Kinerja', required: true, kind: 'number' },
      { name: 'Sasaran', required: false, kind: 'text' },
      { name: 'Jenis Belanja', synonyms: ['Belanja'], required: false, kind: 'text' },
      { name: 'Pagu Murni', synonyms: ['Pagu Sebelum Perubahan', 'Anggaran Murni'], required: false, kind: 'money' },
      // The budget spent in each quarter (its own amount, not up to it): the quarterly report's budget.
      ...quarterColumns('Realisasi', 'money', false),
    ],
  },
  {
    id: 'IKM',
    required: false,
    columns: [
      { name: 'No', required: false, kind: 'text' },
      { name: 'Tanggal', required: false, kind: 'date' },
      { name: 'Jenis Kelamin', required: false, kind: 'text' },
      { name: 'Pendidikan', required: false, kind: 'text' },
      { name: 'Umur', required: false, kind: 'text' },
      { name: 'Pekerjaan', required: false, kind: 'text' },
      { name: 'U1 Persyaratan', required: true, kind: 'answer' },
      { name: 'U2 Sistem, Mekanisme, dan Prosedur', required: true, kind: 'answer' },
      { name: 'U3 Waktu Penyelesaian', required: true, kind: 'answer' },
      { name: 'U4 Biaya/Tarif', required: true, kind: 'answer' },
      { name: 'U5 Produk Spesifikasi Jenis Pelayanan', required: true, kind: 'answer' },
      { name: 'U6 Kompetensi Pelaksana', required: true, kind: 'answer' },
      { name: 'U7 Perilaku Pelaksana', required: true, kind: 'answer' },
      { name: 'U8 Penanganan Pengaduan, Saran dan Masukan', required: true, kind: 'answer' },
      { name: 'U9 Sarana dan Prasarana', required: true, kind: 'answer' },
      { name: 'Jenis Layanan', synonyms: ['Layanan', 'Jenis Pelayanan'], required: false, kind: 'text' },
      { name: 'Baris Respons', required: false, kind: 'number' },
    ],
  },
  {
    id: 'AKIP',
    required: false,
    columns: [
      { name: 'Komponen', required: true, kind: 'text' },
      { name: 'Bobot', required: true, kind: 'number' },
    ],
    yearColumns: ['bare', 'Bobot'],
  },
  {
    id: 'Narasi',
    required: false,
    columns: [
      { name: 'Bagian', required: true, kind: 'text' },
      { name: 'Kunci', synonyms: ['No Indikator'], required: false, kind: 'text' },
      { name: 'Teks', synonyms: ['Isi', 'Uraian'], required: true, kind: 'text' },
    ],
  },
  {
    // Rencana Aksi: the PK's quarterly monitoring, one row per IKU indicator (docs/rules.md#rencana-aksi-per-triwulan).
    id: 'Renaksi',
    required: false,
    columns: [
      { name: 'No', synonyms: ['Nomor', 'No.', 'No IKU'], required: true, kind: 'text' },
      {
        name: 'Indikator Kinerja',
        synonyms: ['Indikator', 'IKU', 'Indikator Kinerja Utama'],
        required: true,
        kind: 'text',
      },
      { name: 'Cara Hitung', synonyms: ['Cara Perhitungan', 'Metode Perhitungan'], required: true, kind: 'text' },
      ...quarterColumns('Target', 'number', true),
      ...quarterColumns('Realisasi', 'number', true),
      { name: 'Rencana Aksi', synonyms: ['Renaksi'], required: false, kind: 'text' },
      { name: 'Kendala', synonyms: ['Hambatan', 'Permasalahan'], required: false, kind: 'text' },
      { name: 'Tindak Lanjut', synonyms: ['Upaya', 'Solusi'], required: false, kind: 'text' },
    ],
  },
  {
    // One Perjanjian Kinerja per official (eselon III/IV), in cascade under the head's: the identity
    // columns and Sasaran left blank repeat the row above, as IKU's Sasaran does; a row holds an
    // indicator with its target, a DPA code with its anggaran, or both.
    id: 'PK Pejabat',
    required: false,
    columns: [
      { name: 'Nama', synonyms: ['Nama Pejabat', 'Nama Pihak Pertama'], required: true, kind: 'text' },
      { name: 'NIP', synonyms: ['NIP Pejabat'], required: false, kind: 'code' },
      { name: 'Jabatan', synonyms: ['Jabatan Pejabat', 'Jabatan Pihak Pertama'], required: true, kind: 'text' },
      { name: 'Nama Atasan', synonyms: ['Nama Pihak Kedua'], required: false, kind: 'text' },
      { name: 'NIP Atasan', required: false, kind: 'code' },
      { name: 'Jabatan Atasan', synonyms: ['Jabatan Pihak Kedua', 'Atasan'], required: true, kind: 'text' },
      {
        name: 'Sasaran',
        synonyms: ['Sasaran Program', 'Sasaran Kegiatan', 'Sasaran Strategis'],
        required: false,
        kind: 'text',
      },
      { name: 'Indikator Kinerja', synonyms: ['Indikator'], required: true, kind: 'text' },
      { name: 'Satuan', required: true, kind: 'text' },
      { name: 'Target', synonyms: ['Target Kinerja'], required: true, kind: 'number' },
      { name: 'Kode', synonyms: ['Kode Rekening'], required: false, kind: 'code' },
      {
        name: 'Program/Kegiatan',
        synonyms: ['Uraian', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Program/Kegiatan/Sub Kegiatan'],
        required: false,
        kind: 'text',
      },
      { name: 'Anggaran', synonyms: ['Pagu'], required: false, kind: 'money' },
    ],
  },
  {
    id: 'Riwayat',
    required: false,
    columns: [
      { name: 'Waktu', required: true, kind: 'date' },
      { name: 'Pengguna', required: true, kind: 'text' },
      { name: 'Dokumen', required: true, kind: 'text' },
      { name: 'Kesalahan', synonyms: ['Error'], required: true, kind: 'number' },
      { name: 'Peringatan', required: true, kind: 'number' },
      // Which document the row is about (`LKjIP`, `Perjanjian Kinerja`); older sheets lack it.
      { name: 'Jenis', required: false, kind: 'text' },
      // What the Doc was written without (an image Google refused, the page mode); older sheets lack it.
      { name: 'Catatan', required: false, kind: 'text' },
    ],
  },
];

export function sheetSpec(id: SheetId): SheetSpec {
  return LAYOUT.find((s) => s.id === id) as SheetSpec;
}

/**
 * Names and headers match case-insensitively, ignoring surrounding and repeated spaces and an
 * optional trailing unit in brackets: `Pagu (Rp)`, `pagu`, `PAGU  (RP)` are the same.
 */
export function normalizeName(s: unknown): string {
  return visibleText(String(s ?? ''))
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * A tab name compared with a layout sheet name: case and spaces are ignored (`iku `, `PROFIL`),
 * nothing else. Unlike a header, a bracketed or extra word makes another sheet: `IKU (2022 lama)`,
 * `Salinan IKU`, `Copy of IKU`, `IKU lama` and `IKU 2022` are copies users keep, not the IKU sheet.
 */
export function normalizeSheetName(s: unknown): string {
  return visibleText(String(s ?? ''))
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * A tab that looks like the layout sheet `id` under another name: the sheet's name as a word in
 * it — `IKU 2023`, `Data IKU`, `DPA_2023`, `Salinan IKU`, `Copy of IKU`. Asked only when `id`
 * itself is missing: the validator then says to rename the tab, and Buat Template does not put an
 * empty sheet beside it (docs/layout.md#how-names-are-matched).
 */
export function looksLikeSheet(name: string, id: string): boolean {
  const n = normalizeSheetName(name).replace(/[_.-]/g, ' ');
  const want = normalizeSheetName(id);
  if (n === want) return false;
  const at = n.indexOf(want);
  if (at < 0) return false;
  const before = n.charAt(at - 1);
  const after = n.charAt(at + want.length);
  return !/[a-z]/.test(before) && !/[a-z]/.test(after);
}
