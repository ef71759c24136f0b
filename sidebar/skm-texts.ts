/** The texts of the "Impor Survei" panel (Bahasa Indonesia). */
import { angka } from './texts';

/** NIK as printed: 82,67. */
function nikText(n: number): string {
  return n.toFixed(2).replace('.', ',');
}

export const TEKS_SKM = {
  membaca: 'Membaca sheet respons survei…',
  dibaca: 'Sheet respons dibaca. Periksa pemetaan, lalu impor.',
  belumAdaRespons: 'Belum ada sheet respons Google Forms: tautkan formulirnya dulu.',
  mengimpor: 'Mengimpor respons ke sheet IKM…',
  selesai: 'Impor survei selesai.',
  sheetRespons: 'Sheet respons',
  judulPemetaan: 'Pertanyaan → unsur',
  petunjukPemetaan:
    'Pertanyaan dipasangkan menurut kata-katanya (kuesioner PermenPAN-RB 14/2017), selebihnya menurut urutan. Ubah bila ada yang keliru.',
  cara: {
    teks: 'dari teks pertanyaan',
    urutan: 'menurut urutan',
    pilihan: 'pilihan Anda',
    'tidak ada': 'belum ada',
  } as Record<string, string>,
  jenisLayanan: 'Jenis Layanan',
  tidakAda: '— tidak ada —',
  imporKeIkm: 'Impor ke sheet IKM',
  jumlahDibaca: (n: number) => `${angka(n)} dibaca`,
  jumlahBaru: (n: number) => `${angka(n)} baru`,
  jumlahSudahAda: (n: number) => `${angka(n)} sudah ada`,
  jumlahTertunda: (n: number) => `${angka(n)} tertunda`,
  selLain: (n: number) => `… dan ${angka(n)} sel lainnya.`,
  judulTakTerbaca: 'Jawaban yang tidak terbaca',
  petunjukTakTerbaca:
    'Isi nilai (1–4) untuk teks ini di sheet "Skala SKM" (kolom Teks dan Nilai), lalu impor lagi. Belum ada sheet itu? Klik Buat Template: sheet Skala SKM dibuat dengan teks-teks ini sudah tertulis. Respons ini belum diimpor.',
  takTerbaca: (teks: string, jumlah: number, unsur: string[]) => `"${teks}" · ${angka(jumlah)}× · ${unsur.join(', ')}`,
  judulSkala: 'Sheet Skala SKM',
  nik: (nik: number, mutu: string) => `NIK sheet IKM sekarang ${nikText(nik)}, mutu pelayanan ${mutu}.`,
  nikTidakDapat: (alasan: string) => `NIK belum dapat dihitung: ${alasan}`,
};
