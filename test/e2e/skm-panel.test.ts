/**
 * "Impor Survei" end to end: the built dist/ in the emulator behind the preview server, the panel
 * in headless Chromium, on the Forms fixture (test/fixtures/skm-forms.ts) plus a second, English
 * response sheet. Pick the sheet, see the mapping, change it, import, see the counts; import again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve';
import { formsWorkbook, RESPONSE_SHEET, RESPONSE_VALUES } from '../fixtures/skm-forms';
import { browserSession, previewState } from './harness';
import { exampleJson } from '../fixtures/example';

const { preview, open } = browserSession();
const SHOTS = mkdtempSync(join(tmpdir(), 'lkjip-e2e-skm-'));
let server: RunningServer;

function workbook() {
  const wb = formsWorkbook(exampleJson());
  // A second response sheet, as Forms names it in an English account; listed before the first.
  wb.sheets.splice(1, 0, {
    name: 'Form Responses 2',
    values: [
      ['Timestamp', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      ['2024-05-01T10:00:00', 4, 4, 4, 4, 4, 4, 4, 4, 4],
    ],
  });
  return wb;
}

beforeAll(async () => {
  server = await preview(workbook());
});

describe('Impor Survei panel', () => {
  it('pick the sheet, see and change the mapping, import, see the counts; importing again adds nothing', async () => {
    const { page } = await open(`${server.url}sidebar`);
    await page.getByRole('button', { name: 'Baca survei' }).click();

    // Pick: the first response sheet is shown first; choose the Indonesian one.
    const sheetSelect = page.locator('#skm-sheet');
    await sheetSelect.waitFor();
    expect(await sheetSelect.locator('option').allTextContents()).toEqual(['Form Responses 2', RESPONSE_SHEET]);
    expect(await sheetSelect.inputValue()).toBe('Form Responses 2');
    await sheetSelect.selectOption(RESPONSE_SHEET);
    await expect.poll(() => page.locator('#skm-u1').inputValue()).toBe('7');

    // See: U1–U9 by the questionnaire wording, sarana (O) to U9 and pengaduan (P) to U8.
    const chosen = [];
    for (let u = 1; u <= 9; u++) chosen.push(await page.locator(`#skm-u${u}`).inputValue());
    expect(chosen).toEqual(['7', '8', '9', '10', '11', '12', '13', '15', '14']);
    expect(await page.locator('#skm-u8 option:checked').textContent()).toBe(
      'P · penanganan pengaduan pengguna layanan?',
    );
    expect(await page.locator('.skm-cara').first().textContent()).toBe('dari teks pertanyaan');
    expect(await page.locator('#skm-layanan option:checked').textContent()).toBe('C · Jenis Layanan');
    expect(await page.locator('#hasil-impor-survei .count').allTextContents()).toEqual([
      '7 dibaca',
      '5 baru',
      '0 sudah ada',
      '2 tertunda',
    ]);

    // Change: one column for two unsur is refused in Indonesian, and nothing is written.
    await page.locator('#skm-u9').selectOption('15');
    await page.getByRole('button', { name: 'Impor ke sheet IKM' }).click();
    await expect
      .poll(() => page.locator('#hasil-impor-survei .message.error').textContent())
      .toBe('Gagal: Kolom P dipilih untuk U8 dan U9. Setiap unsur harus dari kolom pertanyaannya sendiri.');
    expect((await previewState(server)).sheets.some((s) => s.name === 'IKM')).toBe(false);

    // Swap U8 and U9 on purpose, then import.
    await page.locator('#skm-u8').selectOption('14');
    expect(await page.locator('.skm-cara').nth(7).textContent()).toBe('pilihan Anda');
    await page.getByRole('button', { name: 'Impor ke sheet IKM' }).click();
    const out = page.locator('#hasil-impor-survei');
    await out.locator('.skm-nik').waitFor();
    expect(await out.locator('.count').allTextContents()).toEqual(['7 dibaca', '5 baru', '0 sudah ada', '2 tertunda']);
    // Equal weights: swapping two unsur does not change the NIK (83,75, hand-computed in test/core/skm).
    expect(await out.locator('.skm-nik').textContent()).toBe('NIK sheet IKM sekarang 83,75, mutu pelayanan B (Baik).');
    expect(await out.locator('.unread-texts li').allTextContents()).toEqual([
      '"Lumayan" · 2× · U3',
      '"Cukup puas" · 1× · U6',
    ]);
    expect(await out.locator('button.finding .cell').allTextContents()).toEqual(['J7', 'J8', 'M8']);
    expect(await page.locator('#status').textContent()).toBe('Impor survei selesai.');

    const after = await previewState(server);
    const ikm = after.sheets.find((s) => s.name === 'IKM');
    expect(ikm?.values).toHaveLength(6);
    const header = ikm?.values[0] as string[];
    // Response row 3: sarana "Cukup" (2), pengaduan "c. Berfungsi kurang maksimal" (3) — swapped by the user.
    expect(ikm?.values[2][header.indexOf('U8 Penanganan Pengaduan, Saran dan Masukan')]).toBe(2);
    expect(ikm?.values[2][header.indexOf('U9 Sarana dan Prasarana')]).toBe(3);
    expect(after.sheets.find((s) => s.name === RESPONSE_SHEET)?.values).toEqual(RESPONSE_VALUES);

    // A finding opens its response cell.
    await out.locator('button.finding[data-cell="J7"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${RESPONSE_SHEET}!J7 dipilih di spreadsheet.`);
    expect((await previewState(server)).active).toEqual(expect.objectContaining({ sheet: RESPONSE_SHEET, a1: 'J7' }));

    // Again: nothing new.
    await page.getByRole('button', { name: 'Impor ke sheet IKM' }).click();
    await expect
      .poll(() => out.locator('.count').allTextContents())
      .toEqual(['7 dibaca', '0 baru', '5 sudah ada', '2 tertunda']);
    expect((await previewState(server)).sheets.find((s) => s.name === 'IKM')?.values).toHaveLength(6);
    await page.locator('#judul-survei').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'skm-panel.png'), fullPage: true });
  });

  it('no response sheet yet: not a red "Gagal", but that there is none and the steps to link the Form', async () => {
    const plain = await preview();
    const { page } = await open(`${plain.url}sidebar`);
    await page.getByRole('button', { name: 'Baca survei' }).click();
    const out = page.locator('#hasil-survei');
    await expect
      .poll(() => out.locator('.message').textContent())
      .toMatch(/^Belum ada sheet respons Google Forms di spreadsheet ini/);
    expect(await out.locator('.message').getAttribute('class')).toBe('message info');
    expect(await out.locator('[role="alert"]').count()).toBe(0);
    expect(await out.textContent()).not.toContain('Gagal');
    expect(await out.locator('ol.skm-langkah li').count()).toBe(4);
    expect(await out.locator('ol.skm-langkah li').nth(1).textContent()).toContain('Tautkan ke Spreadsheet');
    expect(await page.locator('#status').textContent()).toBe(
      'Belum ada sheet respons Google Forms: tautkan formulirnya dulu.',
    );
    expect(await page.getByRole('button', { name: 'Impor ke sheet IKM' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'skm-tanpa-respons.png'), fullPage: true });
  });
});
