import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../../src/core/layout/model';
import { buildReport } from '../../../src/core/report/build-report';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { loadExample } from '../layout/example-workbook';
import { allText } from './report-blocks';

const cellValue = fc.oneof(
  fc.constant(''),
  fc.constant('-'),
  fc.constant(0),
  fc.string({ maxLength: 12 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.integer({ min: -5, max: 1e9 }),
  fc.boolean(),
  fc.constantFrom(
    '12.000.000,00',
    '88,37',
    '72,60 (BB)',
    '80 - 90',
    'Negatif',
    '<b>x</b>',
    '=HYPERLINK("x")',
    4,
    1,
    100,
  ),
  fc.date({ noInvalidDate: true }),
);

describe('buildReport on any workbook the validator lets through (property)', () => {
  it('never throws and never prints NaN, undefined, Infinity or an empty heading', () => {
    const base = loadExample();
    const sizes = base.sheets.map((s) => ({ rows: s.values.length, cols: Math.max(...s.values.map((r) => r.length)) }));
    let built = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.sheets.length - 1), fc.nat(400), fc.nat(25), cellValue), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const raw: RawWorkbook = {
            ...base,
            sheets: base.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })),
          };
          for (const [si, r, c, v] of edits) {
            const size = sizes[si];
            // Row 1 stays the header; the edits hit the data.
            const row = raw.sheets[si].values[1 + (r % (size.rows - 1))];
            row[c % size.cols] = v;
          }
          const { workbook, findings } = validateWorkbook(raw);
          // The report is only built when no finding is an error (generateLkjip refuses otherwise).
          if (findings.some((f) => f.severity === 'error')) return;
          built++;
          const report = buildReport(workbook, { generatedAt: new Date(Date.UTC(2024, 0, 31, 3)) });
          for (const t of allText(report.blocks)) expect(t).not.toMatch(/NaN|undefined|Infinity|\[object/);
          for (const b of report.blocks) if (b.type === 'heading') expect(b.text.trim()).not.toBe('');
        },
      ),
      { numRuns: 300 },
    );
    // The property is only meaningful if many mutated workbooks got through to a report.
    // About a quarter of the mutated workbooks pass validation; 30 of 300 is far below that.
    expect(built).toBeGreaterThan(30);
  });
});
