import { describe, expect, it, vi } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import { makeBigWorkbook } from '../../scripts/big-workbook';
import { exampleJson } from '../fixtures/example';
import { sheet } from '../fixtures/messy-workbooks';

// "Generate LKjIP" through the built bundle (dist/, built by test/global-setup.ts) in the emulator.

const EXAMPLE = exampleJson();
const LAYOUT_SHEETS = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi'];

interface Result {
  status: string;
  url?: string;
  name?: string;
  langkah?: string[];
  findings?: { severity: string; code: string }[];
  counts: { error: number; warning: number };
}

function run(workbook: WorkbookJson = EXAMPLE, userEmail?: string) {
  const em = createEmulator({ workbook: structuredClone(workbook), ...(userEmail !== undefined ? { userEmail } : {}) });
  const ctx = loadBundle(em);
  return {
    em,
    generate: (lanjut: boolean) => ctx.generateLkjip(lanjut) as Result,
    status: () => ctx.statusGenerate() as { langkah: string[]; selesai: boolean },
  };
}

function edit(workbook: WorkbookJson, name: string, fn: (values: unknown[][]) => void): WorkbookJson {
  const copy = structuredClone(workbook);
  fn(sheet(copy, name).values as unknown[][]);
  return copy;
}

describe('generateLkjip on the example', () => {
  const { em, generate, status } = run();
  const first = generate(false);
  const second = generate(true);
  const doc = em.documents[0];

  it('shows the warnings first (needs-confirmation), writing nothing', () => {
    expect(first.status).toBe('needs-confirmation');
    expect(first.counts).toEqual({ error: 0, warning: 13 });
    expect(first.findings!.every((f) => f.severity === 'warning')).toBe(true);
    expect(em.documents).toHaveLength(1); // only the second call created a Doc
  });

  it('with lanjut=true: status ok, a new Doc named LKjIP <Instansi> Tahun <YYYY> – <tanggal jam>, every named step', () => {
    expect(second.status).toBe('ok');
    expect(second.url).toBe(doc.getUrl());
    expect(second.name).toMatch(
      /^LKjIP Kecamatan Lima Puluh Pesisir Tahun 2023 – \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2}$/,
    );
    expect(doc.name).toBe(second.name);
    expect(second.langkah).toEqual([
      'Membaca data',
      'Memeriksa data',
      'Menyusun BAB I',
      'Menyusun BAB II',
      'Menyusun BAB III',
      'Menyusun BAB IV',
      'Menulis dokumen',
      'Selesai',
    ]);
    expect(status()).toEqual({ langkah: second.langkah, selesai: true });
  });

  it('the Doc holds the report tables, a long one repeating its header row, and the key figures', () => {
    const tree = em.docTree(doc);
    const tables = tree.filter((b) => b.type === 'table') as { rows: string[][]; header?: true }[];
    expect(tables.length).toBeGreaterThanOrEqual(20);
    // The Lampiran PK's borderless grids (each party's Nama/Jabatan and the signatures, on the
    // statement and on its lampiran) have no header row; up to 12 body rows a table is kept on one
    // page, so only a longer one has a header row to repeat.
    const grid = (t: { rows: string[][] }) => /^(Nama|PIHAK KEDUA,)/.test(t.rows[0][0]);
    expect(tables.filter(grid).map((t) => t.rows[0][0].split('\n')[0])).toEqual([
      'Nama',
      'Nama',
      'PIHAK KEDUA,',
      'PIHAK KEDUA,',
    ]);
    expect(tables.filter((t) => !grid(t)).every((t) => (t.header === true) === t.rows.length > 13)).toBe(true);
    expect(tables.some((t) => t.header === true)).toBe(true);
    const text = JSON.stringify(tree);
    for (const s of [
      '2.216.552.780',
      '2.053.237.731',
      '92,63',
      '99,72',
      '88,12',
      'B (Baik)',
      '19780607 201001 1 013',
      '31 Januari 2024',
      '97,04',
      '66,56',
      '3,64',
      '5,01',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('96,79');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    const headings = tree.filter((b) => b.type === 'heading') as { level: number; text: string }[];
    expect(headings[0]).toEqual({ type: 'heading', level: 0, text: 'LAPORAN KINERJA' });
    expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toContain('BAB III AKUNTABILITAS KINERJA');
  });

  it('numeric cells are right-aligned and header cells centred and shaded, total rows bold', () => {
    const api = em.docApiJson(doc);
    const tables = (api.body!.content ?? []).filter((el) => el.table).map((el) => el.table!);
    const budget = tables.find((t) =>
      t.tableRows![0].tableCells!.some((c) => JSON.stringify(c).includes('Sub Kegiatan')),
    )!;
    const cellText = (c: GoogleAppsScript.Docs.Schema.TableCell) =>
      (c.content ?? [])
        .map((p) => (p.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join(''))
        .join('')
        .trim();
    const align = (c: GoogleAppsScript.Docs.Schema.TableCell) => c.content![0].paragraph!.paragraphStyle!.alignment;
    const bold = (c: GoogleAppsScript.Docs.Schema.TableCell) =>
      (c.content![0].paragraph!.elements ?? []).every((e) => e.textRun?.textStyle?.bold === true);
    const header = budget.tableRows![0].tableCells!;
    const pagu = header.findIndex((c) => cellText(c) === 'Pagu (Rp)');
    expect(pagu).toBeGreaterThan(0);
    expect(header.every((c) => align(c) === 'CENTER' && bold(c))).toBe(true);
    expect(header.every((c) => JSON.stringify(c.tableCellStyle?.backgroundColor).includes('rgbColor'))).toBe(true);
    const rows = budget.tableRows!.slice(1);
    for (const row of rows) {
      expect(align(row.tableCells![pagu])).toBe('END');
      expect(align(row.tableCells![1])).not.toBe('END');
    }
    const total = rows[rows.length - 1].tableCells!;
    expect(cellText(total[pagu])).toBe('2.216.552.780');
    expect(bold(total[pagu])).toBe(true);
    expect(bold(rows[1].tableCells![1])).toBe(false); // a kegiatan row is not bold
  });

  it('A4 pages; every table has fixed widths (its widest column takes what is left) within the text width of their section; H1 centred', () => {
    const api = em.docApiJson(doc);
    const ds = api.documentStyle as unknown as Record<
      string,
      { magnitude: number; width?: { magnitude: number }; height?: { magnitude: number } }
    >;
    // A4 = 210 × 297 mm = 595,28 × 841,89 pt.
    expect(ds.pageSize.width!.magnitude).toBeCloseTo(595.28, 2);
    expect(ds.pageSize.height!.magnitude).toBeCloseTo(841.89, 2);
    const portrait = 595.28 - ds.marginLeft.magnitude - ds.marginRight.magnitude;
    const landscape = 841.89 - ds.marginLeft.magnitude - ds.marginRight.magnitude;
    let flipped = false;
    let landscapeTables = 0;
    for (const el of api.body!.content!) {
      if (el.sectionBreak)
        flipped = (el.sectionBreak.sectionStyle as { flipPageOrientation?: boolean }).flipPageOrientation === true;
      if (!el.table) continue;
      const props = el.table.tableStyle!.tableColumnProperties!;
      // A borderless grid of the Perjanjian Kinerja (a party's Nama/Jabatan, the signatures) has no header row.
      const cell0 = el.table.tableRows![0].tableCells![0] as {
        tableCellStyle?: { borderTop?: { width?: { magnitude?: number } } };
      };
      if (cell0.tableCellStyle?.borderTop?.width?.magnitude === 0) continue;
      const fixed = props.filter((p) => p.widthType === 'FIXED_WIDTH');
      expect(fixed.every((p) => p.width!.magnitude! >= 5)).toBe(true);
      // A data table leaves one column EVENLY_DISTRIBUTED (one request fewer).
      expect(props.length - fixed.length).toBe(1);
      const sum = fixed.reduce((a, p) => a + p.width!.magnitude!, 0);
      expect(sum).toBeLessThanOrEqual((flipped ? landscape : portrait) + 0.01);
      const rows = el.table.tableRows!;
      expect((rows[0].tableRowStyle as { tableHeader?: boolean }).tableHeader === true).toBe(rows.length > 13);
      const header = el.table.tableRows![0].tableCells!.map(
        (c) => c.content![0].paragraph!.elements![0].textRun?.content,
      );
      if (header.includes('Program / Kegiatan / Sub Kegiatan\n')) {
        expect(flipped).toBe(true);
      }
      if (flipped) landscapeTables++;
    }
    expect(landscapeTables).toBeGreaterThanOrEqual(1);
    const h1 = api.body!.content!.filter((e) => e.paragraph?.paragraphStyle?.namedStyleType === 'HEADING_1');
    expect(h1.length).toBeGreaterThanOrEqual(6);
    expect(h1.every((e) => e.paragraph!.paragraphStyle!.alignment === 'CENTER')).toBe(true);
    const bab1 = h1
      .map((e) => e.paragraph!.elements!.map((r) => r.textRun?.content ?? '').join(''))
      .find((t) => t.startsWith('BAB I'));
    expect(bab1).toBe('BAB I\u000bPENDAHULUAN\n');
  });

  it('appends one Riwayat row of plain values: time, user, Doc link, error/warning counts, which document, no note', () => {
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.getFrozenRows()).toBe(1);
    expect(riwayat.cellAt(1, 1)?.format.fontWeight).toBe('bold');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => riwayat.cellAt(1, c)?.value)).toEqual([
      'Waktu',
      'Pengguna',
      'Dokumen',
      'Kesalahan',
      'Peringatan',
      'Jenis',
      'Catatan',
    ]);
    expect(riwayat.cellAt(2, 6)?.value).toBe('LKjIP');
    expect(riwayat.cellAt(2, 7)?.value).toBe('');
    const row = [1, 2, 3, 4, 5].map((c) => riwayat.cellAt(2, c));
    expect(row[0]?.value).toBeInstanceOf(Date);
    expect(row[1]?.value).toBe('operator@kecamatan.example');
    expect(row[2]?.value).toBe(second.url);
    expect([row[3]?.value, row[4]?.value]).toEqual([0, 13]);
    expect(row.every((c) => !c?.formula)).toBe(true);
    expect(riwayat.cellAt(3, 1)?.value ?? '').toBe('');
  });
});

