import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/core/scopes';

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
  it('names the four scopes the add-on asks for (src/core/scopes.ts, equal to appsscript.json) with the texts Google shows', () => {
    for (const { url, consentText } of Object.values(SCOPES)) {
      expect(GUIDE).toContain(`| *${consentText}* | \`${url.replace('https://www.googleapis.com/auth/', '')}\` |`);
    }
  });

  it('gives the menu path under Ekstensi, the copy link and the setup:clasp step', () => {
    expect(GUIDE).toContain('**Ekstensi → LKjIP Sheets → Buka panel LKjIP**');
    expect(GUIDE).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/<ID spreadsheet>\/copy/);
    expect(GUIDE).toContain('npm run setup:clasp -- <ID skrip>');
    expect(GUIDE).toContain('https://script.google.com/home/usersettings');
  });
});

describe('the guide and the README say the same true thing', () => {
  const unverified = (text: string) => {
    const at = text.search(/Google hasn't verified this\s+app/);
    // The paragraph (or list) that names the screen.
    return at < 0 ? '' : text.slice(Math.max(0, at - 200), text.indexOf('\n\n', at));
  };

  it('about "Google hasn\'t verified this app": depends on the account (Workspace: not shown; Gmail: may appear), and what to click', () => {
    for (const text of [GUIDE, README]) {
      const part = unverified(text);
      expect(part).toContain('Workspace');
      expect(part).toContain('Gmail');
      expect(part).toContain('Buka LKjIP Sheets (tidak aman)');
      expect(part).not.toMatch(/\bnever\b|tidak pernah/);
    }
  });

  it('A.4 lists the panel sections in the order of the panel, and sends clerks to the Indonesian filling page', () => {
    const panel = [...readFileSync('sidebar/index.html', 'utf8').matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map(
      (m) => m[1],
    );
    const a4 = GUIDE.slice(GUIDE.indexOf('### 4. Memakai panel'), GUIDE.indexOf('#### Impor Survei'));
    const listed = [...a4.matchAll(/^\d\. \*\*([^*]+)\*\*/gm)].map((m) => m[1]);
    expect(listed).toEqual(panel);
    expect(a4).toContain('(panduan-mengisi.md)');
    expect(a4).not.toContain('layout.md');
  });

  it('B.6 says what `npx clasp open-container` opens: the spreadsheet', () => {
    expect(GUIDE).toContain('`npx clasp open-container` membuka **spreadsheet induk**');
  });
});
