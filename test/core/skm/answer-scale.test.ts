import { describe, expect, it } from 'vitest';
import { readAnswer, SKALA_JAWABAN_PERMENPAN_14_2017 } from '../../../src/core/skm/answer-scale';
import { NIK_IKM } from '../../../src/core/sheet-functions';

describe('readAnswer: answer text of the SKM questionnaire → 1–4', () => {
  it('reads every option of the eight scales of PermenPAN-RB 14/2017, worst = 1 … best = 4', () => {
    // The options as the regulation's questionnaire lists them, a. to d.
    const options = [
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    ];
    expect(SKALA_JAWABAN_PERMENPAN_14_2017.map((s) => s.teks)).toEqual(options);
    for (const scale of options) expect(scale.map((t) => readAnswer(t))).toEqual([1, 2, 3, 4]);
  });

  it('ignores case, spacing, a closing full stop and "&" for "dan"', () => {
    expect(readAnswer('SANGAT   SESUAI')).toBe(4);
    expect(readAnswer('  kurang cepat ')).toBe(2);
    expect(readAnswer('cepat.')).toBe(3);
    expect(readAnswer('Sopan & Ramah')).toBe(3);
    expect(readAnswer('sangat\u00a0baik')).toBe(4);
  });

  it('reads a letter or digit code before the text, or a digit after it, when it agrees with the text', () => {
    expect(readAnswer('a. Tidak sesuai')).toBe(1);
    expect(readAnswer('b) Kurang mudah')).toBe(2);
    expect(readAnswer('  c.  Sesuai ')).toBe(3);
    expect(readAnswer('D. Gratis')).toBe(4);
    expect(readAnswer('4 - Sangat cepat')).toBe(4);
    expect(readAnswer('Sesuai (3)')).toBe(3);
    // A code that contradicts its text is not guessed either way.
    expect(readAnswer('a. Sangat sesuai')).toBeUndefined();
    expect(readAnswer('Sesuai (4)')).toBeUndefined();
    // A known code with an unknown text is not read by the code alone.
    expect(readAnswer('d. Memuaskan')).toBeUndefined();
  });

  it('reads bare codes and whole numbers 1–4; a blank or a dash is "not answered"', () => {
    expect(readAnswer('a')).toBe(1);
    expect(readAnswer('d.')).toBe(4);
    expect(readAnswer('3')).toBe(3);
    expect(readAnswer(2)).toBe(2);
    expect(readAnswer('')).toBeNull();
    expect(readAnswer('  ')).toBeNull();
    expect(readAnswer('-')).toBeNull();
    expect(readAnswer(null)).toBeNull();
  });

  it('does not read anything else: other wording, 0, 5, fractions, booleans', () => {
    for (const v of ['Lumayan', 'Puas', 'e. Sangat baik', '5', 'Sesuai sekali', 0, 5, 2.5, true]) {
      expect(readAnswer(v)).toBeUndefined();
    }
  });

  it("a user's own wording is read, and wins over the regulation's for the same text", () => {
    const own = new Map([
      ['lumayan', 3],
      ['cukup', 3],
    ]);
    expect(readAnswer(' Lumayan', own)).toBe(3);
    expect(readAnswer('Cukup', own)).toBe(3);
    expect(readAnswer('Cukup')).toBe(2);
    expect(readAnswer('c. Lumayan', own)).toBe(3);
  });
});

describe('NIK_IKM on answer text (a formula straight on the response sheet)', () => {
  it('gives the same NIK as the numbers: [[Sangat sesuai, Mudah], [c. Sesuai, b. Kurang mudah]] = [[4,3],[3,2]]', () => {
    // NRR U1 = (4 + 3) / 2 = 3,5; NRR U2 = (3 + 2) / 2 = 2,5; IKM = (3,5 + 2,5) / 2 = 3; NIK = 75.
    expect(
      NIK_IKM([
        ['Sangat sesuai', 'Mudah'],
        ['c. Sesuai', 'b. Kurang mudah'],
      ]),
    ).toBe(75);
    expect(
      NIK_IKM([
        [4, 3],
        [3, 2],
      ]),
    ).toBe(75);
  });

  it('an answer it cannot read is an error naming it, never a guess', () => {
    expect(() => NIK_IKM([['Lumayan', 3]])).toThrow(/"Lumayan", bukan angka 1–4 atau jawaban kuesioner SKM/);
  });
});
