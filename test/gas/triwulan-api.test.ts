import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import { exampleJson } from '../fixtures/example';
import { docsCalls, text } from './doc-json';
import { sheet } from '../fixtures/messy-workbooks';
import { renaksiWorkbook } from '../fixtures/renaksi-workbook';

// "Buat Laporan Triwulan" and the LKjIP's quarters through the built bundle (dist/) in the emulator.
// Every figure is read back from the Doc as documents.get returns it (what `lkjip triwulan` writes
// as document.json); the expected ones are worked by hand from the fixture's cells
// (test/fixtures/renaksi-workbook.ts), as in test/core/rules/triwulan.test.ts.

type ApiDoc = GoogleAppsScript.Docs.Schema.Document;
type Cell = string | number | boolean;

interface Result {
  status: string;
  url?: string;
  name?: string;
  langkah?: string[];
  findings?: { severity: string; code: string; sheet: string; cell: string; message: string }[];
  counts: { error: number; warning: number };
}

function run(workbook: WorkbookJson) {
  const em = createEmulator({ workbook: structuredClone(workbook) });
  const ctx = loadBundle(em);
  return {
    em,
    buat: (tw: unknown, lanjut = false) => ctx.buatLaporanTriwulan(tw, lanjut) as Result,
    generate: (lanjut = false) => ctx.generateLkjip(lanjut) as Result,
  };
}

/** The Doc's paragraphs, and each table by the caption paragraph before it. */
function readDoc(api: ApiDoc): { paragraphs: string[]; tables: Map<string, string[][]> } {
  const paragraphs: string[] = [];
  const tables = new Map<string, string[][]>();
  for (const e of api.body?.content ?? []) {
    if (e.table) {
      const caption = [...paragraphs].reverse().find((p) => p.startsWith('Tabel ')) ?? '';
      tables.set(
        caption,
        (e.table.tableRows ?? []).map((r) => (r.tableCells ?? []).map((c) => text(c.content))),
      );
    } else {
      const t = text([e]);
      if (t) paragraphs.push(t);
    }
  }
  return { paragraphs, tables };
}

function edit(workbook: WorkbookJson, name: string, fn: (values: Cell[][]) => void): WorkbookJson {
  const copy = structuredClone(workbook);
  fn(sheet(copy, name).values as Cell[][]);
  return copy;
}