describe('generateLkjip leaves the user where they were', () => {
  it('creating the Riwayat sheet does not move the active sheet to Riwayat', () => {
    const { em, generate } = run();
    em.spreadsheet.getSheetByName('IKU')!.activate();
    expect(generate(true).status).toBe('ok');
    expect(em.spreadsheet.getSheetByName('Riwayat')).not.toBeNull();
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('IKU');
  });
});

describe('generateLkjip refuses or fails clearly', () => {
  it('blocked while the workbook has an error finding: no Doc, no Riwayat', () => {
    const broken = { ...structuredClone(EXAMPLE), sheets: EXAMPLE.sheets.filter((s) => s.name !== 'DPA') };
    const { em, generate } = run(broken);
    const r = generate(true);
    expect(r.status).toBe('blocked');
    expect(r.counts.error).toBeGreaterThan(0);
    expect(r.findings!.every((f) => f.severity === 'error')).toBe(true);
    expect(r.findings!.map((f) => f.code)).toContain('missing-sheet');
    expect(em.documents).toHaveLength(0);
    expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).not.toContain('Riwayat');
  });

  it('a second click while a generation holds the lock gets the Indonesian "sedang disusun" message', () => {
    const { em, generate } = run();
    const release = em.locks.hold('document');
    expect(() => generate(true)).toThrow(/Sebuah dokumen sedang disusun .*Tunggu/);
    release();
    expect(em.documents).toHaveLength(0);
    expect(generate(true).status).toBe('ok');
  });

  it('a user e-mail starting with "=" is written as literal text, never a formula', () => {
    const { em, generate } = run(EXAMPLE, '=IMPORTXML("http://x")');
    expect(generate(true).status).toBe('ok');
    const cell = em.spreadsheet.inspectSheet('Riwayat').cellAt(2, 2);
    expect(cell?.formula ?? '').toBe('');
    expect(String(cell?.value)).toContain('IMPORTXML');
  });

  it('cell text like <b>x</b> and =HYPERLINK(...) appears literally in the Doc', () => {
    // Without the Narasi factors and Upaya the IKU Analisis and Solusi are quoted in BAB III.
    const noNarasi = { ...EXAMPLE, sheets: EXAMPLE.sheets.filter((s) => s.name !== 'Narasi') };
    const wb = edit(noNarasi, 'IKU', (v) => {
      const h = v[0] as string[];
      v[1][h.indexOf('Analisis')] = '<b>x</b>';
      v[1][h.indexOf('Solusi')] = '=HYPERLINK("http://x";"y")';
    });
    const { em, generate } = run(wb);
    expect(generate(true).status).toBe('ok');
    const text = JSON.stringify(em.docTree(em.documents[0]));
    expect(text).toContain('<b>x</b>');
    expect(text).toContain('=HYPERLINK(\\"http://x\\";\\"y\\")');
  });
});

