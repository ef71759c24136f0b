import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/layout/model';
import { gateFindings } from '../../../src/core/validate/gate';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { exampleJson } from '../../fixtures/example';
import { sheet, toRaw } from '../../fixtures/messy-workbooks';
import { withPkPejabat } from '../../fixtures/pk-pejabat';

// `PK Pejabat` read like IKU (identity and Sasaran carried down) and checked at its cells against
// the DPA (docs/layout.md#pk-pejabat), and which findings hold up which document (gate.ts).

const at = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
const onPk = (fs: Finding[]) => fs.filter((f) => f.sheet === 'PK Pejabat');

describe('reading PK Pejabat', () => {
  const { workbook, findings } = validateWorkbook(toRaw(withPkPejabat()));
  const officials = workbook.pkPejabat!;

  it('three officials, each from the row where a new Nama/Jabatan is typed, no finding', () => {
    expect(onPk(findings)).toEqual([]);
    expect(officials.map((p) => [p.row, p.jabatan, p.jabatanAtasan, p.namaAtasan])).toEqual([
      [2, 'Sekretaris Kecamatan Lima Puluh Pesisir', 'Camat Lima Puluh Pesisir', 'SABRI, SH.I, MH'],
      [4, 'Kepala Seksi Pemerintahan', 'Camat Lima Puluh Pesisir', 'SABRI, SH.I, MH'],
      [6, 'Kepala Sub Bagian Perencanaan dan Keuangan', 'Sekretaris Kecamatan Lima Puluh Pesisir', ''],
    ]);
  });

  it('Sasaran carried down within an official; indicators and codes by row', () => {
    expect(officials[0].indikator.map((i) => [i.row, i.sasaran, i.indikator, i.target.cell])).toEqual([
      [
        2,
        'Meningkatnya kualitas perencanaan dan pelaporan kinerja',
        'Persentase dokumen perencanaan dan pelaporan yang tersusun tepat waktu',
        'J2',
      ],
      [3, 'Meningkatnya kualitas perencanaan dan pelaporan kinerja', 'Nilai AKIP', 'J3'],
    ]);
    expect(officials[2].anggaran.map((a) => [a.row, a.kode, a.anggaran?.toString() ?? null])).toEqual([
      [6, '7.01.01.2.01', '5049000'],
      [7, '7.01.01.2.01.0001', null],
      [8, '7.01.01.2.02', null],
    ]);
  });

  it('an identity cell left blank on the first row may come on a later row of the same official', () => {
    const { workbook: wb, findings: fs } = validateWorkbook(
      toRaw(
        withPkPejabat((rows) => {
          rows[0][5] = '';
          rows[1][5] = 'Camat Lima Puluh Pesisir';
        }),
      ),
    );
    expect(onPk(fs)).toEqual([]);
    expect(wb.pkPejabat![0].cells['Jabatan Atasan']).toBe('F3');
  });

  it('an empty sheet, or the header alone, is no official and no finding', () => {
    for (const values of [[], [['Nama', 'Jabatan', 'Jabatan Atasan', 'Indikator Kinerja', 'Satuan', 'Target']]]) {
      const wb = exampleJson();
      wb.sheets.push({ name: 'PK Pejabat', values });
      const r = validateWorkbook(toRaw(wb));
      expect(onPk(r.findings)).toEqual([]);
      expect(r.workbook.pkPejabat ?? []).toEqual([]);
    }
  });
});

