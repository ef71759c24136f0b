import { KOMPONEN_AKIP_88_2021 } from '../predikat-akip';
import { CARA_HITUNG_LABEL } from '../rules/triwulan';
import { LAYOUT, NARASI_PARTS, PROFIL_KEYS, type ColumnSpec, type SheetId } from '../layout/spec';

/**
 * What "Buat Template" writes beyond the column names (which come from LAYOUT in layout/spec.ts):
 * widths, number formats, dropdowns, notes and the rows that help the user start. Plain data;
 * plan-template.ts turns it into a SheetPlan.
 */

/** The standard sheets the template creates; Riwayat is written by the report, not by the user. */
export type TemplateSheetId = Exclude<SheetId, 'Riwayat'>;
export const TEMPLATE_SHEETS: readonly TemplateSheetId[] = LAYOUT.map((s) => s.id).filter(
  (id): id is TemplateSheetId => id !== 'Riwayat',
);

/** A column of the template: a LAYOUT column, or one of a sheet's year columns. */
export type TemplateKind = ColumnSpec['kind'] | 'target' | 'realisasi' | 'capaian' | 'score';

/** Year column kinds by LAYOUT's yearColumns labels. */
export const YEAR_KIND = { Target: 'target', Realisasi: 'realisasi', Capaian: 'capaian', bare: 'score' } as const;

/** Pixels. Text columns are wide enough for a sasaran or indikator on two or three lines. */
export const WIDTH_BY_KIND: Record<TemplateKind, number> = {
  text: 220,
  number: 110,
  money: 150,
  percent: 100,
  code: 150,
  polaritas: 90,
  answer: 110,
  date: 100,
  target: 95,
  realisasi: 95,
  capaian: 95,
  score: 80,
};

/**
 * Number formats are stored locale-independently and rendered by Sheets in the spreadsheet's
 * locale: `#,##0` shows 2.216.552.780 and `0.00` shows 92,63 in an Indonesian spreadsheet.
 * `@` (plain text) keeps codes like 7.01.01 from being read as numbers or dates.
 */
export const FORMAT_BY_KIND: Partial<Record<TemplateKind, string>> = {
  money: '#,##0',
  percent: '0.00',
  code: '@',
  answer: '0',
  date: 'dd/mm/yyyy',
  capaian: '0.00',
  score: '0.00',
};

/** A dropdown or a number rule, as data; src/gas builds it with SpreadsheetApp.newDataValidation(). */
export type ValidationRule =
  | { kind: 'list'; values: string[]; allowInvalid: boolean; helpText: string }
  | { kind: 'whole-between'; min: number; max: number; allowInvalid: boolean; helpText: string };

export const VALIDATION_BY_KIND: Partial<Record<TemplateKind, ValidationRule>> = {
  polaritas: {
    kind: 'list',
    values: ['Positif', 'Negatif'],
    allowInvalid: false,
    helpText: 'Pilih Positif (makin tinggi makin baik) atau Negatif (makin rendah makin baik).',
  },
  // PermenPAN-RB 14/2017: each unsur is answered on a 1–4 scale.
  answer: {
    kind: 'whole-between',
    min: 1,
    max: 4,
    allowInvalid: false,
    helpText: 'Isi jawaban 1, 2, 3, atau 4 (bilangan bulat); kosongkan bila tidak dijawab.',
  },
};

/** Key for a year column group in the per-sheet tables below. */
export type YearKey = 'Target' | 'Realisasi' | 'Capaian' | 'bare';

export interface SheetTemplate {
  id: SheetId;
  /** The LAYOUT column after which the year columns go; absent = after the last column. */
  yearColumnsAfter?: string;
  /** Width overrides by canonical column name. */
  widths?: Record<string, number>;
  /** Dropdowns by canonical column name, beyond those given by the column's kind. */
  validations?: Record<string, ValidationRule>;
  /** Header notes by canonical column name, or by year group (on its first column). */
  notes: Partial<Record<string, string>>;
  /** Key/value sheets: keys whose value cell is formatted as plain text. */
  textKeys?: string[];
}

