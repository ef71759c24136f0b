/**
 * The whole path with the real server functions: the built dist/ in the emulator behind the
 * preview server, the sidebar in headless Chromium. Expected findings: test/expected-lima-puluh-pesisir.json.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameLocator, Locator } from 'playwright-core';
import { browserSession, previewState } from './harness';
import { exampleJson } from '../fixtures/example';
import { renaksiWorkbook } from '../fixtures/renaksi-workbook';
import { XSS } from './fixtures';

const ROOT = join(__dirname, '../..');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test/expected-lima-puluh-pesisir.json'), 'utf8')) as {
  findings: Array<{ severity: string; sheet: string; cell: string }>;
};

// Every test: no console errors, no dialogs, nothing fetched from outside (browserSession checks).
const { preview, open } = browserSession();
/** Screenshots to look at, in this run's own folder. */
const SHOTS = mkdtempSync(join(tmpdir(), 'lkjip-e2e-preview-'));

/** `Sheet!Cell` of every finding button inside `scope`, in page order. */
async function findingPlaces(scope: Locator): Promise<string[]> {
  return scope
    .locator('button.finding')
    .evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-sheet')}!${n.getAttribute('data-cell')}`));
}

describe('Periksa data on the example workbook', () => {
  it('lists IKU!Q2, AKIP!C7, E8, F8, DPA!F21, F50 as warnings, no errors, with matching counts', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const result = page.locator('#hasil-periksa');
    await result.locator('.count').first().waitFor();
    const places = await findingPlaces(result);
    const expected = EXPECTED.findings.map((f) => `${f.sheet}!${f.cell}`);
    expect(places).toEqual(expect.arrayContaining(expected));
    for (const f of EXPECTED.findings) {
      const button = result.locator(`button.finding[data-sheet="${f.sheet}"][data-cell="${f.cell}"]`).first();
      expect(await button.getAttribute('class')).toContain(f.severity);
    }
    const errors = await result.locator('button.finding.error').count();
    const warnings = await result.locator('button.finding.warning').count();
    expect(errors).toBe(0);
    expect(await result.locator('.count').allTextContents()).toEqual([`${errors} kesalahan`, `${warnings} peringatan`]);
  });

  it('clicking the IKU!Q2 finding makes Q2 the active cell, and the sheet view shows it', async () => {
    const server = await preview();
    const { page } = await open(server.url, { width: 1200, height: 800 });
    const sidebar: FrameLocator = page.frameLocator('#sidebar');
    await sidebar.getByRole('button', { name: 'Periksa data' }).click();
    await sidebar.locator('button.finding[data-sheet="IKU"][data-cell="Q2"]').click();
    await expect.poll(() => sidebar.locator('#status').textContent()).toBe('IKU!Q2 dipilih di spreadsheet.');
    const state = await previewState(server);
    expect(state.active).toEqual(expect.objectContaining({ sheet: 'IKU', a1: 'Q2' }));
    await expect.poll(() => page.locator('td.active').getAttribute('data-cell')).toBe('Q2');
    expect(await page.locator('#tabs button[aria-selected="true"]').textContent()).toBe('IKU');
    expect(await page.locator('#active').textContent()).toBe('Sel aktif: IKU!Q2');
    await page.screenshot({ path: join(SHOTS, 'preview.png') });
  });
});

describe('Tandai di sheet / Hapus tanda on the example', () => {
  it('writes one [LKjIP] note per cell with findings, shows the count, and removes them again', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Tandai di sheet' }).click();
    const out = page.locator('#hasil-tanda .message');
    await out.waitFor();
    const text = (await out.textContent())!;
    const n = Number(/^(\d+) catatan \[LKjIP\] ditaruh/.exec(text)?.[1]);
    // One note per cell: the expected findings sit on this many distinct cells (Narasi!C19 holds four).
    expect(n).toBeGreaterThanOrEqual(new Set(EXPECTED.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
    const state = await previewState(server);
    const iku = state.sheets.find((s) => s.name === 'IKU')!;
    expect(iku.notes?.[1]?.[16]).toMatch(/^\[LKjIP\]/); // Q2
    await page.getByRole('button', { name: 'Hapus tanda' }).click();
    await expect.poll(() => out.textContent()).toBe(`${n} catatan [LKjIP] dihapus. Catatan lain tidak diubah.`);
  });
});

describe('Buat Template on an empty workbook', () => {
  it('lists the standard sheets it created', async () => {
    const server = await preview({ name: 'Kosong', sheets: [{ name: 'Sheet1', values: [] }] });
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Buat Template' }).click();
    const out = page.locator('#hasil-template');
    await out.locator('.message').waitFor();
    const created = await out.locator('.dibuat li').allTextContents();
    expect(created).toEqual(expect.arrayContaining(['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi']));
    const state = await previewState(server);
    expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(created));
  });
});

