import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../../scripts/read-json';

/** Where JSON.parse stops, as line:column, with our Indonesian reason. */
function where(text: string): string {
  expect(() => JSON.parse(text)).toThrow();
  const { offset, problem } = jsonErrorOffset(text);
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column} ${problem}`;
}

describe('jsonErrorOffset', () => {
  it('points at a doubled comma, a missing comma, an unclosed bracket and a missing quote', () => {
    expect(where('[1,, 2]')).toBe(
      '1:4 nilai diharapkan (angka, teks dalam tanda kutip, true, false, null, [ atau {), tetapi ada ","',
    );
    expect(where('{\n  "a": 1\n  "b": 2\n}')).toBe(
      '3:3 koma (,) atau kurung kurawal penutup (}) diharapkan, tetapi ada """',
    );
    expect(where('{"sheets": [')).toBe(
      '1:13 nilai diharapkan (angka, teks dalam tanda kutip, true, false, null, [ atau {), tetapi berkas berakhir',
    );
    expect(where('{"a": "teks}')).toBe('1:13 tanda kutip penutup (") tidak ditemukan');
  });

  it('names the trailing comma and the unquoted property name that spreadsheets users type', () => {
    expect(where('{"a": [1, 2,]}')).toMatch(/^1:13 nilai diharapkan/);
    expect(where('{a: 1}')).toBe('1:2 nama properti dalam tanda kutip diharapkan, tetapi ada "a"');
    expect(where('{"a": 1} x')).toBe('1:10 teks tambahan setelah akhir JSON: ada "x"');
  });

  it('accepts what JSON accepts (escapes, exponents, nesting) up to the error', () => {
    expect(where('{"a": "x\\u00e9\\n", "b": [-1.5e+3, true, null, {}], "c": ]')).toMatch(/^1:57 nilai diharapkan/); // the "]" after "c": is character 57;
  });
});
