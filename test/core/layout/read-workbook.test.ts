import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import type { RawWorkbook } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/numbers';
import { sheet } from '../../fixtures/messy-workbooks';
import { loadExample } from './example-workbook';

const expected = JSON.parse(
  (await import('node:fs')).readFileSync(new URL('../../expected-lima-puluh-pesisir.json', import.meta.url), 'utf8'),
) as {
  ikm: { responden: number; profil: Record<string, Record<string, [number, string]>> };
  anggaran: { program: { uraian: string; pagu: string; realisasi: string }[] };
};

function wb(sheets: Record<string, CellValue[][]>): RawWorkbook {
  return { name: 't', sheets: Object.entries(sheets).map(([name, values]) => ({ name, values })) };
}

const PROFIL: CellValue[][] = [
  ['Kunci', 'Nilai'],
  ['Nama Instansi', 'Kecamatan X'],
  ['Pemerintah Daerah', 'Kabupaten Y'],
  ['Tahun', 2023],
  ['Nama Pimpinan', 'A'],
  ['Jabatan Pimpinan', 'Camat'],
  ['NIP', '19780607 201001 1 013'],
];
const IKU_HEADER = [
  'No',
  'Tujuan',
  'Sasaran Strategis',
  'Indikator Kinerja',
  'Satuan',
  'Polaritas',
  'Target 2023',
  'Realisasi 2023',
];
const DPA_HEADER = [
  'Kode',
  'Level',
  'Uraian',
  'Indikator Kinerja',
  'Pagu (Rp)',
  'Target Kinerja',
  'Satuan',
  'Realisasi (Rp)',
  'Realisasi Kinerja',
  'Sasaran',
];
const minimal = (over: Record<string, CellValue[][]> = {}) =>
  wb({
    Profil: PROFIL,
    IKU: [IKU_HEADER, [1, 'T', 'S', 'I', '%', 'Positif', 80, 90]],
    DPA: [DPA_HEADER, ['7.01.01', 'Program', 'P', 'i', 100, 1, '%', 90, 1, 1]],
    ...over,
  });

