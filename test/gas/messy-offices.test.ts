/**
 * Issue 17 through the built bundle in the emulator: a percentage typed `95%` in Sheets reaches
 * core with its number format (one getNumberFormats per IKU and DPA sheet, next to the one
 * getValues), and the formulas read text numbers with the same reader as the sheets.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import type { Finding } from '../../src/core/layout/model';
import { percentTyped } from '../fixtures/messy-offices';

function run(workbook: WorkbookJson) {
  const em = createEmulator({ workbook: structuredClone(workbook) });
  return { em, ctx: loadBundle(em) };
}

describe('percent cells through Range.getNumberFormats', () => {
  it('0,95 under "0.00%" is printed 95 with capaian 95,00; one getNumberFormats each for IKU and DPA', () => {
    const { em, ctx } = run(percentTyped());
    expect((ctx.periksaData() as { findings: Finding[] }).findings).toEqual([]);
    const counts = em.counter.counts();
    expect(counts['SpreadsheetApp.Range.getNumberFormats']).toBe(2);
    expect(ctx.generateLkjip(true).status).toBe('ok');
    const tree = em.docTree(em.documents[0]) as { type: string; rows?: string[][] }[];
    const rows = tree.flatMap((b) => (b.type === 'table' ? (b.rows ?? []) : []));
    const dokumen = rows.find((r) => r[2] === 'Persentase dokumen tepat waktu' && r.includes('95,00'));
    expect(dokumen).toBeDefined();
    expect(dokumen).toContain('95');
    expect(rows.flat()).not.toContain('0,95');
  });

  it('the same workbook saved without formats gets percent-scale warnings at IKU!H4 and IKU!J4', () => {
    const wb = percentTyped();
    for (const s of wb.sheets) delete s.numberFormats;
    const { ctx } = run(wb);
    const f = (ctx.periksaData() as { findings: Finding[] }).findings;
    expect(f.map((x) => `${x.severity} ${x.code} ${x.sheet}!${x.cell}`)).toEqual([
      'warning percent-scale IKU!H4',
      'warning percent-scale IKU!J4',
    ]);
  });
});

describe('formulas share the number reader', () => {
  it('=CAPAIAN("0.672"; 0,7) is 96 and =CAPAIAN("950,000"…) reads Indonesian 950', () => {
    const { ctx } = run({ name: 'x', sheets: [{ name: 'Sheet1', values: [[1]] }] });
    expect(ctx.CAPAIAN('0.672', 0.7)).toBe(96);
    // A performance figure "950,000" is 950 the Indonesian way (a decimal comma): 950 ÷ 1.000 = 95.
    expect(ctx.CAPAIAN('950,000', 1000)).toBe(95);
    expect(ctx.CAPAIAN('1,250,000', 1250000)).toBe(100);
  });
});
