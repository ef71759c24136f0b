import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkbookJson } from '../../../emulator/index';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { exampleJson } from '../../fixtures/example';
import { sheet, toRaw } from '../../fixtures/messy-workbooks';
import { RENAKSI_HEADER, renaksiWithErrors, renaksiWorkbook } from '../../fixtures/renaksi-workbook';

// Issue 23, phase 1: the Renaksi sheet and the DPA quarters read into the model and checked by
// Periksa data, each problem at its cell (the planted errors are listed in the fixture).

const check = (wb: WorkbookJson) => validateWorkbook(toRaw(wb));
const lines = (wb: WorkbookJson, sheets: string[]) =>
  check(wb)
    .findings.filter((f) => sheets.includes(f.sheet) || f.code === 'sum-mismatch')
    .map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

function withRenaksi(rows: WorkbookJson['sheets'][number]['values'], header = RENAKSI_HEADER): WorkbookJson {
  const wb = renaksiWorkbook();
  sheet(wb, 'Renaksi').values = [header, ...rows];
  return wb;
}

describe('the Renaksi fixture (the example with a Rencana Aksi)', () => {
  it('adds no finding to the example’s own seven warnings', () => {
    const codes = (wb: WorkbookJson) => check(wb).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(codes(renaksiWorkbook())).toEqual(codes(exampleJson()));
  });

  it('reads each row into the model, linked to its IKU indicator', () => {
    const { workbook } = readWorkbook(toRaw(renaksiWorkbook()));
    const rows = workbook.renaksi?.rows ?? [];
    expect(rows.map((r) => [r.row, r.no, r.iku?.indikator, r.caraHitung])).toEqual([
      [2, '1', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai-akhir'],
      [3, '2', 'Nilai AKIP', 'nilai-akhir'],
      [4, '3', 'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun', 'kumulatif'],
      [5, '4', 'Jumlah pengaduan masyarakat yang belum ditindaklanjuti', 'kumulatif'],
    ]);
    // The row's indicator is the IKU object itself (its polaritas, targets and the report's realisasi).
    expect(rows[3].iku).toBe(workbook.iku?.indikator[3]);
    expect(rows[3].iku?.polaritas).toBe('negatif');
    expect(rows[0].target.map((t) => t.cell)).toEqual(['D2', 'E2', 'F2', 'G2']);
    expect(rows[0].realisasi.map((x) => x.value?.toString())).toEqual(['84.5', '85.72', '87.9', '88.12']);
    expect(rows[1].target.map((t) => t.target)).toEqual([
      null,
      null,
      null,
      { kind: 'single', value: expect.anything() },
    ]);
    expect([rows[2].rencanaAksi, rows[2].kendala, rows[2].tindakLanjut]).toEqual([
      'Menyusun Renja, PK, LKjIP dan LPPD sesuai jadwal',
      'Data dari desa terlambat masuk',
      'Surat pengingat kepada desa setiap bulan',
    ]);
  });

  it('reads the DPA quarters (columns L–O) where the sheet has them, blank as null', () => {
    const { workbook } = readWorkbook(toRaw(renaksiWorkbook()));
    const program = workbook.dpa?.rows.find((r) => r.kode === '7.01.06');
    expect(program?.realisasiTw?.map((c) => [c.cell, c.value?.toString() ?? null])).toEqual([
      ['L52', null],
      ['M52', '2000000'],
      ['N52', '2000000'],
      ['O52', '2202500'],
    ]);
    const example = readWorkbook(toRaw(exampleJson())).workbook;
    expect(example.dpa?.rows[0].realisasiTw).toBeUndefined();
    expect(example.renaksi).toBeNull();
  });
});

describe('planted errors, each at its cell', () => {
  it('finds exactly the fixture’s planted errors', () => {
    expect(lines(renaksiWithErrors(), ['Renaksi'])).toEqual([
      'error sum-mismatch DPA!O44',
      'warning renaksi-unmatched Renaksi!',
      'error renaksi-target-mismatch Renaksi!G2',
      'warning renaksi-name-mismatch Renaksi!B3',
      'error renaksi-target-decreasing Renaksi!F4',
      'warning renaksi-realisasi-mismatch Renaksi!K4',
      'error renaksi-unmatched Renaksi!A5',
      'warning renaksi-gap Renaksi!J5',
      'error duplicate-code Renaksi!A6',
      'error bad-cara-hitung Renaksi!C6',
    ]);
  });

  it('says in Indonesian what is wrong, the values and the fix', () => {
    const byCell = new Map(check(renaksiWithErrors()).findings.map((f) => [`${f.sheet}!${f.cell}`, f.message]));
    expect(byCell.get('Renaksi!G2')).toBe(
      'Target TW IV "Indeks Kepuasan Masyarakat (IKM)" tertulis 88, sedangkan target tahun 2023 di sheet IKU (L2) 88,37; target TW IV harus sama dengan target tahunan. Samakan target TW IV dengan target di sheet IKU.',
    );
    expect(byCell.get('Renaksi!F4')).toMatch(/^Target TW III .* \(3\) lebih kecil daripada target TW II \(4\)\./);
    // 2 + 1 + 2 + 3 = 8 from the quarters against 7 in IKU.
    expect(byCell.get('Renaksi!K4')).toMatch(
      /dari keempat triwulan \(Kumulatif\) adalah 8, sedangkan laporan memakai 7 \(sheet IKU P4\)\./,
    );
    expect(byCell.get('Renaksi!A5')).toBe(
      'No 9 tidak ada di sheet IKU (No yang ada: 1, 2, 3, 4). Indikator "Jumlah pengaduan masyarakat yang belum ditindaklanjuti" di sheet IKU tercatat sebagai No 4. Perbaiki No agar sama dengan No indikatornya di sheet IKU.',
    );
    expect(byCell.get('Renaksi!B3')).toMatch(/"Nilai SAKIP Kecamatan" berbeda dengan No 2 di sheet IKU: "Nilai AKIP"/);
    expect(byCell.get('Renaksi!C6')).toMatch(/^Cara Hitung "Tahunan" tidak dikenal\. Pilih Kumulatif, Nilai Akhir/);
    // 3.800.000 × 3 + 3.000.000 = 14.400.000 against 15.200.000.
    expect(byCell.get('DPA!O44')).toMatch(
      /berjumlah Rp 14\.400\.000, sedangkan Realisasi \(H44\) Rp 15\.200\.000 \(selisih Rp 800\.000\)/,
    );
    for (const m of byCell.values()) expect(m).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('a row pointing at the wrong indicator is an error, not a guess', () => {
    // No 1 is IKM in IKU, but the name is No 2's.
    const wb = withRenaksi([[1, 'Nilai AKIP', 'Nilai Akhir', '', '', '', 72.6, '', '', '', 70.2, '', '', '']]);
    const f = check(wb).findings.filter((x) => x.sheet === 'Renaksi' && x.cell === 'B2');
    expect(f.map((x) => [x.code, x.severity])).toEqual([['renaksi-unmatched', 'error']]);
    expect(f[0].message).toMatch(/No 1 di sheet IKU adalah "Indeks Kepuasan Masyarakat \(IKM\)"/);
  });

  it('targets typed per quarter, or realisasi typed up to the quarter, get a hint in the message', () => {
    // Dokumen: 2 + 2 + 1 + 2 = 7 is the year's target, so TW IV's 2 was typed per quarter.
    const perQuarter = withRenaksi([
      [3, 'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun', 'Kumulatif', 2, 2, 1, 2],
    ]);
    const target = check(perQuarter).findings.find((f) => f.code === 'renaksi-target-mismatch');
    expect(target?.cell).toBe('G2');
    expect(target?.message).toMatch(/tampaknya target diisi per triwulan/);
    // Realisasi 2, 3, 5, 7 up to each quarter: TW IV is the year's 7, the sum 17 is not.
    const upTo = withRenaksi([
      [3, 'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun', 'Kumulatif', 2, 4, 5, 7, 2, 3, 5, 7],
    ]);
    const realisasi = check(upTo).findings.find((f) => f.code === 'renaksi-realisasi-mismatch');
    expect(realisasi?.cell).toBe('K2');
    expect(realisasi?.message).toMatch(
      /adalah 17, sedangkan laporan memakai 7 .*tampaknya realisasi diisi sampai dengan/,
    );
  });

  it('the year from the quarters is compared with what the report prints (the AKIP component sum)', () => {
    // AKIP 2023 components: 21,41 + 21,03 + 11,89 + 15,87 = 70,20; TW IV 70,25 differs by more than 0,01.
    const wb = withRenaksi([[2, 'Nilai AKIP', 'Nilai Akhir', '', '', '', 72.6, '', '', '', 70.25]]);
    const f = check(wb).findings.find((x) => x.code === 'renaksi-realisasi-mismatch');
    expect(f?.message).toMatch(/adalah 70,25, sedangkan laporan memakai 70,2 /);
    // Within 0,01 the two agree.
    const close = withRenaksi([[2, 'Nilai AKIP', 'Nilai Akhir', '', '', '', 72.6, '', '', '', 70.21]]);
    expect(check(close).findings.filter((x) => x.code === 'renaksi-realisasi-mismatch')).toEqual([]);
  });

  it('Rata-rata: the year is the mean of the quarters; a gap is left out and flagged', () => {
    // IKM as Rata-rata: (87 + 88 + 89,36 + 88,12) / 4 = 352,48 / 4 = 88,12, the IKU (NIK) value.
    const mean = withRenaksi([
      [1, 'Indeks Kepuasan Masyarakat (IKM)', 'Rata-rata', 88.37, 88.37, 88.37, 88.37, 87, 88, 89.36, 88.12],
    ]);
    expect(lines(mean, ['Renaksi']).filter((l) => !l.includes('renaksi-unmatched Renaksi!'))).toEqual([]);
    // TW II blank: (87 + 89,36 + 88,12) / 3 = 88,16, not 88,12: a gap and a mismatch.
    const gap = withRenaksi([
      [1, 'Indeks Kepuasan Masyarakat (IKM)', 'Rata-rata', 88.37, 88.37, 88.37, 88.37, 87, '', 89.36, 88.12],
    ]);
    const f = check(gap).findings.filter((x) => x.sheet === 'Renaksi' && x.cell !== '');
    expect(f.map((x) => `${x.code} ${x.cell}`)).toEqual(['renaksi-gap I2', 'renaksi-realisasi-mismatch K2']);
    expect(f[0].message).toMatch(/tidak ikut dirata-ratakan \(bukan dihitung 0\)/);
    expect(f[1].message).toMatch(/adalah 88,16, sedangkan laporan memakai 88,12/);
  });

  it('a Nilai Akhir indicator measured once a year (TW I–III blank) is no gap', () => {
    const wb = withRenaksi([[2, 'Nilai AKIP', 'Nilai Akhir', '', '', '', 72.6, '', '', '', 70.2]]);
    expect(check(wb).findings.filter((x) => x.sheet === 'Renaksi' && x.cell !== '')).toEqual([]);
  });

  it('a realisasi without its target, a blank Cara Hitung, text where a number belongs, a negative target', () => {
    const wb = withRenaksi([
      [3, 'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun', '', '', 4, 5, 7, 2, 1],
      [4, 'Jumlah pengaduan masyarakat yang belum ditindaklanjuti', 'Kumulatif', -2, 'empat', 6, 8, 'satu'],
    ]);
    expect(lines(wb, ['Renaksi']).filter((l) => !l.endsWith('Renaksi!'))).toEqual([
      'error missing-value Renaksi!C2',
      'error missing-value Renaksi!D2',
      'error negative-value Renaksi!D3',
      'error not-a-number Renaksi!E3',
      'error not-a-number Renaksi!H3',
    ]);
  });

  it('a row as Buat Template leaves it (No and name only) says nothing, even unmatched', () => {
    const wb = withRenaksi([
      [1, 'Indeks Kepuasan Masyarakat (IKM)'],
      [7, 'Indikator lama yang sudah dihapus dari IKU'],
    ]);
    expect(lines(wb, ['Renaksi'])).toEqual([]);
  });

  it('headers as offices write them: Triwulan 1, TW 2, Cara Perhitungan, Hambatan', () => {
    const header = RENAKSI_HEADER.map((h) =>
      String(h)
        .replace(/TW I$/, 'Triwulan 1')
        .replace(/TW II$/, 'TW 2')
        .replace('Cara Hitung', 'Cara Perhitungan')
        .replace('Kendala', 'Hambatan'),
    );
    const { workbook, findings } = readWorkbook(
      toRaw(withRenaksi(sheet(renaksiWorkbook(), 'Renaksi').values.slice(1), header)),
    );
    expect(findings.filter((f) => f.sheet === 'Renaksi')).toEqual([]);
    expect(workbook.renaksi?.rows[0].target[0].cell).toBe('D2');
    expect(workbook.renaksi?.rows[0].kendala).toBe('Ruang tunggu sempit pada jam sibuk');
    expect(workbook.headerNotes.filter((n) => n.sheet === 'Renaksi').map((n) => n.understoodAs)).toEqual([
      'Cara Hitung',
      'Target TW I',
      'Target TW II',
      'Realisasi TW I',
      'Realisasi TW II',
      'Kendala',
    ]);
  });

  it('a Renaksi without its quarter columns says which; an empty Renaksi is one warning', () => {
    const noRealisasi = withRenaksi([], RENAKSI_HEADER.slice(0, 7));
    expect(lines(noRealisasi, ['Renaksi'])).toEqual([
      'error missing-column Renaksi!',
      'error missing-column Renaksi!',
      'error missing-column Renaksi!',
      'error missing-column Renaksi!',
    ]);
    const empty = renaksiWorkbook();
    sheet(empty, 'Renaksi').values = [[]];
    expect(lines(empty, ['Renaksi'])).toEqual(['warning no-data Renaksi!']);
  });

  it('DPA: a parent’s quarter against its rows’, and a negative quarter', () => {
    const wb = renaksiWorkbook();
    const dpa = sheet(wb, 'DPA').values;
    // Kegiatan 7.01.04.2.01 (row 45) spends its 15.200.000 as 3.000.000 in TW I and 12.200.000 in
    // TW IV (adding up to its Realisasi), while program 7.01.04 (row 44) says 3.800.000 in each.
    dpa[44][11] = 3000000;
    dpa[44][14] = 12200000;
    // Program 7.01.05 (row 47): TW I −5, so −5 + 40.000.000 + 35.000.000 + 39.860.000 ≠ 144.860.000.
    dpa[46][11] = -5;
    const f = check(wb).findings.filter((x) => x.sheet === 'DPA' && x.severity === 'error');
    expect(f.map((x) => `${x.code} ${x.cell}`)).toEqual([
      'sum-mismatch L44',
      'sum-mismatch O44',
      'negative-value L47',
      'sum-mismatch O47',
    ]);
    expect(f[0].message).toMatch(
      /Realisasi TW I .* Rp 3\.800\.000, tetapi jumlah realisasi TW I 1 baris di bawahnya Rp 3\.000\.000/,
    );
  });
});

describe('odd input in the Renaksi and the DPA quarters', () => {
  const cellValue = fc.oneof(
    fc.constantFrom('', '-', null, 'Kumulatif', 'nilai akhir', 'Rata-rata', '80 - 90', '88,37', 'Rp 1.000.000', 0, -1),
    fc.string({ maxLength: 10 }),
    fc.double(),
    fc.integer({ min: -5, max: 1e9 }),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );

  it('any cell replaced by any value: no exception, no NaN/undefined/Infinity in a message', () => {
    const base = toRaw(renaksiWorkbook());
    const at = (name: string) => base.sheets.findIndex((s) => s.name === name);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat(60), fc.nat(15), cellValue), { minLength: 1, maxLength: 10 }),
        (edits) => {
          const raw = { ...base, sheets: base.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) };
          for (const [renaksi, r, c, v] of edits) {
            const values = raw.sheets[at(renaksi ? 'Renaksi' : 'DPA')].values;
            // Renaksi: any of its cells (and a row below); DPA: the quarter columns L–O of any row.
            if (!renaksi) {
              values[r % values.length][11 + (c % 4)] = v;
              continue;
            }
            const row = r % (values.length + 1);
            if (row === values.length) values.push([]);
            values[row][c % 14] = v;
          }
          const { findings } = validateWorkbook(raw);
          for (const f of findings) expect(f.message).not.toMatch(/NaN|undefined|Infinity|\[object/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
