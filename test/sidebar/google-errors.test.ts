import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/core/scopes';
import { googleErrorInIndonesian } from '../../sidebar/google-errors';

// Google's texts as users and add-on authors have reported them from the failure handler of
// google.script.run (the ScriptError class name is stripped by sidebar/server.ts first).

describe("Google's own errors in the panel, in Indonesian with what to do", () => {
  it('the multi-account storage error: one account per Chrome profile or an incognito window, then reopen the panel', () => {
    const t = googleErrorInIndonesian(
      "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    );
    expect(t).toMatch(
      /^Google menolak panggilan panel ini \(kode PERMISSION_DENIED\)\. Ini terjadi bila peramban masuk dengan lebih dari satu akun Google/,
    );
    expect(t).toContain('profil Chrome yang hanya berisi akun kantor Anda');
    expect(t).toContain('jendela Samaran (Ctrl+Shift+N)');
    expect(t).toMatch(/buka panel lagi dari Ekstensi → LKjIP Sheets → Buka panel LKjIP\.$/);
  });

  it('"Authorization is required to perform that action." (and the British spelling): reopen the panel and allow', () => {
    for (const text of [
      'Authorization is required to perform that action.',
      'Authorisation is required to perform this action.',
    ]) {
      const t = googleErrorInIndonesian(text);
      expect(t).toMatch(
        /^Google meminta izin lagi sebelum LKjIP Sheets dapat bekerja\. Tutup panel ini, buka lagi dari Ekstensi → LKjIP Sheets → Buka panel LKjIP, dan izinkan semua yang diminta\./,
      );
      expect(t).toContain('pakai satu akun saja');
    }
  });

  it('a permission left unticked: names it in the words of the consent screen and says to tick it', () => {
    const t = googleErrorInIndonesian(
      `Specified permissions are not sufficient to call DriveApp.createFile. Required permissions: ${SCOPES.driveFile.url}`,
    );
    expect(t).toBe(
      'LKjIP Sheets belum diberi izin untuk membuat Google Dokumen laporan di Drive Anda (di layar izin Google: "See, edit, create, and delete only the specific Google Drive files you use with this app"): izin itu tidak dicentang saat Google memintanya. Buka lagi panel dari Ekstensi → LKjIP Sheets → Buka panel LKjIP; saat Google menampilkan daftar izin, centang semuanya, lalu izinkan.',
    );
    expect(
      googleErrorInIndonesian(
        `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SCOPES.spreadsheets.url}`,
      ),
    ).toContain('untuk membaca dan menulis spreadsheet ini');
  });

  it("Google's own outage and the 6-minute limit", () => {
    expect(googleErrorInIndonesian("We're sorry, a server error occurred. Please wait a bit and try again.")).toBe(
      'Server Google sedang terganggu (bukan kesalahan data Anda). Tunggu sebentar, lalu coba lagi.',
    );
    expect(googleErrorInIndonesian('Exceeded maximum execution time')).toMatch(/batas waktu Apps Script \(6 menit/);
  });

  it('leaves our own Indonesian messages as they are, and is stable when applied twice', () => {
    expect(googleErrorInIndonesian('Laporan gagal disusun: sheet IKU kosong.')).toBeNull();
    const once = googleErrorInIndonesian('Error code PERMISSION_DENIED.') ?? '';
    expect(googleErrorInIndonesian(once)).toBe(once);
  });
});

describe('src/core/scopes.ts', () => {
  it('holds exactly the scopes of appsscript.json', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(
      Object.values(SCOPES)
        .map((s) => s.url)
        .sort(),
    ).toEqual([...manifest.oauthScopes].sort());
  });
});
