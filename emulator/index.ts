/** In-memory emulator of the Apps Script services used by the add-on. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CallCounter, createCallCounter } from './call-counter.ts';
import { type BatchRecord, createDocs, documentToApiJson, type FakeDocs } from './docs-api.ts';
import { createDrive, type FakeDrive } from './drive.ts';
import { type DocBlock, toHtml, toJsonTree } from './doc-export.ts';
import { DocumentStore, type FakeDocument } from './document.ts';
import { createCacheService, type FakeCacheService } from './cache-service.ts';
import { createHtmlService, type FakeHtmlService } from './html-service.ts';
import { createLockService, type FakeLockService, type LockControl } from './lock-service.ts';
import { createScriptApp, type FakeScriptApp } from './script-app.ts';
import { createSession, createUtilities, type FakeSession, type FakeUtilities } from './services.ts';
import { createSpreadsheetApp, DEFAULT_TIME_ZONE, FakeSpreadsheet, type FakeSpreadsheetApp } from './spreadsheet.ts';
import { createUi, type UiRecord } from './ui.ts';
import { loadWorkbook, type WorkbookJson } from './workbook-json.ts';

export interface EmulatorOptions {
  /** Workbook JSON (validated) or an already built FakeSpreadsheet. Default: one empty "Sheet1". */
  workbook?: WorkbookJson | FakeSpreadsheet | unknown;
  /** Session.getActiveUser().getEmail(); default operator@kecamatan.example. */
  userEmail?: string;
  /** Where HtmlService.createHtmlOutputFromFile reads `<name>.html`; default "dist". */
  distDir?: string;
  /** Spreadsheet / script time zone for a workbook loaded here; default Asia/Jakarta. */
  timeZone?: string;
  /** The user's Docs default is pageless: every new Doc starts PAGELESS. */
  pagelessDocs?: boolean;
  /** A Docs API from before DocumentStyle.documentFormat (it refuses the field). */
  docsWithoutDocumentFormat?: boolean;
  /** Without the Drive advanced service (not enabled in the script). */
  withoutDrive?: boolean;
  /**
   * The scopes the user allowed on Google's (granular) consent screen; default: every scope of
   * `<distDir>/appsscript.json`. Leave one out to be a user who unticked it.
   */
  grantedScopes?: string[];
}

export interface EmulatorGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  Docs: FakeDocs;
  /** Absent when EmulatorOptions.withoutDrive. */
  Drive?: FakeDrive;
  HtmlService: FakeHtmlService;
  LockService: FakeLockService;
  CacheService: FakeCacheService;
  Session: FakeSession;
  ScriptApp: FakeScriptApp;
  Utilities: FakeUtilities;
  console: Console;
  /** The host Date, so `value instanceof Date` holds for dates coming out of the fakes. */
  Date: DateConstructor;
}

export interface Emulator {
  globals: EmulatorGlobals;
  counter: CallCounter;
  spreadsheet: FakeSpreadsheet;
  /** Documents created through Docs.Documents.create, in order (live array). */
  documents: FakeDocument[];
  /** Every batchUpdate received (accepted or refused), in order: its request count and body bytes. */
  docsBatches: BatchRecord[];
  /** Recorded add-on menus and sidebars. */
  ui: UiRecord;
  /** Hold / inspect locks from outside (simulate another execution holding it). */
  locks: LockControl;
  /** Simplified JSON block tree of a created document. */
  docTree(doc: FakeDocument): DocBlock[];
  /** The document as print-ready HTML (page size, margins, fonts, widths, sections). */
  docHtml(doc: FakeDocument): string;
  /** Docs API JSON of a created document (not counted). */
  docApiJson(doc: FakeDocument): GoogleAppsScript.Docs.Schema.Document;
}

/** The oauthScopes of the built manifest; none when there is no build. */
function manifestScopes(distDir: string): string[] {
  const file = path.join(distDir, 'appsscript.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: string[] }).oauthScopes ?? [];
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const counter = options.workbook instanceof FakeSpreadsheet ? options.workbook.counter : createCallCounter();
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  let spreadsheet: FakeSpreadsheet;
  if (options.workbook instanceof FakeSpreadsheet) {
    spreadsheet = options.workbook;
  } else if (options.workbook !== undefined) {
    spreadsheet = loadWorkbook(options.workbook, { counter, timeZone });
  } else {
    spreadsheet = new FakeSpreadsheet(counter, { timeZone });
    spreadsheet.addSheet('Sheet1');
  }
  const { ui, record: uiRecord } = createUi(counter);
  const store = new DocumentStore(options.pagelessDocs ? 'PAGELESS' : 'PAGES');
  const docsBatches: BatchRecord[] = [];
  const { service: lockService, control: locks } = createLockService(counter);
  const globals: EmulatorGlobals = {
    SpreadsheetApp: createSpreadsheetApp({ counter, spreadsheet, ui }),
    Docs: createDocs(counter, store, { withoutDocumentFormat: options.docsWithoutDocumentFormat }, docsBatches),
    ...(options.withoutDrive ? {} : { Drive: createDrive(counter, store) }),
    HtmlService: createHtmlService(counter, options.distDir ?? 'dist'),
    LockService: lockService,
    CacheService: createCacheService(counter),
    Session: createSession(counter, { userEmail: options.userEmail }),
    ScriptApp: createScriptApp(counter, manifestScopes(options.distDir ?? 'dist'), options.grantedScopes),
    Utilities: createUtilities(counter),
    console,
    Date,
  };
  return {
    globals,
    counter,
    spreadsheet,
    documents: store.documents,
    docsBatches,
    ui: uiRecord,
    locks,
    docTree: toJsonTree,
    docHtml: toHtml,
    docApiJson: documentToApiJson,
  };
}

export { loadWorkbook, saveWorkbook, parseWorkbookJson } from './workbook-json.ts';
export type { WorkbookJson, WorkbookSheetJson } from './workbook-json.ts';
export { toHtml, toJsonTree } from './doc-export.ts';
export type { DocBlock } from './doc-export.ts';
export { createCallCounter } from './call-counter.ts';
export type { CallCounter } from './call-counter.ts';
export { FakeSpreadsheet } from './spreadsheet.ts';
export type { FakeDocument } from './document.ts';
export { loadBundle, loadBundleWithoutServices } from './load-bundle.ts';
