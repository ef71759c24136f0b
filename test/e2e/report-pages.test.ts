/**
 * The report as a reviewer pages through it: the preview (/doc/<id>, report.html) shows every
 * page break as a page, and its print (Chromium, as `npm run demo` makes report.pdf) is read back
 * page by page with poppler's pdftotext: no page under a fifth full but a chapter's last, none
 * ending on a heading, a caption or a program row, the DPA detail within 7 pages. Then the panel's
 * two last clicks after generating.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printPdf } from '../../scripts/report-pdf';
import { browserSession, fakeServer } from './harness';

const { preview, open } = browserSession();

async function generated() {
  const server = await preview();
  const res = await fetch(new URL('/api/generateLkjip', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([true]),
  });
  const body = (await res.json()) as { ok: boolean; value: { status: string } };
  expect(body.value.status).toBe('ok');
  const doc = server.emulator.documents[0];
  return { server, doc, html: server.emulator.docHtml(doc) };
}

interface PrintedPage {
  /** Body lines top to bottom (the footer left out). */
  lines: string[];
  /** How far down the text area the body text reaches, 0–1. */
  fill: number;
  landscape: boolean;
}

/** The preview printed to PDF, each page's text lines with their height on the page (A4, margins 2,5/3 cm). */
async function printed(html: string): Promise<PrintedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-pages-'));
  writeFileSync(join(dir, 'report.html'), html);
  await printPdf(join(dir, 'report.html'), join(dir, 'report.pdf'));
  const xml = execFileSync('pdftotext', ['-bbox-layout', join(dir, 'report.pdf'), '-'], {
    encoding: 'utf8',
    maxBuffer: 1e8,
  });
  return xml
    .split('<page ')
    .slice(1)
    .map((p) => {
      const height = Number(/height="([\d.]+)"/.exec(p)?.[1]);
      const landscape = height < 700;
      // Margins: top 2,5 cm (70,87 pt), bottom 3 cm (85,04 pt); the footer sits in the bottom margin.
      const top = 70.87;
      const bottom = height - 85.04;
      const lines = [
        ...p.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
      ]
        .map((m) => ({
          y0: Number(m[1]),
          y1: Number(m[2]),
          text: [...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        }))
        .filter((l) => l.y1 <= bottom + 2)
        .sort((a, b) => a.y0 - b.y0);
      const lowest = Math.max(top, ...lines.map((l) => l.y1));
      return { lines: lines.map((l) => l.text), fill: (lowest - top) / (bottom - top), landscape };
    });
}

const CHAPTER = /^(LAPORAN KINERJA|KATA PENGANTAR|DAFTAR (ISI|TABEL|GAMBAR)|IKHTISAR EKSEKUTIF|BAB [IVX]+|LAMPIRAN)\b/;

