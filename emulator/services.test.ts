import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCacheService } from './cache-service.ts';
import { createCallCounter } from './call-counter.ts';
import { createEmulator } from './index.ts';

describe('call counter', () => {
  it('counts by key, totals and resets', () => {
    const c = createCallCounter();
    c.hit('SpreadsheetApp.Range.getValues');
    c.hit('SpreadsheetApp.Range.getValues');
    c.hit('Docs.Documents.batchUpdate');
    expect(c.counts()).toEqual({ 'Docs.Documents.batchUpdate': 1, 'SpreadsheetApp.Range.getValues': 2 });
    expect(c.total()).toBe(3);
    c.reset();
    expect(c.total()).toBe(0);
    expect(c.counts()).toEqual({});
  });

  it('every fake call is counted once under Service.Class.method', () => {
    const em = createEmulator({ workbook: { name: 'x', sheets: [{ name: 'A', values: [[1, 2]] }] } });
    const { SpreadsheetApp, Docs } = em.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A')!;
    sheet.getDataRange().getValues();
    const id = Docs.Documents.create({ title: 'd' }).documentId!;
    Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'a', location: { index: 1 } } }] }, id);
    Docs.Documents.get(id);
    expect(em.counter.counts()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Range.getValues': 1,
      'Docs.Documents.create': 1,
      'Docs.Documents.batchUpdate': 1,
      'Docs.Documents.get': 1,
    });
    expect(em.counter.total()).toBe(7);
  });
});

describe('Utilities.formatDate', () => {
  const { Utilities } = createEmulator().globals;
  const d = new Date('2024-01-30T17:05:09Z'); // 31 Jan 2024 00:05:09 in Jakarta

  it('formats in the given IANA zone', () => {
    expect(Utilities.formatDate(d, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('2024-01-31 00:05');
    expect(Utilities.formatDate(d, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-30 17:05:09');
    expect(Utilities.formatDate(d, 'Asia/Jayapura', 'dd/MM/yyyy HH:mm')).toBe('31/01/2024 02:05');
  });

  it('supports quoted literal text and month names', () => {
    expect(Utilities.formatDate(d, 'Asia/Jakarta', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2024-01-31T00:05:09');
    expect(Utilities.formatDate(d, 'Asia/Jakarta', "'Jam' HH 'o''clock' d MMMM yy")).toBe(
      "Jam 00 o'clock 31 January 24",
    );
    expect(() => Utilities.formatDate(d, 'Asia/Jakarta', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('LockService', () => {
  it('a held lock makes a second tryLock(0) fail until it is released', () => {
    const em = createEmulator();
    const { LockService } = em.globals;
    const first = LockService.getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(first.tryLock(0)).toBe(true); // the holder may ask again
    const second = LockService.getDocumentLock();
    expect(second.tryLock(0)).toBe(false);
    second.releaseLock(); // not the holder: no effect
    expect(second.tryLock(0)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
  });

  it('tests can hold the lock from outside', () => {
    const em = createEmulator();
    const release = em.locks.hold('document');
    expect(em.locks.isHeld('document')).toBe(true);
    expect(em.globals.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    release();
    expect(em.globals.LockService.getDocumentLock().tryLock(1000)).toBe(true);
  });
});

describe('CacheService', () => {
  it('user cache get/put, expiry and the 100 KB limit', () => {
    let now = 0;
    const cache = createCacheService(createCallCounter(), () => now).getUserCache();
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    now = 59_999;
    expect(cache.get('k')).toBe('v');
    now = 60_000;
    expect(cache.get('k')).toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });
});

describe('Session', () => {
  it('user email is configurable', () => {
    expect(createEmulator().globals.Session.getActiveUser().getEmail()).toBe('operator@kecamatan.example');
    const em = createEmulator({ userEmail: 'camat@batubara.example' });
    expect(em.globals.Session.getActiveUser().getEmail()).toBe('camat@batubara.example');
  });
});

describe('Ui and HtmlService', () => {
  it('records the add-on menu and the sidebars shown', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Halo</p>');
    const em = createEmulator({ distDir: dir });
    const { SpreadsheetApp, HtmlService } = em.globals;
    const ui = SpreadsheetApp.getUi();
    const menu = ui.createAddonMenu().addItem('Periksa data', 'periksaData').addItem('Buat laporan', 'buatLaporan');
    expect(em.ui.menus).toEqual([]); // not shown before addToUi()
    menu.addToUi();
    expect(em.ui.menus).toEqual([
      {
        kind: 'addon',
        added: true,
        entries: [
          { caption: 'Periksa data', functionName: 'periksaData' },
          { caption: 'Buat laporan', functionName: 'buatLaporan' },
        ],
      },
    ]);
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LKjIP');
    ui.showSidebar(out);
    expect(em.ui.sidebars).toEqual([{ title: 'LKjIP', html: '<p>Halo</p>' }]);
    expect(() => HtmlService.createHtmlOutputFromFile('Hilang')).toThrow('No HTML file named Hilang was found.');
  });
});

describe('ScriptApp.getAuthorizationInfo (granular consent, as the reference documents it)', () => {
  const FILE = 'https://www.googleapis.com/auth/drive.file';
  const SHEET = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

  it('all scopes granted (the default: every scope of the built manifest): NOT_REQUIRED, no URL', () => {
    const { ScriptApp } = createEmulator().globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [FILE, SHEET]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    expect(info.getAuthorizedScopes()).toEqual([FILE, SHEET]);
  });

  it('a scope left unticked: REQUIRED for a list holding it, the granted ones listed, a URL to ask again', () => {
    const { ScriptApp } = createEmulator({ grantedScopes: [SHEET] }).globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SHEET, FILE]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([SHEET]);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/.+\/authorize$/);
    // Asking only about granted scopes requires nothing; without a list, all the script's scopes count.
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SHEET]).getAuthorizationStatus()).toBe(
      ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    );
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe(
      ScriptApp.AuthorizationStatus.REQUIRED,
    );
  });

  it('refuses what is not an AuthMode, as Apps Script does', () => {
    const { ScriptApp } = createEmulator().globals;
    expect(() => ScriptApp.getAuthorizationInfo('FULLY' as unknown as GoogleAppsScript.Script.AuthMode)).toThrow(
      "The parameters don't match the method signature for ScriptApp.getAuthorizationInfo.",
    );
  });
});
