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
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a1 } from '../src/core/layout/a1';
import { ENTRY_POINTS } from '../src/entry-points';
import { createEmulator, loadBundle, saveWorkbook, type Emulator } from '../emulator/index.ts';
import { DIST, ensureBuilt, ROOT } from './ensure-built';
import { inputPath, readJsonFile } from './read-json';

export const DEFAULT_WORKBOOK = join(ROOT, 'examples/lima-puluh-pesisir-2023.json');
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

/**
 * The preview page's own script and style (scripts/preview/): typed files, bundled in memory when
 * the server starts. They are not part of dist/, which is exactly what clasp uploads.
 */
export interface PreviewAssets {
  shim: string;
  viewScript: string;
  viewStyle: string;
}

export async function buildPreviewAssets(): Promise<PreviewAssets> {
  const bundle = async (entry: string): Promise<string> => {
    const out = await build({
      entryPoints: [join(ROOT, 'scripts/preview', entry)],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      charset: 'utf8',
      legalComments: 'none',
    });
    // A literal "</script" inside the inlined code would end the <script> element early.
    return out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  };
  return {
    shim: await bundle('shim.ts'),
    viewScript: await bundle('sheet-view.ts'),
    viewStyle: readFileSync(join(ROOT, 'scripts/preview/sheet-view.css'), 'utf8'),
  };
}

function viewPage(assets: PreviewAssets): string {
  return `<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Pratinjau LKjIP Sheets</title><style>${assets.viewStyle}</style></head>
<body>
<iframe id="sidebar" src="/sidebar" title="Panel LKjIP"></iframe>
<div id="sheet">
  <header><h1 id="title"></h1><span id="active" aria-live="polite"></span> <span id="docs"></span></header>
  <div id="tabs" role="tablist"></div>
  <div id="grid"></div>
</div>
<script>${assets.viewScript}</script>
</body>
</html>`;
}

function sidebarPage(distDir: string, assets: PreviewAssets): string {
  const html = readFileSync(join(distDir, 'sidebar.html'), 'utf8');
  const shim = `<script>${assets.shim}</script>`;
  return html.includes('</head>') ? html.replace('</head>', () => `${shim}\n</head>`) : shim + html;
}

export function sheetState(emulator: Emulator) {
  const ss = emulator.spreadsheet;
  const range = ss.activeRangeFake();
  const start = a1(range.row, range.column - 1);
  const end = a1(range.row + range.numRows - 1, range.column + range.numColumns - 2);
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

/** The server functions that answer with a new Doc's url. */
const DOCUMENT_FUNCTIONS = new Set(['generateLkjip', 'buatPerjanjianKinerja', 'buatLaporanTriwulan']);

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
    sendJson(res, 200, { ok: true, value: DOCUMENT_FUNCTIONS.has(fn) ? previewDocUrl(value) : value });
  } catch (error) {
    sendJson(res, 200, { ok: false, message: errorMessage(error) });
  }
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? DIST;
  await ensureBuilt(distDir);
  const assets = await buildPreviewAssets();
  const workbook =
    options.workbook ??
    (options.workbookPath
      ? readJsonFile(inputPath(options.workbookPath), options.workbookPath)
      : readJsonFile(DEFAULT_WORKBOOK));
  const emulator = createEmulator({ workbook, distDir });
  const ctx = loadBundle(emulator, distDir) as Record<string, unknown>;

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? ''}`;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handle = async (): Promise<void> => {
      if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', viewPage(assets));
      if (req.method === 'GET' && path === '/sidebar') return send(res, 200, 'text/html', sidebarPage(distDir, assets));
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

  const wanted = options.port ?? Number(process.env.PORT ?? 8080);
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new Error(
              `Port ${wanted} sudah dipakai program lain (mungkin pratinjau yang masih berjalan). Hentikan program itu, atau pakai port lain: PORT=${wanted + 1} npm start`,
            )
          : e,
      ),
    );
    server.listen(wanted, '127.0.0.1', () => ok());
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
