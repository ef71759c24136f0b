import { describe, expect, it } from 'vitest';
import type { RawSheet } from '../../../src/core/layout/model';
import { readIkm } from '../../../src/core/layout/read-ikm';
import { matchHeaders } from '../../../src/core/layout/headers';
import { sheetSpec } from '../../../src/core/layout/spec';
import type { CellValue } from '../../../src/core/numbers';
import { ikmPerLayanan } from '../../../src/core/skm/per-layanan';
import { planImport, type ImportPlan } from '../../../src/core/skm/plan-import';
import { describeResponseSheet, isResponseSheet, proposeMapping } from '../../../src/core/skm/response-sheet';
import { readSkalaSheet } from '../../../src/core/skm/skala-sheet';
import { RESPONSE_SHEET, RESPONSE_VALUES, skalaSheet } from '../../fixtures/skm-forms';

/** The response sheet as getValues() gives it: the timestamps are Dates. */
function responses(): RawSheet {
  const values = RESPONSE_VALUES.map((row, i) =>
    row.map((v, c) => (i > 0 && c === 0 ? new Date(`${v}+07:00`) : v)),
  ) as CellValue[][];
  return { name: RESPONSE_SHEET, values };
}

/** What the IKM sheet holds after the plan is written (one block appended). */
function apply(ikm: RawSheet | null, plan: ImportPlan): RawSheet {
  const values = ikm ? ikm.values.map((r) => [...r]) : [];
  plan.header.forEach((h, k) => {
    values[0][plan.headerStart + k] = h;
  });
  plan.rows.forEach((row, k) => {
    values[plan.startRow - 1 + k] = [...row];
  });
  return { name: 'IKM', values };
}

const skala = readSkalaSheet(skalaSheet() as RawSheet).skala;

function run(ikm: RawSheet | null, withSkala: boolean) {
  const sheet = responses();
  const info = describeResponseSheet(sheet);
  return planImport(sheet, proposeMapping(info), withSkala ? skala : new Map(), ikm, info.timestampColumn);
}

describe('finding and mapping the Forms response sheet', () => {
  it('finds the sheet by its Stempel waktu column, not the layout sheets or Skala SKM', () => {
    const found = [
      responses(),
      { name: 'IKU', values: [['Timestamp']] },
      { name: 'Catatan', values: [['x']] },
      { name: 'Skala SKM', values: [['Timestamp']] },
    ].filter(isResponseSheet);
    expect(found.map((s) => s.name)).toEqual([RESPONSE_SHEET]);
  });

  it('maps questions H–P to U1–U9 by the regulation wording, sarana (O) to U9 and pengaduan (P) to U8', () => {
    const m = proposeMapping(describeResponseSheet(responses()));
    // H I J K L M N P O
    expect(m.unsur).toEqual([7, 8, 9, 10, 11, 12, 13, 15, 14]);
    expect(m.cara).toEqual(new Array(9).fill('teks'));
    expect(m.layanan).toBe(2);
    expect(m.profil).toEqual({ 'Jenis Kelamin': 3, Umur: 4, Pendidikan: 5, Pekerjaan: 6 });
  });

  it('a question with other wording takes the unsur left over, by order; a score or comment column never does', () => {
    const sheet = responses();
    sheet.values[0][9] = '3. Berapa lama Anda menunggu sampai urusan selesai?';
    sheet.values[0][1] = 'Skor'; // a Forms quiz column before it is not a question
    const m = proposeMapping(describeResponseSheet(sheet));
    expect(m.unsur[2]).toBe(9);
    expect(m.cara[2]).toBe('urutan');
    expect(m.unsur).not.toContain(1); // Skor
    expect(m.unsur).not.toContain(16); // Kritik dan saran
  });
});

describe('column roles', () => {
  it('Jenis Layanan by its own header only, not a question that mentions pelayanan', () => {
    const roles = describeResponseSheet({
      name: 'R',
      values: [
        ['Timestamp', 'Layanan yang Anda terima', 'Pelayanan petugas sopan dan ramah?', 'Email Address', 'Usia'],
      ],
    }).columns.map((c) => c.role);
    expect(roles).toEqual(['timestamp', 'layanan', 'unsur', 'lain', 'profil']);
  });
});

