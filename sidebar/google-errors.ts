/**
 * Google's own errors, which reach the panel in English through the server call's failure
 * handler before any of our code runs, recognised and said in Indonesian with what to do.
 *
 * - "We're sorry, a server error occurred while reading from storage. Error code
 *   PERMISSION_DENIED." and "Authorization is required to perform that action.": a browser
 *   signed in to several Google accounts (Apps Script calls the server as the default account,
 *   which is not the one that opened the sheet); a long-known Apps Script fault, worked around
 *   with one account per browser profile or window.
 * - "Specified permissions are not sufficient to call X. Required permissions: <scope>" (older:
 *   "You do not have permission to call X"): a permission left unticked on Google's granular
 *   consent screen.
 * - "We're sorry, a server error occurred. Please wait a bit and try again.": Google's side.
 * - "Exceeded maximum execution time": Apps Script's 6-minute limit per call.
 */
import { scopeByUrl } from '../src/core/scopes';

const BUKA_PANEL = 'Ekstensi → LKjIP Sheets → Buka panel LKjIP';
const SATU_AKUN =
  'buka spreadsheet ini di profil Chrome yang hanya berisi akun kantor Anda, atau di jendela Samaran (Ctrl+Shift+N) lalu masuk hanya dengan akun itu';

export function googleErrorInIndonesian(text: string): string | null {
  if (/PERMISSION_DENIED/.test(text) || /reading from storage/i.test(text))
    return `Google menolak panggilan panel ini (kode PERMISSION_DENIED). Ini terjadi bila peramban masuk dengan lebih dari satu akun Google, seperti di komputer kantor yang dipakai bersama. Pakai satu akun saja: ${SATU_AKUN}, lalu buka panel lagi dari ${BUKA_PANEL}.`;
  if (/authori[sz]ation is required/i.test(text) || /otori[sz]asi diperlukan/i.test(text))
    return `Google meminta izin lagi sebelum LKjIP Sheets dapat bekerja. Tutup panel ini, buka lagi dari ${BUKA_PANEL}, dan izinkan semua yang diminta. Bila peramban masuk dengan lebih dari satu akun Google, pakai satu akun saja: ${SATU_AKUN}.`;
  const scope =
    /(?:permissions are not sufficient to call|do not have permission to call)\s+([\w.]+)[\s\S]*?Required permissions?:\s*(\S+)/i.exec(
      text,
    );
  if (scope || /permissions are not sufficient|do not have permission to call/i.test(text)) {
    const info = scope ? scopeByUrl(scope[2].replace(/[.,;]$/, '')) : undefined;
    const what = info ? ` untuk ${info.untuk} (di layar izin Google: "${info.consentText}")` : '';
    return `LKjIP Sheets belum diberi izin${what}: izin itu tidak dicentang saat Google memintanya. Buka lagi panel dari ${BUKA_PANEL}; saat Google menampilkan daftar izin, centang semuanya, lalu izinkan.`;
  }
  if (/exceeded maximum execution time/i.test(text))
    return 'Google menghentikan proses ini karena melewati batas waktu Apps Script (6 menit per proses). Coba sekali lagi; bila terulang, laporkan kepada pengelola LKjIP Sheets.';
  if (/a server error occurred/i.test(text))
    return 'Server Google sedang terganggu (bukan kesalahan data Anda). Tunggu sebentar, lalu coba lagi.';
  return null;
}
