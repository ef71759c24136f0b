/** Every text the sidebar shows, in one place (Bahasa Indonesia). */
import { groupThousands } from '../src/core/rules/digit-grouping';

/** Indonesian thousands separator: 1.234. */
export function angka(n: number): string {
  return groupThousands(String(Math.trunc(n)));
}

/** Finding codes in words, for the note on findings left out of the list. */
const JENIS_TEMUAN: Partial<Record<string, string>> = {
  'missing-sheet': 'sheet tidak ada',
  'duplicate-sheet': 'sheet ganda',
  'missing-column': 'kolom tidak ada',
  'duplicate-column': 'kolom ganda',
  'not-a-number': 'bukan angka',
  'missing-value': 'isian kosong',
  'out-of-range': 'di luar rentang',
  'negative-value': 'nilai negatif',
  'no-data': 'belum ada data',
  'sum-mismatch': 'jumlah tidak sama',
  'bad-code': 'kode tidak sah',
  'duplicate-code': 'kode ganda',
  'code-hierarchy': 'kode tidak berurutan',
  'missing-parent': 'tanpa induk',
  'realisasi-exceeds-pagu': 'realisasi melebihi pagu',
  'bad-polaritas': 'polaritas tidak dikenal',
  'capaian-mismatch': 'capaian berbeda',
  'akip-total-mismatch': 'komponen AKIP tidak sama dengan nilai akhir',
  'predikat-mismatch': 'predikat berbeda',
  'ikm-mismatch': 'IKM berbeda',
  'akip-mismatch': 'nilai AKIP berbeda',
  'target-zero': 'target 0',
  'bad-nip': 'NIP meragukan',
  'sasaran-unmatched': 'sasaran tidak cocok',
  'dpa-target-mismatch': 'target DPA berbeda dari PK',
  'performance-without-spending': 'kinerja tanpa realisasi anggaran',
  'legal-basis': 'landasan hukum',
  'bad-cara-hitung': 'cara hitung tidak dikenal',
  'renaksi-unmatched': 'baris Renaksi tanpa indikator',
  'renaksi-gap': 'realisasi triwulan terlewat',
  'quarter-not-reported': 'triwulan belum dilaporkan',
  'bad-image-url': 'alamat gambar tidak dapat dimuat',
  'unprintable-character': 'karakter tidak dapat dimuat',
};

export const TEKS = {
  gagalTanpaPesan: 'Terjadi kesalahan di server tanpa keterangan. Coba lagi.',
  bukanDiSheets: 'Panel ini harus dibuka dari menu LKjIP di Google Sheets.',
  fungsiTidakAda: (name: string) => `Fungsi server "${name}" tidak tersedia. Muat ulang panel.`,
  gagal: (pesan: string) => `Gagal: ${pesan}`,

  memeriksa: 'Memeriksa data…',
  selesaiPeriksa: 'Pemeriksaan selesai.',
  tidakAdaMasalah: 'Tidak ada masalah. Data siap disusun menjadi laporan.',
  jumlahKesalahan: (n: number) => `${angka(n)} kesalahan`,
  jumlahPeringatan: (n: number) => `${angka(n)} peringatan`,
  jumlahTemuan: (n: number) => `${angka(n)} temuan`,
  kesalahan: 'Kesalahan',
  peringatan: 'Peringatan',
  seluruhSheet: 'seluruh sheet',
  petunjukTemuan: 'Klik temuan (atau tekan Enter) untuk membuka selnya.',
  temuanTidakDitampilkan: (n: number, total: number, code: string) =>
    `${angka(n)} dari ${angka(total)} temuan "${JENIS_TEMUAN[code] ?? 'sejenis'}" tidak ditampilkan di sini (panel menampilkan ${angka(total - n)} yang pertama). Perbaiki yang tampak lalu periksa lagi, atau pakai Tandai di Sheet untuk menandai semuanya.`,
  judulCatatanKolom: 'Judul kolom dan baris yang dikenali',
  catatanKolom: (found: string, understoodAs: string) => `kolom "${found}" dibaca sebagai "${understoodAs}"`,
  catatanBaris: (found: string, understoodAs: string) => `${found}: ${understoodAs}`,
  labelTemuan: (severity: string, sheet: string, cell: string, message: string) =>
    `${severity}, ${sheet}${cell ? `!${cell}` : ''}: ${message}`,
  memilihSel: (where: string) => `Membuka ${where}…`,
  sheetBelumAda: (sheet: string) => `Sheet "${sheet}" belum ada di spreadsheet ini. Buat dengan Buat Template.`,
  tombolBuatTemplate: 'Buat Template',
  periksaUlang: 'Sheet berubah: memeriksa data lagi…',
  selDipilih: (where: string) => `${where} dipilih di spreadsheet.`,

  menandai: 'Menaruh catatan di sheet…',
  ditandai: (n: number) =>
    n === 0 ? 'Tidak ada temuan untuk ditandai.' : `${angka(n)} catatan [LKjIP] ditaruh pada sel yang bermasalah.`,
  menghapusTanda: 'Menghapus catatan LKjIP…',
  dihapus: (n: number) =>
    n === 0
      ? 'Tidak ada catatan LKjIP untuk dihapus.'
      : `${angka(n)} catatan [LKjIP] dihapus. Catatan lain tidak diubah.`,

  membuatTemplate: 'Membuat sheet standar…',
  sheetDibuat: 'Sheet yang dibuat:',
  sheetDibiarkan: 'Sudah ada, tidak diubah:',

  lihatPeringatan: (n: number) => `Lihat ${angka(n)} peringatan di bagian Periksa data`,
  berikanIzin: 'Berikan izin di Google',
  izinLewatMenu:
    'Tutup panel ini, buka lagi dari Ekstensi → LKjIP Sheets → Buka panel LKjIP, dan centang semua izin yang diminta Google.',
  lanjutkan: 'Lanjutkan',
  batal: 'Batal',
  langkahMenunggu: 'Memulai penyusunan…',
  sentuhanAkhir: 'Dua klik terakhir di Google Dokumen (tidak dapat dilakukan oleh add-on):',
  klikNomorHalaman:
    'Nomor halaman: buka laporan, menu Sisipkan → Nomor halaman, lalu pilih gambar yang halaman pertamanya tanpa nomor, agar sampul tidak bernomor.',
  klikDaftarIsi:
    'Daftar Isi bernomor halaman: hapus daftar di bawah judul DAFTAR ISI (biarkan judulnya), letakkan kursor di bawah judul itu, lalu Sisipkan → Daftar isi → Teks biasa (atau Bertitik).',
  sudah: 'Sudah',
  dengan: (c: { error: number; warning: number }) =>
    c.warning > 0 ? `Disusun dengan ${angka(c.warning)} peringatan.` : '',
};

