/**
 * Issue 8 through the built bundle in the emulator: dates in the spreadsheet's zone, Riwayat of
 * any size, a Riwayat failure after a complete Doc, the sidebar's 200-per-code cap (the CLI gets all).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import type { Finding } from '../../src/core/layout/model';
import { baseWorkbook, messy, messyIkuCopies, sheet } from '../fixtures/messy-workbooks';

interface Check {
  findings: Finding[];
  counts: { error: number; warning: number };
  omitted: { code: string; severity: string; count: number; total: number }[];
}

function run(workbook: WorkbookJson, timeZone?: string) {
  const em = createEmulator({ workbook: structuredClone(workbook), ...(timeZone ? { timeZone } : {}) });
  const ctx = loadBundle(em);
  return {
    em,
    periksaData: (semua?: boolean) => (semua === undefined ? ctx.periksaData() : ctx.periksaData(semua)) as Check,
    generate: () =>
      ctx.generateLkjip(true) as {
        status: string;
        url?: string;
        findings?: Finding[];
        counts: unknown;
        omitted?: unknown;
      },
  };
}

describe('dates are read in the spreadsheet time zone, once, at the adapter', () => {
  for (const timeZone of ['Asia/Jakarta', 'Asia/Jayapura', 'America/New_York']) {
    it(`a date typed 01/08/2023 in a ${timeZone} sheet is described as 01/08/2023`, () => {
      // Workbook JSON "2023-08-01" is midnight of 1 August in the sheet's zone (layout.md).
      const wb = messy((w) => {
        sheet(w, 'DPA').values[3][4] = '2023-08-01';
      });
      const f = run(wb, timeZone)
        .periksaData()
        .findings.filter((x) => x.code === 'not-a-number');
      expect(f.map((x) => [x.sheet, x.cell])).toEqual([['DPA', 'E4']]);
      expect(f[0].message).toContain('berisi tanggal 01/08/2023, bukan angka');
    });
  }

  it('Profil Tanggal 2024-01-31 signs the report on 31 Januari 2024 in a WIB sheet', () => {
    const { em, generate } = run(baseWorkbook(), 'Asia/Jakarta');
    expect(generate().status).toBe('ok');
    expect(JSON.stringify(em.docTree(em.documents[0]))).toContain('Contoh, 31 Januari 2024');
  });
});

describe('IKU copies in the emulator', () => {
  it('IKU (2022 lama) before IKU is not read: no finding, and the Doc prints the real IKU', () => {
    const { em, periksaData, generate } = run(messyIkuCopies());
    expect(periksaData().findings).toEqual([]);
    expect(generate().status).toBe('ok');
    const text = JSON.stringify(em.docTree(em.documents[0]));
    expect(text).toContain('87,50');
    expect(text).not.toContain('12,34');
  });
});

describe('Riwayat', () => {
  it('appends after 1000 rows (the default grid) by growing the sheet first', () => {
    const wb = baseWorkbook();
    const rows: (string | number)[][] = [['Waktu', 'Pengguna', 'Dokumen', 'Error', 'Peringatan']];
    for (let i = 1; i < 1000; i++)
      rows.push(['2023-01-02', 'a@contoh.go.id', `https://docs.google.com/document/d/${i}`, 0, 0]);
    wb.sheets.push({ name: 'Riwayat', values: rows });
    const { em, generate } = run(wb);
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.maxRows).toBe(1000);
    const result = generate();
    expect(result.status).toBe('ok');
    expect(riwayat.maxRows).toBe(1001);
    expect(riwayat.cellAt(1001, 3)?.value).toBe(result.url);
    expect(riwayat.cellAt(1000, 3)?.value).toBe('https://docs.google.com/document/d/999');
    // The older sheet gets the Jenis column's header, the new row says which document it is.
    expect(riwayat.cellAt(1, 6)?.value).toBe('Jenis');
    expect(riwayat.cellAt(1001, 6)?.value).toBe('LKjIP');
    expect(riwayat.cellAt(1000, 6)?.value ?? '').toBe('');
  });

  it('a failure after the Doc is complete says the Doc is complete, with its link', () => {
    const wb = baseWorkbook();
    wb.sheets.push({ name: 'Riwayat', values: [['Waktu', 'Pengguna', 'Dokumen', 'Error', 'Peringatan']] });
    const { em, generate } = run(wb);
    em.spreadsheet.inspectSheet('Riwayat').getRange = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    let message = '';
    // The failure is logged for the developer (Apps Script's execution log), not printed by the test.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      generate();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    expect(em.documents).toHaveLength(1);
    const url = `https://docs.google.com/document/d/${em.documents[0].id}/edit`;
    expect(message).toContain('Laporan sudah selesai disusun dan lengkap');
    expect(message).toContain(url);
    expect(message).not.toContain('sebagian');
  });
});

describe('at most 200 findings per code travel to the sidebar', () => {
  // 250 unreadable Pagu cells in DPA: 250 sub kegiatan rows with pagu "x".
  const many = messy((w) => {
    const dpa = sheet(w, 'DPA');
    for (let i = 1; i <= 250; i++) {
      dpa.values.push([
        `7.01.02.2.01.${String(100 + i).padStart(4, '0')}`,
        'Sub Kegiatan',
        `Sub ${i}`,
        'x',
        'x',
        1,
        'x',
        0,
        1,
        '',
      ]);
    }
  });

  it('the panel gets 200 not-a-number findings with the total; periksaData(true) gets all 250', () => {
    const { periksaData } = run(many);
    const capped = periksaData();
    expect(capped.findings.filter((f) => f.code === 'not-a-number')).toHaveLength(200);
    expect(capped.omitted).toEqual([{ code: 'not-a-number', severity: 'error', count: 50, total: 250 }]);
    expect(capped.counts.error).toBeGreaterThanOrEqual(250);
    const all = periksaData(true);
    expect(all.findings.filter((f) => f.code === 'not-a-number')).toHaveLength(250);
    expect(all.omitted).toEqual([]);
  });

  it('the CLI lists all of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-cap-'));
    writeFileSync(join(dir, 'banyak.json'), JSON.stringify(many));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/lkjip.ts', 'validate', join(dir, 'banyak.json'), '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.filter((f) => f.code === 'not-a-number')).toHaveLength(250);
  });
});