describe('buatLaporanTriwulan(2) on the Renaksi example', () => {
  const { em, buat } = run(renaksiWorkbook());
  em.counter.reset();
  const result = buat(2);
  const doc = em.documents[0];
  const { paragraphs, tables } = readDoc(em.docApiJson(doc));

  it('no finding is about what it prints (the LKjIP warnings on IKU capaian, AKIP, DPA targets are not): one click', () => {
    expect(result.status).toBe('ok');
    expect(result.counts).toEqual({ error: 0, warning: 0 });
    expect(result.name).toMatch(
      /^Laporan Triwulan II Kecamatan Lima Puluh Pesisir Tahun 2023 – \d{1,2} \S+ \d{4} \d{2}\.\d{2}$/,
    );
    expect(result.langkah).toEqual([
      'Membaca data',
      'Memeriksa data',
      'Menyusun Laporan Kinerja Triwulan II',
      'Menulis dokumen',
      'Selesai',
    ]);
  });

  it('writes the Doc in at most 10 Docs calls, with its footer', () => {
    expect(docsCalls(em)).toBeLessThanOrEqual(10);
    expect(em.counter.counts()['Docs.Documents.create']).toBe(1);
    expect(JSON.stringify(em.docApiJson(doc).footers ?? {})).toContain(
      'Laporan Kinerja Triwulan II Kecamatan Lima Puluh Pesisir Tahun 2023',
    );
  });

  it('the capaian table read back: Kumulatif, Nilai Akhir and a Negatif indicator, worked by hand', () => {
    const t = tables.get('Tabel 1 Capaian Indikator Kinerja Triwulan II Tahun 2023');
    expect(t?.[0]).toEqual([
      'Indikator Kinerja',
      // `TW II` with a no-break space: one line in the header.
      'Target TW\u00a0II',
      'Realisasi TW\u00a0II',
      'Target s.d. TW\u00a0II',
      'Realisasi s.d. TW\u00a0II',
      'Capaian (%)',
      'Kategori',
    ]);
    const row = (name: string) => {
      const r = t?.find((x) => x[0].includes(name));
      // The satuan on the indicator's second line.
      return r && [r[0].split('\u000b').join('\n').split('\n')[1], ...r.slice(1)];
    };
    // Nilai Akhir, Positif (IKM): Target TW II 86, Realisasi TW II 85,72 — the quarter is the value
    // up to it; 85,72 ÷ 86 × 100 = 99,674… → 99,67, Sangat Tinggi (≥ 91).
    expect(row('Indeks Kepuasan')).toEqual([
      'Satuan: Nilai',
      '86,00',
      '85,72',
      '86,00',
      '85,72',
      '99,67',
      'Sangat Tinggi',
    ]);
    // Kumulatif, Positif (dokumen): targets up to TW I, II = 2, 4 → the quarter's own 4 − 2 = 2;
    // realisasi 2 then 1 → up to TW II 2 + 1 = 3; 3 ÷ 4 × 100 = 75,00, Sedang (66 to below 76).
    expect(row('Jumlah dokumen')).toEqual(['Satuan: Dokumen', '2', '1', '4', '3', '75,00', 'Sedang']);
    // Kumulatif, Negatif (pengaduan): targets 2, 4 → own 2; realisasi 1 then 4 → up to TW II 5;
    // (2 × 4 − 5) ÷ 4 × 100 = 75,00.
    expect(row('Jumlah pengaduan')).toEqual(['Satuan: Pengaduan', '2', '4', '4', '5', '75,00', 'Sedang']);
    // AKIP: measured in TW IV only.
    expect(row('Nilai AKIP')).toEqual(['Satuan: Nilai', '-', '-', '-', '-', '-', '-']);
    expect(t?.filter((r) => r[0].startsWith('Sasaran ')).map((r) => r[0])).toEqual([
      'Sasaran 1: Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik',
      'Sasaran 2: Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah',
      'Sasaran 3: Meningkatnya Kualitas Penanganan Pengaduan Masyarakat',
    ]);
  });

  it('the sentences read back state the same figures, the verdict and the office’s rencana aksi', () => {
    expect(paragraphs).toContain(
      'Realisasi IKM pada akhir Triwulan II sebesar 85,72 dari target 86,00, sehingga capaian kinerjanya 99,67% dengan kategori Sangat Tinggi, tetapi karena masih di bawah 100% target sampai dengan Triwulan II belum tercapai.',
    );
    expect(paragraphs.find((p) => p.startsWith('Pada Triwulan II realisasi Jumlah pengaduan'))).toContain(
      'sampai dengan Triwulan II realisasinya 5 Pengaduan dari target 4 Pengaduan, sehingga capaian kinerjanya 75,00% dengan kategori Sedang',
    );
    expect(paragraphs).toContain('Kendala: Data dari desa terlambat masuk.');
    expect(paragraphs[0]).toBe('LAPORAN KINERJA TRIWULAN II TAHUN 2023');
  });

  it('the budget up to TW II from the DPA quarters: 443.800.000 + 521.792.250 = 965.592.250, 43,56%', () => {
    const t = tables.get('Tabel 2 Realisasi Anggaran sampai dengan Triwulan II Tahun 2023');
    // 965.592.250 ÷ 2.216.552.780 × 100 = 43,5628… → 43,56.
    expect(t?.at(-1)).toEqual(['', '', 'JUMLAH', '2.216.552.780', '521.792.250', '965.592.250', '43,56']);
    expect(
      paragraphs.some((p) => p.includes('sebesar Rp 965.592.250 dari pagu Rp 2.216.552.780, atau serapan 43,56%')),
    ).toBe(true);
  });

  it('logs a Riwayat row "Laporan Triwulan II"', () => {
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.cellAt(2, 3)?.value).toBe(result.url);
    expect(riwayat.cellAt(2, 6)?.value).toBe('Laporan Triwulan II');
  });
});

