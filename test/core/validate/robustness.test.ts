import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../../src/core/layout/model';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { loadExample } from '../layout/example-workbook';

const cellValue = fc.oneof(
  fc.constant(''),
  fc.constant('-'),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 1e9 }),
  fc.boolean(),
  fc.constantFrom(
    '12.000.000,00',
    'Rp 2.216.552.780',
    '88,37',
    '72,60 (BB)',
    '80 - 90',
    'Negatif',
    'X.XX.01',
    '7.01.01.2.01.0001',
  ),
  fc.date({ noInvalidDate: false }),
);

describe('validateWorkbook never fails on odd input (docs/layout.md: bad input is a finding, never a crash)', () => {
  it('any cell of the example replaced by any value: no exception, no NaN/undefined/Infinity in a message', () => {
    const base = loadExample();
    const sizes = base.sheets.map((s) => ({ rows: s.values.length, cols: Math.max(...s.values.map((r) => r.length)) }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.sheets.length - 1), fc.nat(400), fc.nat(25), cellValue), {
          minLength: 1,
          maxLength: 12,
        }),
        (edits) => {
          const raw: RawWorkbook = {
            ...base,
            sheets: base.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })),
          };
          for (const [si, r, c, v] of edits) {
            const size = sizes[si];
            const row = raw.sheets[si].values[r % size.rows];
            row[c % size.cols] = v;
          }
          const { findings } = validateWorkbook(raw);
          for (const f of findings) {
            expect(f.message).not.toMatch(/NaN|undefined|Infinity|\[object/);
            expect(f.sheet).not.toBe('');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('values getValues() should not give but might', () => {
  it('NaN, Infinity and an invalid Date are not-a-number findings with a plain Indonesian description', () => {
    const raw = loadExample();
    raw.sheets[1].values[1][15] = Infinity; // IKU!P2
    raw.sheets[2].values[2][4] = new Date('x'); // DPA!E3
    raw.sheets[0].values[10][1] = new Date('x'); // Profil!B11 Tanggal
    const { findings } = validateWorkbook(raw);
    const nan = findings.filter((f) => f.code === 'not-a-number').map((f) => `${f.sheet}!${f.cell}`);
    expect(nan).toEqual(['Profil!B11', 'IKU!P2', 'DPA!E3']);
    expect(findings.find((f) => f.cell === 'P2')!.message).toContain('nilai yang tidak sah');
  });

  it('an unreadable pagu is not compared again in the sums (no sum-mismatch cascade)', () => {
    const raw = loadExample();
    raw.sheets[2].values[2][4] = 'lima juta'; // DPA!E3, a kegiatan under program row 2
    const codes = validateWorkbook(raw)
      .findings.filter((f) => f.sheet === 'DPA')
      .map((f) => `${f.code} ${f.cell}`);
    expect(codes).toEqual([
      'dpa-target-mismatch F2',
      'not-a-number E3',
      'performance-without-spending I19',
      'target-zero F21',
      'target-zero F50',
    ]);
  });
});
