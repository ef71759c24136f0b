/** The preview server (scripts/serve.ts) without a browser: routes, the /api allow-list, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_POINTS } from '../../src/entry-points';
import { SERVER_FUNCTIONS, previewDocUrl, type RunningServer } from '../../scripts/serve';
import { startPreview } from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startPreview();
});

afterAll(async () => {
  await server?.close();
});

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

describe('preview server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('allows exactly the entry points of kind "server"', () => {
    expect([...SERVER_FUNCTIONS].sort()).toEqual(
      [
        'bacaSurvei',
        'buatLaporanTriwulan',
        'buatPerjanjianKinerja',
        'buatTemplate',
        'generateLkjip',
        'hapusTanda',
        'imporSurvei',
        'periksaData',
        'pilihSel',
        'statusGenerate',
        'tandaiDiSheet',
      ].sort(),
    );
    expect(ENTRY_POINTS.filter((e) => e.kind !== 'server').every((e) => !SERVER_FUNCTIONS.has(e.name))).toBe(true);
  });

  it.each(['onOpen', 'bukaPanel', 'CAPAIAN', 'constructor', '__proto__', 'SpreadsheetApp', 'eval'])(
    'refuses %s through /api with 404',
    async (fn) => {
      const res = await post(`/api/${fn}`, '[]');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ ok: false, message: `Fungsi server "${fn}" tidak dikenal.` });
    },
  );

  it('refuses GET on a server function, arguments that are not a JSON array, and calls from another origin', async () => {
    expect((await fetch(new URL('/api/periksaData', server.url))).status).toBe(405);
    expect((await post('/api/pilihSel', '{"sheet":"IKU"}')).status).toBe(400);
    expect((await post('/api/pilihSel', 'bukan json')).status).toBe(400);
    expect((await post('/api/periksaData', '[]', { Origin: 'https://contoh.example' })).status).toBe(403);
  });

  it('passes a thrown Error message through as {ok: false, message}', async () => {
    // pilihSel on a sheet that does not exist must fail with a message, whatever the implementation.
    const res = await post('/api/pilihSel', JSON.stringify(['Sheet Yang Tidak Ada', 'A1']));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; message?: string };
    expect(body.ok).toBe(false);
    expect(typeof body.message).toBe('string');
    expect(body.message!.length).toBeGreaterThan(0);
  });

  it('/sidebar is dist/sidebar.html with the google.script.run shim before the sidebar script', async () => {
    const html = await (await fetch(new URL('/sidebar', server.url))).text();
    const shim = html.search(/window\.google\s*=\s*\{\s*script:\s*\{\s*run:/);
    expect(shim).toBeGreaterThan(0);
    expect(shim).toBeLessThan(html.lastIndexOf('<script>'));
    expect(html).toContain('add-ons1.css');
  });

  it('/ puts the sidebar in a 300 px frame beside the sheet view', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('<iframe id="sidebar" src="/sidebar"');
    expect(html).toMatch(/#sidebar \{\s*width: 300px;/);
  });

  it('/api/state gives every sheet of the workbook and the active range', async () => {
    const state = (await (await fetch(new URL('/api/state', server.url))).json()) as {
      sheets: Array<{ name: string; values: unknown[][] }>;
      active: { sheet: string; a1: string };
    };
    expect(state.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi']),
    );
    expect(state.sheets.find((s) => s.name === 'IKU')!.values[0][3]).toBe('Indikator Kinerja');
    expect(state.active).toEqual(expect.objectContaining({ sheet: 'Profil', a1: 'A1' }));
  });

  it('/doc/<id> of an unknown document is 404', async () => {
    expect((await fetch(new URL('/doc/tidak-ada', server.url))).status).toBe(404);
  });

  it('rewrites a docs.google.com document URL to the local /doc/<id> export, and nothing else', () => {
    expect(previewDocUrl({ status: 'ok', url: 'https://docs.google.com/document/d/doc-0001/edit', name: 'L' })).toEqual(
      {
        status: 'ok',
        url: '/doc/doc-0001',
        name: 'L',
      },
    );
    expect(previewDocUrl({ status: 'ok', url: 'https://contoh.example/document/d/x' })).toEqual({
      status: 'ok',
      url: 'https://contoh.example/document/d/x',
    });
    expect(previewDocUrl({ status: 'blocked' })).toEqual({ status: 'blocked' });
  });
});