describe('readWorkbook on the example workbook (Lima Puluh Pesisir 2023)', () => {
  const { workbook, findings } = readWorkbook(loadExample());

  it('reads the example without structural findings', () => {
    expect(findings).toEqual([]);
  });

  it('reads Profil, with Tanggal typed as text 2024-01-31 kept as that calendar date', () => {
    expect(workbook.profil).toMatchObject({
      namaInstansi: 'Kecamatan Lima Puluh Pesisir',
      tahun: 2023,
      nip: '19780607 201001 1 013',
      tanggal: '2024-01-31',
    });
    expect(workbook.profil?.cells['NIP']).toBe('B9');
  });

  it('groups the two IKU indicators into sasaran 1 and 2 keyed by their No', () => {
    const iku = workbook.iku!;
    expect(iku.sasaran.map((s) => [s.key, s.indikator.map((i) => i.indikator)])).toEqual([
      ['1', ['Indeks Kepuasan Masyarakat (IKM)']],
      ['2', ['Nilai AKIP']],
    ]);
    expect(iku.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(iku.realisasiYears).toEqual([2020, 2021, 2022, 2023]);
    const ikm = iku.indikator[0];
    expect(ikm.capaian[2022].value?.toString()).toBe('96.79');
    expect(ikm.capaian[2022].cell).toBe('Q2');
    expect(ikm.target[2023].cell).toBe('L2');
  });

  it('reads the DPA program totals of the report, with money typed as text 12.000.000,00 and - as zero', () => {
    const dpa = workbook.dpa!;
    const programs = dpa.programs.map((i) => dpa.rows[i]);
    expect(programs.map((p) => [p.uraian, p.pagu.toString(), p.realisasi.toString()])).toEqual(
      expected.anggaran.program.map((p) => [p.uraian, p.pagu, p.realisasi]),
    );
    const bacaan = dpa.rows.find((r) => r.kode === '7.01.01.2.06.0005')!;
    expect(bacaan.pagu.toString()).toBe('12000000');
    const kegiatan207 = dpa.rows.find((r) => r.kode === '7.01.01.2.07')!;
    expect(kegiatan207.realisasi.toString()).toBe('0');
    expect(dpa.rows[kegiatan207.children[1]].realisasiKinerja).toBeNull();
  });

  it('links levels from the Kode segments: program 3, kegiatan 5, sub kegiatan 6', () => {
    const dpa = workbook.dpa!;
    const [p, k, s] = dpa.rows;
    expect([p.level, k.level, s.level]).toEqual(['program', 'kegiatan', 'subkegiatan']);
    expect(k.parent).toBe(0);
    expect(s.parent).toBe(1);
    expect(p.children).toContain(1);
    expect(p.sasaran).toBe('2');
    expect(dpa.rows[dpa.programs[1]].sasaran).toBe('1');
  });

  it('counts 365 IKM respondents and the profile per expected.json, blank Pendidikan as Tidak diisi', () => {
    const ikm = workbook.ikm!;
    expect(ikm.answers.length).toBe(expected.ikm.responden);
    expect(ikm.unsurColumns).toEqual(['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O']);
    for (const col of ikm.profile) {
      const want = expected.ikm.profil[col.name];
      expect(Object.fromEntries(col.counts.map((c) => [c.label, c.count]))).toEqual(
        Object.fromEntries(Object.entries(want).map(([k, v]) => [k, v[0]])),
      );
    }
    expect(ikm.profile.find((p) => p.name === 'Pendidikan')!.counts[0]).toEqual({ label: 'Tidak diisi', count: 26 });
  });

  it('reads AKIP components, the typed Nilai Akhir row and the typed predicates', () => {
    const akip = workbook.akip!;
    expect(akip.years).toEqual([2020, 2021, 2022, 2023]);
    expect(akip.komponen.map((k) => k.nama)).toContain('Capaian Kinerja');
    expect(akip.komponen).toHaveLength(5);
    expect(akip.nilaiAkhir[2020].cell).toBe('C7');
    expect(akip.predikat).toEqual({ 2022: { value: 'B', cell: 'E8' }, 2023: { value: 'B', cell: 'F8' } });
  });

  it('reads the Narasi rows: one part per Bagian (and Kunci), its rows joined in sheet order', () => {
    expect(Object.keys(workbook.narasi)).toContain('Faktor Pendukung 1');
    expect(workbook.narasi['Visi'].cell).toBe('C21');
    expect(workbook.narasi['Kata Pengantar'].text.split('\n')).toHaveLength(4);
  });

  it('a date cell (the adapter hands over the calendar day as midnight UTC) reads as that date', () => {
    const raw = loadExample();
    sheet(raw, 'Profil').values[10][1] = new Date(Date.UTC(2024, 0, 31));
    expect(readWorkbook(raw).workbook.profil?.tanggal).toBe('2024-01-31');
  });
});

describe('readWorkbook is robust to real sheets', () => {
  it('matches sheet names and headers loosely (case, spaces, newlines, (Rp)) and notes a synonym', () => {
    const r = readWorkbook(
      wb({
        ' profil ': PROFIL,
        iku: [
          [
            'NO',
            'tujuan',
            'Sasaran',
            ' Indikator\nKinerja ',
            'SATUAN',
            'polaritas',
            'target  2023',
            'Realisasi 2023 (%)',
            '',
            '',
          ],
          [1, 'T', 'S', 'I', '%', '', 80, 90, '', ''],
        ],
        DPA: [
          [
            'kode',
            'LEVEL',
            'Uraian',
            'Indikator',
            'PAGU  (RP)',
            'Target Kinerja',
            'Satuan',
            'Realisasi (Rp)',
            'Realisasi Kinerja',
          ],
          ['7.01.01', '', 'P', 'i', 'Rp 2.216.552.780', 1, '%', '1.000', 1],
        ],
      }),
    );
    expect(r.findings).toEqual([]);
    expect(r.workbook.sheetNames).toMatchObject({ Profil: ' profil ', IKU: 'iku' });
    expect(r.workbook.iku!.indikator[0].target[2023].target).toMatchObject({ kind: 'single' });
    expect(r.workbook.dpa!.rows[0].pagu.toString()).toBe('2216552780');
    expect(r.workbook.headerNotes).toContainEqual({
      sheet: 'iku',
      cell: 'C1',
      found: 'Sasaran',
      understoodAs: 'Sasaran Strategis',
    });
    expect(r.workbook.headerNotes).toContainEqual({
      sheet: 'DPA',
      cell: 'E1',
      found: 'PAGU  (RP)',
      understoodAs: 'Pagu',
    });
    expect(r.workbook.headerNotes).toContainEqual({
      sheet: 'iku',
      cell: 'G1',
      found: 'target  2023',
      understoodAs: 'Target 2023',
    });
  });

  it('skips blank rows in the middle and carries Tujuan/Sasaran down from the row above', () => {
    const r = readWorkbook(
      minimal({
        IKU: [
          IKU_HEADER,
          [1, 'T1', 'S1', 'I1', '%', '', 80, 90],
          ['', '', '', '', '', '', '', ''],
          ['', '', '', 'I2', '%', '', 80, 85],
          [3, '', 'S2', 'I3', '%', '', 1, 1],
        ],
      }),
    );
    const iku = r.workbook.iku!;
    expect(iku.indikator.map((i) => [i.row, i.tujuan, i.sasaran, i.sasaranKey])).toEqual([
      [2, 'T1', 'S1', '1'],
      [4, 'T1', 'S1', '1'],
      [5, 'T1', 'S2', '3'],
    ]);
    expect(iku.sasaran.map((s) => s.indikator.length)).toEqual([2, 1]);
  });

  it('a sasaran whose first row has no No is keyed by its 1-based position', () => {
    const r = readWorkbook(
      minimal({ IKU: [IKU_HEADER, ['', 'T', 'S1', 'I1', '%', '', 1, 1], ['', '', 'S2', 'I2', '%', '', 1, 1]] }),
    );
    expect(r.workbook.iku!.sasaran.map((s) => s.key)).toEqual(['1', '2']);
  });

  it('maps IKM answer columns by their U prefix, not by position', () => {
    const header = ['U9 Sarana', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'Jenis Kelamin'];
    const r = readWorkbook(
      minimal({ IKM: [header, [1, 4, 4, 4, 4, 4, 4, 4, 4, ''], [], [2, 3, 3, 3, 3, 3, 3, 3, 3, 'P']] }),
    );
    const ikm = r.workbook.ikm!;
    expect(ikm.unsurColumns).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'A']);
    expect(ikm.answers[0]).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 1]);
    expect(ikm.rows).toEqual([2, 4]);
    expect(ikm.profile[0].counts).toEqual([
      { label: 'Tidak diisi', count: 1 },
      { label: 'P', count: 1 },
    ]);
  });

  it('takes the DPA level from Level when there is no Kode, and ignores unknown columns and sheets', () => {
    const r = readWorkbook(
      minimal({
        DPA: [
          [
            'Level',
            'Uraian',
            'Catatan',
            'Indikator Kinerja',
            'Pagu',
            'Target Kinerja',
            'Satuan',
            'Realisasi',
            'Realisasi Kinerja',
          ],
          ['PROGRAM', 'P', 'x', 'i', 100, 1, '%', 90, 1],
          ['kegiatan', 'K', 'x', 'i', 100, 1, '%', 90, 1],
          ['Sub-Kegiatan', 'S', 'x', 'i', 100, 1, '%', 90, 1],
        ],
        Lainnya: [['apa saja']],
      }),
    );
    expect(r.findings).toEqual([]);
    expect(r.workbook.dpa!.rows.map((x) => [x.level, x.parent])).toEqual([
      ['program', -1],
      ['kegiatan', 0],
      ['subkegiatan', 1],
    ]);
  });

  it('a missing IKM, AKIP or Narasi sheet is not a finding', () => {
    const r = readWorkbook(minimal());
    expect(r.findings).toEqual([]);
    expect(r.workbook.ikm).toBeNull();
    expect(r.workbook.akip).toBeNull();
    expect(r.workbook.narasi).toEqual({});
  });

  it('reads Profil Tanggal typed as 31 Januari 2024 or 31/01/2024', () => {
    for (const t of ['31 Januari 2024', '31/01/2024', '2024-01-31']) {
      const r = readWorkbook(minimal({ Profil: [...PROFIL, ['Tanggal', t]] }));
      expect(r.workbook.profil!.tanggal).toBe('2024-01-31');
    }
  });
});

