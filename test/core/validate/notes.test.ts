import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/core/layout/findings';
import { clearSheetNotes, markLine, markSheetNotes, mergeMarks, stripMarks } from '../../../src/core/validate/notes';

const q2 = finding(
  'capaian-mismatch',
  'IKU',
  'B2',
  'Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100).',
);

describe('cell notes for findings', () => {
  it('an add-on line starts with [LKjIP] and the Indonesian severity', () => {
    expect(markLine(q2)).toBe('[LKjIP] Peringatan: Capaian 2022 tertulis 96,79, seharusnya 97,04 (82,48 ÷ 85 × 100).');
    expect(markLine(finding('sum-mismatch', 'DPA', 'E2', 'a\nb'))).toBe('[LKjIP] Kesalahan: a b');
  });

  it("keeps the user's own note and appends the add-on's part on a new line", () => {
    expect(mergeMarks('Cek ke Bappeda', ['[LKjIP] x'])).toBe('Cek ke Bappeda\n[LKjIP] x');
    expect(mergeMarks('', ['[LKjIP] x', '[LKjIP] y'])).toBe('[LKjIP] x\n[LKjIP] y');
  });

  it("re-running replaces the add-on's old part instead of adding a second one", () => {
    const once = mergeMarks('catatan', ['[LKjIP] lama']);
    expect(mergeMarks(once, ['[LKjIP] baru'])).toBe('catatan\n[LKjIP] baru');
    expect(mergeMarks(once, [])).toBe('catatan');
  });

  it("stripping gives back the user's note exactly, trailing newline and text after the marks included", () => {
    for (const user of ['', 'a', 'a\n', 'baris 1\nbaris 2', '  spasi  ']) {
      expect(stripMarks(mergeMarks(user, ['[LKjIP] x']))).toBe(user);
    }
    expect(stripMarks('a\n[LKjIP] x\nb')).toBe('a\nb');
    expect(stripMarks('menyebut [LKjIP] di tengah')).toBe('menyebut [LKjIP] di tengah');
  });

  it('places findings on their cells, a whole-sheet finding on A1, and counts them', () => {
    const notes = [
      ['', ''],
      ['', 'punya saya'],
    ];
    const sheetWide = finding('missing-column', 'IKU', '', 'Kolom hilang.');
    const r = markSheetNotes(notes, [q2, sheetWide, finding('bad-code', 'IKU', 'Z99', 'di luar')]);
    expect(r.placed).toBe(2);
    expect(r.changed).toBe(true);
    expect(r.notes[0][0]).toBe('[LKjIP] Kesalahan: Kolom hilang.');
    expect(r.notes[1][1]).toBe(`punya saya\n${markLine(q2)}`);
    expect(notes[1][1]).toBe('punya saya');
  });

  it('counts a cell once when several findings share it (as Hapus tanda counts the cells)', () => {
    const notes = [
      ['', ''],
      ['', ''],
    ];
    const r = markSheetNotes(notes, [q2, finding('legal-basis', 'IKU', 'B2', 'Kedua.')]);
    expect(r.placed).toBe(1);
    expect(r.notes[1][1].split('\n')).toHaveLength(2);
  });

  it("clearing removes only the add-on's parts and counts the cells", () => {
    const r = clearSheetNotes([['[LKjIP] a', 'punya saya\n[LKjIP] b', 'punya saya', '']]);
    expect(r.notes).toEqual([['', 'punya saya', 'punya saya', '']]);
    expect(r.removed).toBe(2);
  });

  it('reports no change when the marks are already in place', () => {
    const first = markSheetNotes([['x']], [finding('bad-code', 'DPA', 'A1', 'm')]);
    expect(markSheetNotes(first.notes, [finding('bad-code', 'DPA', 'A1', 'm')]).changed).toBe(false);
  });
});