describe('cell text is data', () => {
  it(`a DPA cell and an IKU Polaritas holding ${XSS} are quoted literally in findings; no img, no dialog`, async () => {
    const wb = exampleJson();
    const dpa = wb.sheets.find((s) => s.name === 'DPA')!;
    dpa.values[3][8] = XSS; // Realisasi Kinerja of a sub kegiatan: not a number
    const iku = wb.sheets.find((s) => s.name === 'IKU')!;
    iku.values[1][5] = XSS; // Polaritas: neither Positif nor Negatif
    const server = await preview(wb);
    const { page, dialogs } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('#hasil-periksa .count').first().waitFor();
    const texts = await page.locator('#hasil-periksa button.finding .text').allTextContents();
    expect(texts.filter((t) => t.includes(XSS)).length).toBeGreaterThanOrEqual(1);
    expect(await findingPlaces(page.locator('#hasil-periksa'))).toEqual(expect.arrayContaining(['DPA!I4', 'IKU!F2']));
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('Generate LKjIP on the example', () => {
  it('confirms the warnings, shows the steps, then links the Doc, which opens locally', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`, { width: 300, height: 1800 });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('#hasil-periksa .count').first().waitFor();
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const link = page.getByRole('link', { name: 'Buka Laporan Kinerja' });
    const lanjut = page.getByRole('button', { name: 'Lanjutkan' });
    const first = page.locator('#hasil-generate .message').first();
    await first.waitFor({ timeout: 30000 });
    // The example has warnings and no errors: the user is asked first.
    expect(await first.textContent()).toMatch(/^Ada \d+ peringatan\./);
    expect(await lanjut.count()).toBe(1);
    // The warnings are listed once, in Periksa data; the confirmation links to them.
    expect(await page.locator('#hasil-generate button.finding').count()).toBe(0);
    expect(await page.locator('#hasil-periksa button.finding').count()).toBeGreaterThanOrEqual(
      EXPECTED.findings.length,
    );
    await lanjut.click();
    await link.waitFor({ timeout: 30000 });
    expect(await page.locator('#hasil-generate ol.steps li').count()).toBeGreaterThan(0);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${server.url}doc/[^/]+$`));
    const doc = await fetch(href);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toContain('Lima Puluh Pesisir');
    await page.screenshot({ path: join(SHOTS, 'sidebar.png'), fullPage: true });
  });
});

describe('Buat Laporan Triwulan on the example with a Renaksi', () => {
  it('TW II is written at once (nothing it prints has a finding), its steps shown, the Doc opens locally', async () => {
    const server = await preview(renaksiWorkbook());
    const { page } = await open(`${server.url}sidebar`, { width: 300, height: 1800 });
    await page.locator('#pilih-triwulan').selectOption('2');
    await page.getByRole('button', { name: 'Buat Laporan Triwulan' }).click();
    const link = page.getByRole('link', { name: 'Buka Laporan Triwulan II' });
    await link.waitFor({ timeout: 30000 });
    expect(await page.locator('#hasil-triwulan ol.steps li').allTextContents()).toContain(
      '✓ Menyusun Laporan Kinerja Triwulan II',
    );
    const doc = await (await fetch((await link.getAttribute('href'))!)).text();
    expect(doc).toContain('LAPORAN KINERJA TRIWULAN II TAHUN 2023');
    expect(doc).toContain('99,67');
    await page.locator('#judul-triwulan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'laporan-triwulan.png'), fullPage: true });
  });
});

describe('Buat Perjanjian Kinerja on the example', () => {
  it('writes the PK at once (no warning is about what it prints) and links the Doc, which opens locally', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`, { width: 300, height: 1800 });
    await page.getByRole('button', { name: 'Buat Perjanjian Kinerja' }).click();
    const link = page.getByRole('link', { name: 'Buka Perjanjian Kinerja' });
    await link.waitFor({ timeout: 30000 });
    expect(await page.locator('#hasil-perjanjian ol.steps li').allTextContents()).toContain(
      '✓ Menyusun PK Kecamatan Lima Puluh Pesisir',
    );
    const doc = await fetch((await link.getAttribute('href'))!);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toContain('PERJANJIAN KINERJA TAHUN 2023');
  });
});
