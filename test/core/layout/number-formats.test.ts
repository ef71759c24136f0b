import { describe, expect, it } from 'vitest';
import { shareFormatRows } from '../../../src/core/layout/number-formats';

describe('shareFormatRows', () => {
  it('keeps every cell format as read, rows alike sharing one array', () => {
    const plain = '0.###############';
    const read = [
      ['@', '@', '#,##0'],
      [plain, '0.00%', plain],
      [plain, '0.00%', plain],
      [plain, plain, plain],
      [plain, '0.00%', plain],
    ].map((row) => row.map((f) => `${f}`));
    const shared = shareFormatRows(read.map((row) => [...row]));
    expect(shared).toEqual(read);
    expect(shared[2]).toBe(shared[1]);
    expect(shared[4]).toBe(shared[1]);
    expect(shared[3]).not.toBe(shared[1]);
    expect(new Set(shared).size).toBe(3);
  });

  it('never takes two rows for alike whose cells only join to the same text', () => {
    const rows = [
      ['a', '\u0000b', 'c'],
      ['a\u0000', 'b', 'c'],
      ['a,b', 'c'],
      ['a', 'b,c'],
    ];
    const shared = shareFormatRows(rows.map((r) => [...r]));
    expect(shared).toEqual(rows);
    expect(new Set(shared).size).toBe(4);
  });
});
