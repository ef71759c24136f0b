import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The install guide and the README are followed by people with no one to ask: every command and
// every link to a file of the repository in them must exist.

const GUIDE = readFileSync('docs/panduan-pemasangan.md', 'utf8');
const README = readFileSync('README.md', 'utf8');
const SCRIPTS = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);

describe.each([
  ['docs/panduan-pemasangan.md', GUIDE],
  ['README.md', README],
])('%s', (file, text) => {
  it('runs only npm scripts that package.json has', () => {
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((s) => !SCRIPTS.includes(s))).toEqual([]);
  });

  it('links only to files that exist', () => {
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const links = [...text.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => base + m[1]);
    expect(links.filter((l) => !existsSync(l))).toEqual([]);
  });
});

describe('docs/panduan-pemasangan.md', () => {
  it('names the four scopes the add-on asks for (spreadsheets.currentonly, script.container.ui, drive.file, userinfo.email) with the texts Google shows', () => {
    const texts: Record<string, string> = {
      'spreadsheets.currentonly': 'View and manage spreadsheets that this application has been installed in',
      'script.container.ui':
        'Display and run third-party web content in prompts and sidebars inside Google applications',
      'drive.file': 'See, edit, create, and delete only the specific Google Drive files you use with this app',
      'userinfo.email': 'See your primary Google Account email address',
    };
    for (const [scope, text] of Object.entries(texts)) {
      expect(GUIDE).toContain(`| *${text}* | \`${scope}\` |`);
    }
  });

  it('gives the menu path under Ekstensi, the copy link and the setup:clasp step', () => {
    expect(GUIDE).toContain('**Ekstensi → LKjIP Sheets → Buka panel LKjIP**');
    expect(GUIDE).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/<ID spreadsheet>\/copy/);
    expect(GUIDE).toContain('npm run setup:clasp -- <ID skrip>');
    expect(GUIDE).toContain('https://script.google.com/home/usersettings');
  });
});