describe('the LKjIP of the Renaksi example: the quarters table in BAB III', () => {
  const { em, generate } = run(renaksiWorkbook());
  em.counter.reset();
  const result = generate(true);
  const { paragraphs, tables } = readDoc(em.docApiJson(em.documents[0]));
  const quarters = [...tables].filter(([caption]) => caption.includes('Capaian per Triwulan'));

  it('is written in at most 10 Docs calls', () => {
    expect(result.status).toBe('ok');
    expect(docsCalls(em)).toBeLessThanOrEqual(10);
  });

  it('one quarters table per sasaran, read back with the hand-computed capaian up to each quarter', () => {
    expect(quarters.map(([c]) => c.replace(/^Tabel 3\.\d+ /, ''))).toEqual([
      'Capaian per Triwulan Sasaran 1 Tahun 2023',
      'Capaian per Triwulan Sasaran 2 Tahun 2023',
      'Capaian per Triwulan Sasaran 3 Tahun 2023',
    ]);
    const [[, ikm], [, s2], [, pengaduan]] = quarters;
    // IKM (Nilai Akhir): 84,5/85 = 99,41; 85,72/86 = 99,67; 87,9/87 = 101,03; 88,12/88,37 = 99,72.
    expect(ikm.slice(1).map((r) => r.slice(1))).toEqual([
      ['I', '85,00', '84,50', '85,00', '84,50', '99,41'],
      ['II', '86,00', '85,72', '86,00', '85,72', '99,67'],
      ['III', '87,00', '87,90', '87,00', '87,90', '101,03'],
      ['IV', '88,37', '88,12', '88,37', '88,12', '99,72'],
    ]);
    // Dokumen (Kumulatif): 2/2 = 100; (2 + 1)/4 = 75; (2 + 1 + 2)/5 = 100; 7/7 = 100. AKIP: TW IV 70,2/72,6 = 96,69.
    expect(s2.slice(1).map((r) => r[6])).toEqual(['-', '-', '-', '96,69', '100,00', '75,00', '100,00', '100,00']);
    // Pengaduan (Kumulatif, Negatif): (4 − 1)/2 = 150; (8 − 5)/4 = 75; (12 − 5)/6 = 116,67; (16 − 6)/8 = 125.
    expect(pengaduan.slice(1)).toEqual([
      ['Jumlah pengaduan masyarakat yang belum ditindaklanjuti', 'I', '2', '1', '2', '1', '150,00'],
      ['', 'II', '2', '4', '4', '5', '75,00'],
      ['', 'III', '2', '0', '6', '5', '116,67'],
      ['', 'IV', '2', '1', '8', '6', '125,00'],
    ]);
    expect(
      paragraphs.some((p) => p.endsWith('sehingga ketertinggalan pada Triwulan II terkejar pada Triwulan III.')),
    ).toBe(true);
  });
});

