import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadBundle, loadBundleWithoutServices } from './load-bundle.ts';

function distDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emu-dist-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadBundle', () => {
  it('runs every dist/*.js in name order in one context with the fakes as globals', () => {
    const dir = distDir({
      'b-main.js': `function bacaTanggal() { var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Profil').getRange('B1:B1').getValues()[0][0]; return { isDate: v instanceof Date, text: Utilities.formatDate(v, 'Asia/Jakarta', 'yyyy-MM-dd') }; }
function CAPAIAN(r, t) { return helper(r, t); }
var urutan = (typeof urutan === 'undefined' ? [] : urutan).concat('b');`,
      'a-lib.js': `function helper(r, t) { return Math.round((r / t) * 10000) / 100; }
var urutan = ['a'];`,
      'notes.txt': 'bukan skrip',
    });
    const em = createEmulator({
      workbook: { name: 'w', sheets: [{ name: 'Profil', values: [['Tanggal', '2024-01-31']] }] },
    });
    const ctx = loadBundle(em, dir);
    expect(ctx.urutan).toEqual(['a', 'b']);
    expect(ctx.CAPAIAN(88.12, 88.37)).toBe(99.72);
    expect(ctx.bacaTanggal()).toEqual({ isDate: true, text: '2024-01-31' });
    expect(em.counter.counts()['SpreadsheetApp.Range.getValues']).toBe(1);
  });

  it('reports the file name in stack traces', () => {
    const dir = distDir({ 'boom.js': 'function meledak() { throw new Error("x"); }' });
    const ctx = loadBundle(createEmulator(), dir);
    try {
      ctx.meledak();
      expect.unreachable();
    } catch (e) {
      expect(String((e as Error).stack)).toContain('boom.js');
    }
  });
});

describe('loadBundleWithoutServices', () => {
  it('loads a bundle that touches no service and runs its pure functions', () => {
    const dir = distDir({
      'a.js': 'function KALI(a, b) { return a * b; } function pakaiSheet() { return SpreadsheetApp.getActive(); }',
    });
    const ctx = loadBundleWithoutServices(dir);
    expect(ctx.KALI(3, 4)).toBe(12);
    expect(() => ctx.pakaiSheet()).toThrow('SpreadsheetApp was accessed');
  });

  it('throws when a file touches SpreadsheetApp at top level', () => {
    const dir = distDir({ 'a.js': 'var ss = SpreadsheetApp.getActiveSpreadsheet();' });
    expect(() => loadBundleWithoutServices(dir)).toThrow('SpreadsheetApp was accessed');
    const dir2 = distDir({ 'a.js': 'var t = typeof DriveApp;' });
    expect(() => loadBundleWithoutServices(dir2)).toThrow('DriveApp was accessed');
  });
});
