import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('getUuid gives distinct UUIDs', () => {
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });
});

describe('LockService', () => {
  it('a held lock makes a second tryLock(0) fail and waitLock throw', () => {
    const em = createEmulator();
    const { LockService } = em.globals;
    const first = LockService.getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(first.hasLock()).toBe(true);
    const second = LockService.getDocumentLock();
    expect(second.tryLock(0)).toBe(false);
    expect(() => second.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true); // other kinds are independent
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

describe('PropertiesService and CacheService', () => {
  it('properties per scope', () => {
    const { PropertiesService } = createEmulator().globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('tahun', '2023');
    expect(PropertiesService.getDocumentProperties().getProperty('tahun')).toBe('2023');
    expect(PropertiesService.getUserProperties().getProperty('tahun')).toBeNull();
    expect(doc.getProperties()).toEqual({ tahun: '2023' });
    doc.deleteProperty('tahun');
    expect(doc.getProperty('tahun')).toBeNull();
  });

  it('cache get/put/remove/getAll/putAll and the 100 KB limit', () => {
    const { CacheService } = createEmulator().globals;
    const cache = CacheService.getDocumentCache()!;
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    expect(cache.get('a')).toBeNull();
    expect(CacheService.getUserCache().get('k')).toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('Session, Logger, ScriptApp', () => {
  it('user email is configurable', () => {
    expect(createEmulator().globals.Session.getActiveUser().getEmail()).toBe('operator@kecamatan.example');
    const em = createEmulator({ userEmail: 'camat@batubara.example' });
    expect(em.globals.Session.getEffectiveUser().getEmail()).toBe('camat@batubara.example');
    expect(em.globals.Session.getScriptTimeZone()).toBe('Asia/Jakarta');
  });

  it('Logger records lines; ScriptApp.AuthMode exists', () => {
    const em = createEmulator();
    em.globals.Logger.log('nilai %s dari %s', 3, 4);
    em.globals.Logger.log({ a: 1 });
    expect(em.logs.lines).toEqual(['nilai 3 dari 4', '{"a":1}']);
    expect(em.globals.ScriptApp.AuthMode.FULL).toBeDefined();
    expect(em.globals.ScriptApp.AuthMode.NONE).not.toBe(em.globals.ScriptApp.AuthMode.FULL);
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, sidebars and alerts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Halo</p>');
    const em = createEmulator({ distDir: dir });
    const { SpreadsheetApp, HtmlService } = em.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Periksa data', 'periksaData')
      .addSeparator()
      .addItem('Buat laporan', 'buatLaporan')
      .addToUi();
    expect(em.ui.menus).toEqual([
      {
        kind: 'addon',
        title: '',
        added: true,
        entries: [
          { caption: 'Periksa data', functionName: 'periksaData' },
          { separator: true },
          { caption: 'Buat laporan', functionName: 'buatLaporan' },
        ],
      },
    ]);
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LKjIP').setWidth(320);
    expect(out.getContent()).toBe('<p>Halo</p>');
    ui.showSidebar(out);
    expect(em.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'LKjIP', html: '<p>Halo</p>' }]);
    expect(() => HtmlService.createHtmlOutputFromFile('Hilang')).toThrow('No HTML file named Hilang was found.');
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    em.ui.alertResponses.push('NO');
    expect(ui.alert('Judul', 'Lanjut?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(em.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['', 'Selesai', 'OK'],
      ['Judul', 'Lanjut?', 'NO'],
    ]);
    expect(HtmlService.createHtmlOutput('<b>x</b>').getContent()).toBe('<b>x</b>');
  });
});
