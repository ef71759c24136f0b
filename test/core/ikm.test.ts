import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import expected from '../expected-lima-puluh-pesisir.json';
import { hitungIkm, parseBobot } from '../../src/core/ikm';
import { CellInputError, InputError } from '../../src/core/input-error';
import { round } from '../../src/core/decimal';

const workbook = JSON.parse(readFileSync('examples/lima-puluh-pesisir-2023.json', 'utf8'));
const ikmSheet = workbook.sheets.find((s: { name: string }) => s.name === 'IKM');
// Columns G..O hold U1..U9 in the example.
const answers = ikmSheet.values.slice(1).map((r: unknown[]) => r.slice(6, 15));

describe('hitungIkm (PermenPAN-RB 14/2017)', () => {
  it('gives the example survey: 365 respondents, the NRR of expected.json and NIK 88,12', () => {
    const r = hitungIkm(answers);
    expect(r.responden).toBe(expected.ikm.responden);
    expect(r.nrr.map((x) => round(x, 4).toFixed(4))).toEqual(expected.ikm.nrr);
    expect(round(r.nik).toFixed(2)).toBe(expected.ikm.nik);
  });

  it('NRR divides by the answers to that unsur: blanks are not zeros', () => {
    // Unsur 1: (4 + 2) / 2 = 3 (the blank is skipped, not counted as 0 → would be 2).
    // Unsur 2: (3 + 3 + 3) / 3 = 3. IKM = (3 + 3) / 2 = 3; NIK = 75.
    const r = hitungIkm([
      [4, 3],
      ['', 3],
      [2, 3],
    ]);
    expect(r.nrr.map((x) => x.toString())).toEqual(['3', '3']);
    expect(r.nik.toString()).toBe('75');
  });

  it('weights are exactly 1/number of unsur by default, not 0,11', () => {
    // Nine unsur all answered 4: exact IKM = 4, NIK = 100. With 0,11: 9 × 4 × 0,11 = 3,96 → NIK 99.
    const row = [[4, 4, 4, 4, 4, 4, 4, 4, 4]];
    expect(hitungIkm(row).nik.toString()).toBe('100');
    expect(hitungIkm(row, '0.11').nik.toString()).toBe('99');
    // 0,111: 9 × 4 × 0,111 = 3,996 → NIK 99,9.
    expect(hitungIkm(row, '0.111').nik.toString()).toBe('99.9');
  });

  it('a single row is a row of NRR: the result equals the averaged survey', () => {
    const nrrRow = [expected.ikm.nrr.map(Number)];
    expect(round(hitungIkm(nrrRow).nik).toFixed(2)).toBe('88.12');
  });

  it('reads text answers and rejects an answer outside 1–4 with its position', () => {
    expect(hitungIkm([['4', '3,0']]).nik.toString()).toBe('87.5');
    try {
      hitungIkm([
        [4, 3],
        [5, 3],
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CellInputError);
      expect((e as CellInputError).row).toBe(1);
      expect((e as CellInputError).col).toBe(0);
      expect((e as Error).message).toBe('Jawaban baris ke-2, unsur ke-1 bernilai 5; jawaban harus 1–4.');
    }
    expect(() => hitungIkm([['lumayan', 3]])).toThrow(/berisi "lumayan", bukan angka 1–4/);
  });

  it('an unsur nobody answered is an error, not a zero', () => {
    expect(() =>
      hitungIkm([
        [4, ''],
        [3, ''],
      ]),
    ).toThrow(/Unsur ke-2 tidak memiliki satu pun jawaban/);
  });

  it('parseBobot accepts blank, 0,11 and 0,111 only', () => {
    expect(parseBobot('')).toBe('exact');
    expect(parseBobot('0,11')).toBe('0.11');
    expect(parseBobot(0.111)).toBe('0.111');
    expect(() => parseBobot('0,2')).toThrow(InputError);
  });
});