describe('what holds up a Laporan Triwulan (docs/rules.md#laporan-triwulan)', () => {
  it('a blank Realisasi of the year (and no IKM or AKIP sheet) holds up the LKjIP, not the TW II report', () => {
    const wb = edit(renaksiWorkbook(), 'IKU', (iku) => {
      const col = iku[0].indexOf('Realisasi 2023');
      for (const row of iku.slice(1)) row[col] = '';
    });
    wb.sheets = wb.sheets.filter((s) => s.name !== 'IKM' && s.name !== 'AKIP');
    const { generate, buat } = run(wb);
    expect(generate(true).status).toBe('blocked');
    expect(buat(2).status).toBe('ok');
  });

  it('without a Renaksi sheet: refused, the finding says to create it', () => {
    const { em, buat } = run(exampleJson());
    const r = buat(1, true);
    expect(r.status).toBe('blocked');
    expect(r.findings!.map((f) => `${f.code} ${f.sheet}`)).toEqual(['missing-sheet Renaksi']);
    expect(r.findings![0].message).toMatch(/Buat Template/);
    expect(em.documents).toHaveLength(0);
  });

  it('a quarter nobody reported yet is refused at its column; TW I still writes', () => {
    const wb = edit(renaksiWorkbook(), 'Renaksi', (r) => {
      for (const row of r.slice(1)) row[9] = row[10] = ''; // Realisasi TW III (J) and TW IV (K)
    });
    const { buat } = run(wb);
    const r = buat(3, true);
    expect(r.status).toBe('blocked');
    expect(r.findings!.map((f) => `${f.code} ${f.cell}`)).toEqual(['no-data J2']);
    expect(r.findings![0].message).toContain('Belum ada indikator dengan Realisasi TW III');
    expect(buat(1, true).status).toBe('ok');
  });

  it('an indicator whose quarter is not reported asks first, at its cell; Lanjutkan writes "belum dilaporkan"', () => {
    const wb = edit(renaksiWorkbook(), 'Renaksi', (r) => {
      r[4][8] = ''; // pengaduan Realisasi TW II (I5)
    });
    const { em, buat } = run(wb);
    const first = buat(2);
    expect(first.status).toBe('needs-confirmation');
    // renaksi-gap: TW III is filled after the blank TW II (the validator's), and the report's own warning.
    expect(first.findings!.map((f) => `${f.code} ${f.cell}`).sort()).toEqual([
      'quarter-not-reported I5',
      'renaksi-gap I5',
    ]);
    expect(buat(2, true).status).toBe('ok');
    const { paragraphs } = readDoc(em.docApiJson(em.documents[0]));
    expect(paragraphs).toContain(
      'Realisasi Jumlah pengaduan masyarakat yang belum ditindaklanjuti Triwulan II belum dilaporkan, sehingga capaian terhadap target sampai dengan Triwulan II sebesar 4 Pengaduan belum dapat diukur.',
    );
  });

  it('an error in a later quarter does not hold up TW II; it holds up TW IV and the LKjIP', () => {
    const wb = edit(renaksiWorkbook(), 'Renaksi', (r) => {
      r[3][10] = 'dua'; // dokumen Realisasi TW IV (K4)
    });
    const { buat, generate } = run(wb);
    expect(buat(2, true).status).toBe('ok');
    const tw4 = buat(4, true);
    expect(tw4.status).toBe('blocked');
    expect(tw4.findings!.map((f) => `${f.code} ${f.cell}`)).toEqual(['not-a-number K4']);
    expect(generate(true).status).toBe('blocked');
  });

  it('a Profil error holds it up; a PK Pejabat or IKM error does not', () => {
    const noName = edit(renaksiWorkbook(), 'Profil', (p) => {
      const row = p.find((r) => r[0] === 'Nama Instansi');
      if (row) row[1] = '';
    });
    expect(run(noName).buat(2, true).status).toBe('blocked');
    const badIkm = edit(renaksiWorkbook(), 'IKM', (ikm) => {
      ikm[1][ikm[0].findIndex((h) => String(h).startsWith('U1'))] = 7;
    });
    expect(run(badIkm).generate(true).status).toBe('blocked');
    expect(run(badIkm).buat(2, true).status).toBe('ok');
  });
});

describe('Periksa data: what each quarter’s section is told', () => {
  const penghalang = (wb: WorkbookJson) => {
    const em = createEmulator({ workbook: structuredClone(wb) });
    const r = loadBundle(em).periksaData() as { penghalang: Record<string, { code: string; cell: string }[]> };
    return (kind: string) => r.penghalang[kind].map((f) => `${f.code} ${f.cell}`);
  };

  it('an error in TW IV stops TW IV (and the LKjIP), not TW I–III', () => {
    const stops = penghalang(edit(renaksiWorkbook(), 'Renaksi', (r) => (r[3][10] = 'dua')));
    expect(['triwulan-1', 'triwulan-2', 'triwulan-3'].map(stops)).toEqual([[], [], []]);
    expect(stops('triwulan-4')).toEqual(['not-a-number K4']);
    expect(stops('lkjip')).toEqual(['not-a-number K4']);
  });

  it('an office without a Renaksi sheet is not shown an error it did not make (it is said when asked for)', () => {
    const stops = penghalang(exampleJson());
    expect(['triwulan-1', 'triwulan-2', 'triwulan-3', 'triwulan-4'].map(stops)).toEqual([[], [], [], []]);
  });
});

describe('the quarter asked for', () => {
  it('1–4, or II / TW II; anything else is an Indonesian error and writes nothing', () => {
    const { em, buat } = run(renaksiWorkbook());
    expect(() => buat(5)).toThrow('Triwulan 5 tidak dikenal. Pilih TW I, TW II, TW III atau TW IV.');
    expect(() => buat('')).toThrow(/^Triwulan "" tidak dikenal/);
    expect(em.documents).toHaveLength(0);
    expect(buat('TW II').name).toMatch(/^Laporan Triwulan II /);
  });

  it('one document at a time: while another holds the lock, it says a document is being written', () => {
    const { em, buat } = run(renaksiWorkbook());
    const release = em.locks.hold('document');
    expect(() => buat(2, true)).toThrow(/Sebuah dokumen sedang disusun .*Tunggu/);
    release();
    expect(em.documents).toHaveLength(0);
  });
});
