import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formsWorkbook, RESPONSE_SHEET } from '../fixtures/skm-forms';

function lkjip(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkjip.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lkjip import-skm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-skm-'));
  const input = join(dir, 'survei.json');
  writeFileSync(input, JSON.stringify(formsWorkbook()));

  it('imports the readable responses, lists the unread answers with cells, writes NEW.json, exits 1', () => {
    const out = join(dir, 'baru.json');
    const r = lkjip('import-skm', input, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Sheet respons: ${RESPONSE_SHEET}`);
    expect(r.out).toContain('  U8 ← P "9. Bagaimana pendapat Saudara tentang penanganan pengaduan');
    expect(r.out).toContain(
      '7 respons dibaca, 5 baris baru ditulis ke sheet IKM, 2 belum diimpor karena ada jawaban yang tidak terbaca.',
    );
    expect(r.out).toContain('  "Lumayan" 2× (U3): J7, J8');
    expect(r.out).toContain('NIK sheet IKM: 83,75 — mutu B (Baik)');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { sheets: { name: string; values: unknown[][] }[] };
    expect(written.sheets.find((s) => s.name === 'IKM')?.values).toHaveLength(6);
    // The input file is left as it was.
    expect(JSON.parse(readFileSync(input, 'utf8'))).toEqual(formsWorkbook());

    const again = lkjip('import-skm', out, '--out', join(dir, 'lagi.json'));
    expect(again.out).toContain('0 baris baru ditulis ke sheet IKM, 5 sudah ada di IKM (tidak diubah)');
  });

  it('refuses to write over its input and asks for --out (exit 2)', () => {
    expect(lkjip('import-skm', input, '--out', input)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Berkas keluaran sama dengan berkas masukan/),
    });
    expect(lkjip('import-skm', input)).toMatchObject({ code: 2, err: expect.stringMatching(/--out <baru.json>/) });
  });
});

describe('lkjip import-skm: paths and a workbook without a response sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-skm-out-'));
  const input = join(dir, 'survei.json');
  writeFileSync(input, JSON.stringify(formsWorkbook()));

  it('--out onto a folder is refused in Indonesian before any work, and nothing is printed as done (exit 2)', () => {
    const r = lkjip('import-skm', input, '--out', dir);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(
      `--out ${dir} adalah folder: sebutkan nama berkas baru di dalamnya, mis. --out ${dir}/baru.json.\n`,
    );
  });

  it('--out into a folder that does not exist is refused before any work (exit 2)', () => {
    const r = lkjip('import-skm', input, '--out', join(dir, 'tidak-ada', 'baru.json'));
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/^Folder untuk --out .* belum ada: buat dulu foldernya/);
  });

  it('no response sheet: says there is none yet and how to link the Form; writes no file (exit 1)', () => {
    const plain = join(dir, 'tanpa-respons.json');
    writeFileSync(plain, readFileSync('examples/lima-puluh-pesisir-2023.json', 'utf8'));
    const out = join(dir, 'tidak-ditulis.json');
    const r = lkjip('import-skm', plain, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Belum ada sheet respons Google Forms di spreadsheet ini/);
    expect(r.out).toContain('  2. Klik tab Respons ("Responses"), lalu Tautkan ke Spreadsheet ("Link to Sheets").');
    expect(existsSync(out)).toBe(false);
  });
});