describe('planImport on the Forms fixture', () => {
  const first = run(null, false);

  it('without the user scale: 5 responses imported, the 2 with "Lumayan"/"Cukup puas" held back', () => {
    expect(first.counts).toEqual({ dibaca: 7, baru: 5, sudahAda: 0, tertunda: 2, manual: 0 });
    expect(first.createSheet).toBe(true);
    expect(first.rows[0]).toEqual(sheetSpec('IKM').columns.map((c) => c.name));
  });

  it('each unread answer is a finding at its response cell; the distinct texts are listed with counts', () => {
    expect(first.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      `unread-answer ${RESPONSE_SHEET}!J7`,
      `unread-answer ${RESPONSE_SHEET}!J8`,
      `unread-answer ${RESPONSE_SHEET}!M8`,
    ]);
    expect(first.findings[0].severity).toBe('error');
    expect(first.findings[0].message).toBe(
      'Jawaban U3 Waktu Penyelesaian "Lumayan" tidak dikenali sebagai nilai 1–4 (2 kali pada pertanyaan ini). Tambahkan teks ini dan nilainya di sheet "Skala SKM" (kolom Teks, Nilai), lalu impor lagi; respons ini belum diimpor.',
    );
    expect(first.findings[2].message).toBe(
      'Jawaban U6 Kompetensi Pelaksana "Cukup puas" tidak dikenali sebagai nilai 1–4. Tambahkan teks ini dan nilainya di sheet "Skala SKM" (kolom Teks, Nilai), lalu impor lagi; respons ini belum diimpor.',
    );
    expect(first.unread).toEqual([
      { teks: 'Lumayan', jumlah: 2, unsur: ['U3'], sel: ['J7', 'J8'] },
      { teks: 'Cukup puas', jumlah: 1, unsur: ['U6'], sel: ['M8'] },
    ]);
  });

  it('NIK of the 5 readable responses = 83,75, computed by hand', () => {
    // Rows 2–6 (blank answers excluded from their unsur):
    // NRR U1 (4+3+2+4+3)/5 = 16/5   U2 (4+3+3+4)/4 = 3,5   U3 (3+3+2+4+3)/5 = 3   U4 20/5 = 4
    //     U5 (3+3+3+4+3)/5 = 16/5   U6 (4+3+3+4+3)/5 = 17/5  U7 (4+4+3+4+3)/5 = 18/5
    //     U8 (3+3+4+3)/4 = 3,25     U9 (3+2+3+4+3)/5 = 3
    // Σ NRR = 67/5 + 3,5 + 3 + 4 + 3,25 + 3 = 13,4 + 16,75 = 30,15; IKM = 30,15/9; NIK = 30,15 × 25/9 = 83,75.
    expect(first.nik).toBe(83.75);
    expect(first.mutu).toBe('B (Baik)');
  });

  it('writes answers as numbers 1–4 in U1–U9 order, blanks blank, with timestamp, profile, layanan and response row', () => {
    const header = first.rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const row4 = first.rows[3]; // response row 4
    expect(header.slice(col('U1 Persyaratan'), col('U9 Sarana dan Prasarana') + 1).map((h) => h.slice(0, 2))).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(row4.slice(col('U1 Persyaratan'), col('U1 Persyaratan') + 9)).toEqual([2, 3, 2, 4, 3, 3, 3, '', 3]);
    expect(row4[col('Jenis Layanan')]).toBe('KTP/KK');
    expect(row4[col('Jenis Kelamin')]).toBe('laki-laki');
    expect(row4[col('Baris Respons')]).toBe(4);
    expect((row4[col('Tanggal')] as Date).toISOString()).toBe('2023-03-05T01:40:10.000Z');
    expect(row4[col('No')]).toBe(3);
  });

  const ikm1 = apply(null, first);
  const second = run(ikm1, true);
  const ikm2 = apply(ikm1, second);

  it('with the user scale, importing again adds only the 2 held-back responses', () => {
    expect(second.counts).toEqual({ dibaca: 7, baru: 2, sudahAda: 5, tertunda: 0, manual: 0 });
    expect(second.findings).toEqual([]);
    expect(second.startRow).toBe(7);
    expect(second.rows.map((r) => r[r.length - 1])).toEqual([7, 8]);
  });

  it('NIK of all 7 responses = 82,67, computed by hand', () => {
    // NRR U1 23/7  U2 20/6  U3 21/7 = 3  U4 28/7 = 4  U5 23/7  U6 23/7  U7 25/7  U8 18/6 = 3  U9 21/7 = 3
    // Σ NRR = 94/7 + 10/3 + 13 = 625/21; NIK = 625/21 / 9 × 25 = 15625/189 = 82,6719… → 82,67.
    expect(second.nik).toBe(82.67);
  });

  it('importing a third time is a no-op: nothing to write', () => {
    const third = run(ikm2, true);
    expect(third.counts).toEqual({ dibaca: 7, baru: 0, sudahAda: 7, tertunda: 0, manual: 0 });
    expect(third.rows).toEqual([]);
    expect(third.header).toEqual([]);
  });

  it('deleting a response row (a test entry) above imported ones does not import them again', () => {
    const sheet = responses();
    sheet.values.splice(2, 1); // response row 3 deleted: rows 4–8 move up to 3–7
    const info = describeResponseSheet(sheet);
    const plan = planImport(sheet, proposeMapping(info), skala, ikm2, info.timestampColumn);
    expect(plan.counts).toEqual({ dibaca: 6, baru: 0, sudahAda: 6, tertunda: 0, manual: 0 });
  });

  it('two responses in the same second are told apart by their row', () => {
    const sheet = responses();
    sheet.values[3][0] = sheet.values[2][0]; // rows 3 and 4: same timestamp
    const info = describeResponseSheet(sheet);
    const once = planImport(sheet, proposeMapping(info), skala, null, info.timestampColumn);
    expect(once.counts.baru).toBe(7);
    const twice = planImport(sheet, proposeMapping(info), skala, apply(null, once), info.timestampColumn);
    expect(twice.counts).toEqual({ dibaca: 7, baru: 0, sudahAda: 7, tertunda: 0, manual: 0 });
  });

  it('NIK per Jenis Layanan from the imported IKM sheet, computed by hand', () => {
    const map = matchHeaders('IKM', ikm2.values[0], sheetSpec('IKM')).map;
    const ikm = readIkm({ sheet: 'IKM', findings: [] }, ikm2, map);
    const groups = ikmPerLayanan(ikm).map((g) => [g.layanan, g.responden, g.nik?.toNumber(), g.mutu?.mutu]);
    // Surat Keterangan (rows 2, 3, 6, 8): NRR U1 14/4, U2 10/3, U3 3, U4 4, U5 13/4, U6 13/4, U7 15/4, U8 3, U9 11/4;
    //   Σ = 66/4 + 10/3 + 10 = 179/6; NIK = 179/6 / 9 × 25 = 4475/54 = 82,870… → 82,87.
    // KTP/KK (rows 4, 5, 7): NRR U1 3, U2 10/3, U3 3, U4 4, U5 10/3, U6 10/3, U7 10/3, U8 (4+2)/2 = 3, U9 10/3;
    //   Σ = 13 + 50/3 = 89/3; NIK = 89/3 / 9 × 25 = 2225/27 = 82,407… → 82,41.
    expect(groups).toEqual([
      ['Surat Keterangan', 4, 82.87, 'B'],
      ['KTP/KK', 3, 82.41, 'B'],
    ]);
  });

  it('an existing IKM sheet keeps its rows; missing columns are added to the right of its header', () => {
    const own: RawSheet = {
      name: 'IKM',
      values: [
        [
          'No',
          ...sheetSpec('IKM')
            .columns.filter((c) => c.kind === 'answer')
            .map((c) => c.name),
        ],
        [1, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ],
    };
    const plan = run(own, true);
    expect(plan.counts.manual).toBe(1);
    expect(plan.createSheet).toBe(false);
    expect(plan.startRow).toBe(3);
    expect(plan.headerStart).toBe(10);
    expect(plan.header).toEqual([
      'Tanggal',
      'Jenis Kelamin',
      'Pendidikan',
      'Umur',
      'Pekerjaan',
      'Jenis Layanan',
      'Baris Respons',
    ]);
    expect(plan.counts.baru).toBe(7);
    expect(plan.rows[0].slice(0, 10)).toEqual([2, 4, 4, 3, 4, 3, 4, 4, 3, 3]);
  });

  it('an IKM sheet without U1–U9 headers is refused with a message naming them', () => {
    expect(() => run({ name: 'IKM', values: [['No', 'Nama']] }, true)).toThrow(
      /Sheet "IKM" tidak memiliki kolom jawaban U1, U2, U3, U4, U5, U6, U7, U8, U9/,
    );
  });
});

describe('Skala SKM sheet', () => {
  it('reads Teks | Nilai; a value outside 1–4 or a text given two values is a finding and not used', () => {
    const r = readSkalaSheet({
      name: 'Skala SKM',
      values: [
        ['Teks', 'Nilai'],
        ['Lumayan', 3],
        ['Puas', 5],
        ['Biasa', 2],
        ['biasa ', 3],
        ['', ''],
      ],
    });
    expect([...r.skala]).toEqual([['lumayan', 3]]);
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['out-of-range B3', 'duplicate-skala A5']);
  });
});
