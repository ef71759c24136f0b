/**
 * What a newcomer meets in the panel and the preview, with the real server functions (the built
 * dist/ in the emulator behind the preview server): checks that follow the sheets, missing sheets
 * that offer "Buat Template", Indonesian messages only, the user left on their sheet, and a sheet
 * view whose row numbers and column letters stay on top while scrolling.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, fakeServer, previewState } from './harness';
import { exampleJson } from '../fixtures/example';

const SHOTS = process.env.LKJIP_SCREENSHOTS; // a folder: save screenshots there to look at them

const { browser, preview, open } = browserSession();

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const EMPTY = { name: 'Kosong', sheets: [{ name: 'Sheet1', values: [] }] };

describe('checks follow the sheets', () => {
  it('after Buat Template the earlier Periksa results are checked again: no "Profil belum ada" for a sheet that now exists', async () => {
    const server = await preview(EMPTY);
    const { page } = await open(`${server.url}sidebar`, { width: 300, height: 1200 });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const results = page.locator('#hasil-periksa');
    await expect.poll(() => results.textContent()).toContain('Sheet "Profil" belum ada');
    // The generate section repeats the blocking errors under its button.
    await expect.poll(() => page.locator('#catatan-generate').textContent()).toContain('Profil');
    await shot(page, 'periksa-kosong');

    await page.locator('#tombol-template').click();
    await page.locator('#hasil-template .message').waitFor();
    // A missing sheet is gone from the results; the new sheets' own findings ("belum ada indikator") stay.
    await expect.poll(() => results.textContent()).not.toMatch(/Sheet "[^"]+" belum ada/);
    // The sheets exist now; what remains is what a fresh template lacks (values to fill in).
    expect((await previewState(server)).sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi']),
    );
    // Whole-sheet findings that remain are about the new sheets' empty content, never a missing sheet.
    const wholeSheet = await results.locator('button.finding[data-cell=""]').allTextContents();
    expect(wholeSheet.filter((t) => /Sheet "[^"]+" belum ada/.test(t))).toEqual([]);
    expect(await page.locator('#catatan-generate').textContent()).not.toMatch(/Sheet "[^"]+" belum ada/);
    await expect.poll(() => page.locator('#status').textContent()).toBe('');
    await shot(page, 'periksa-setelah-template');
  });

  it('clicking a finding about a missing sheet says it does not exist yet and offers Buat Template, which creates it', async () => {
    const server = await preview(EMPTY);
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('#hasil-periksa button.finding[data-sheet="Profil"]').click();
    const status = page.locator('#status');
    await expect
      .poll(() => status.textContent())
      .toBe('Sheet "Profil" belum ada di spreadsheet ini. Buat dengan Buat Template. Buat Template');
    expect(await status.textContent()).not.toMatch(/dihapus/);
    await shot(page, 'tawaran-template');
    await status.getByRole('button', { name: 'Buat Template' }).click();
    await page.locator('#hasil-template .message').waitFor();
    expect((await previewState(server)).sheets.map((s) => s.name)).toContain('Profil');
  });

  it('a sheet deleted after the check gets the same offer from the server, never "mungkin sudah dihapus"', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    // The check still lists AKIP!E8, but the spreadsheet has no AKIP sheet any more.
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [
            { severity: 'warning', code: 'predikat-mismatch', sheet: 'Tidak Ada', cell: 'E8', message: 'Predikat.' },
          ],
          counts: { error: 0, warning: 1 },
          headerNotes: [],
        },
      }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('button.finding', { hasText: 'E8' }).click();
    const status = page.locator('#status');
    await expect.poll(() => status.textContent()).toContain('Sheet "Tidak Ada" belum ada di spreadsheet ini.');
    expect(await status.getByRole('button', { name: 'Buat Template' }).count()).toBe(1);
  });

  it("a cell outside the sheet's grid gets an Indonesian message, not Apps Script's English one", async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [{ severity: 'error', code: 'not-a-number', sheet: 'IKU', cell: 'A5000', message: 'Bukan angka.' }],
          counts: { error: 1, warning: 0 },
          headerNotes: [],
        },
      }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('#hasil-periksa button.finding', { hasText: 'A5000' }).click();
    const status = page.locator('#status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Gagal: Sel IKU!A5000 berada di luar sheet "IKU" (1000 baris × 26 kolom), mungkin baris atau kolomnya sudah dihapus. Jalankan Periksa data lagi.',
      );
    expect(await status.textContent()).not.toMatch(/coordinates|outside|dimensions/);
  });
});

describe('texts', () => {
  it('every finding on a broken example ends with its fix; long names are cut at a word boundary; one word for error', async () => {
    const wb = exampleJson();
    const dpa = wb.sheets.find((s) => s.name === 'DPA')!;
    // Row 4 is a sub kegiatan (Uraian in C, Pagu in E, Realisasi in H): a long name, and a
    // realisasi above its pagu so that a finding quotes the name.
    const row = dpa.values[3];
    expect(row[1]).toBe('Sub Kegiatan');
    row[2] = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota pada Kecamatan Lima Puluh Pesisir';
    row[7] = (row[4] as number) + 1000;
    const server = await preview(wb);
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const texts = await page.locator('#hasil-periksa button.finding .text').allTextContents();
    expect(texts.length).toBeGreaterThan(6);
    const fix =
      /\b(Isi|Perbaiki|Periksa|Tambahkan|Hapus|Samakan|Ketik|Sisipkan|Pindahkan|Buat|Jalankan|Pastikan|Ganti|Gunakan|Pakai)\b[^.]*[^.]*\.?$/;
    for (const t of texts) {
      const sentences = t.split(/\.\s+(?=[A-Z(])/);
      expect(sentences[sentences.length - 1], t).toMatch(fix);
    }
    const long = texts.find((t) => t.includes('Program Penunjang'))!;
    expect(long).toContain('"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota…"');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
    const panel = await page.locator('#panel').innerText();
    expect(panel).not.toMatch(/galat|Error|Periksa Data/);
    await shot(page, 'temuan-dengan-perbaikan');
  });
});

describe('Generate LKjIP', () => {
  it('leaves the active sheet where the user was (not on the new Riwayat sheet)', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('button.finding', { hasText: 'Q2' }).click();
    await expect.poll(async () => (await previewState(server)).active).toMatchObject({ sheet: 'IKU', a1: 'Q2' });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.locator('a.doc-link').waitFor({ timeout: 30000 });
    const after = await previewState(server);
    expect(after.sheets.map((s) => s.name)).toContain('Riwayat');
    expect(after.active.sheet).toBe('IKU');
  });
});

describe('preview sheet view', () => {
  it('row numbers and column letters stay on top of the cells scrolled under them', async () => {
    const server = await preview();
    const { page } = await open(server.url, { width: 1000, height: 500 });
    await page.getByRole('tab', { name: 'DPA' }).click();
    const grid = page.locator('#grid');
    await grid.locator('td.rownum').first().waitFor();
    await grid.evaluate((g) => {
      g.scrollLeft = 400;
      g.scrollTop = 300;
    });
    const box = (await grid.boundingBox())!;
    // What is painted at the left edge of the grid, a few rows down: a row number, not a cell.
    const atLeft = await page.evaluate(
      ({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement | null)?.className ?? '',
      { x: box.x + 8, y: box.y + 120 },
    );
    expect(atLeft).toBe('rownum');
    // And at the top edge, further right: a column letter.
    const atTop = await page.evaluate(
      ({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement | null)?.tagName ?? '',
      { x: box.x + 300, y: box.y + 6 },
    );
    expect(atTop).toBe('TH');
    // Collapsed borders stay behind when a sticky cell moves: the row-number column would lose its
    // edge and the scrolled text would run straight into the numbers. Separate borders move along.
    const edge = await grid.evaluate((g) => {
      const table = g.querySelector('table')!;
      const rownum = g.querySelector('td.rownum')!;
      return [getComputedStyle(table).borderCollapse, getComputedStyle(rownum).borderRightWidth];
    });
    expect(edge).toEqual(['separate', '1px']);
    await shot(page, 'sheet-view-scrolled');
  });

  it('a generated Doc shows its page breaks as pages, with no English label', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    const link = page.locator('a.doc-link');
    await link.waitFor({ timeout: 30000 });
    const href = (await link.getAttribute('href'))!;
    const doc = await browser().newPage();
    await doc.goto(new URL(href, server.url).href);
    // The Doc renders as pages (its page breaks start a new page), with no English label anywhere.
    const pages = await doc.locator('.page').count();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
    const text = await doc.locator('body').innerText();
    await doc.close();
    expect(pages).toBeGreaterThan(1);
    expect(text).not.toMatch(/page break/i);
  });
});
