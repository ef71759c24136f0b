import { describe, expect, it, vi } from 'vitest';
import { createEmulator, type EmulatorOptions, loadBundle, type WorkbookJson } from '../../emulator/index';
import { makeBigWorkbook } from '../../scripts/big-workbook';
import { readWorkbook } from '../../src/core/layout/read-workbook';
import { buildReport } from '../../src/core/report/build-report';
import { reportChars } from '../../src/core/report/report-size';
import { exampleJson } from '../fixtures/example';
import { sheet, toRaw } from '../fixtures/messy-workbooks';

// Generate LKjIP through the built bundle against what Google refuses or strips: each bad input
// ends in a finished Doc with the panel (and Riwayat) saying what was left out, or a Doc named
// [BELUM LENGKAP] with a message saying so. Then the scale: every batch within the limits.

interface Result {
  status: string;
  url?: string;
  name?: string;
  langkah?: string[];
  catatan?: string[];
  findings?: { severity: string; code: string; sheet: string; cell: string; message: string }[];
}

function run(workbook: WorkbookJson, options: EmulatorOptions = {}) {
  const em = createEmulator({ workbook, ...options });
  const ctx = loadBundle(em);
  return { em, generate: (lanjut: boolean) => ctx.generateLkjip(lanjut) as Result };
}

function withRows(name: string, ...rows: unknown[][]): WorkbookJson {
  const wb = exampleJson();
  (sheet(wb, name).values as unknown[][]).push(...rows);
  return wb;
}

function docText(em: ReturnType<typeof createEmulator>): string {
  return JSON.stringify(em.docTree(em.documents[0]));
}

function withinLimits(em: ReturnType<typeof createEmulator>): void {
  expect(em.docsBatches.length).toBeGreaterThan(0);
  for (const b of em.docsBatches) {
    expect(b.requests).toBeLessThanOrEqual(500);
    expect(b.bytes).toBeLessThanOrEqual(2_000_000);
  }
}