describe('the report preview and its print', () => {
  it('the screen preview shows the cover and the Kata Pengantar on different pages, each a page high', async () => {
    const { server, doc } = await generated();
    const { page } = await open(`${server.url}doc/${doc.id}`, { width: 1000, height: 900 });
    const pageOf = (text: string) =>
      page.evaluate((t) => {
        const pages = Array.from(document.querySelectorAll('section.page'));
        return pages.findIndex((p) =>
          Array.from(p.querySelectorAll('h1, h2, p')).some((e) => e.textContent?.trim() === t),
        );
      }, text);
    const cover = await pageOf('LAPORAN KINERJA');
    const kata = await pageOf('KATA PENGANTAR');
    expect(cover).toBe(0);
    expect(kata).toBe(1);
    const heights = await page.evaluate(() =>
      Array.from(document.querySelectorAll('section.page'))
        .slice(0, 3)
        .map((p) => p.getBoundingClientRect().height),
    );
    // A4 is 841,89 pt high: 1122,5 CSS px.
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(1122);
  });

  it('printed: cover and Kata Pengantar on pages 1 and 2; no page under a fifth full but a chapter’s last; no heading, caption or program row last on a page; the DPA detail within 7 pages', async () => {
    const { html } = await generated();
    const pages = await printed(html);
    expect(pages[0].lines).toContain('LAPORAN KINERJA');
    expect(pages[0].lines.join(' ')).not.toContain('KATA PENGANTAR');
    expect(pages[1].lines[0]).toBe('KATA PENGANTAR');
    const short = pages.flatMap((p, i) => {
      const next = pages[i + 1];
      const chapterEnds = !next || CHAPTER.test(next.lines[0] ?? '');
      return p.fill < 0.2 && !chapterEnds ? [`halaman ${i + 1}: ${Math.round(p.fill * 100)}%, ${p.lines[0]}`] : [];
    });
    expect(short).toEqual([]);
    // From the Ikhtisar on (the Daftar Tabel before it lists captions), a caption (`Tabel 3.2 …`)
    // or a numbered heading (`3.1.2 …`) never closes a page.
    const body = pages.findIndex((p) => p.lines[0] === 'IKHTISAR EKSEKUTIF');
    const lastLines = pages.slice(body, -1).map((p, i) => `${body + i + 1}: ${p.lines[p.lines.length - 1] ?? ''}`);
    expect(body).toBeGreaterThan(1);
    expect(lastLines.filter((l) => /^\d+: (Tabel \w+\.\d+ |\d+\.\d+(\.\d+)? [A-Z])/.test(l))).toEqual([]);
    const first = pages.findIndex(
      (p, i) => i > body && p.lines.some((l) => l.startsWith('Tabel 3.20 Pagu dan Realisasi Anggaran')),
    );
    const after = pages.findIndex((p, i) => i > first && p.lines[0]?.startsWith('BAB IV'));
    expect(first).toBeGreaterThan(0);
    expect(after - first).toBeLessThanOrEqual(7);
    // Landscape only where a table cannot fit portrait: the DPA detail, not the 2-row Renstra table.
    const landscape = pages.flatMap((p, i) => (p.landscape ? [i] : []));
    expect(landscape.length).toBeGreaterThan(0);
    expect(landscape.every((i) => i >= first && i < after)).toBe(true);
    // On the DPA pages, the last row is never a program (`7.01.01` alone, no kegiatan part).
    const programLast = pages.slice(first, after).filter((p) => {
      const rows = p.lines.filter((l) => /^\d+\.\d{2}\.\d{2}/.test(l));
      return rows.length > 0 && /^\d+\.\d{2}\.\d{2}(\s|$)/.test(rows[rows.length - 1]);
    });
    expect(programLast.map((p) => p.lines[p.lines.length - 1])).toEqual([]);
  }, 120_000);
});

describe('after generating: what the report was written without, and the two last clicks', () => {
  it('lists the notes, gives Sisipkan → Nomor halaman and Sisipkan → Daftar isi, and closes with Sudah', async () => {
    const server = await preview();
    const { page } = await open(`${server.url}sidebar`);
    await fakeServer(page, {
      generateLkjip: () => ({
        ok: true,
        value: {
          status: 'ok',
          url: '/doc/abc',
          name: 'LKjIP 2023',
          langkah: ['Membaca data', 'Menulis dokumen', 'Selesai'],
          counts: { error: 0, warning: 0 },
          catatan: ['Gambar 1.1 (https://pemda.invalid/peta.png) tidak dapat dimuat Google Dokumen.'],
        },
      }),
      statusGenerate: () => ({ ok: true, value: { langkah: [], selesai: true } }),
    });
    await page.getByRole('button', { name: 'Generate LKjIP' }).click();
    const box = page.locator('#hasil-generate .finishing');
    await box.waitFor();
    expect(await page.locator('#hasil-generate .notes li').allTextContents()).toEqual([
      'Gambar 1.1 (https://pemda.invalid/peta.png) tidak dapat dimuat Google Dokumen.',
    ]);
    const steps = await box.locator('li').allTextContents();
    expect(steps[0]).toContain('Sisipkan → Nomor halaman');
    expect(steps[0]).toContain('sampul tidak bernomor');
    expect(steps[1]).toContain('Sisipkan → Daftar isi');
    expect(steps[1]).toContain('DAFTAR ISI');
    await box.getByRole('button', { name: 'Sudah' }).click();
    await expect.poll(() => page.locator('#hasil-generate .finishing').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Buka Laporan Kinerja' }).count()).toBe(1);
  });
});
