/**
 * Local preview of the sidebar (`npm start [-- <workbook.json>]`): the built dist/ runs in the
 * emulator (emulator/) and a small node:http server offers
 *   /          the sidebar in a 300 px frame beside a view of the emulated sheets;
 *   /sidebar   dist/sidebar.html with a google.script.run shim injected before its script;
 *   /api/<fn>  POST, JSON array of arguments: runs the server function `fn` (kind `server` in
 *              src/entry-points.ts only) and answers {ok: true, value} or {ok: false, message};
 *   /api/state GET: sheet values, notes, the active range and the generated documents;
 *   /doc/<id>  a generated Doc as the emulator's HTML export.
 * A generated Doc's docs.google.com URL is rewritten to /doc/<id> here, in the preview only, so the
 * sidebar's link works offline while the emulator keeps returning real-looking URLs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRY_POINTS } from '../src/entry-points';
import { createEmulator, loadBundle, saveWorkbook, type Emulator } from '../emulator/index.ts';
import { buildAll } from './build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WORKBOOK = join(root, 'examples/lima-puluh-pesisir-2023.json');
const MAX_BODY_BYTES = 1_000_000;

/** What the sidebar may call: the entry list's `server` functions, nothing else. */
export const SERVER_FUNCTIONS: ReadonlySet<string> = new Set(
  ENTRY_POINTS.filter((e) => e.kind === 'server').map((e) => e.name),
);

export interface ServerOptions {
  /** 0 picks a free port. Default: PORT or 8080. */
  port?: number;
  /** Workbook JSON file; default the Lima Puluh Pesisir example. */
  workbookPath?: string;
  /** Workbook JSON given directly (tests); wins over workbookPath. */
  workbook?: unknown;
  distDir?: string;
}

