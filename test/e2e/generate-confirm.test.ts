/**
 * "Generate LKjIP" on a workbook with warnings, in the panel's real size (300 × 700 px) with the
 * real server functions (the built add-on in the emulator behind the preview server): the
 * question comes into view with the focus on Lanjutkan, the warnings are listed once (in Periksa
 * data, linked from the question), and the status line says what is awaited. Also the two
 * Google-side answers a clerk can get instead: a permission left unticked, and Google's own
 * English errors.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, fakeServer } from './harness';

const PANEL = { width: 300, height: 700 };
const SHOTS = mkdtempSync(join(tmpdir(), 'lkjip-e2e-generate-'));

const { preview, open } = browserSession();

/** Whether `selector`'s box lies wholly inside the 700 px viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PANEL.height;
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('Generate LKjIP with warnings, at 300 × 700', () => {
  for (const checkedFirst of [false, true]) {
    it(`${checkedFirst ? 'after' : 'without'} Periksa data: Lanjutkan in view and focused, the warnings listed once, the status line filled`, async () => {
      const server = await preview();
      const { page } = await open(`${server.url}sidebar`, PANEL);
      if (checkedFirst) {
        await page.getByRole('button', { name: 'Periksa data' }).click();
        await page.locator('#hasil-periksa .count').first().waitFor();
      }
      const generate = page.getByRole('button', { name: 'Generate LKjIP' });
      await generate.scrollIntoViewIfNeeded();
      await generate.click();
      const lanjut = page.getByRole('button', { name: 'Lanjutkan' });
      await lanjut.waitFor({ timeout: 30000 });

      expect(await inView(page, '#hasil-generate button.create')).toBe(true);
      expect(await focusedText(page)).toBe('Lanjutkan');
      // The status line is sticky at the top: it says what the panel waits for.
      expect(await page.locator('#status').textContent()).toMatch(
        /^Ada 7 peringatan: klik Lanjutkan untuk tetap menyusun laporan, atau Batal\.$/,
      );
      expect(await inView(page, '#status')).toBe(true);
      // Each warning once on the whole page: in Periksa data, none under the question.
      expect(await page.locator('#hasil-generate button.finding').count()).toBe(0);
      const texts = await page.locator('button.finding .text').allTextContents();
      expect(texts).toHaveLength(7);
      expect(new Set(texts).size).toBe(texts.length);
      expect(await page.locator('#hasil-periksa .count').allTextContents()).toEqual(['0 kesalahan', '7 peringatan']);
      await page.screenshot({ path: join(SHOTS, `konfirmasi-${checkedFirst ? 'setelah-periksa' : 'langsung'}.png`) });

      // The link brings the list into view and gives it the focus.
      await page.getByRole('link', { name: 'Lihat 7 peringatan di bagian Periksa data' }).click();
      expect(await inView(page, '#hasil-periksa .counts')).toBe(true);
      // …and not under the sticky status line.
      const status = await page.locator('#status').boundingBox();
      const counts = await page.locator('#hasil-periksa .counts').boundingBox();
      expect(counts!.y).toBeGreaterThanOrEqual(status!.y + status!.height);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('hasil-periksa');

      // Enter on the focused Lanjutkan continues.
      await lanjut.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Buka Laporan Kinerja' }).waitFor({ timeout: 30000 });
    });
  }

  it('Batal: says so in the status line and gives the focus back to Generate LKjIP', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`, PANEL);
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await page.getByRole('button', { name: 'Batal' }).click();
    expect(await page.locator('#status').textContent()).toBe('Penyusunan dibatalkan.');
    expect(await focusedText(page)).toBe('Generate LKjIP');
  });
});

describe('what Google can answer instead, in Indonesian', () => {
  it("a permission left unticked: names it and links Google's page that asks again; nothing generated", async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`, PANEL);
    await fakeServer(page, {
      generateLkjip: () => ({
        ok: true,
        value: {
          status: 'needs-authorization',
          izin: [
            {
              untuk: 'membuat Google Dokumen laporan di Drive Anda',
              consentText: 'See, edit, create, and delete only the specific Google Drive files you use with this app',
            },
          ],
          url: 'https://script.google.com/macros/d/EMULATOR/authorize',
        },
      }),
    });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const out = page.locator('#hasil-generate');
    await expect
      .poll(() => out.locator('.message').textContent())
      .toBe(
        'Laporan belum disusun: LKjIP Sheets belum diberi izin untuk membuat Google Dokumen laporan di Drive Anda ("See, edit, create, and delete only the specific Google Drive files you use with this app"). Izin itu tidak dicentang saat Google memintanya.',
      );
    const link = page.getByRole('link', { name: 'Berikan izin di Google' });
    expect(await link.getAttribute('href')).toBe('https://script.google.com/macros/d/EMULATOR/authorize');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await out.textContent()).toContain('lalu klik Generate LKjIP lagi');
    expect(await page.locator('#status').textContent()).toBe('Laporan belum disusun: Google perlu izin Anda dulu.');
  });

  it('the multi-account storage error reaches the clerk in Indonesian with what to do, in every section', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`, PANEL);
    const google = "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
    await fakeServer(page, {
      periksaData: () => ({ ok: false, message: google }),
      generateLkjip: () => ({ ok: false, message: 'Authorization is required to perform that action.' }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const alert = page.locator('#hasil-periksa [role="alert"]');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Gagal: Google menolak panggilan panel ini \(kode PERMISSION_DENIED\)/);
    expect(await alert.textContent()).toContain('jendela Samaran (Ctrl+Shift+N)');
    expect(await alert.textContent()).not.toContain("We're sorry");

    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const failed = page.locator('#hasil-generate [role="alert"]');
    await expect
      .poll(() => failed.textContent())
      .toMatch(/Google meminta izin lagi sebelum LKjIP Sheets dapat bekerja/);
    expect(await failed.textContent()).not.toContain('Authorization is required');
  });
});
