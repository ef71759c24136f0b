/**
 * The sidebar against the server contract: the answers come from page.route (fixtures.ts), so
 * these tests hold whatever the server functions do, including failures the real ones rarely give.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve';
import { browserSession, delay, fakeServer, type WatchedPage } from './harness';
import { ERROR_FINDINGS, EXAMPLE_CHECK, EXAMPLE_FINDINGS, XSS } from './fixtures';

// Every test: no console errors, no dialogs, nothing fetched from outside (browserSession checks).
const { preview, open } = browserSession();
let server: RunningServer;

beforeAll(async () => {
  server = await preview();
});

function sidebar(): Promise<WatchedPage> {
  return open(`${server.url}sidebar`);
}

describe('Periksa data', () => {
  it('shows counts by severity and the findings grouped by sheet in server order, each with cell and message', async () => {
    const { page } = await sidebar();
    await fakeServer(page, { periksaData: () => ({ ok: true, value: EXAMPLE_CHECK }) });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const result = page.locator('#hasil-periksa');
    await expect.poll(() => result.locator('.count').allTextContents()).toEqual(['0 kesalahan', '6 peringatan']);
    expect(await result.locator('.sheet-group h3').allTextContents()).toEqual([
      'IKU · 1 temuan',
      'AKIP · 3 temuan',
      'DPA · 2 temuan',
    ]);
    expect(await result.locator('button.finding .cell').allTextContents()).toEqual([
      'Q2',
      'C7',
      'E8',
      'F8',
      'F21',
      'F50',
    ]);
    await expect
      .poll(() => result.locator('button.finding').first().textContent())
      .toContain('Capaian 2022 tertulis 96,79, hasil hitung 97,04.');
    expect(await page.locator('#status').textContent()).toBe('Pemeriksaan selesai.');
  });

  it('shows header notes as information: kolom "Anggaran" dibaca sebagai "Pagu"', async () => {
    const { page } = await sidebar();
    await fakeServer(page, { periksaData: () => ({ ok: true, value: EXAMPLE_CHECK }) });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await expect
      .poll(() => page.locator('.header-notes li').allTextContents())
      .toEqual(['DPA!E1: kolom "Anggaran" dibaca sebagai "Pagu"']);
  });

  it('says "Tidak ada masalah" when there are no findings', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({ ok: true, value: { findings: [], counts: { error: 0, warning: 0 }, headerNotes: [] } }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await expect.poll(() => page.locator('#hasil-periksa').textContent()).toContain('Tidak ada masalah');
    expect(await page.locator('button.finding').count()).toBe(0);
  });

  it('clicking a finding calls pilihSel(sheet, cell) and says which cell was selected', async () => {
    const { page } = await sidebar();
    const calls = await fakeServer(page, {
      periksaData: () => ({ ok: true, value: EXAMPLE_CHECK }),
      pilihSel: () => ({ ok: true }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('button.finding', { hasText: 'C7' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('AKIP!C7 dipilih di spreadsheet.');
    expect(calls.filter((c) => c.fn === 'pilihSel').map((c) => c.args)).toEqual([['AKIP', 'C7']]);
  });

  it('is keyboard-usable: findings are buttons, Tab reaches them and Enter selects the cell', async () => {
    const { page } = await sidebar();
    const calls = await fakeServer(page, {
      periksaData: () => ({ ok: true, value: EXAMPLE_CHECK }),
      pilihSel: () => ({ ok: true }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('button.finding').first().waitFor();
    await page.getByRole('button', { name: 'Periksa data' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('C7');
    await page.keyboard.press('Enter');
    await expect.poll(() => calls.filter((c) => c.fn === 'pilihSel').map((c) => c.args)).toEqual([['AKIP', 'C7']]);
    // Focus stays on the finding, so the user can go on to the next one.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('C7');
  });

  it('a failing pilihSel shows the server message in the status line', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({ ok: true, value: EXAMPLE_CHECK }),
      pilihSel: () => ({ ok: false, message: 'Sheet "AKIP" tidak ditemukan.' }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('button.finding', { hasText: 'E8' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Gagal: Sheet "AKIP" tidak ditemukan.');
  });
});

describe('busy state and failures', () => {
  it('disables the buttons and shows what runs (aria-live) while a call is pending', async () => {
    const { page } = await sidebar();
    let release!: () => void;
    const pending = new Promise<void>((r) => (release = r));
    await fakeServer(page, {
      periksaData: async () => {
        await pending;
        return { ok: true, value: EXAMPLE_CHECK };
      },
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Memeriksa data…');
    expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#status .spinner').count()).toBe(1);
    expect(await page.locator('button[data-action]:not([disabled])').count()).toBe(0);
    expect(await page.locator('#panel').getAttribute('aria-busy')).toBe('true');
    release();
    await expect.poll(() => page.locator('button[data-action][disabled]').count()).toBe(0);
    expect(await page.locator('#panel').getAttribute('aria-busy')).toBe('false');
  });

  it("a failing call shows the server's Indonesian message next to the button and frees the buttons", async () => {
    const { page } = await sidebar();
    await fakeServer(page, { periksaData: () => ({ ok: false, message: 'Pemeriksaan data belum tersedia.' }) });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const alert = page.locator('#hasil-periksa [role="alert"]');
    await expect.poll(() => alert.textContent()).toBe('Gagal: Pemeriksaan data belum tersedia.');
    expect(await page.getByRole('button', { name: 'Periksa data' }).isEnabled()).toBe(true);
  });
});

describe('server messages', () => {
  it('drops the "Exception: " / "Error: " prefix Apps Script may put before the message', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      tandaiDiSheet: () => ({ ok: false, message: 'Exception: Spreadsheet sedang dipakai proses lain.' }),
    });
    await page.getByRole('button', { name: 'Tandai di sheet' }).click();
    await expect
      .poll(() => page.locator('#hasil-tanda [role="alert"]').textContent())
      .toBe('Gagal: Spreadsheet sedang dipakai proses lain.');
  });
});

describe('Tandai di sheet / Hapus tanda', () => {
  it('shows the number of notes written and removed', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      tandaiDiSheet: () => ({ ok: true, value: { ditandai: 6 } }),
      hapusTanda: () => ({ ok: true, value: { dihapus: 1234 } }),
    });
    await page.getByRole('button', { name: 'Tandai di sheet' }).click();
    await expect
      .poll(() => page.locator('#hasil-tanda').textContent())
      .toBe('6 catatan [LKjIP] ditaruh pada sel yang bermasalah.');
    await page.getByRole('button', { name: 'Hapus tanda' }).click();
    await expect
      .poll(() => page.locator('#hasil-tanda').textContent())
      .toBe('1.234 catatan [LKjIP] dihapus. Catatan lain tidak diubah.');
  });
});

describe('Buat Template', () => {
  it('shows pesan, the sheets created and the sheets left alone', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      buatTemplate: () => ({
        ok: true,
        value: { dibuat: ['IKU', 'DPA'], dibiarkan: ['Profil'], pesan: '2 sheet dibuat.' },
      }),
    });
    await page.getByRole('button', { name: 'Buat Template' }).click();
    const out = page.locator('#hasil-template');
    await expect.poll(() => out.locator('.message').textContent()).toBe('2 sheet dibuat.');
    expect(await out.locator('.dibuat li').allTextContents()).toEqual(['IKU', 'DPA']);
    expect(await out.locator('.dibiarkan li').allTextContents()).toEqual(['Profil']);
  });
});

describe('Generate LKjIP', () => {
  const okResult = {
    status: 'ok',
    url: '/doc/abc',
    name: 'LKjIP 2023',
    langkah: ['Membaca data', 'Menghitung capaian', 'Menulis dokumen'],
    counts: { error: 0, warning: 6 },
  };

  it('after a check with errors, explains under the button that generating is blocked and lists the errors', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [...ERROR_FINDINGS, ...EXAMPLE_FINDINGS],
          counts: { error: 2, warning: 6 },
          headerNotes: [],
        },
      }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const note = page.locator('#catatan-generate');
    await expect.poll(() => note.locator('.message').textContent()).toContain('Laporan belum dapat disusun');
    expect(await note.locator('button.finding .text').allTextContents()).toEqual([
      'Pagu "dua juta" bukan angka.',
      'Sheet IKM tidak ada.',
    ]);
    expect(await page.getByRole('button', { name: 'Generate LKjIP' }).getAttribute('aria-describedby')).toBe(
      'catatan-generate',
    );
  });

  it('blocked by the server: lists the errors and offers no way to continue', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      generateLkjip: () => ({
        ok: true,
        value: { status: 'blocked', findings: ERROR_FINDINGS, counts: { error: 2, warning: 0 } },
      }),
    });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const out = page.locator('#hasil-generate');
    await expect
      .poll(() => out.locator('.message').first().textContent())
      .toBe('Laporan tidak disusun karena ada 2 kesalahan. Perbaiki dulu:');
    expect(await out.locator('button.finding').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Lanjutkan' }).count()).toBe(0);
  });

  it('needs-confirmation: lists the warnings in Periksa data, and "Lanjutkan" calls generateLkjip(true), then links the Doc (new tab, noopener)', async () => {
    const { page } = await sidebar();
    const calls = await fakeServer(page, {
      generateLkjip: ([lanjut]) =>
        lanjut
          ? { ok: true, value: okResult }
          : {
              ok: true,
              value: { status: 'needs-confirmation', findings: EXAMPLE_FINDINGS, counts: { error: 0, warning: 6 } },
            },
      statusGenerate: () => ({ ok: true, value: { langkah: [], selesai: false } }),
    });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await page.getByRole('button', { name: 'Lanjutkan' }).waitFor();
    expect(await page.locator('#hasil-periksa button.finding').count()).toBe(EXAMPLE_FINDINGS.length);
    expect(await page.locator('#hasil-generate button.finding').count()).toBe(0);
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    const link = page.getByRole('link', { name: 'Buka Laporan Kinerja' });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await link.getAttribute('href')).toBe(`${server.url}doc/abc`);
    expect(calls.filter((c) => c.fn === 'generateLkjip').map((c) => c.args)).toEqual([[false], [true]]);
    expect(await page.locator('#hasil-generate ol.steps li').allTextContents()).toEqual([
      '✓ Membaca data',
      '✓ Menghitung capaian',
      '✓ Menulis dokumen',
    ]);
  });

  it('polls statusGenerate about every 1,5 s while the report is built and shows the current step', async () => {
    const { page } = await sidebar();
    let release!: () => void;
    const pending = new Promise<void>((r) => (release = r));
    let polls = 0;
    const calls = await fakeServer(page, {
      generateLkjip: async () => {
        await pending;
        return { ok: true, value: okResult };
      },
      statusGenerate: () => {
        polls += 1;
        return { ok: true, value: { langkah: okResult.langkah.slice(0, Math.min(polls, 2)), selesai: false } };
      },
    });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const running = page.locator('#hasil-generate ol.steps li[aria-current="step"]');
    await expect.poll(() => running.textContent(), { timeout: 8000 }).toBe('Menghitung capaian');
    expect(await page.locator('#hasil-generate ol.steps li').allTextContents()).toEqual([
      '✓ Membaca data',
      'Menghitung capaian',
    ]);
    release();
    await page.getByRole('link', { name: 'Buka Laporan Kinerja' }).waitFor();
    const pollsAtEnd = calls.filter((c) => c.fn === 'statusGenerate').length;
    await delay(2000);
    // Polling stops with the call.
    expect(calls.filter((c) => c.fn === 'statusGenerate').length).toBe(pollsAtEnd);
  });

  it('a failing generate says the report was not made, with the server message', async () => {
    const { page } = await sidebar();
    await fakeServer(page, { generateLkjip: () => ({ ok: false, message: 'Penyusunan laporan belum tersedia.' }) });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await expect
      .poll(() => page.locator('#hasil-generate [role="alert"]').textContent())
      .toBe('Laporan gagal disusun: Penyusunan laporan belum tersedia.');
    expect(await page.getByRole('button', { name: 'Generate LKjIP' }).isEnabled()).toBe(true);
  });

  it('never links a javascript: URL', async () => {
    const { page } = await sidebar();
    await fakeServer(page, { generateLkjip: () => ({ ok: true, value: { ...okResult, url: 'javascript:alert(1)' } }) });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    await expect.poll(() => page.locator('#hasil-generate').textContent()).toContain('alamat dokumennya tidak sah');
    expect(await page.locator('#hasil-generate a').count()).toBe(0);
  });
});

describe('Buat Perjanjian Kinerja', () => {
  const pkFinding = {
    severity: 'error',
    code: 'missing-value',
    sheet: 'PK Pejabat',
    cell: 'J3',
    message: 'Target untuk indikator "Nilai AKIP" (Sekretaris) kosong. Isi targetnya.',
  };

  it('after Periksa data each section names only the errors that stop its own document', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [ERROR_FINDINGS[0], pkFinding],
          counts: { error: 2, warning: 0 },
          headerNotes: [],
          penghalang: { lkjip: [ERROR_FINDINGS[0]], perjanjian: [pkFinding] },
        },
      }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const note = page.locator('#catatan-perjanjian');
    await expect
      .poll(() => note.locator('.message').textContent())
      .toBe(
        'Perjanjian Kinerja belum dapat disusun: pemeriksaan terakhir menemukan 1 kesalahan. Perbaiki, lalu jalankan Periksa data lagi.',
      );
    expect(await note.locator('button.finding .cell').allTextContents()).toEqual(['J3']);
    expect(await page.locator('#catatan-generate button.finding .text').allTextContents()).toEqual([
      ERROR_FINDINGS[0].message,
    ]);
  });

  it('needs-confirmation, then "Lanjutkan" calls buatPerjanjianKinerja(true) and links the Doc', async () => {
    const { page } = await sidebar();
    const calls = await fakeServer(page, {
      buatPerjanjianKinerja: ([lanjut]) =>
        lanjut
          ? {
              ok: true,
              value: {
                status: 'ok',
                url: '/doc/pk',
                name: 'PK Kecamatan Contoh Tahun 2023',
                langkah: ['Membaca data', 'Menyusun PK Kecamatan Contoh', 'Selesai'],
                counts: { error: 0, warning: 1 },
              },
            }
          : {
              ok: true,
              value: {
                status: 'needs-confirmation',
                findings: [EXAMPLE_FINDINGS[0]],
                counts: { error: 0, warning: 1 },
              },
            },
      statusGenerate: () => ({ ok: true, value: { langkah: [], selesai: false } }),
    });
    await page.getByRole('button', { name: 'Buat Perjanjian Kinerja' }).click();
    const out = page.locator('#hasil-perjanjian');
    await expect
      .poll(() => out.locator('.message').first().textContent())
      .toBe(
        'Ada 1 peringatan. Perjanjian Kinerja tetap dapat disusun, tetapi sebaiknya peringatan itu diperiksa dulu. Lanjutkan menyusun Perjanjian Kinerja?',
      );
    await out.getByRole('button', { name: 'Lanjutkan' }).click();
    const link = page.getByRole('link', { name: 'Buka Perjanjian Kinerja' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${server.url}doc/pk`);
    expect(await out.locator('.message').first().textContent()).toBe(
      'Perjanjian Kinerja "PK Kecamatan Contoh Tahun 2023" selesai disusun.',
    );
    expect(calls.filter((c) => c.fn === 'buatPerjanjianKinerja').map((c) => c.args)).toEqual([[false], [true]]);
    expect(await page.locator('#hasil-generate').textContent()).toBe('');
  });

  it('blocked by the server: lists the errors, no way to continue', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      buatPerjanjianKinerja: () => ({
        ok: true,
        value: { status: 'blocked', findings: [pkFinding], counts: { error: 1, warning: 0 } },
      }),
    });
    await page.getByRole('button', { name: 'Buat Perjanjian Kinerja' }).click();
    const out = page.locator('#hasil-perjanjian');
    await expect
      .poll(() => out.locator('.message').first().textContent())
      .toBe('Perjanjian Kinerja tidak disusun karena ada 1 kesalahan. Perbaiki dulu:');
    expect(await out.locator('button.finding').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lanjutkan' }).count()).toBe(0);
  });
});

describe('Buat Laporan Triwulan', () => {
  const twFinding = {
    severity: 'error',
    code: 'not-a-number',
    sheet: 'Renaksi',
    cell: 'K4',
    message: 'Realisasi TW IV "dua" bukan angka. Tulis angkanya.',
  };

  it('the picked quarter goes to the server; needs-confirmation, then Lanjutkan writes and links that quarter', async () => {
    const { page } = await sidebar();
    const calls = await fakeServer(page, {
      buatLaporanTriwulan: ([tw, lanjut]) =>
        lanjut
          ? {
              ok: true,
              value: {
                status: 'ok',
                url: '/doc/tw',
                name: `Laporan Triwulan ${['I', 'II', 'III', 'IV'][Number(tw) - 1]} Kecamatan Contoh Tahun 2023`,
                langkah: ['Membaca data', 'Menyusun Laporan Kinerja Triwulan II', 'Selesai'],
                counts: { error: 0, warning: 1 },
              },
            }
          : {
              ok: true,
              value: {
                status: 'needs-confirmation',
                findings: [{ ...EXAMPLE_FINDINGS[0], sheet: 'Renaksi', cell: 'I5', code: 'quarter-not-reported' }],
                counts: { error: 0, warning: 1 },
              },
            },
      statusGenerate: () => ({ ok: true, value: { langkah: [], selesai: false } }),
    });
    const picker = page.getByLabel('Triwulan', { exact: true });
    expect(await picker.locator('option').allTextContents()).toEqual([
      'TW I (Januari–Maret)',
      'TW II (April–Juni)',
      'TW III (Juli–September)',
      'TW IV (Oktober–Desember)',
    ]);
    await picker.selectOption('2');
    await page.getByRole('button', { name: 'Buat Laporan Triwulan' }).click();
    const out = page.locator('#hasil-triwulan');
    await expect
      .poll(() => out.locator('.message').first().textContent())
      .toBe(
        'Ada 1 peringatan. Laporan Triwulan II tetap dapat disusun, tetapi sebaiknya peringatan itu diperiksa dulu. Lanjutkan menyusun Laporan Triwulan II?',
      );
    await out.getByRole('button', { name: 'Lanjutkan' }).click();
    const link = page.getByRole('link', { name: 'Buka Laporan Triwulan II' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${server.url}doc/tw`);
    expect(await out.locator('.message').first().textContent()).toBe(
      'Laporan Triwulan II "Laporan Triwulan II Kecamatan Contoh Tahun 2023" selesai disusun.',
    );
    expect(calls.filter((c) => c.fn === 'buatLaporanTriwulan').map((c) => c.args)).toEqual([
      [2, false],
      [2, true],
    ]);
    expect(await page.locator('#hasil-generate').textContent()).toBe('');
  });

  it('while it is written the quarter cannot be changed', async () => {
    const { page } = await sidebar();
    let release: () => void = () => {};
    await fakeServer(page, {
      buatLaporanTriwulan: () =>
        new Promise((resolve) => {
          release = () =>
            resolve({
              ok: true,
              value: { status: 'blocked', findings: [twFinding], counts: { error: 1, warning: 0 } },
            });
        }),
      statusGenerate: () => ({ ok: true, value: { langkah: [], selesai: false } }),
    });
    await page.getByRole('button', { name: 'Buat Laporan Triwulan' }).click();
    await expect.poll(() => page.locator('#pilih-triwulan').isDisabled()).toBe(true);
    release();
    await expect.poll(() => page.locator('#pilih-triwulan').isDisabled()).toBe(false);
    await expect
      .poll(() => page.locator('#hasil-triwulan .message').first().textContent())
      .toMatch(/^Laporan Triwulan (I|II|III|IV) tidak disusun karena ada 1 kesalahan\. Perbaiki dulu:$/);
  });

  it('after Periksa data it names the errors that stop the quarter picked, and follows the picker', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [twFinding],
          counts: { error: 1, warning: 0 },
          headerNotes: [],
          penghalang: {
            lkjip: [twFinding],
            perjanjian: [],
            'triwulan-1': [],
            'triwulan-2': [],
            'triwulan-3': [],
            'triwulan-4': [twFinding],
          },
        },
      }),
    });
    const picker = page.locator('#pilih-triwulan');
    await picker.selectOption('2');
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.locator('#hasil-periksa .count').first().waitFor();
    const note = page.locator('#catatan-triwulan');
    expect(await note.textContent()).toBe('');
    await picker.selectOption('4');
    await expect
      .poll(() => note.locator('.message').textContent())
      .toBe(
        'Laporan Triwulan IV belum dapat disusun: pemeriksaan terakhir menemukan 1 kesalahan. Perbaiki, lalu jalankan Periksa data lagi.',
      );
    expect(await note.locator('button.finding .cell').allTextContents()).toEqual(['K4']);
    await picker.selectOption('3');
    await expect.poll(() => note.textContent()).toBe('');
    expect(await page.locator('#catatan-perjanjian').textContent()).toBe('');
  });
});

describe('cell text is data, never markup', () => {
  it(`a finding, sheet name, header note and template message holding ${XSS} show it literally and run nothing`, async () => {
    const { page, dialogs } = await sidebar();
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings: [
            { severity: 'error', code: 'not-a-number', sheet: XSS, cell: 'E5', message: `Pagu "${XSS}" bukan angka.` },
          ],
          counts: { error: 1, warning: 0 },
          headerNotes: [{ sheet: 'IKU', cell: 'D1', found: XSS, understoodAs: 'Indikator Kinerja' }],
        },
      }),
      buatTemplate: () => ({ ok: true, value: { dibuat: [XSS], dibiarkan: [], pesan: XSS } }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await expect
      .poll(() => page.locator('#hasil-periksa .text').first().textContent())
      .toBe(`Pagu "${XSS}" bukan angka.`);
    expect(await page.locator('#hasil-periksa h3').first().textContent()).toContain(XSS);
    expect(await page.locator('.header-notes li').textContent()).toContain(XSS);
    await page.getByRole('button', { name: 'Buat Template' }).click();
    await expect.poll(() => page.locator('#hasil-template .message').textContent()).toBe(XSS);
    await delay(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('google.script.run shim', () => {
  it('has the real API shape: withUserObject reaches the handler, failures arrive as Error with the message', async () => {
    const { page } = await sidebar();
    await fakeServer(page, {
      hapusTanda: () => ({ ok: true, value: { dihapus: 3 } }),
      tandaiDiSheet: () => ({ ok: false, message: 'Spreadsheet sedang dipakai proses lain.' }),
    });
    const out = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: google.script.run is a chain of dynamic server calls
      const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
      const ok = new Promise((resolve) =>
        run
          .withUserObject('tanda')
          .withSuccessHandler((v: unknown, u: unknown) => resolve([v, u]))
          .hapusTanda(),
      );
      const fail = new Promise((resolve) =>
        run
          .withFailureHandler((e: Error, u: unknown) => resolve([e instanceof Error, e.message, u]))
          .withUserObject(7)
          .tandaiDiSheet(),
      );
      return Promise.all([ok, fail]);
    });
    expect(out).toEqual([
      [{ dihapus: 3 }, 'tanda'],
      [true, 'Spreadsheet sedang dipakai proses lain.', 7],
    ]);
  });
});

describe('Periksa data with thousands of findings', () => {
  it('lists the 200 the server sends for a code and says how many of the total are not shown', async () => {
    const { page } = await sidebar();
    const findings = Array.from({ length: 200 }, (_, i) => ({
      severity: 'error' as const,
      code: 'not-a-number' as const,
      sheet: 'DPA',
      cell: `E${i + 2}`,
      message: 'Pagu berisi "x", bukan angka.',
    }));
    await fakeServer(page, {
      periksaData: () => ({
        ok: true,
        value: {
          findings,
          counts: { error: 1500, warning: 0 },
          headerNotes: [],
          omitted: [{ code: 'not-a-number', severity: 'error', count: 1300, total: 1500 }],
        },
      }),
    });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const result = page.locator('#hasil-periksa');
    await expect.poll(() => result.locator('.count').allTextContents()).toEqual(['1.500 kesalahan', '0 peringatan']);
    expect(await result.locator('button.finding').count()).toBe(200);
    expect(await result.locator('ul.omitted li').allTextContents()).toEqual([
      '1.300 dari 1.500 temuan "bukan angka" tidak ditampilkan di sini (panel menampilkan 200 yang pertama). Perbaiki yang tampak lalu periksa lagi, atau pakai Tandai di Sheet untuk menandai semuanya.',
    ]);
  });
});
