import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import expected from '../expected-lima-puluh-pesisir.json';
import { withPkPejabat } from '../fixtures/pk-pejabat';

const EXAMPLE = 'examples/lima-puluh-pesisir-2023.json';
const RENAKSI = 'examples/lima-puluh-pesisir-2023-renaksi.json';

/** Every table row of a document.json, as its cells' texts. */
function tableRows(doc: GoogleAppsScript.Docs.Schema.Document): string[][] {
  const cell = (c: GoogleAppsScript.Docs.Schema.TableCell) =>
    (c.content ?? [])
      .map((p) => (p.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join(''))
      .join('')
      .trim();
  return (doc.body?.content ?? [])
    .flatMap((e) => e.table?.tableRows ?? [])
    .map((row) => (row.tableCells ?? []).map(cell));
}

function lkjip(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkjip.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lkjip CLI', () => {
  it('calc calls a custom function of the bundle: CAPAIAN 82,48 of 85 = 97,04', () => {
    const r = lkjip('calc', 'CAPAIAN', '[82.48, 85]');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toBe(97.04);
  });

  it('calc reports an Indonesian error and exits 1 on bad input', () => {
    const r = lkjip('calc', 'CAPAIAN', '[5, 0]');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Kesalahan: Target 0/);
  });

  it('says clearly when the file is missing, not JSON, or not a workbook (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    expect(lkjip('validate', join(dir, 'tidak-ada.json'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Berkas tidak ditemukan: /),
    });
    writeFileSync(join(dir, 'rusak.json'), '{"sheets": [');
    expect(lkjip('validate', join(dir, 'rusak.json'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/bukan JSON yang sah/),
    });
    // A stray comma on line 3: Node 20's own message names no position; ours names line and column.
    writeFileSync(join(dir, 'koma.json'), '{\n  "sheets": [\n    1,, 2\n  ]\n}\n');
    const koma = lkjip('validate', join(dir, 'koma.json'));
    expect(koma.code).toBe(2);
    expect(koma.err).toBe(
      `Berkas ${join(dir, 'koma.json')} bukan JSON yang sah: baris 3, kolom 7: nilai diharapkan (angka, teks dalam tanda kutip, true, false, null, [ atau {), tetapi ada ",".\n`,
    );
    writeFileSync(join(dir, 'lain.json'), '{"rows": []}');
    expect(lkjip('validate', join(dir, 'lain.json'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Berkas bukan workbook LKjIP: properti "sheets" tidak ada/),
    });
    expect(lkjip('bikin')).toMatchObject({ code: 2, err: expect.stringMatching(/Perintah tidak dikenal: bikin/) });
  });

  it('validate --json on the example gives the findings of expected.json and exits 0 (warnings only)', () => {
    const r = lkjip('validate', EXAMPLE, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.out) as {
      severity: string;
      code: string;
      sheet: string;
      cell: string;
      message: string;
    }[];
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
    const key = (f: { code: string; sheet: string; cell: string; severity: string }) =>
      `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
    for (const want of expected.findings) expect(findings.map(key)).toContain(key(want));
  });

  it('validate says which header it understood through a synonym (DPA "Anggaran" as Pagu)', () => {
    const wb = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    wb.sheets.find((s: { name: string }) => s.name === 'DPA').values[0][4] = 'Anggaran';
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    writeFileSync(join(dir, 'sinonim.json'), JSON.stringify(wb));
    const r = lkjip('validate', join(dir, 'sinonim.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Judul kolom DPA!E1: "Anggaran" dibaca sebagai "Pagu".');
  });

  it('validate exits 1 when there is an error finding', () => {
    const wb = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    wb.sheets = wb.sheets.filter((s: { name: string }) => s.name !== 'DPA');
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    writeFileSync(join(dir, 'tanpa-dpa.json'), JSON.stringify(wb));
    const r = lkjip('validate', join(dir, 'tanpa-dpa.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/KESALAHAN\s+DPA\s+\[missing-sheet\]/);
    expect(r.out).toMatch(/\n1 kesalahan, \d+ peringatan\.\n/);
    expect(r.out).not.toMatch(/galat/i);
  });

  it('generate writes report.json, report.html, document.json, calls.json and workbook.json with a Riwayat row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    const r = lkjip('generate', EXAMPLE, '--out', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const tree = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { type: string }[];
    expect(tree.filter((b) => b.type === 'table').length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('2.216.552.780');
    const calls = JSON.parse(readFileSync(join(dir, 'calls.json'), 'utf8'));
    expect(calls.total).toBeGreaterThan(0);
    expect(calls.byMethod['Docs.Documents.create']).toBe(1);
    // document.json: the Doc as documents.get returns it (A4, fixed widths, a long table's header row pinned).
    const doc = JSON.parse(readFileSync(join(dir, 'document.json'), 'utf8'));
    expect(doc.documentStyle.pageSize.width.magnitude).toBeCloseTo((210 * 72) / 25.4, 1);
    const tables = doc.body.content.filter((e: { table?: unknown }) => e.table);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const long = tables.find((t: { table: { tableRows: unknown[] } }) => t.table.tableRows.length > 13);
    expect(long.table.tableRows[0].tableRowStyle.tableHeader).toBe(true);
    expect(tables[0].table.tableStyle.tableColumnProperties[0].widthType).toBe('FIXED_WIDTH');
    // Every row of every table may not overflow a page (preventOverflow), and prints so in report.html.
    type Row = { tableRowStyle: { preventOverflow?: boolean } };
    const rows: Row[] = tables.flatMap((t: { table: { tableRows: Row[] } }) => t.table.tableRows);
    expect(rows.filter((r) => r.tableRowStyle.preventOverflow !== true)).toEqual([]);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.match(/<tr style="break-inside:avoid[;"]/g)?.length).toBe(rows.length);
    const after = JSON.parse(readFileSync(join(dir, 'workbook.json'), 'utf8'));
    const riwayat = after.sheets.find((s: { name: string }) => s.name === 'Riwayat');
    expect(riwayat.values).toHaveLength(2);
    expect(r.out).toMatch(/report\.html/);
  });

  it("perjanjian writes the PK files like generate; document.json holds the three officials' targets and DPA pagu", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    writeFileSync(join(dir, 'pk.json'), JSON.stringify(withPkPejabat()));
    const r = lkjip('perjanjian', join(dir, 'pk.json'), '--out', join(dir, 'out'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Perjanjian Kinerja disusun: PK Kecamatan Lima Puluh Pesisir Tahun 2023 – /);
    const out = (name: string) => readFileSync(join(dir, 'out', name), 'utf8');
    expect(out('report.html')).toContain('PERJANJIAN KINERJA TAHUN 2023');
    expect(JSON.parse(out('report.json')).length).toBeGreaterThan(0);
    // document.json: every anggaran cell of a PK is a DPA pagu of the example; the officials' totals
    // 1.738.126.580, 149.872.369 + 6.202.500 and 5.049.000 + 1.118.540.168 (hand sums).
    const doc = JSON.parse(out('document.json')) as GoogleAppsScript.Docs.Schema.Document;
    const jumlah = tableRows(doc)
      .filter((row) => row[2] === 'JUMLAH')
      .map((row) => row[3]);
    expect(jumlah).toEqual(['2.216.552.780', '1.738.126.580', '156.074.869', '1.123.589.168']);
    const calls = JSON.parse(out('calls.json')).byMethod as Record<string, number>;
    const docs = Object.entries(calls).filter(([k]) => k.startsWith('Docs.'));
    expect(docs.reduce((n, [, v]) => n + v, 0)).toBeLessThanOrEqual(10);
  });

  it('triwulan --tw 2 writes the TW II files like generate; document.json holds the hand-computed capaian', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    const r = lkjip('triwulan', RENAKSI, '--tw', '2', '--out', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Laporan Triwulan disusun: Laporan Triwulan II Kecamatan Lima Puluh Pesisir Tahun 2023 – /);
    const out = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(out('report.html')).toContain('LAPORAN KINERJA TRIWULAN II TAHUN 2023');
    expect(JSON.parse(out('report.json')).length).toBeGreaterThan(0);
    const doc = JSON.parse(out('document.json')) as GoogleAppsScript.Docs.Schema.Document;
    const capaian = tableRows(doc)
      .filter((row) => /^\d\. /.test(row[0]))
      .map((row) => row[5]);
    // IKM 85,72 / 86 = 99,67; AKIP none yet; dokumen (2 + 1) / 4 = 75,00; pengaduan (8 − 5) / 4 = 75,00.
    expect(capaian).toEqual(['99,67', '-', '75,00', '75,00']);
    const calls = JSON.parse(out('calls.json')).byMethod as Record<string, number>;
    expect(
      Object.entries(calls)
        .filter(([k]) => k.startsWith('Docs.'))
        .reduce((n, [, v]) => n + v, 0),
    ).toBeLessThanOrEqual(10);
  });

  it('triwulan without a valid --tw says so in Indonesian and exits 2; a workbook without Renaksi exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    for (const tw of ['5', 'V', 'dua'])
      expect(lkjip('triwulan', RENAKSI, '--tw', tw, '--out', dir)).toMatchObject({
        code: 2,
        err: expect.stringMatching(
          new RegExp(
            `^Triwulan "${tw}" tidak dikenal: tulis 1, 2, 3 atau 4 \\(TW I sampai TW IV\\), mis\\. --tw 2\\.\n`,
          ),
        ),
      });
    expect(lkjip('triwulan', RENAKSI, '--out', dir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Triwulan belum disebutkan: tambahkan --tw <1-4>/),
    });
    expect(lkjip('triwulan', RENAKSI, '--out', dir, '--tw')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Pilihan --tw perlu nilai, mis\. --tw 2\./),
    });
    const none = lkjip('triwulan', EXAMPLE, '--tw', 'II', '--out', dir);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^Laporan Triwulan tidak disusun karena workbook masih memiliki kesalahan:/);
    expect(none.out).toMatch(/\[missing-sheet\] Sheet "Renaksi" belum ada/);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });

  it('prints output paths as given: an absolute --out stays absolute', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
    const r = lkjip('generate', EXAMPLE, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`  dokumen     ${join(dir, 'report.html')} (pohon JSON: ${join(dir, 'report.json')})`);
    expect(r.out).toMatch(/temuan {6}0 kesalahan, 13 peringatan/);
  });
});

describe('lkjip CLI usage', () => {
  it('--help, -h and no arguments print the usage on stdout and exit 0', () => {
    for (const args of [['--help'], ['-h'], []]) {
      const r = lkjip(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^Pemakaian:\n {2}npm run lkjip -- validate <workbook\.json> \[--json\]/);
      for (const command of ['validate', 'generate', 'perjanjian', 'triwulan', 'calc'])
        expect(r.out).toContain(`npm run lkjip -- ${command} `);
    }
    expect(lkjip('generate', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('--out <folder>') });
  });

  it('an unknown command or option exits 2 with an Indonesian message and the usage', () => {
    expect(lkjip('bikin')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/^Perintah tidak dikenal: bikin\n\nPemakaian:/),
    });
    expect(lkjip('validate', EXAMPLE, '--jsn')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Pilihan tidak dikenal: --jsn\n/),
    });
    expect(lkjip('generate', EXAMPLE)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Folder keluaran belum disebutkan/),
    });
  });
});

describe('npm run lkjip', () => {
  it('validate --json prints only JSON on stdout, without --silent, from another folder', () => {
    // Called from test/cli/ with a path relative to that folder: npm runs the script in the
    // repository root, the CLI reads the path from the caller's folder (INIT_CWD).
    const r = spawnSync(
      'npm',
      ['run', 'lkjip', '--', 'validate', '../../examples/lima-puluh-pesisir-2023.json', '--json'],
      {
        cwd: resolve('test/cli'),
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const findings = JSON.parse(r.stdout) as { code: string }[];
    expect(findings.map((f) => f.code)).toContain('capaian-mismatch');
  });

  it('a path relative to the repository root works from another folder too', () => {
    const r = spawnSync('npm', ['run', 'lkjip', '--', 'validate', EXAMPLE, '--json'], {
      cwd: resolve('test/cli'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(13);
  });
});

describe('lkjip CLI: paths that are not what the command needs, in Indonesian before any work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-cli-paths-'));

  it('a folder as the workbook (Node would say EISDIR): names it and what to give instead (exit 2)', () => {
    const r = lkjip('validate', dir);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(
      `${dir} adalah folder, bukan berkas: sebutkan berkas .json di dalamnya, mis. ${dir}/workbook.json.\n`,
    );
  });

  it('generate --out onto an existing file (Node would say EEXIST): refused, the file untouched (exit 2)', () => {
    const file = join(dir, 'sudah-ada.txt');
    writeFileSync(file, 'jangan ditimpa');
    const r = lkjip('generate', EXAMPLE, '--out', file);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/^--out .*sudah-ada\.txt: .*sudah-ada\.txt adalah berkas yang sudah ada, bukan folder\./);
    expect(readFileSync(file, 'utf8')).toBe('jangan ditimpa');
    // A folder below that file cannot be made either (Node: ENOTDIR).
    expect(lkjip('generate', EXAMPLE, '--out', join(file, 'out'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/sudah-ada\.txt adalah berkas yang sudah ada, bukan folder/),
    });
  });

  it('a generate that fails writes no output file at all (exit 1)', () => {
    const wb = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    wb.sheets = wb.sheets.filter((s: { name: string }) => s.name !== 'DPA');
    writeFileSync(join(dir, 'tanpa-dpa.json'), JSON.stringify(wb));
    const out = join(dir, 'hasil-gagal');
    const r = lkjip('generate', join(dir, 'tanpa-dpa.json'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Laporan tidak disusun karena workbook masih memiliki kesalahan:/);
    expect(existsSync(out)).toBe(false);
  });

  it('calc with a function but no arguments: the usage, exit 2 (not "" and exit 0)', () => {
    const r = lkjip('calc', 'CAPAIAN');
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(
      /^Argumen CAPAIAN belum diberikan: tulis sebagai JSON array, mis\. calc CAPAIAN '\[82\.48, 85\]'\.\n\nPemakaian:/,
    );
  });
});
