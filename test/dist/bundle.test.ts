import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS } from '../../src/entry-points';
import { createEmulator, loadBundle, loadBundleWithoutServices } from '../../emulator/index';

const functionsJs = readFileSync('dist/functions.js', 'utf8');
const allJs = ['dist/functions.js', 'dist/lkjip.js'].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('dist/ as clasp uploads it', () => {
  it('declares every entry point as a top-level function with its real parameter names', () => {
    for (const e of ENTRY_POINTS) {
      const params = e.params.map((p) => p.name).join(', ');
      expect(functionsJs, e.name).toContain(`\nfunction ${e.name}(${params}) {`);
    }
  });

  it('declares no other top-level function than the entry list', () => {
    const declared = [...allJs.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(ENTRY_POINTS.map((e) => e.name).sort());
  });

  it('puts a JSDoc block with @customfunction, description, @param and @return right before each custom function', () => {
    const custom = ENTRY_POINTS.filter((e) => e.kind === 'custom-function');
    expect(custom.map((e) => e.name)).toEqual([
      'CAPAIAN',
      'CAPAIAN_TW',
      'KATEGORI_CAPAIAN',
      'PREDIKAT_AKIP',
      'NIK_IKM',
      'MUTU_IKM',
    ]);
    for (const e of custom) {
      const m = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+) \\*/\\nfunction ${e.name}\\(`).exec(functionsJs);
      expect(m, e.name).not.toBeNull();
      const doc = (m as RegExpExecArray)[1];
      expect(doc.split('\n')[0]).toBe(` * ${e.description}`);
      expect(doc).toContain('@customfunction');
      for (const p of e.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
      expect(doc).toMatch(/@return \{[^}]+\} \S/);
    }
  });

  it('ships appsscript.json with V8, Asia/Jakarta and least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    const scopes: string[] = manifest.oauthScopes;
    // Non-sensitive scopes only (no "unverified app" screen): any other scope fails this test.
    expect([...scopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
    // The Doc is written with the Docs advanced service (DocumentApp would need `documents`) and
    // renamed once complete with the Drive one; neither adds a scope beyond drive.file.
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
    expect(readFileSync('dist/lkjip.js', 'utf8')).not.toMatch(/DocumentApp\./);
  });

  it('ships the sidebar as one self-contained HTML file (no external script)', () => {
    const html = readFileSync('dist/sidebar.html', 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toContain('@inline-');
  });
});

describe('loading dist/ into a fresh context, as Apps Script does on every call', () => {
  it('touches no Apps Script service at load time', () => {
    expect(() => loadBundleWithoutServices('dist')).not.toThrow();
  });

  it('answers every custom function without any service (custom functions run restricted)', () => {
    const ctx = loadBundleWithoutServices('dist');
    // Hand calculations: 82,48 / 85 × 100 = 97,035… → 97,04; 70,20 / 72,60 × 100 = 96,694… → 96,69.
    expect(ctx.CAPAIAN(82.48, 85)).toBe(97.04);
    expect(ctx.CAPAIAN([['70,20']], [['72,60 (BB)']])).toBe(96.69);
    // Up to TW II, Kumulatif: (2 + 1) / 4 × 100 = 75.
    expect(ctx.CAPAIAN_TW([[2, 1]], [[2, 4]], 'Kumulatif')).toBe(75);
    expect(ctx.KATEGORI_CAPAIAN(90.5)).toBe('Tinggi');
    expect(ctx.PREDIKAT_AKIP(70.2, true)).toBe('BB (Sangat Baik)');
    expect(
      ctx.NIK_IKM([
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, 3, 3, 3, 3, 3, 3, 3, 3],
      ]),
    ).toBe(87.5);
    expect(ctx.MUTU_IKM(87.5, true)).toBe('B (Baik)');
    expect(() => ctx.CAPAIAN(1, 0)).toThrow(/^Target 0/);
  });
});

describe('menu', () => {
  it('onOpen in AuthMode.NONE only builds the add-on menu "Buka panel LKjIP"', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, 'dist');
    ctx.onOpen({ authMode: 'NONE' });
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menus[0]).toMatchObject({
      kind: 'addon',
      added: true,
      entries: [{ caption: 'Buka panel LKjIP', functionName: 'bukaPanel' }],
    });
    // Nothing but the UI: no sheet, property or document access (not allowed in AuthMode.NONE).
    const touched = Object.keys(emu.counter.counts());
    expect(
      touched.every((k) => /^SpreadsheetApp\.(getUi|Ui\.|Menu\.)/.test(k)),
      touched.join(', '),
    ).toBe(true);
  });

  it('bukaPanel shows the built sidebar through HtmlService', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, 'dist');
    ctx.bukaPanel();
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0].title).toBe('LKjIP Sheets');
    expect(emu.ui.sidebars[0].html).toBe(readFileSync('dist/sidebar.html', 'utf8'));
  });
});