/**
 * The words of each document's panel section: the LKjIP (`Laporan`, `laporan` mid-sentence) and
 * the Perjanjian Kinerja (a name: capitalised everywhere), `tombol` the button that makes it.
 */
function teksDokumen(nama: string, kecil: string, tombol: string, buka: string) {
  return {
    menyusun: `Menyusun ${kecil}…`,
    diblokirOlehPeriksa: (n: number) =>
      `${nama} belum dapat disusun: pemeriksaan terakhir menemukan ${angka(n)} kesalahan. Perbaiki, lalu jalankan Periksa data lagi.`,
    diblokir: (n: number) => `${nama} tidak disusun karena ada ${angka(n)} kesalahan. Perbaiki dulu:`,
    perluKonfirmasi: (n: number) =>
      `Ada ${angka(n)} peringatan. ${nama} tetap dapat disusun, tetapi sebaiknya peringatan itu diperiksa dulu. Lanjutkan menyusun ${kecil}?`,
    judulKonfirmasi: `Lanjutkan menyusun ${kecil} dengan peringatan`,
    menungguKonfirmasi: (n: number) =>
      `Ada ${angka(n)} peringatan: klik Lanjutkan untuk tetap menyusun ${kecil}, atau Batal.`,
    menungguIzin: `${nama} belum disusun: Google perlu izin Anda dulu.`,
    izinKurang: (izin: string[]) =>
      `${nama} belum disusun: LKjIP Sheets belum diberi izin untuk ${izin.join(' dan ')}. Izin itu tidak dicentang saat Google memintanya.`,
    izinLalu: `Centang semua izin di halaman Google itu dan izinkan, lalu klik ${tombol} lagi.`,
    dibatalkan: 'Penyusunan dibatalkan.',
    selesai: (name: string) => `${nama} "${name}" selesai disusun.`,
    selesaiSingkat: `${nama} selesai disusun.`,
    buka,
    tautanTidakSah: `${nama} selesai, tetapi alamat dokumennya tidak sah. Buka dari Google Drive Anda.`,
    gagal: (pesan: string) => `${nama} gagal disusun: ${pesan}`,
  };
}

const ROMAWI = ['I', 'II', 'III', 'IV'];

/** The Laporan Triwulan of quarter n (1–4): its name carries the quarter, `Laporan Triwulan II`. */
export function teksTriwulan(n: number) {
  const nama = `Laporan Triwulan ${ROMAWI[n - 1] ?? n}`;
  return teksDokumen(nama, nama, 'Buat Laporan Triwulan', `Buka ${nama}`);
}

export const TEKS_DOKUMEN = {
  lkjip: teksDokumen('Laporan', 'laporan', 'Generate LKjIP', 'Buka Laporan Kinerja'),
  perjanjian: teksDokumen(
    'Perjanjian Kinerja',
    'Perjanjian Kinerja',
    'Buat Perjanjian Kinerja',
    'Buka Perjanjian Kinerja',
  ),
};
