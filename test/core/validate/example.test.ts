import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/core/layout/findings';
import { countFindings, validateWorkbook } from '../../../src/core/validate/validate-workbook';
import expected from '../../expected-lima-puluh-pesisir.json';
import { loadExample } from '../layout/example-workbook';

describe('validateWorkbook on the example workbook (test/expected-lima-puluh-pesisir.json)', () => {
  const { findings } = validateWorkbook(loadExample());

  it('gives exactly the findings of expected.json: IKU Q2; DPA F2, I19, F21, F50; AKIP C7, D7, E8, F8; Narasi C19 (×4)', () => {
    const key = (f: { code: string; severity: string; sheet: string; cell: string }) =>
      `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
    expect(findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });

  it('words the capaian finding as: IKU!Q2: Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100).', () => {
    const q2 = findings.find((f) => f.cell === 'Q2')!;
    expect(q2.message).toBe(
      'Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).',
    );
    expect(formatFinding(q2)).toBe(
      'IKU!Q2: Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100). Perbaiki angkanya, atau hitung dengan rumus =CAPAIAN(realisasi; target).',
    );
  });

  it('IKU!R2 99,71 typed vs 99,72 computed is within the 0,01 tolerance (docs/rules.md): no finding', () => {
    expect(findings.some((f) => f.cell === 'R2')).toBe(false);
  });

  it('names the values without calling the official total wrong: AKIP 2020 components 66,56 against the LHE 66,87, predikat B vs BB', () => {
    const c7 = findings.find((f) => f.cell === 'C7')!.message;
    // 26,05 + 16,56 + 9,13 + 5,69 + 9,13 = 66,56; 66,87 − 66,56 = 0,31.
    expect(c7).toContain(
      'Jumlah nilai komponen 2020 adalah 66,56 (26,05 + 16,56 + 9,13 + 5,69 + 9,13), berbeda 0,31 dari Nilai Akhir 66,87',
    );
    expect(c7).toContain('Laporan memakai 66,87 sebagai nilai resmi');
    expect(c7).not.toMatch(/seharusnya|salah/);
    // 26,27 + 17,82 + 9,40 + 6,55 + 9,88 = 69,92 against the LHE's 69,91.
    expect(findings.find((f) => f.cell === 'D7')!.message).toContain('adalah 69,92');
    expect(findings.find((f) => f.cell === 'E8')!.message).toContain('tertulis "B", seharusnya "BB" untuk nilai 72,59');
    expect(findings.find((f) => f.cell === 'F8')!.message).toContain('seharusnya "BB" untuk nilai 70,20');
    expect(findings.find((f) => f.cell === 'F21')!.message).toContain('Rp 18.500.000');
  });

  it('sorts by sheet tab order (IKU, DPA, …, AKIP), then row, then column', () => {
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'IKU!Q2',
      'DPA!F2',
      'DPA!I19',
      'DPA!F21',
      'DPA!F50',
      'AKIP!C7',
      'AKIP!D7',
      'AKIP!E8',
      'AKIP!F8',
      'Narasi!C19',
      'Narasi!C19',
      'Narasi!C19',
      'Narasi!C19',
    ]);
  });

  it('IKU!M3 and N3: the AKIP indicator Realisasi 2020/2021 (66,87 / 69,91) equal the LHE Nilai Akhir, so no akip-mismatch', () => {
    expect(findings.some((f) => f.code === 'akip-mismatch')).toBe(false);
  });

  it('the evaluator warnings: DPA Nilai AKIP target 70,2 against the PK 72,6; kinerja 100 without spending; the Landasan Hukum', () => {
    expect(findings.find((f) => f.cell === 'F2')!.message).toContain(
      'adalah 70,2, sedangkan target 2023 indikator "Nilai AKIP" di sheet IKU (L3, Perjanjian Kinerja) adalah 72,6',
    );
    expect(findings.find((f) => f.cell === 'I19')!.message).toContain('realisasi kinerja 100 dari target 100');
    const landasan = findings.filter((f) => f.code === 'legal-basis').map((f) => f.message);
    expect(
      landasan.filter((m) => m.startsWith('Landasan Hukum belum mencantumkan')).map((m) => m.split(',')[0]),
    ).toEqual([
      'Landasan Hukum belum mencantumkan PermenPAN-RB 88/2021',
      'Landasan Hukum belum mencantumkan PermenPAN-RB 14/2017',
      'Landasan Hukum belum mencantumkan Permendagri 86/2017',
    ]);
    expect(
      landasan.some(
        (m) => m.includes('Undang-Undang Nomor 33 Tahun 2004') && m.includes('Undang-Undang Nomor 1 Tahun 2022'),
      ),
    ).toBe(true);
  });

  it('counts 0 errors and 13 warnings', () => {
    expect(countFindings(findings)).toEqual({ error: 0, warning: 13 });
  });
});
