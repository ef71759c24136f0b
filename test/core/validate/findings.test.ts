import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, RawWorkbook, Severity } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/numbers';
import { isKodeShape } from '../../../src/core/validate/check-dpa';
import { nipProblems } from '../../../src/core/validate/check-nip';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { sheet } from '../../fixtures/messy-workbooks';
import { exampleWith } from '../layout/example-workbook';

/** The example with some cells changed: `{IKU: {P2: 85}}` (A1 addresses). */
function broken(changes: Record<string, Record<string, CellValue>>, edit?: (raw: RawWorkbook) => void): Finding[] {
  return validateWorkbook(exampleWith(changes, edit)).findings;
}

function the(findings: Finding[], code: FindingCode, severity: Severity, sheet: string, cell: string): Finding {
  const f = findings.find((x) => x.code === code && x.sheet === sheet && x.cell === cell);
  expect(
    f,
    `${code} at ${sheet}!${cell} in ${JSON.stringify(findings.map((x) => `${x.code} ${x.sheet}!${x.cell}`))}`,
  ).toBeDefined();
  expect(f!.severity).toBe(severity);
  return f!;
}

describe('each finding code on a hand-broken copy of the example', () => {
  it('missing-sheet (error): no Profil sheet', () => {
    const f = broken({}, (raw) => (raw.sheets = raw.sheets.filter((s) => s.name !== 'Profil')));
    expect(the(f, 'missing-sheet', 'error', 'Profil', '').message).toContain('Sheet "Profil" belum ada');
  });

  it('missing-column (error): DPA without Satuan names the accepted header', () => {
    const f = broken({ DPA: { G1: 'Unit' } });
    expect(the(f, 'missing-column', 'error', 'DPA', '').message).toContain('"Satuan"');
  });

  it('duplicate-column (error): a second Pagu header in DPA!J1', () => {
    const f = broken({ DPA: { J1: 'Anggaran' } });
    expect(the(f, 'duplicate-column', 'error', 'DPA', 'J1').message).toContain('E1 dan J1');
  });

  it('not-a-number (error): DPA!E3 "lima juta"', () => {
    const f = broken({ DPA: { E3: 'lima juta' } });
    expect(the(f, 'not-a-number', 'error', 'DPA', 'E3').message).toContain('Pagu berisi "lima juta", bukan angka');
  });

  it('out-of-range (error): an IKM answer 5 in IKM!G2', () => {
    const f = broken({ IKM: { G2: 5 } });
    expect(the(f, 'out-of-range', 'error', 'IKM', 'G2').message).toContain('harus 1–4');
  });

  it('out-of-range (error): an AKIP score above its component weight (31 > bobot 30)', () => {
    const f = broken({ AKIP: { F2: 31 } });
    expect(the(f, 'out-of-range', 'error', 'AKIP', 'F2').message).toContain('melebihi bobotnya 30');
  });

  it('out-of-range (error): an AKIP score above 100 (no weight)', () => {
    const f = broken({ AKIP: { C6: 120 } });
    expect(the(f, 'out-of-range', 'error', 'AKIP', 'C6').message).toContain('di luar 0–100');
  });

  it('out-of-range (error): an IKM realisasi of 3,52 is an IKM, not a NIK in 25–100', () => {
    const f = broken({ IKU: { P2: 3.52 } });
    expect(the(f, 'out-of-range', 'error', 'IKU', 'P2').message).toContain('25–100');
  });

  it('capaian-mismatch (warning): negative polarity is (2T − R) ÷ T × 100 (PermenPAN-RB 8/2021)', () => {
    // 2·85 − 82,48 = 87,52; ÷ 85 × 100 = 102,964… → 102,96 (typed 96,79).
    const f = broken({ IKU: { F2: 'Negatif' } });
    expect(the(f, 'capaian-mismatch', 'warning', 'IKU', 'Q2').message).toBe(
      'Capaian 2022 tertulis 96,79, seharusnya 102,96 ((2 × 85 − 82,48) ÷ 85 × 100). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).',
    );
  });

  it('capaian-mismatch: a percent-formatted cell holding 0,9704 for 97,04 % agrees', () => {
    const f = broken({ IKU: { Q2: 0.9704 } });
    expect(f.some((x) => x.code === 'capaian-mismatch')).toBe(false);
  });

  it('akip-total-mismatch (warning): components 70,20 against a Nilai Akhir 2023 of 71, which stays the official value', () => {
    const f = broken({ AKIP: { F7: 71 } });
    const m = the(f, 'akip-total-mismatch', 'warning', 'AKIP', 'F7').message;
    // 21,41 + 21,03 + 11,89 + 15,87 = 70,20; 71 − 70,20 = 0,80.
    expect(m).toContain(
      'Jumlah nilai komponen 2023 adalah 70,20 (21,41 + 21,03 + 11,89 + 15,87), berbeda 0,80 dari Nilai Akhir 71,00',
    );
    expect(m).not.toContain('seharusnya');
  });

  it('predikat-mismatch (warning): A typed for 72,59 (BB under PermenPAN-RB 88/2021)', () => {
    const f = broken({ AKIP: { E8: 'A' } });
    expect(the(f, 'predikat-mismatch', 'warning', 'AKIP', 'E8').message).toContain('tertulis "A", seharusnya "BB"');
  });

  it('predikat-mismatch: BB (Sangat Baik) typed with its interpretation is accepted', () => {
    const f = broken({ AKIP: { E8: 'BB (Sangat Baik)', F8: 'bb' } });
    expect(f.some((x) => x.code === 'predikat-mismatch')).toBe(false);
  });

  it('ikm-mismatch (warning): IKU realisasi 85 against NIK 88,12 from the 365 answers', () => {
    const f = broken({ IKU: { P2: 85 } });
    const m = the(f, 'ikm-mismatch', 'warning', 'IKU', 'P2').message;
    expect(m).toContain('tertulis 85');
    expect(m).toContain('88,12');
    expect(m).toContain('365 responden');
  });

  it('akip-mismatch (warning): IKU realisasi 75 against the AKIP 2023 total 70,20', () => {
    const f = broken({ IKU: { P3: 75 } });
    expect(the(f, 'akip-mismatch', 'warning', 'IKU', 'P3').message).toContain('adalah 70,20');
  });

  it('sum-mismatch (error): a kegiatan pagu Rp 1.000 above its sub kegiatan, and the program above it', () => {
    const f = broken({ DPA: { E3: 5050000 } });
    const keg = the(f, 'sum-mismatch', 'error', 'DPA', 'E3').message;
    expect(keg).toContain('Rp 5.050.000');
    expect(keg).toContain('Rp 5.049.000');
    expect(keg).toContain('selisih Rp 1.000');
    // 1.738.126.580 + 1.000 = 1.738.127.580 for the kegiatan sum against the typed program pagu.
    const prog = the(f, 'sum-mismatch', 'error', 'DPA', 'E2').message;
    expect(prog).toContain('Rp 1.738.126.580');
    expect(prog).toContain('Rp 1.738.127.580');
  });

  it('realisasi-exceeds-pagu (error): realisasi 2.600.000 above pagu 2.572.000', () => {
    const f = broken({ DPA: { H4: 2600000 } });
    expect(the(f, 'realisasi-exceeds-pagu', 'error', 'DPA', 'H4').message).toContain('selisih Rp 28.000');
  });

  it('target-zero (error): IKU target 2023 (the reporting year) of 0, no capaian can be computed', () => {
    const f = broken({ IKU: { L2: 0 } });
    expect(the(f, 'target-zero', 'error', 'IKU', 'L2').message).toContain('pembagian dengan nol');
  });

  it('target-zero (warning): an earlier year target of 0 with a realisasi', () => {
    const f = broken({ IKU: { K2: 0 } });
    expect(the(f, 'target-zero', 'warning', 'IKU', 'K2').message).toContain('Target 2022');
  });

  it('missing-value (error): Profil Nama Pimpinan blank', () => {
    const f = broken({ Profil: { B6: '' } });
    expect(the(f, 'missing-value', 'error', 'Profil', 'B6').message).toContain('Nama Pimpinan');
  });

  it('bad-code (error): a program code 7.1.1', () => {
    const f = broken({ DPA: { A2: '7.1.1' } });
    expect(the(f, 'bad-code', 'error', 'DPA', 'A2').message).toContain('"7.1.1"');
  });

  it('bad-code: real codes and X placeholders are accepted, other shapes are not', () => {
    for (const ok of [
      '7.01.01',
      '7.01.01.2.01',
      '7.01.01.2.01.0001',
      'X.XX.01',
      'X.XX.01.2.01.0001',
      '1.02.02.2.01.01',
    ])
      expect(isKodeShape(ok), ok).toBe(true);
    for (const bad of ['7.1.1', '7.01.1', '7.01.01.2', '7.01.01.02.01', 'abc', '7.01.01.2.01.00001'])
      expect(isKodeShape(bad), bad).toBe(false);
  });

  it('duplicate-code (error): 7.01.01.2.01.0001 twice', () => {
    const f = broken({ DPA: { A5: '7.01.01.2.01.0001' } });
    expect(the(f, 'duplicate-code', 'error', 'DPA', 'A5').message).toContain('baris 4');
  });

  it('code-hierarchy (error): kegiatan 7.01.02.2.01 under program 7.01.01', () => {
    const f = broken({ DPA: { A3: '7.01.02.2.01' } });
    expect(the(f, 'code-hierarchy', 'error', 'DPA', 'A3').message).toContain('"7.01.01"');
  });

  it('missing-parent (warning, not code-hierarchy): sub kegiatan with no kegiatan above them count under the program', () => {
    const f = broken({}, (raw) => {
      const dpa = sheet(raw, 'DPA');
      dpa.values.splice(2, 1); // drop kegiatan 7.01.01.2.01; its two sub kegiatan (2.572.000 + 2.477.000) stay
    });
    const h = f.filter((x) => x.code === 'missing-parent');
    expect(h.map((x) => [x.severity, x.cell])).toEqual([
      ['warning', 'A3'],
      ['warning', 'A4'],
    ]);
    expect(h[0].message).toContain('tidak berada di bawah kegiatan');
    // Their budget is still the program's: 1.738.126.580 = the other kegiatan + 5.049.000, no sum-mismatch.
    expect(f.filter((x) => x.code === 'code-hierarchy' || x.code === 'sum-mismatch')).toEqual([]);
  });

  it('code-hierarchy (error): a sub kegiatan whose code does not start with the kegiatan above it', () => {
    const f = broken({ DPA: { A4: '7.01.01.2.02.0009' } });
    const h = f.filter((x) => x.code === 'code-hierarchy');
    expect(h.map((x) => [x.severity, x.cell])).toEqual([['error', 'A4']]);
    expect(h[0].message).toContain('tidak diawali kode kegiatan di atasnya "7.01.01.2.01"');
  });

  it('bad-nip (warning): birth month 13', () => {
    const f = broken({ Profil: { B9: '19781307 201001 1 013' } });
    expect(the(f, 'bad-nip', 'warning', 'Profil', 'B9').message).toContain('digit 1–8');
  });

  it('bad-nip rules: 18 digits, TMT not before age 18, gender digit 1 or 2', () => {
    expect(nipProblems('19780607 201001 1 013', 2023)).toEqual([]);
    expect(nipProblems('19780607 201001 1 01', 2023)[0]).toContain('17 digit');
    expect(nipProblems('19780607 199001 1 013', 2023)[0]).toContain('usia 18');
    expect(nipProblems('19780607 201013 1 013', 2023)[0]).toContain('digit 9–14');
    expect(nipProblems('19780607 201001 3 013', 2023)[0]).toContain('digit 15');
  });

  it('bad-nip: an 18-digit NIP stored as a number has lost digits', () => {
    // biome-ignore lint/correctness/noPrecisionLoss: the point of the test, a NIP typed as a number loses digits
    const f = broken({ Profil: { B9: 197806072010011013 } });
    expect(the(f, 'bad-nip', 'warning', 'Profil', 'B9').message).toContain('tersimpan sebagai angka');
  });

  it('bad-polaritas (error): Polaritas "Naik"', () => {
    const f = broken({ IKU: { F2: 'Naik' } });
    expect(the(f, 'bad-polaritas', 'error', 'IKU', 'F2').message).toContain('"Naik"');
  });
});