describe('readWorkbook structural findings', () => {
  it('missing-sheet for a required sheet (DPA)', () => {
    const raw = minimal();
    raw.sheets = raw.sheets.filter((s) => s.name !== 'DPA');
    const r = readWorkbook(raw);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'missing-sheet', severity: 'error', sheet: 'DPA', cell: '' }),
    ]);
    expect(r.findings[0].message).toContain('Sheet "DPA" belum ada');
  });

  it('missing-column lists the accepted names', () => {
    const r = readWorkbook(
      minimal({
        IKU: [
          ['No', 'Tujuan', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023'],
          [1, 'T', 'I', '%', 1, 1],
        ],
      }),
    );
    const f = r.findings.find((x) => x.code === 'missing-column')!;
    expect(f).toMatchObject({ severity: 'error', sheet: 'IKU', cell: '' });
    expect(f.message).toContain('"Sasaran Strategis" atau "Sasaran"');
  });

  it('missing-column for the reporting year Realisasi column', () => {
    const r = readWorkbook(
      minimal({
        IKU: [
          ['Sasaran', 'Indikator', 'Satuan', 'Target 2023', 'Realisasi 2022'],
          ['S', 'I', '%', 1, 1],
        ],
      }),
    );
    expect(r.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('"Realisasi 2023"'));
  });

  it('duplicate-column when two headers mean the same column', () => {
    const r = readWorkbook(
      minimal({
        IKU: [
          [...IKU_HEADER, 'Indikator'],
          [1, 'T', 'S', 'I', '%', '', 1, 1, 'I'],
        ],
      }),
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'duplicate-column', severity: 'error', sheet: 'IKU', cell: 'I1' }),
    ]);
    expect(r.findings[0].message).toContain('D1 dan I1');
  });

  it('not-a-number names the cell (IKU!H2)', () => {
    const r = readWorkbook(minimal({ IKU: [IKU_HEADER, [1, 'T', 'S', 'I', '%', '', 80, 'sembilan puluh']] }));
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'not-a-number', severity: 'error', sheet: 'IKU', cell: 'H2' }),
    ]);
    expect(r.findings[0].message).toContain('"sembilan puluh"');
  });

  it('missing-value for a blank realisasi of the reporting year; - is blank for a performance figure', () => {
    // Checked with the whole workbook (check-iku): an IKM or AKIP indicator may take it from its sheet.
    const r = validateWorkbook(minimal({ IKU: [IKU_HEADER, [1, 'T', 'S', 'I', '%', '', 80, '-']] }));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'missing-value', sheet: 'IKU', cell: 'H2' }),
    ]);
    expect(r.findings[0].message).toContain('Realisasi 2023');
  });

  it('missing-value for a required Profil key', () => {
    const r = readWorkbook(minimal({ Profil: PROFIL.filter((row) => row[0] !== 'NIP') }));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'missing-value', sheet: 'Profil', cell: '' })]);
    expect(r.findings[0].message).toContain('NIP');
  });

  it('bad-polaritas with the accepted values', () => {
    const r = readWorkbook(minimal({ IKU: [IKU_HEADER, [1, 'T', 'S', 'I', '%', 'Naik', 80, 90]] }));
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'bad-polaritas', severity: 'error', sheet: 'IKU', cell: 'F2' }),
    ]);
    expect(r.findings[0].message).toContain('Positif, Negatif');
  });
});
