/**
 * The OAuth scopes of appsscript.json, each with what Google's consent screen calls it and what
 * LKjIP Sheets does with it, in Indonesian. Google's consent screen lets a user untick single
 * permissions (granular consent), so the add-on checks the ones an action needs before it starts
 * (src/gas/scopes.ts) and the panel names a missing one in these words. A test keeps this list and
 * the manifest equal.
 */
export interface ScopeInfo {
  url: string;
  /** The permission as the clerk saw it on the consent screen (Google's English text). */
  consentText: string;
  /** What it is for, in the clerk's words. */
  untuk: string;
}

export const SCOPES = {
  spreadsheets: {
    url: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
    consentText: 'View and manage spreadsheets that this application has been installed in',
    untuk: 'membaca dan menulis spreadsheet ini',
  },
  ui: {
    url: 'https://www.googleapis.com/auth/script.container.ui',
    consentText: 'Display and run third-party web content in prompts and sidebars inside Google applications',
    untuk: 'menampilkan panel LKjIP',
  },
  driveFile: {
    url: 'https://www.googleapis.com/auth/drive.file',
    consentText: 'See, edit, create, and delete only the specific Google Drive files you use with this app',
    untuk: 'membuat Google Dokumen laporan di Drive Anda',
  },
  email: {
    url: 'https://www.googleapis.com/auth/userinfo.email',
    consentText: 'See your primary Google Account email address',
    untuk: 'mencatat alamat email penyusun di sheet Riwayat',
  },
} as const satisfies Record<string, ScopeInfo>;

/** The scope entry for a scope URL Google names in an error, if it is one of ours. */
export function scopeByUrl(url: string): ScopeInfo | undefined {
  return Object.values(SCOPES).find((s) => s.url === url.trim());
}