describe('generateLkjip when the Docs service fails', () => {
  it('a refused batchUpdate fails in Indonesian; the Doc left behind is named [BELUM LENGKAP] and the message says so; Riwayat alone', () => {
    const { em, generate } = run();
    em.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error');
    };
    // The refusal is logged for the developer (Apps Script's execution log), not printed by the test.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => generate(true)).toThrow(
      /^Laporan gagal disusun: .*Dokumen yang sempat dibuat sebagian bernama "\[BELUM LENGKAP\] LKjIP Kecamatan Lima Puluh Pesisir Tahun 2023 – .*fake-doc-0001/,
    );
    expect(em.documents).toHaveLength(1);
    expect(em.documents[0].name).toMatch(/^\[BELUM LENGKAP\] LKjIP /);
    expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).not.toContain('Riwayat');
    logged.mockRestore();
  });

  it('without the Docs advanced service the message says how to turn it on; no Doc is created', () => {
    const em = createEmulator({ workbook: structuredClone(EXAMPLE) });
    const { Docs: _docs, ...withoutDocs } = em.globals;
    void _docs;
    const ctx = loadBundle({ ...em, globals: withoutDocs as typeof em.globals });
    // The refusal is logged for the developer (Apps Script's execution log), not printed by the test.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => ctx.generateLkjip(true)).toThrow(/Google Docs API belum aktif.*Tidak ada dokumen yang dibuat/);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    expect(em.documents).toHaveLength(0);
  });
});

