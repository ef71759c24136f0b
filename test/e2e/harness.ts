/**
 * Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the preview
 * server started in-process. Every page records dialogs, console errors and page errors, and never
 * reaches the network: the add-ons1.css link gets an empty stylesheet (so the page is tested with
 * its own style.css only), any other outside request is refused and recorded.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM as CHROMIUM_PATH } from '../../scripts/report-pdf';
import { DEFAULT_WORKBOOK, startServer, type RunningServer, type ServerOptions } from '../../scripts/serve';

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  dialogs: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (other than add-ons1.css). */
  outside: string[];
}

/**
 * Close a watched page and return what went wrong on it. Every test asserts this is empty: no
 * console errors, no dialogs, nothing fetched from outside 127.0.0.1.
 */
async function closeWatched(watched: WatchedPage): Promise<{ errors: string[]; dialogs: string[]; outside: string[] }> {
  await watched.context.close();
  return { errors: watched.errors, dialogs: watched.dialogs, outside: watched.outside };
}

async function openPage(browser: Browser, url: string, viewport = { width: 300, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const dialogs: string[] = [];
  const errors: string[] = [];
  const outside: string[] = [];
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route: Route) => {
      const target = route.request().url();
      if (target.endsWith('/add-ons1.css')) return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
      outside.push(target);
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, dialogs, errors, outside };
}

/** The preview server on a free port, with the given workbook (default: the example). */
export function startPreview(options: Omit<ServerOptions, 'port'> = {}): Promise<RunningServer> {
  return startServer({ ...options, port: 0 });
}

export interface BrowserSession {
  /** The file's Chromium, launched before its first test. */
  browser(): Browser;
  /** A preview server with `workbook` (default: the example), closed after the file's last test. */
  preview(workbook?: unknown): Promise<RunningServer>;
  /** A watched page on `url`; after the test it is closed and must show no error, dialog or outside request. */
  open(url: string, viewport?: { width: number; height: number }): Promise<WatchedPage>;
}

/**
 * The hooks every browser test file shares: one Chromium for the file, the preview servers it
 * started closed after it, and after every test the page it opened closed and checked: no console
 * errors, no dialogs, nothing fetched from outside. Call once at the top of a test file.
 */
export function browserSession(): BrowserSession {
  let browser: Browser;
  const servers: RunningServer[] = [];
  let current: WatchedPage | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  afterEach(async () => {
    if (!current) return;
    const watched = current;
    current = null;
    expect(await closeWatched(watched)).toEqual({ errors: [], dialogs: [], outside: [] });
  });

  return {
    browser: () => browser,
    async preview(workbook) {
      const server = await startPreview(workbook === undefined ? { workbookPath: DEFAULT_WORKBOOK } : { workbook });
      servers.push(server);
      return server;
    },
    async open(url, viewport) {
      current = await openPage(browser, url, viewport);
      return current;
    },
  };
}

/** The preview spreadsheet as it is now: its sheets and the active cell. */
export async function previewState(server: RunningServer): Promise<{
  sheets: Array<{ name: string; values: unknown[][]; notes?: string[][] }>;
  active: { sheet: string; a1: string };
}> {
  return (await fetch(new URL('/api/state', server.url))).json();
}

/** Answers `/api/<fn>` in the page as the server contract says, without the server. */
export async function fakeServer(
  page: Page,
  handlers: Record<
    string,
    (
      args: unknown[],
    ) =>
      | { ok: true; value?: unknown }
      | { ok: false; message: string }
      | Promise<{ ok: boolean; value?: unknown; message?: string }>
  >,
): Promise<Array<{ fn: string; args: unknown[] }>> {
  const calls: Array<{ fn: string; args: unknown[] }> = [];
  await page.route(/\/api\/(?!state)[^/]+$/, async (route) => {
    const fn = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const args = JSON.parse(route.request().postData() ?? '[]') as unknown[];
    calls.push({ fn, args });
    const handler = handlers[fn];
    if (!handler) return route.continue();
    const body = await handler(args);
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
  return calls;
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