describe('image addresses', () => {
  it('a Google Drive share link as Logo (URL): a warning at its cell with the public link to use; the report is written without the logo', () => {
    const { em, generate } = run(
      withRows('Profil', ['Logo (URL)', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing']),
    );
    const first = generate(false);
    const f = first.findings!.find((x) => x.code === 'bad-image-url')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Profil', cell: 'B12' });
    expect(f.message).toContain('https://drive.google.com/uc?export=view&id=1AbCdEfGhIjKlMnOp');
    const done = generate(true);
    expect(done.status).toBe('ok');
    expect(em.docTree(em.documents[0]).some((b) => b.type === 'image')).toBe(false);
  });

  it('an image Google refuses (it cannot fetch it): the report is finished without it and its caption; the panel and Riwayat say so', () => {
    const { em, generate } = run(
      withRows('Narasi', ['Gambar', 'Gambaran Umum', 'https://peta.invalid/wilayah.png Peta Wilayah Kecamatan']),
    );
    const done = generate(true);
    expect(done.status).toBe('ok');
    expect(done.catatan).toEqual([
      expect.stringMatching(/^Gambar 1\.1 \(https:\/\/peta\.invalid\/wilayah\.png\) tidak dapat dimuat/),
    ]);
    expect(docText(em)).not.toContain('Peta Wilayah Kecamatan');
    expect(em.documents[0].name).toBe(done.name);
    expect(done.name).not.toContain('BELUM LENGKAP');
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.cellAt(1, 7)?.value).toBe('Catatan');
    expect(riwayat.cellAt(2, 7)?.value).toBe(done.catatan![0]);
  });
});

describe('characters Google Docs strips', () => {
  it('Word Symbol bullets in Narasi: a warning at the cell, and the Doc prints •', () => {
    const wb = exampleJson();
    const narasi = sheet(wb, 'Narasi').values as unknown[][];
    const at = narasi.findIndex((r) => r[0] === 'Latar Belakang');
    narasi[at][2] = `\uf0b7 Rapat koordinasi bulanan\n\uf0b7 Pembinaan aparatur desa\u0007`;
    const { em, generate } = run(wb);
    const f = generate(false).findings!.find((x) => x.code === 'unprintable-character')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Narasi', cell: `C${at + 1}` });
    expect(f.message).toContain('U+F0B7');
    expect(f.message).toContain('U+0007');
    expect(generate(true).status).toBe('ok');
    expect(docText(em)).toContain('• Rapat koordinasi bulanan');
  });
});

describe('what Google may not do for the add-on', () => {
  it('a user whose Docs default is pageless still gets a paged report', () => {
    const { em, generate } = run(exampleJson(), { pagelessDocs: true });
    expect(generate(true).status).toBe('ok');
    const ds = em.docApiJson(em.documents[0]).documentStyle as { documentFormat?: { documentMode?: string } };
    expect(ds.documentFormat?.documentMode).toBe('PAGES');
  });

  it('an API without documentFormat: the report is complete and the panel says how to set pages by hand', () => {
    const { generate } = run(exampleJson(), { docsWithoutDocumentFormat: true });
    const done = generate(true);
    expect(done.status).toBe('ok');
    expect(done.catatan).toEqual([expect.stringContaining('File → Penyiapan halaman')]);
  });

  it('without the Drive service the Doc cannot be renamed: it is complete, keeps [BELUM LENGKAP], and the panel says to remove it', () => {
    const { em, generate } = run(exampleJson(), { withoutDrive: true });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const done = generate(true);
    logged.mockRestore();
    expect(done.status).toBe('ok');
    expect(done.name).toMatch(/^\[BELUM LENGKAP\] LKjIP /);
    expect(em.documents[0].name).toBe(done.name);
    expect(done.catatan).toEqual([expect.stringContaining('Hapus awalan [BELUM LENGKAP]')]);
  });
});

describe('Generate at scale: every batch within 500 requests and 2 MB', () => {
  it('20.000 DPA rows: the detail at kegiatan level with a note in the report’s words; the Doc under 500.000 characters', () => {
    // 10 programs × 20 kegiatan × 100 sub kegiatan = 20.000 sub kegiatan (20.210 rows).
    const { em, generate } = run(
      makeBigWorkbook({ dpaPrograms: 10, kegiatanPerProgram: 20, subPerKegiatan: 100, respondents: 100 }),
    );
    expect(generate(true).status).toBe('ok');
    withinLimits(em);
    const api = em.docApiJson(em.documents[0]);
    const end = api.body!.content![api.body!.content!.length - 1].endIndex!;
    expect(end).toBeLessThan(500_000);
    const text = docText(em);
    expect(text).toContain('Rincian 20.000 sub kegiatan tidak dimuat dalam tabel ini');
    expect(text).toContain('Pagu dan Realisasi Anggaran per Program dan Kegiatan Tahun 2023');
    expect(text).not.toMatch(/\bsheet\b|\bkolom\b|\bbaris\b/i);
  }, 300_000);

  it('500 IKU indicators: the compact form, the Doc under 500.000 characters, every batch within the limits', () => {
    const workbook = makeBigWorkbook({
      dpaPrograms: 6,
      kegiatanPerProgram: 2,
      subPerKegiatan: 2,
      respondents: 100,
      indikator: 500,
    });
    const { em, generate } = run(workbook);
    const done = generate(true);
    expect(done.status).toBe('ok');
    withinLimits(em);
    const api = em.docApiJson(em.documents[0]);
    const end = api.body!.content![api.body!.content!.length - 1].endIndex!;
    // The full form was 1.284.990 characters, past the 1,02 million Google holds in one Doc.
    expect(end).toBeLessThan(500_000);
    // The size the form is chosen by (report-size.ts) is the Doc's own count, within 1%.
    const report = buildReport(readWorkbook(toRaw(workbook)).workbook, { generatedAt: new Date() });
    expect(Math.abs(reportChars(report) - end) / end).toBeLessThan(0.01);
    const text = docText(em);
    expect(text).toContain('Persentase layanan uji 500 yang selesai tepat waktu');
    expect(text).toContain('capaian kinerja disajikan secara ringkas per sasaran strategis');
    expect(text).not.toMatch(/\bsheet\b|\bkolom\b|\bbaris\b/i);
    expect(done.catatan).toEqual([expect.stringMatching(/^Laporan memuat 500 indikator kinerja; .* bentuk ringkas/)]);
    expect(em.spreadsheet.inspectSheet('Riwayat').cellAt(2, 7)?.value).toBe(done.catatan![0]);
  }, 300_000);
});