describe('generateLkjip service calls', () => {
  function calls(workbook: WorkbookJson) {
    const { em, generate } = run(workbook);
    expect(generate(true).status).toBe('ok');
    const counts = em.counter.counts();
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    const docs = Object.entries(counts)
      .filter(([k]) => k.startsWith('Docs.'))
      .reduce((s, [, n]) => s + n, 0);
    return { counts, total, docs, em };
  }

  it('the example takes 9 Docs calls (at most 10); the 10× DPA more, each batch within 500 requests and 2 MB; no DocumentApp', () => {
    const example = calls(EXAMPLE);
    // 6 + 48 + 384 = 438 DPA rows.
    const big = calls(makeBigWorkbook({ dpaPrograms: 6, kegiatanPerProgram: 8, subPerKegiatan: 8, respondents: 100 }));
    for (const c of [example, big]) {
      expect(c.counts['Docs.Documents.create']).toBe(1);
      expect(c.counts['Docs.Documents.get']).toBe(2);
      expect(c.counts['Drive.Files.update']).toBe(1);
      expect(c.counts['SpreadsheetApp.Range.getValues']).toBe(LAYOUT_SHEETS.length);
      expect(Object.keys(c.counts).filter((k) => k.startsWith('DocumentApp'))).toEqual([]);
      for (const b of c.em.docsBatches) {
        expect(b.requests).toBeLessThanOrEqual(500);
        expect(b.bytes).toBeLessThanOrEqual(2_000_000);
      }
    }
    // create, skeleton, get, 4 fill batches, get, links.
    expect(example.docs).toBe(9);
    // The DPA detail table of 438 rows is one table (header + rows + JUMLAH) in a landscape section.
    const tables = big.em.docTree(big.em.documents[0]).filter((b) => b.type === 'table') as {
      rows: string[][];
      landscape?: true;
    }[];
    const dpa = tables.find((t) => t.rows[0].includes('Program / Kegiatan / Sub Kegiatan'))!;
    expect(dpa.rows).toHaveLength(438 + 2);
    expect(dpa.landscape).toBe(true);
  }, 60_000);
});