export interface RunningServer {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Runs in the sidebar page before its own script: google.script.run with the real API shape. */
const SHIM = `(function () {
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, prop) {
        if (prop === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (prop === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (prop === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/' + encodeURIComponent(prop), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(args)
          }).then(function (res) { return res.json(); }, function (err) {
            return { ok: false, message: 'Server pratinjau tidak menjawab: ' + err.message };
          }).then(function (res) {
            if (window.parent !== window) window.parent.postMessage({ lkjipCalled: prop }, window.location.origin);
            if (res.ok) { if (success) success(res.value, userObject); return; }
            var error = new Error(res.message);
            if (failure) failure(error, userObject);
            else setTimeout(function () { throw error; });
          });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {}, editor: { focus: function () {} } } } };
})();`;

const VIEW_STYLE = `
body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; color: #222; }
#sidebar { width: 300px; flex: none; border: 0; border-right: 1px solid #ccc; height: 100vh; }
#sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
header { padding: 8px 12px; border-bottom: 1px solid #ddd; background: #f8f9fa; }
header h1 { font-size: 15px; margin: 0 0 4px; }
#docs a { margin-right: 8px; }
#tabs { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px 8px; border-bottom: 1px solid #ddd; background: #f1f3f4; }
#tabs button { border: 1px solid #ccc; background: #fff; padding: 3px 10px; cursor: pointer; font: inherit; }
#tabs button[aria-selected="true"] { background: #e8f0fe; border-color: #1a73e8; font-weight: bold; }
#grid { flex: 1; overflow: auto; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; max-width: 260px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
th { background: #f1f3f4; color: #555; font-weight: normal; position: sticky; top: 0; }
td.rownum { background: #f1f3f4; color: #555; text-align: right; position: sticky; left: 0; }
th.corner { left: 0; z-index: 2; }
td.note { box-shadow: inset -6px 6px 0 -3px #f9ab00; }
td.active { outline: 2px solid #1a73e8; outline-offset: -2px; background: #e8f0fe; }
#active { color: #555; }
`;

/** The sheet view: built with DOM nodes only, since cell text is data. */
const VIEW_SCRIPT = `(function () {
  var state = null, shown = null, lastActive = '';
  function el(tag, text, cls) { var n = document.createElement(tag); if (text !== undefined) n.textContent = text; if (cls) n.className = cls; return n; }
  function col(n) { var s = ''; while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
  function render() {
    var tabs = document.getElementById('tabs'), grid = document.getElementById('grid');
    tabs.replaceChildren(); grid.replaceChildren();
    document.getElementById('title').textContent = state.name;
    var a = state.active;
    document.getElementById('active').textContent = 'Sel aktif: ' + a.sheet + '!' + a.a1;
    var docs = document.getElementById('docs'); docs.replaceChildren();
    state.documents.forEach(function (d) { var l = el('a', d.name); l.href = '/doc/' + encodeURIComponent(d.id); l.target = '_blank'; l.rel = 'noopener'; docs.appendChild(l); });
    state.sheets.forEach(function (s) {
      var b = el('button', s.name); b.type = 'button'; b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.name === shown));
      b.onclick = function () { shown = s.name; render(); };
      tabs.appendChild(b);
    });
    var sheet = state.sheets.filter(function (s) { return s.name === shown; })[0];
    if (!sheet) return;
    var cols = sheet.values.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    var table = el('table'), head = el('tr');
    head.appendChild(el('th', '', 'corner'));
    for (var c = 1; c <= cols; c++) head.appendChild(el('th', col(c)));
    table.appendChild(head);
    var activeCell = null;
    sheet.values.forEach(function (row, r) {
      var tr = el('tr'); tr.appendChild(el('td', String(r + 1), 'rownum'));
      for (var c = 0; c < cols; c++) {
        var v = row[c]; var td = el('td', v === undefined || v === null ? '' : String(v));
        var note = sheet.notes && sheet.notes[r] && sheet.notes[r][c];
        if (note) { td.title = note; td.classList.add('note'); }
        var inRange = a.sheet === sheet.name && r + 1 >= a.row && r + 1 < a.row + a.numRows && c + 1 >= a.column && c + 1 < a.column + a.numColumns;
        if (inRange) { td.classList.add('active'); if (!activeCell) activeCell = td; }
        td.dataset.cell = col(c + 1) + (r + 1);
        tr.appendChild(td);
      }
      table.appendChild(tr);
    });
    grid.appendChild(table);
    if (activeCell) activeCell.scrollIntoView({ block: 'center', inline: 'center' });
  }
  function refresh() {
    return fetch('/api/state').then(function (r) { return r.json(); }).then(function (s) {
      state = s;
      var key = s.active.sheet + '!' + s.active.a1;
      if (key !== lastActive || !shown) { shown = s.active.sheet; lastActive = key; }
      render();
    });
  }
  window.addEventListener('message', function (e) { if (e.origin === window.location.origin && e.data && e.data.lkjipCalled) refresh(); });
  refresh();
})();`;

function viewPage(): string {
  return `<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Pratinjau LKjIP Sheets</title><style>${VIEW_STYLE}</style></head>
<body>
<iframe id="sidebar" src="/sidebar" title="Panel LKjIP"></iframe>
<div id="sheet">
  <header><h1 id="title"></h1><span id="active" aria-live="polite"></span> <span id="docs"></span></header>
  <div id="tabs" role="tablist"></div>
  <div id="grid"></div>
</div>
<script>${VIEW_SCRIPT}</script>
</body>
</html>`;
}

function sidebarPage(distDir: string): string {
  const html = readFileSync(join(distDir, 'sidebar.html'), 'utf8');
  const shim = `<script>${SHIM}</script>`;
  return html.includes('</head>') ? html.replace('</head>', () => `${shim}\n</head>`) : shim + html;
}

function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function sheetState(emulator: Emulator) {
  const ss = emulator.spreadsheet;
  const range = ss.activeRangeFake();
  const start = `${columnLetters(range.column)}${range.row}`;
  const end = `${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
  return {
    name: ss.spreadsheetName(),
    sheets: saveWorkbook(ss).sheets,
    active: {
      sheet: range.sheet.sheetName(),
      a1: start === end ? start : `${start}:${end}`,
      row: range.row,
      column: range.column,
      numRows: range.numRows,
      numColumns: range.numColumns,
    },
    documents: emulator.documents.map((d) => ({ id: d.id, name: d.name })),
  };
}

/** docs.google.com/document/d/<id>/... → /doc/<id>, for documents this emulator made. */
export function previewDocUrl(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || typeof (value as { url?: unknown }).url !== 'string') return value;
  const m = /^https:\/\/docs\.google\.com\/document\/d\/([^/?#]+)/.exec((value as { url: string }).url);
  return m ? { ...value, url: `/doc/${m[1]}` } : value;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Permintaan terlalu besar.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Errors from the vm context are not `instanceof Error` here (another realm): read `message`. */
function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

async function callServerFunction(
  ctx: Record<string, unknown>,
  fn: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let args: unknown;
  try {
    const body = await readBody(req);
    args = body.trim() === '' ? [] : JSON.parse(body);
  } catch (error) {
    sendJson(res, 400, { ok: false, message: `Argumen tidak dapat dibaca: ${errorMessage(error)}` });
    return;
  }
  if (!Array.isArray(args)) {
    sendJson(res, 400, { ok: false, message: 'Argumen harus berupa daftar (array) JSON.' });
    return;
  }
  const target = ctx[fn];
  if (typeof target !== 'function') {
    sendJson(res, 404, { ok: false, message: `Fungsi server "${fn}" tidak ada di dist/.` });
    return;
  }
  try {
    const value = (target as (...a: unknown[]) => unknown)(...args);
    // Like google.script.run, the value travels as JSON (functions and undefined are dropped).
    sendJson(res, 200, { ok: true, value: fn === 'generateLkjip' ? previewDocUrl(value) : value });
  } catch (error) {
    sendJson(res, 200, { ok: false, message: errorMessage(error) });
  }
}

async function ensureBuilt(distDir: string): Promise<void> {
  const built = (): boolean => existsSync(join(distDir, 'lkjip.js')) && existsSync(join(distDir, 'sidebar.html'));
  if (built()) return;
  console.log('dist/ belum ada: membangun dulu…');
  await buildAll();
  // buildAll writes the project's dist/; another distDir must already hold a build.
  if (!built()) throw new Error(`Hasil build tidak ditemukan di ${distDir} (lkjip.js dan sidebar.html).`);
}

function readWorkbookFile(path: string): unknown {
  if (!existsSync(path)) throw new Error(`Berkas workbook tidak ditemukan: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Berkas ${path} bukan JSON yang sah: ${errorMessage(error)}`);
  }
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? join(root, 'dist');
  await ensureBuilt(distDir);
  const workbook = options.workbook ?? readWorkbookFile(resolve(options.workbookPath ?? DEFAULT_WORKBOOK));
  const emulator = createEmulator({ workbook, distDir });
  const ctx = loadBundle(emulator, distDir) as Record<string, unknown>;

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? ''}`;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handle = async (): Promise<void> => {
      if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', viewPage());
      if (req.method === 'GET' && path === '/sidebar') return send(res, 200, 'text/html', sidebarPage(distDir));
      if (req.method === 'GET' && path === '/api/state') return sendJson(res, 200, sheetState(emulator));
      if (req.method === 'GET' && path.startsWith('/doc/')) {
        const id = decodeURIComponent(path.slice('/doc/'.length));
        const doc = emulator.documents.find((d) => d.id === id);
        return doc
          ? send(res, 200, 'text/html', emulator.docHtml(doc))
          : send(res, 404, 'text/plain', 'Dokumen tidak ditemukan.');
      }
      if (path.startsWith('/api/')) {
        const fn = decodeURIComponent(path.slice('/api/'.length));
        if (!SERVER_FUNCTIONS.has(fn))
          return sendJson(res, 404, { ok: false, message: `Fungsi server "${fn}" tidak dikenal.` });
        if (req.method !== 'POST') return sendJson(res, 405, { ok: false, message: 'Gunakan POST.' });
        // Only this page may call: a page from elsewhere in the browser must not drive the emulator.
        if (req.headers.origin && req.headers.origin !== origin)
          return sendJson(res, 403, { ok: false, message: 'Asal permintaan ditolak.' });
        return callServerFunction(ctx, fn, req, res);
      }
      send(res, 404, 'text/plain', 'Tidak ditemukan.');
    };
    handle().catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, message: errorMessage(error) });
      else res.end();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const workbookPath = process.argv[2];
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT tidak sah: ${process.env.PORT}`);
    process.exit(1);
  }
  startServer({ port, workbookPath }).then(
    (s) =>
      console.log(
        `Pratinjau LKjIP Sheets: ${s.url}  (workbook: ${workbookPath ?? 'examples/lima-puluh-pesisir-2023.json'}; Ctrl+C untuk berhenti)`,
      ),
    (e) => {
      console.error(errorMessage(e));
      process.exit(1);
    },
  );
}