describe('PK Pejabat findings at their cells', () => {
  const check = (edit: (rows: (string | number)[][]) => void) =>
    onPk(validateWorkbook(toRaw(withPkPejabat(edit))).findings);

  it('an indicator with no target: missing-value at its Target cell, naming the indicator and the official', () => {
    const fs = check((rows) => (rows[3][9] = ''));
    expect(at(fs)).toEqual(['error missing-value PK Pejabat!J5']);
    expect(fs[0].message).toBe(
      'Target untuk indikator "Jumlah peraturan desa yang difasilitasi" (Kepala Seksi Pemerintahan) kosong; setiap indikator perjanjian kinerja wajib bertarget. Isi targetnya.',
    );
  });

  it('a target that is no number: not-a-number at the cell', () => {
    expect(at(check((rows) => (rows[0][9] = 'seratus')))).toEqual(['error not-a-number PK Pejabat!J2']);
  });

  it('an official without atasan: missing-value at Jabatan Atasan of their first row', () => {
    const fs = check((rows) => (rows[4][5] = ''));
    expect(at(fs)).toEqual(['error missing-value PK Pejabat!F6']);
    expect(fs[0].message).toContain('Kepala Sub Bagian Perencanaan dan Keuangan belum memiliki atasan');
  });

  it('an anggaran that does not match the DPA row of the same code: anggaran-mismatch at the typed cell', () => {
    const fs = check((rows) => (rows[4][12] = '5.094.000'));
    expect(at(fs)).toEqual(['error anggaran-mismatch PK Pejabat!M6']);
    expect(fs[0].message).toBe(
      'Anggaran Rp 5.094.000 untuk kode 7.01.01.2.01 (Kepala Sub Bagian Perencanaan dan Keuangan) tidak sama dengan pagu DPA Rp 5.049.000 (DPA!E3). Kosongkan sel ini agar pagu DPA yang dipakai, atau perbaiki angka yang salah.',
    );
  });

  it('a code that is not on the DPA sheet: unknown-code; a budget line without code: missing-value at Kode', () => {
    expect(at(check((rows) => (rows[2][10] = '7.01.99')))).toEqual(['error unknown-code PK Pejabat!K4']);
    expect(at(check((rows) => (rows[6][10] = '')))).toEqual(['error missing-value PK Pejabat!K8']);
  });

  it('an official with no indicator, or rows before any official', () => {
    const fs = check((rows) => {
      rows[2][7] = '';
      rows[2][9] = '';
      rows[3][7] = '';
      rows[3][9] = '';
    });
    expect(at(fs)).toEqual(['error missing-value PK Pejabat!H4']);
    expect(
      at(check((rows) => rows.unshift(['', '', '', '', '', '', '', 'Indikator yatim', '%', 1, '', '', '']))),
    ).toEqual(['error missing-value PK Pejabat!C2']);
  });

  it('a NIP of the official or the atasan is checked as Profil NIP is (bad-nip warning at its cell)', () => {
    expect(at(check((rows) => (rows[4][4] = '19800312 200513 1 004')))).toEqual(['warning bad-nip PK Pejabat!E6']);
  });
});

describe('which findings hold up which document', () => {
  it('the LKjIP: all but PK Pejabat; the PK: not the realisasi, capaian, IKM, AKIP nor the DPA outputs', () => {
    const raw = toRaw(withPkPejabat((rows) => (rows[0][9] = '')));
    const { workbook, findings } = validateWorkbook(raw);
    expect(at(findings)).toEqual([
      'warning capaian-mismatch IKU!Q2',
      'warning dpa-target-mismatch DPA!F2',
      'warning performance-without-spending DPA!I19',
      'warning target-zero DPA!F21',
      'warning target-zero DPA!F50',
      'warning akip-total-mismatch AKIP!C7',
      'warning akip-total-mismatch AKIP!D7',
      'warning predikat-mismatch AKIP!E8',
      'warning predikat-mismatch AKIP!F8',
      'warning legal-basis Narasi!C19',
      'warning legal-basis Narasi!C19',
      'warning legal-basis Narasi!C19',
      'warning legal-basis Narasi!C19',
      'error missing-value PK Pejabat!J2',
    ]);
    expect(at(gateFindings('lkjip', findings, raw, workbook))).toEqual(at(findings).slice(0, -1));
    expect(at(gateFindings('perjanjian', findings, raw, workbook))).toEqual(['error missing-value PK Pejabat!J2']);
  });

  it('the PK keeps what it prints: the year target, a DPA code or pagu, Profil', () => {
    const raw = toRaw(exampleJson());
    const iku = sheet(raw, 'IKU').values;
    iku[1][iku[0].indexOf('Target 2023')] = '';
    const dpa = sheet(raw, 'DPA').values;
    dpa[2][dpa[0].indexOf('Pagu (Rp)')] = 'lima juta';
    const profil = sheet(raw, 'Profil').values;
    profil[1][1] = '';
    const { workbook, findings } = validateWorkbook(raw);
    const pk = at(gateFindings('perjanjian', findings, raw, workbook));
    expect(pk).toEqual(
      expect.arrayContaining([
        'error missing-value Profil!B2',
        'error missing-value IKU!L2',
        'error not-a-number DPA!E3',
      ]),
    );
    expect(pk.some((f) => /IKU!(P|Q|R)\d/.test(f))).toBe(false);
  });

  it('a missing Realisasi column of the year holds up the LKjIP only', () => {
    const raw = toRaw(exampleJson());
    const iku = sheet(raw, 'IKU').values;
    iku[0][iku[0].indexOf('Realisasi 2023')] = 'Catatan';
    const { workbook, findings } = validateWorkbook(raw);
    const missing = findings.filter((f) => f.code === 'missing-column');
    expect(missing.map((f) => f.message)).toEqual([expect.stringContaining('"Realisasi 2023"')]);
    expect(gateFindings('lkjip', findings, raw, workbook)).toContainEqual(missing[0]);
    expect(gateFindings('perjanjian', findings, raw, workbook)).not.toContainEqual(missing[0]);
  });
});
