/** Every text the sidebar shows, in one place (Bahasa Indonesia). */

/** Indonesian thousands separator: 1.234. */
function angka(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

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
  judulCatatanKolom: 'Judul kolom yang dikenali',
  catatanKolom: (found: string, understoodAs: string) => `kolom "${found}" dibaca sebagai "${understoodAs}"`,
  labelTemuan: (severity: string, sheet: string, cell: string, message: string) =>
    `${severity}, ${sheet}${cell ? `!${cell}` : ''}: ${message}`,
  memilihSel: (where: string) => `Membuka ${where}…`,
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

  menyusun: 'Menyusun laporan…',
  diblokirOlehPeriksa: (n: number) =>
    `Laporan belum dapat disusun: pemeriksaan terakhir menemukan ${angka(n)} kesalahan. Perbaiki lalu periksa lagi.`,
  diblokir: (n: number) => `Laporan tidak disusun karena ada ${angka(n)} kesalahan. Perbaiki dulu:`,
  perluKonfirmasi: (n: number) =>
    `Ada ${angka(n)} peringatan. Laporan tetap dapat disusun, tetapi sebaiknya diperiksa dulu:`,
  lanjutkan: 'Lanjutkan',
  batal: 'Batal',
  dibatalkan: 'Penyusunan dibatalkan.',
  langkahMenunggu: 'Memulai penyusunan…',
  laporanSelesai: (name: string) => `Laporan "${name}" selesai disusun.`,
  laporanSelesaiSingkat: 'Laporan selesai disusun.',
  bukaLaporan: 'Buka Laporan Kinerja',
  tautanTidakSah: 'Laporan selesai, tetapi alamat dokumennya tidak sah. Buka dari Google Drive Anda.',
  gagalMenyusun: (pesan: string) => `Laporan gagal disusun: ${pesan}`,
  dengan: (c: { error: number; warning: number }) =>
    c.warning > 0 ? `Disusun dengan ${angka(c.warning)} peringatan.` : '',
};