const requiredProfilKeys = PROFIL_KEYS.filter((k) => k.required).map((k) => k.key);

export const SHEET_TEMPLATES: Record<TemplateSheetId, SheetTemplate> = {
  Profil: {
    id: 'Profil',
    widths: { Kunci: 180, Nilai: 360 },
    // An 18-digit NIP typed as a number loses its last digits (a double holds ~15) and shows as 1,98E+17.
    textKeys: ['NIP'],
    notes: {
      Kunci: `Isi kolom Nilai untuk setiap kunci. Wajib: ${requiredProfilKeys.join(', ')}.`,
      Nilai:
        'Tahun: tahun laporan (mis. 2023). Periode Renstra: mis. 2019-2023. NIP: 18 digit, boleh berspasi. ' +
        'Tanggal: tanggal penandatanganan laporan. Jabatan Atasan, Nama Atasan, Tanggal PK (opsional): pihak kedua dan tanggal Perjanjian Kinerja. ' +
        'Jenis PK: Murni, atau Perubahan setelah perubahan APBD.',
    },
  },
  IKU: {
    id: 'IKU',
    // Targets and results beside the indicator they measure; the prose columns last.
    yearColumnsAfter: 'Formula',
    widths: { No: 45, Satuan: 90, Analisis: 300, Solusi: 300 },
    notes: {
      No: 'Satu baris per indikator kinerja. Kolom Sasaran di sheet DPA merujuk ke No sasaran di sini.',
      Tujuan: 'Kosongkan bila sama dengan baris di atasnya.',
      'Sasaran Strategis': 'Wajib. Kosongkan bila sama dengan baris di atasnya.',
      'Indikator Kinerja': 'Wajib: nama indikator kinerja utama.',
      Satuan: 'Wajib, mis. %, Nilai, Dokumen.',
      Polaritas: 'Positif: makin tinggi makin baik (bawaan bila kosong). Negatif: makin rendah makin baik.',
      Formula: 'Cara mengukur indikator atau sumber datanya.',
      Target:
        'Target per tahun periode Renstra; tahun laporan wajib. Boleh rentang (80 - 90) atau disertai predikat (72,60 (BB)).',
      Realisasi: 'Realisasi per tahun; tahun laporan wajib, tahun sebelumnya untuk perbandingan.',
      Capaian:
        'Terisi otomatis dengan rumus =CAPAIAN(realisasi; target; polaritas), dalam persen. Tidak perlu diketik.',
      Analisis: 'Penyebab keberhasilan atau kegagalan.',
      Solusi: 'Langkah yang telah atau akan diambil.',
      'Standar Nasional': 'Opsional: standar nasional atau provinsi untuk indikator ini, sebagai pembanding realisasi.',
    },
  },
  DPA: {
    id: 'DPA',
    widths: { Level: 110, Uraian: 300, 'Indikator Kinerja': 260, Satuan: 90, Sasaran: 80 },
    validations: {
      Level: {
        kind: 'list',
        values: ['Program', 'Kegiatan', 'Sub Kegiatan'],
        // A warning only: the Kode column, when filled, already gives the level.
        allowInvalid: true,
        helpText: 'Pilih Program, Kegiatan, atau Sub Kegiatan (dipakai bila Kode kosong).',
      },
    },
    notes: {
      Kode:
        'Kode nomenklatur: program 7.01.01, kegiatan 7.01.01.2.01, sub kegiatan 7.01.01.2.01.0001. ' +
        'Baris diurutkan sesuai hierarki. Isi Kode atau Level.',
      Level: 'Program, Kegiatan, atau Sub Kegiatan; dipakai bila Kode kosong.',
      Uraian: 'Wajib: nama program, kegiatan, atau sub kegiatan.',
      Pagu: 'Pagu anggaran (Rp). Pagu program = jumlah pagu kegiatannya; pagu kegiatan = jumlah pagu sub kegiatannya.',
      'Target Kinerja': 'Target keluaran; satuannya di kolom Satuan.',
      Realisasi: 'Realisasi anggaran (Rp), tidak melebihi pagu.',
      'Realisasi Kinerja': 'Realisasi keluaran; satuannya di kolom Satuan.',
      Sasaran: 'Pada baris program: No sasaran di sheet IKU yang didukung program ini (untuk analisis efisiensi).',
      'Jenis Belanja': 'Opsional: Belanja Operasi atau Belanja Modal; baris di bawahnya mengikuti bila kosong.',
      'Pagu Murni': 'Opsional: pagu sebelum perubahan APBD (Rp); kolom Pagu berisi pagu setelah perubahan.',
      'Realisasi TW I':
        'Opsional, kolom Realisasi TW I–IV: belanja (Rp) pada masing-masing triwulan saja, bukan sampai dengan triwulan itu. Jumlah keempatnya sama dengan Realisasi.',
    },
  },
  IKM: {
    id: 'IKM',
    widths: { No: 45, Tanggal: 100, 'Jenis Kelamin': 110, Pendidikan: 110, Umur: 80, Pekerjaan: 130 },
    notes: {
      No: 'Satu baris per responden survei kepuasan masyarakat (PermenPAN-RB 14/2017).',
      'U1 Persyaratan': 'Kolom U1–U9: jawaban 1–4 untuk tiap unsur; kosongkan bila tidak dijawab.',
      'Jenis Layanan':
        'Layanan yang diterima responden (mis. Surat Keterangan); laporan menyajikan NIK per jenis layanan.',
      'Baris Respons':
        'Diisi oleh Impor Survei (baris di sheet respons Google Forms) agar impor berikutnya hanya menambah respons baru. Jangan diubah.',
    },
  },
  AKIP: {
    id: 'AKIP',
    widths: { Komponen: 330, Bobot: 70 },
    notes: {
      Komponen: 'Komponen evaluasi AKIP menurut PermenPAN-RB 88/2021. Nilai komponen tidak boleh melebihi bobotnya.',
      bare: 'Nilai evaluasi per tahun (0–100). Baris Nilai Akhir berisi jumlah komponen; bila Nilai Akhir pada LHE berbeda, ketik nilai LHE: laporan memakai Nilai Akhir LHE. Predikat terisi otomatis. Tahun yang dinilai dengan bobot lain (sebelum PermenPAN-RB 88/2021): tambahkan kolom Bobot YYYY, mis. Bobot 2021.',
    },
  },
  Renaksi: {
    id: 'Renaksi',
    widths: {
      No: 45,
      'Indikator Kinerja': 260,
      'Cara Hitung': 110,
      'Rencana Aksi': 300,
      Kendala: 260,
      'Tindak Lanjut': 260,
    },
    validations: {
      'Cara Hitung': {
        kind: 'list',
        // The canonical spellings; rules/triwulan.ts also reads a few others typed by hand.
        values: Object.values(CARA_HITUNG_LABEL),
        allowInvalid: false,
        helpText:
          'Kumulatif: realisasi triwulan dijumlahkan (jumlah dokumen, orang, rupiah). Nilai Akhir: nilai triwulan terakhir (indeks, persentase). Rata-rata: rata-rata triwulan.',
      },
    },
    notes: {
      No: 'Rencana aksi tahun laporan: satu baris per indikator, No dan nama seperti di sheet IKU (Buat Template mengisinya dari IKU).',
      'Indikator Kinerja': 'Nama indikator seperti di sheet IKU; diperiksa terhadap No.',
      'Cara Hitung':
        'Kumulatif: realisasi tahunan = jumlah keempat triwulan. Nilai Akhir: realisasi tahunan = triwulan terakhir yang terisi. Rata-rata: rata-rata triwulan yang terisi.',
      'Target TW I':
        'Target sampai dengan akhir triwulan itu; Target TW IV = target tahunan di sheet IKU. Untuk Kumulatif target tidak pernah turun (TW II = TW I + tambahan TW II).',
      'Realisasi TW I':
        'Realisasi triwulan itu saja: untuk Kumulatif yang dicapai dalam triwulan itu, untuk Nilai Akhir nilai pada akhir triwulan. Kosong = belum dilaporkan; isi 0 bila tidak ada capaian.',
      'Rencana Aksi': 'Kegiatan yang direncanakan untuk mencapai target triwulan.',
      Kendala: 'Hambatan yang dihadapi pada triwulan berjalan.',
      'Tindak Lanjut': 'Langkah yang diambil untuk mengatasi kendala.',
    },
  },
  Narasi: {
    id: 'Narasi',
    widths: { Bagian: 180, Kunci: 90, Teks: 600 },
    notes: {
      Bagian:
        'Satu baris per paragraf; beberapa baris dengan Bagian yang sama menjadi beberapa paragraf. Bagian yang kosong diganti teks standar dari data.',
      Kunci:
        'Untuk Faktor Pendukung, Faktor Penghambat, Upaya dan Analisis: No indikator pada sheet IKU (kosong: untuk seluruh laporan). Untuk Gambar: nama Bagian tempat gambar dimuat, mis. Gambaran Umum.',
      Teks: 'Baris yang diawali 1., a. atau - menjadi daftar; baris berisi | menjadi tabel (baris pertama judul kolom). Untuk Gambar: alamat gambar (https://...) lalu keterangannya.',
    },
  },
  'PK Pejabat': {
    id: 'PK Pejabat',
    // Neighbours share a width where they can: one setColumnWidths per run of equal widths.
    widths: {
      Nama: 150,
      Jabatan: 220,
      'Nama Atasan': 150,
      'Jabatan Atasan': 220,
      Sasaran: 240,
      'Indikator Kinerja': 240,
      Satuan: 90,
      Target: 90,
      'Program/Kegiatan': 240,
    },
    notes: {
      Nama: 'Satu Perjanjian Kinerja per pejabat (eselon III/IV). Isi Nama, NIP, Jabatan dan atasannya pada baris pertama pejabat; kosongkan pada baris berikutnya untuk pejabat yang sama.',
      NIP: '18 digit, boleh berspasi (ketik sebagai teks).',
      'Jabatan Atasan': 'Wajib: jabatan atasan langsung yang menandatangani sebagai PIHAK KEDUA.',
      'Nama Atasan': 'Kosongkan bila belum diketahui: dokumen memberi garis nama kosong.',
      Sasaran: 'Sasaran pejabat; kosongkan bila sama dengan baris di atasnya.',
      'Indikator Kinerja': 'Indikator kinerja pejabat; satu baris per indikator.',
      Target: 'Wajib untuk setiap indikator: target tahun perjanjian. Boleh rentang (80 - 90).',
      Kode: 'Kode program/kegiatan/sub kegiatan yang menjadi tanggung jawab pejabat, sama dengan sheet DPA.',
      'Program/Kegiatan': 'Opsional: nama program/kegiatan untuk Anda sendiri; dokumen memakai uraian dari DPA.',
      Anggaran: 'Opsional: bila diisi harus sama dengan pagu DPA kode tersebut; kosongkan agar pagu DPA yang dipakai.',
    },
  },
};

/** AKIP rows below the components; the reader accepts these labels (docs/layout.md#akip--evaluation-scores-per-component). */
export const AKIP_NILAI_AKHIR = 'Nilai Akhir';
export const AKIP_PREDIKAT = 'Predikat';

/** PermenPAN-RB 88/2021 components and weights (30/30/15/25), from predikat-akip.ts. */
export const AKIP_KOMPONEN = KOMPONEN_AKIP_88_2021;

/** Column A rows of the key/value sheets: the user fills only the second column. */
export const FIRST_COLUMN_ROWS: Partial<Record<SheetId, readonly string[]>> = {
  Profil: PROFIL_KEYS.map((k) => k.key),
  Narasi: NARASI_PARTS,
};

/** IKU rows pre-filled with the CAPAIAN formula: more than a kecamatan or OPD has indicators. */
export const IKU_FORMULA_ROWS = 30;