describe('ujiDokumenLkjip (the Docs self-test) against the emulator', () => {
  it('writes the small report with every request kind and every property reads back PASS; then probes 501 requests in a throw-away Doc', () => {
    const em = createEmulator({ workbook: structuredClone(EXAMPLE) });
    const ctx = loadBundle(em);
    // The self-test logs each PASS/FAIL line for the Apps Script editor; here the result is checked.
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = ctx.ujiDokumenLkjip() as {
      url: string;
      lulus: number;
      gagal: number;
      baris: string[];
      batasBatch: string;
    };
    expect(logged).toHaveBeenCalledTimes(r.baris.length + 2); // each line, the batch probe, then the summary
    logged.mockRestore();
    expect(r.baris.filter((b) => b.startsWith('FAIL'))).toEqual([]);
    expect(r.gagal).toBe(0);
    // page mode, F4 paper, margins, table count; 2 tables × (widths, header row, cells, rows whole,
    // kept on one page, shading, orientation) and the merged cells of table 1; signatures side by
    // side, footer, bullets, links, image, Heading 1, signature in the right half.
    expect(r.lulus).toBe(26);
    expect(r.baris.some((b) => b.startsWith('PASS ukuran kertas F4'))).toBe(true);
    expect(r.url).toBe(em.documents[0].getUrl());
    expect(em.documents[0].name).toBe('Uji Dokumen LKjIP');
    // The emulator keeps to the add-on's bound, so the 501 requests are refused; the probe Doc is trashed.
    expect(r.batasBatch).toMatch(/^INFO Google menolak 501 permintaan .*limit is 500 requests/);
    expect(em.documents[1].model.trashed).toBe(true);
    const docs = Object.entries(em.counter.counts()).filter(([k]) => k.startsWith('Docs.'));
    expect(docs.reduce((s, [, n]) => s + n, 0)).toBeLessThanOrEqual(10);
  });
});

describe('generateLkjip page setup from Profil', () => {
  it('Ukuran Kertas F4, Margin (cm), Huruf and Logo (URL) reach the Doc; the logo is on the cover', () => {
    const wb = edit(EXAMPLE, 'Profil', (v) => {
      v.push(
        ['Ukuran Kertas', 'F4'],
        ['Margin (cm)', '3; 3; 4; 3'],
        ['Huruf', 'Times New Roman'],
        ['Logo (URL)', 'https://example.org/logo-batu-bara.png'],
      );
    });
    const { em, generate } = run(wb);
    expect(generate(true).status).toBe('ok');
    const api = em.docApiJson(em.documents[0]);
    const ds = api.documentStyle as unknown as Record<string, { magnitude: number; width?: { magnitude: number } }>;
    // F4 = 215 × 330 mm; margin kiri 4 cm = 113,39 pt.
    expect(ds.pageSize.width!.magnitude).toBeCloseTo((215 * 72) / 25.4, 1);
    expect(ds.marginLeft.magnitude).toBeCloseTo((40 * 72) / 25.4, 1);
    const tree = em.docTree(em.documents[0]);
    const cover = tree.slice(
      0,
      tree.findIndex((b) => b.type === 'pagebreak'),
    );
    expect(cover).toContainEqual({ type: 'image', url: 'https://example.org/logo-batu-bara.png' });
    const body = api.body!.content!.find((e) => e.paragraph?.paragraphStyle?.namedStyleType === 'NORMAL_TEXT')!;
    const family = body.paragraph!.elements![0].textRun!.textStyle as { weightedFontFamily?: { fontFamily: string } };
    expect(family.weightedFontFamily?.fontFamily).toBe('Times New Roman');
  });
});

describe("generateLkjip when the clerk unticked a permission on Google's consent screen", () => {
  const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
  const SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

  it('without drive.file: asks again in Indonesian before any work (no Doc, no Riwayat, no sheet read)', () => {
    const em = createEmulator({ workbook: structuredClone(EXAMPLE), grantedScopes: [SHEETS] });
    const ctx = loadBundle(em);
    em.counter.reset();
    const r = ctx.generateLkjip(true) as { status: string; izin: { untuk: string }[]; url: string };
    expect(r.status).toBe('needs-authorization');
    expect(r.izin.map((i) => i.untuk)).toEqual(['membuat Google Dokumen laporan di Drive Anda']);
    expect(r.url).toMatch(/authorize$/);
    expect(em.documents).toHaveLength(0);
    expect(Object.keys(em.counter.counts()).filter((k) => !k.startsWith('ScriptApp.'))).toEqual([]);
  });

  it('without userinfo.email only: the report is made (the Riwayat email is optional)', () => {
    const em = createEmulator({ workbook: structuredClone(EXAMPLE), grantedScopes: [SHEETS, DRIVE_FILE] });
    expect((loadBundle(em).generateLkjip(true) as { status: string }).status).toBe('ok');
  });
});
