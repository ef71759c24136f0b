import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, saveWorkbook, type WorkbookJson } from '../../emulator/index';
import { formsWorkbook, RESPONSE_SHEET, skalaSheet } from '../fixtures/skm-forms';
import { exampleJson } from '../fixtures/example';
import { makeSurveyWorkbook } from '../../scripts/big-workbook';

// "Impor Survei" through the built bundle (dist/) in the emulator.

const EXAMPLE = exampleJson();

function setup(workbook: WorkbookJson) {
  const em = createEmulator({ workbook: structuredClone(workbook) });
  const ctx = loadBundle(em);
  return { em, ctx };
}

function sheetValues(em: ReturnType<typeof createEmulator>, name: string) {
  return saveWorkbook(em.spreadsheet).sheets.find((s) => s.name === name)?.values;
}

describe('bacaSurvei / imporSurvei on the Forms fixture', () => {
  const { em, ctx } = setup(formsWorkbook());
  const before = JSON.stringify(sheetValues(em, RESPONSE_SHEET));

  it('bacaSurvei shows the sheet, the mapping and what an import would do, writing nothing', () => {
    em.counter.reset();
    const r = ctx.bacaSurvei();
    expect(r.sheets).toEqual([RESPONSE_SHEET]);
    expect(r.sheet).toBe(RESPONSE_SHEET);
    expect(r.mapping.unsur).toEqual([7, 8, 9, 10, 11, 12, 13, 15, 14]);
    expect(r.counts).toEqual({ dibaca: 7, baru: 5, sudahAda: 0, tertunda: 2, manual: 0 });
    expect(r.columns[7]).toMatchObject({ letter: 'H', role: 'unsur' });
    const calls = em.counter.counts();
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(1);
    expect(Object.keys(calls).filter((k) => /set|insert/.test(k))).toEqual([]);
  });

  it('imporSurvei creates IKM with one setValues; the findings point at the response cells', () => {
    em.counter.reset();
    const r = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    expect(r.counts).toEqual({ dibaca: 7, baru: 5, sudahAda: 0, tertunda: 2, manual: 0 });
    expect(r.findings.map((f: { cell: string }) => f.cell)).toEqual(['J7', 'J8', 'M8']);
    expect(r.nik).toBe(83.75);
    expect(r.pesan).toBe(
      '7 respons dibaca, 5 baris baru ditulis ke sheet IKM, 2 belum diimpor karena ada jawaban yang tidak terbaca.',
    );
    expect(em.counter.counts()['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(sheetValues(em, 'IKM')).toHaveLength(6);
  });

  it('after adding Skala SKM, the held-back responses are imported; again, nothing is written', () => {
    const skala = em.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Skala SKM');
    skala.getRange(1, 1, 3, 2).setValues(skalaSheet().values);
    const mapping = ctx.bacaSurvei().mapping;
    const r = ctx.imporSurvei(RESPONSE_SHEET, mapping);
    expect(r.counts).toEqual({ dibaca: 7, baru: 2, sudahAda: 5, tertunda: 0, manual: 0 });
    expect(r.nik).toBe(82.67);
    expect(r.mutu).toBe('B (Baik)');
    const ikm = JSON.stringify(sheetValues(em, 'IKM'));
    em.counter.reset();
    const again = ctx.imporSurvei(RESPONSE_SHEET, mapping);
    expect(again.counts).toEqual({ dibaca: 7, baru: 0, sudahAda: 7, tertunda: 0, manual: 0 });
    expect(Object.keys(em.counter.counts()).filter((k) => /set|insert/.test(k))).toEqual([]);
    expect(JSON.stringify(sheetValues(em, 'IKM'))).toBe(ikm);
  });

  it('never changes the response sheet', () => {
    expect(JSON.stringify(sheetValues(em, RESPONSE_SHEET))).toBe(before);
  });

  it('a mapping from the panel with one column twice or an unsur left out is refused in Indonesian', () => {
    const m = ctx.bacaSurvei().mapping;
    expect(() => ctx.imporSurvei(RESPONSE_SHEET, { ...m, unsur: [7, 7, 9, 10, 11, 12, 13, 15, 14] })).toThrow(
      'Kolom H dipilih untuk U1 dan U2',
    );
    expect(() => ctx.imporSurvei(RESPONSE_SHEET, { ...m, unsur: [7, 8, 9, 10, 11, 12, 13, 15, -1] })).toThrow(
      'Unsur U9 belum dipasangkan',
    );
    expect(() => ctx.imporSurvei('IKU', m)).toThrow('bukan sheet respons Google Forms');
  });
});

describe('5.000 unreadable answers: the panel gets at most 200 per list, with the totals', () => {
  // 5.000 responses; 600 answer U9 "Sangat Puas" (not the regulation's wording) and 300 answer
  // U7 with a wording of their own each ("Ramah sekali 1" … "Ramah sekali 300").
  const wb = makeSurveyWorkbook({ responses: 5_000, unreadable: 0 });
  const rows = wb.sheets.find((x) => x.name === 'Respons Formulir 1')!.values;
  for (let i = 1; i <= 600; i++) rows[i][15] = 'Sangat Puas';
  for (let i = 1; i <= 300; i++) rows[1000 + i][13] = `Ramah sekali ${i}`;

  it('imporSurvei for the panel: 200 findings and 200 texts of at most 200 cells, with what was left out', () => {
    const { ctx } = setup(wb);
    const r = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    expect(r.counts.tertunda).toBe(900);
    expect(r.findings).toHaveLength(200);
    expect(r.omitted).toEqual([{ code: 'unread-answer', severity: 'error', count: 700, total: 900 }]);
    // The most frequent text first: all 600 counted, its first 200 cells listed.
    expect(r.unread[0]).toMatchObject({ teks: 'Sangat Puas', jumlah: 600, unsur: ['U9'] });
    expect(r.unread[0].sel).toHaveLength(200);
    expect(r.unread[0].sel.slice(0, 2)).toEqual(['P2', 'P3']);
    // 1 + 300 distinct texts: 200 sent, 101 counted.
    expect(r.unread).toHaveLength(200);
    expect(r.unreadOmitted).toBe(101);
    expect(Buffer.byteLength(JSON.stringify(r))).toBeLessThan(100 * 1024);
    const plan = ctx.bacaSurvei();
    expect(plan.findings).toHaveLength(200);
    expect(plan.unread).toHaveLength(200);
  });

  it('imporSurvei for the command line (semua): every finding, text and cell', () => {
    const { ctx } = setup(wb);
    const r = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping, true);
    expect(r.findings).toHaveLength(900);
    expect(r.omitted).toEqual([]);
    expect(r.unread).toHaveLength(301);
    expect(r.unread[0].sel).toHaveLength(600);
    expect(r.unreadOmitted).toBe(0);
  });
});

describe('importing into an IKM sheet that already holds respondents typed by hand', () => {
  it('appends below them, adds the missing columns to the right, and warns that they may be the same people', () => {
    const wb = structuredClone(EXAMPLE);
    wb.sheets.push(...formsWorkbook(undefined, true).sheets);
    const { em, ctx } = setup(wb);
    em.counter.reset();
    const r = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    expect(r.counts).toEqual({ dibaca: 7, baru: 7, sudahAda: 0, tertunda: 0, manual: 365 });
    expect(r.pesan).toBe(
      '7 respons dibaca, 7 baris baru ditulis ke sheet IKM. Sheet IKM sudah berisi 365 responden yang diketik langsung (bukan hasil impor); bila mereka responden formulir yang sama, hapus baris tersebut agar tidak terhitung dua kali.',
    );
    // One setValues for the two new header cells, one for the rows.
    expect(em.counter.counts()['SpreadsheetApp.Range.setValues']).toBe(2);
    const ikm = sheetValues(em, 'IKM') as unknown[][];
    expect(ikm).toHaveLength(373);
    expect(ikm[0].slice(15)).toEqual(['Jenis Layanan', 'Baris Respons']);
    expect(ikm[366]).toEqual([
      366,
      '2023-03-04T09:15:22',
      'Laki-laki',
      'SMA',
      '31-40',
      'Wiraswasta',
      4,
      4,
      3,
      4,
      3,
      4,
      4,
      3,
      3,
      'Surat Keterangan',
      2,
    ]);
    expect(JSON.stringify(ikm.slice(0, 366).map((row) => row.slice(0, 15)))).toBe(
      JSON.stringify(EXAMPLE.sheets.find((s) => s.name === 'IKM')?.values.map((row) => row.slice(0, 15))),
    );
  });
});

describe('the report after importing into the example workbook', () => {
  it('gives NIK and mutu per Jenis Layanan with respondents, and the profile from the imported columns', () => {
    const { em, ctx } = setup(formsWorkbook(EXAMPLE, true));
    const r = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    expect(r.counts.baru).toBe(7);
    const res = ctx.generateLkjip(true);
    expect(res.status).toBe('ok');
    const tree = em.docTree(em.documents[0]) as { type: string; text?: string; rows?: string[][] }[];
    /** The table under the caption matching `re` (the caption right above a table, not its Daftar Tabel line). */
    const table = (re: RegExp) => {
      const i = tree.findIndex(
        (b, k) => b.type === 'paragraph' && re.test(b.text ?? '') && tree[k + 1]?.type === 'table',
      );
      expect(i).toBeGreaterThan(0);
      return tree.slice(i).find((b) => b.type === 'table')?.rows;
    };
    // Hand-computed in test/core/skm/import.test.ts: 82,87 (4 responden), 82,41 (3), all 82,67 (7).
    expect(table(/^Tabel 3\.\d+ Indeks Kepuasan Masyarakat per Jenis Layanan Tahun 2023$/)).toEqual([
      ['No', 'Jenis Layanan', 'Jumlah Responden', 'NIK', 'Mutu Pelayanan'],
      ['1', 'Surat Keterangan', '4', '82,87', 'B (Baik)'],
      ['2', 'KTP/KK', '3', '82,41', 'B (Baik)'],
      ['', 'Seluruh layanan', '7', '82,67', 'B (Baik)'],
    ]);
    const profil = table(/Profil Responden Survei Kepuasan Masyarakat/) ?? [];
    expect(profil.slice(1, 5)).toEqual([
      ['1', 'Jenis Kelamin', 'Laki-laki', '3', '42,86'],
      ['', '', 'Perempuan', '3', '42,86'],
      ['', '', 'Tidak diisi', '1', '14,29'],
      ['', '', 'Jumlah', '7', '100,00'],
    ]);
  });
});

describe('bacaSurvei with no Forms response sheet yet', () => {
  it('is not a failure: an empty plan that says there is none and how to link the Form, and writes nothing', () => {
    const { em, ctx } = setup(EXAMPLE);
    const before = JSON.stringify(saveWorkbook(em.spreadsheet));
    const r = ctx.bacaSurvei();
    expect(r.sheets).toEqual([]);
    expect(r.sheet).toBe('');
    expect(r.counts).toEqual({ dibaca: 0, baru: 0, sudahAda: 0, tertunda: 0, manual: 0 });
    expect(r.pesan).toMatch(/^Belum ada sheet respons Google Forms di spreadsheet ini/);
    expect(r.petunjuk.join(' ')).toMatch(
      /tab Respons.*Tautkan ke Spreadsheet.*Pilih spreadsheet yang ada.*Baca survei/,
    );
    expect(JSON.stringify(saveWorkbook(em.spreadsheet))).toBe(before);
  });
});
