import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/core/layout/findings';
import { countFindings, validateWorkbook } from '../../../src/core/validate/validate-workbook';
import expected from '../../expected-lima-puluh-pesisir.json';
import { loadExample } from '../layout/example-workbook';

describe('validateWorkbook on the example workbook (test/expected-lima-puluh-pesisir.json)', () => {
  const { findings } = validateWorkbook(loadExample());

  it('gives exactly the findings of expected.json: IKU Q2, M3, AKIP C7, E8, F8, DPA F21, F50', () => {
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

  it('names the typed and computed values: AKIP 2020 total 66,87 vs 66,56, predikat B vs BB', () => {
    expect(findings.find((f) => f.cell === 'C7')!.message).toContain('tertulis 66,87, seharusnya 66,56');
    expect(findings.find((f) => f.cell === 'E8')!.message).toContain('tertulis "B", seharusnya "BB" untuk nilai 72,59');
    expect(findings.find((f) => f.cell === 'F8')!.message).toContain('seharusnya "BB" untuk nilai 70,20');
    expect(findings.find((f) => f.cell === 'F21')!.message).toContain('Rp 18.500.000');
  });

  it('sorts by sheet tab order (IKU, DPA, …, AKIP), then row, then column', () => {
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'IKU!Q2',
      'IKU!M3',
      'DPA!F21',
      'DPA!F50',
      'AKIP!C7',
      'AKIP!E8',
      'AKIP!F8',
    ]);
  });

  it('IKU!M3: the AKIP indicator Realisasi 2020 66,87 is not the component sum 26,05 + 16,56 + 9,13 + 5,69 + 9,13 = 66,56, which the report prints', () => {
    const m3 = findings.find((f) => f.cell === 'M3')!;
    expect(m3.code).toBe('akip-mismatch');
    expect(m3.message).toContain('tertulis 66,87, sedangkan jumlah komponen 2020 di sheet AKIP adalah 66,56');
    // 2021: 26,27 + 17,82 + 9,40 + 6,55 + 9,88 = 69,92 against 69,91 typed: within 0,01, no finding.
    expect(findings.some((f) => f.cell === 'N3')).toBe(false);
  });

  it('counts 0 errors and 7 warnings', () => {
    expect(countFindings(findings)).toEqual({ error: 0, warning: 7 });
  });
});
