/**
 * Every function Apps Script (or the sidebar) may call, in one place to audit. The build turns
 * each entry into a documented top-level `function` declaration in dist/, calling into the
 * bundle (`LKJIP.<name>`); a test keeps this list, src/main.ts and dist/ in step.
 */
interface EntryParam {
  name: string;
  /** JSDoc type. */
  type: string;
  /** One line, Indonesian. */
  doc: string;
  optional?: boolean;
}

export interface EntryPoint {
  name: string;
  /** `editor`: run by hand from the Apps Script editor (a self-test), never from the sidebar. */
  kind: 'custom-function' | 'trigger' | 'menu' | 'server' | 'editor';
  /** One line, Indonesian: shown by Sheets' autocomplete for custom functions. */
  description: string;
  params: EntryParam[];
  returns?: { type: string; doc: string };
}

const RANGE_OR_VALUE = 'number|string|Array<Array<*>>';

export const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    name: 'CAPAIAN',
    kind: 'custom-function',
    description: 'Menghitung capaian kinerja (%) dari realisasi dan target, dibulatkan 2 desimal.',
    params: [
      { name: 'realisasi', type: RANGE_OR_VALUE, doc: 'Realisasi kinerja: satu sel atau rentang.' },
      { name: 'target', type: RANGE_OR_VALUE, doc: 'Target kinerja: angka atau rentang target seperti "80 - 90".' },
      {
        name: 'polaritas',
        type: 'string|Array<Array<string>>',
        doc: '"Positif" (bawaan), "Negatif" ((2T−R)/T), atau "T/R".',
        optional: true,
      },
    ],
    returns: { type: 'number|Array<Array<*>>', doc: 'Capaian dalam persen.' },
  },
  {
    name: 'CAPAIAN_TW',
    kind: 'custom-function',
    description:
      'Menghitung capaian kinerja (%) sampai dengan suatu triwulan dari realisasi TW I s.d. TW itu dan targetnya, menurut cara hitung.',
    params: [
      {
        name: 'realisasi_TW',
        type: RANGE_OR_VALUE,
        doc: 'Realisasi tiap triwulan, TW I sampai triwulan yang dihitung (1–4 kolom); satu baris per indikator.',
      },
      {
        name: 'target_TW',
        type: RANGE_OR_VALUE,
        doc: 'Target sampai dengan tiap triwulan (kolom yang sama), atau satu kolom target triwulan itu.',
      },
      {
        name: 'cara_hitung',
        type: 'string|Array<Array<string>>',
        doc: '"Kumulatif" (bawaan: realisasi dijumlahkan), "Nilai Akhir" (triwulan terakhir) atau "Rata-rata".',
        optional: true,
      },
      {
        name: 'polaritas',
        type: 'string|Array<Array<string>>',
        doc: '"Positif" (bawaan), "Negatif" ((2T−R)/T), atau "T/R".',
        optional: true,
      },
    ],
    returns: { type: 'number|Array<Array<*>>', doc: 'Capaian sampai dengan triwulan itu, dalam persen.' },
  },
  {
    name: 'KATEGORI_CAPAIAN',
    kind: 'custom-function',
    description:
      'Menentukan kategori capaian (Sangat Tinggi … Sangat Rendah) menurut Permendagri 86/2017 atau skala sendiri.',
    params: [
      { name: 'capaian', type: RANGE_OR_VALUE, doc: 'Capaian kinerja dalam persen.' },
      {
        name: 'skala',
        type: 'Array<Array<*>>',
        doc: 'Skala sendiri: rentang 2 kolom (batas bawah, label).',
        optional: true,
      },
    ],
    returns: { type: 'string|Array<Array<string>>', doc: 'Kategori capaian.' },
  },
  {
    name: 'PREDIKAT_AKIP',
    kind: 'custom-function',
    description: 'Menentukan predikat AKIP (AA … D) dari nilai evaluasi menurut PermenPAN-RB 88/2021.',
    params: [
      { name: 'nilai', type: RANGE_OR_VALUE, doc: 'Nilai akhir evaluasi AKIP (0–100).' },
      {
        name: 'dengan_interpretasi',
        type: 'boolean',
        doc: 'TRUE untuk menambahkan interpretasi, mis. "BB (Sangat Baik)".',
        optional: true,
      },
    ],
    returns: { type: 'string|Array<Array<string>>', doc: 'Predikat AKIP.' },
  },
  {
    name: 'NIK_IKM',
    kind: 'custom-function',
    description: 'Menghitung Nilai Interval Konversi (NIK = IKM × 25) dari jawaban survei kepuasan masyarakat.',
    params: [
      {
        name: 'jawaban',
        type: 'Array<Array<number|string>>',
        doc: 'Jawaban 1–4 atau teks jawaban kuesioner (mis. "Sangat sesuai"): baris = responden, kolom = unsur; satu baris = NRR.',
      },
      {
        name: 'bobot',
        type: 'string',
        doc: 'Kosongkan untuk bobot 1/jumlah unsur; "0,11" atau "0,111" untuk bobot lama.',
        optional: true,
      },
      {
        name: 'skala',
        type: 'Array<Array<string|number>>',
        doc: "Kata-kata jawaban kantor sendiri: rentang Teks | Nilai (1–4), mis. 'Skala SKM'!A:B.",
        optional: true,
      },
    ],
    returns: { type: 'number', doc: 'NIK, 2 desimal.' },
  },
  {
    name: 'MUTU_IKM',
    kind: 'custom-function',
    description: 'Menentukan mutu pelayanan (A, B, C, D) dari NIK menurut PermenPAN-RB 14/2017.',
    params: [
      { name: 'nik', type: RANGE_OR_VALUE, doc: 'Nilai Interval Konversi (25–100).' },
      {
        name: 'dengan_keterangan',
        type: 'boolean',
        doc: 'TRUE untuk menambahkan keterangan, mis. "B (Baik)".',
        optional: true,
      },
    ],
    returns: { type: 'string|Array<Array<string>>', doc: 'Mutu pelayanan.' },
  },
  {
    name: 'onOpen',
    kind: 'trigger',
    description: 'Menambahkan menu LKjIP saat spreadsheet dibuka.',
    params: [{ name: 'e', type: 'GoogleAppsScript.Events.SheetsOnOpen', doc: 'Peristiwa pembukaan.' }],
  },
  {
    name: 'onInstall',
    kind: 'trigger',
    description: 'Menambahkan menu LKjIP saat add-on dipasang.',
    params: [{ name: 'e', type: 'GoogleAppsScript.Events.AddonOnInstall', doc: 'Peristiwa pemasangan.' }],
  },
  { name: 'bukaPanel', kind: 'menu', description: 'Membuka panel LKjIP di sisi kanan.', params: [] },
  {
    name: 'periksaData',
    kind: 'server',
    description: 'Memeriksa seluruh sheet terhadap tata letak standar dan mengembalikan temuannya.',
    params: [
      {
        name: 'semua',
        type: 'boolean',
        doc: 'true: semua temuan (baris perintah); tanpa argumen: paling banyak 200 per kode untuk panel.',
        optional: true,
      },
    ],
  },
  {
    name: 'pilihSel',
    kind: 'server',
    description: 'Memilih sel sebuah temuan agar pengguna langsung melihatnya.',
    params: [
      { name: 'sheet', type: 'string', doc: 'Nama sheet.' },
      { name: 'cell', type: 'string', doc: 'Alamat sel A1, kosong untuk seluruh sheet.' },
    ],
  },
  {
    name: 'tandaiDiSheet',
    kind: 'server',
    description: 'Menaruh setiap temuan sebagai catatan [LKjIP] pada selnya.',
    params: [],
  },
  { name: 'hapusTanda', kind: 'server', description: 'Menghapus hanya catatan yang ditulis LKjIP.', params: [] },
  {
    name: 'buatTemplate',
    kind: 'server',
    description: 'Membuat sheet standar yang belum ada tanpa mengubah yang sudah ada.',
    params: [],
  },
  {
    name: 'generateLkjip',
    kind: 'server',
    description: 'Menyusun Laporan Kinerja sebagai Google Dokumen baru.',
    params: [
      {
        name: 'lanjutWalauAdaPeringatan',
        type: 'boolean',
        doc: 'TRUE bila pengguna memilih lanjut meski ada peringatan.',
      },
    ],
  },
  {
    name: 'buatPerjanjianKinerja',
    kind: 'server',
    description:
      'Menyusun Perjanjian Kinerja tahun ini (instansi dan setiap pejabat di sheet PK Pejabat) sebagai Google Dokumen baru.',
    params: [
      {
        name: 'lanjutWalauAdaPeringatan',
        type: 'boolean',
        doc: 'TRUE bila pengguna memilih lanjut meski ada peringatan.',
      },
    ],
  },
  {
    name: 'buatLaporanTriwulan',
    kind: 'server',
    description:
      'Menyusun Laporan Kinerja Triwulan (target, realisasi dan capaian sampai dengan triwulan itu dari sheet Renaksi) sebagai Google Dokumen baru.',
    params: [
      { name: 'triwulan', type: 'number', doc: 'Triwulan yang dilaporkan: 1, 2, 3 atau 4.' },
      {
        name: 'lanjutWalauAdaPeringatan',
        type: 'boolean',
        doc: 'TRUE bila pengguna memilih lanjut meski ada peringatan.',
      },
    ],
  },
  {
    name: 'bacaSurvei',
    kind: 'server',
    description:
      'Membaca sheet respons Google Forms dan menampilkan pemetaan pertanyaan ke U1–U9 tanpa menulis apa pun.',
    params: [
      {
        name: 'namaSheet',
        type: 'string',
        doc: 'Sheet respons yang dipilih; kosong untuk yang pertama.',
        optional: true,
      },
    ],
  },
  {
    name: 'imporSurvei',
    kind: 'server',
    description: 'Menambahkan respons survei yang baru ke sheet IKM; respons yang sudah ada tidak diubah.',
    params: [
      { name: 'namaSheet', type: 'string', doc: 'Sheet respons Google Forms.' },
      { name: 'pilihan', type: 'Object', doc: 'Pemetaan kolom: unsur (9 indeks kolom), layanan, profil.' },
      {
        name: 'semua',
        type: 'boolean',
        doc: 'true: semua jawaban tak terbaca (baris perintah); tanpa argumen: paling banyak 200 per daftar untuk panel.',
        optional: true,
      },
    ],
  },
  {
    name: 'statusGenerate',
    kind: 'server',
    description: 'Langkah penyusunan dokumen (laporan, laporan triwulan atau perjanjian kinerja) yang sedang berjalan.',
    params: [],
  },
  {
    name: 'ujiDokumenLkjip',
    kind: 'editor',
    description:
      'Uji mandiri: menulis laporan kecil ke Google Dokumen baru, membacanya kembali, mencatat LULUS/GAGAL per sifat.',
    params: [],
    returns: { type: 'Object', doc: 'URL dokumen uji, jumlah lulus dan gagal, dan baris hasil.' },
  },
];
