import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import { makeBigWorkbook } from '../../scripts/big-workbook';

// "Generate LKjIP" through the built bundle (dist/, built by test/global-setup.ts) in the emulator.

const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../examples/lima-puluh-pesisir-2023.json', import.meta.url), 'utf8'),
) as WorkbookJson;
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

function edit(workbook: WorkbookJson, sheet: string, fn: (values: unknown[][]) => void): WorkbookJson {
  const copy = structuredClone(workbook);
  const s = copy.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no ${sheet}`);
  fn(s.values as unknown[][]);
  return copy;
}

describe('generateLkjip on the example', () => {
  const { em, generate, status } = run();
  const first = generate(false);
  const second = generate(true);
  const doc = em.documents[0];

  it('shows the warnings first (needs-confirmation), writing nothing', () => {
    expect(first.status).toBe('needs-confirmation');
    expect(first.counts).toEqual({ error: 0, warning: 6 });
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

  it('the Doc holds the report tables with bold header rows and the key figures', () => {
    const tree = em.docTree(doc);
    const tables = tree.filter((b) => b.type === 'table') as { rows: string[][]; header?: true }[];
    expect(tables.length).toBeGreaterThanOrEqual(20);
    expect(tables.every((t) => t.header === true)).toBe(true);
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

  it('numeric cells are right-aligned and header cells centred (Docs API batchUpdate), total rows bold', () => {
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

  it('appends one Riwayat row of plain values: time, user, Doc link, error/warning counts', () => {
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.getFrozenRows()).toBe(1);
    expect(riwayat.cellAt(1, 1)?.format.fontWeight).toBe('bold');
    expect([1, 2, 3, 4, 5].map((c) => riwayat.cellAt(1, c)?.value)).toEqual([
      'Waktu',
      'Pengguna',
      'Dokumen',
      'Error',
      'Peringatan',
    ]);
    const row = [1, 2, 3, 4, 5].map((c) => riwayat.cellAt(2, c));
    expect(row[0]?.value).toBeInstanceOf(Date);
    expect(row[1]?.value).toBe('operator@kecamatan.example');
    expect(row[2]?.value).toBe(second.url);
    expect([row[3]?.value, row[4]?.value]).toEqual([0, 6]);
    expect(row.every((c) => !c?.formula)).toBe(true);
    expect(riwayat.cellAt(3, 1)?.value ?? '').toBe('');
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
    expect(() => generate(true)).toThrow(/Laporan sedang disusun .*Tunggu/);
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
    const wb = edit(EXAMPLE, 'IKU', (v) => {
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

describe('generateLkjip when the Docs service cannot format', () => {
  it('a refused batchUpdate keeps the complete report and says the table format was not applied', () => {
    const { em, generate } = run();
    em.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error');
    };
    const result = generate(true);
    expect(result.status).toBe('ok');
    expect(result.langkah).toContain('Sebagian format tabel tidak dapat diterapkan; isi laporan tetap lengkap');
    expect(JSON.stringify(em.docTree(em.documents[0]))).toContain('2.216.552.780');
    expect(em.spreadsheet.inspectSheet('Riwayat').cellAt(2, 3)?.value).toBe(result.url);
  });

  it('without the Docs advanced service, header rows are still bold (one call per table)', () => {
    const em = createEmulator({ workbook: structuredClone(EXAMPLE) });
    const { Docs: _docs, ...withoutDocs } = em.globals;
    void _docs;
    const ctx = loadBundle({ ...em, globals: withoutDocs as typeof em.globals });
    const result = ctx.generateLkjip(true) as Result;
    expect(result.status).toBe('ok');
    const tables = em.docTree(em.documents[0]).filter((b) => b.type === 'table') as { header?: true }[];
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.every((t) => t.header === true)).toBe(true);
    expect(em.counter.counts()['Docs.Documents.get'] ?? 0).toBe(0);
  });
});

describe('generateLkjip service calls', () => {
  function calls(workbook: WorkbookJson) {
    const { em, generate } = run(workbook);
    expect(generate(true).status).toBe('ok');
    const counts = em.counter.counts();
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    return { counts, total };
  }

  it('10× the DPA rows makes at most 1,2× the service calls; each layout sheet is read once', () => {
    const small = calls(
      makeBigWorkbook({ dpaPrograms: 6, kegiatanPerProgram: 2, subPerKegiatan: 2, respondents: 100 }),
    );
    const big = calls(makeBigWorkbook({ dpaPrograms: 6, kegiatanPerProgram: 8, subPerKegiatan: 8, respondents: 100 }));
    // 6 + 12 + 24 = 42 rows against 6 + 48 + 384 = 438 rows.
    expect(big.total).toBeLessThanOrEqual(small.total * 1.2);
    // One request per formatted cell, REQUESTS_PER_BATCH (1.000) per call: 438 rows take 3 calls.
    expect(small.counts['Docs.Documents.batchUpdate']).toBe(1);
    expect(big.counts['Docs.Documents.batchUpdate']).toBeLessThanOrEqual(3);
    for (const c of [small, big]) {
      expect(c.counts['SpreadsheetApp.Range.getValues']).toBe(LAYOUT_SHEETS.length);
      expect(c.counts['Docs.Documents.get']).toBe(1);
      expect(c.counts['Docs.Documents.batchUpdate']).toBeGreaterThanOrEqual(1);
      expect(c.counts['DocumentApp.Body.appendTable']).toBeGreaterThan(20);
      expect(c.counts['DocumentApp.TableCell.setText'] ?? 0).toBe(0);
      expect(c.counts['DocumentApp.Text.setBold'] ?? 0).toBe(0);
    }
  });
});
