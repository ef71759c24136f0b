import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../../src/core/layout/model';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import type { CellValue } from '../../../src/core/numbers';

function narasiOf(values: CellValue[][]) {
  const raw: RawWorkbook = { name: 'x', sheets: [{ name: 'Narasi', values }] };
  return readWorkbook(raw).workbook.narasi;
}

describe('Narasi sheet', () => {
  it('new form: rows of one Bagian become lines of one part; Kunci keys a part per indicator', () => {
    const n = narasiOf([
      ['Bagian', 'Kunci', 'Teks'],
      ['Latar Belakang', '', 'Paragraf pertama.'],
      ['latar  belakang', '', 'Paragraf kedua.'],
      ['', '', 'Paragraf ketiga (Bagian kosong melanjutkan baris di atasnya).'],
      ['Faktor Pendukung', 1, 'Anggaran memadai;'],
      ['Faktor Pendukung', '2', 'SDM berkompeten.'],
      ['Faktor Pendukung', 1, 'Koordinasi baik.'],
      ['Upaya', '', '   '],
    ]);
    expect(n['Latar Belakang']).toEqual({
      text: 'Paragraf pertama.\nParagraf kedua.\nParagraf ketiga (Bagian kosong melanjutkan baris di atasnya).',
      cell: 'C2',
    });
    expect(n['Faktor Pendukung 1'].text).toBe('Anggaran memadai;\nKoordinasi baik.');
    expect(n['Faktor Pendukung 2'].text).toBe('SDM berkompeten.');
    expect(n['Upaya']).toBeUndefined();
  });

  it('old form (Bagian | Teks, one cell per part, `Analisis 1` in Bagian) reads into the same model', () => {
    const n = narasiOf([
      ['Bagian', 'Teks'],
      ['Kata Pengantar', 'Puji syukur.'],
      ['Analisis Sasaran 1', 'Analisis sasaran pertama.'],
    ]);
    expect(n['Kata Pengantar']).toEqual({ text: 'Puji syukur.', cell: 'B2' });
    expect(n['Analisis 1'].text).toBe('Analisis sasaran pertama.');
    const baru = narasiOf([
      ['Bagian', 'Kunci', 'Teks'],
      ['Analisis', '1', 'Analisis sasaran pertama.'],
    ]);
    expect(baru['Analisis 1'].text).toBe('Analisis sasaran pertama.');
  });

  it('Gambar: Kunci names the part (spelled as the spec does), the caption stays on the URL line', () => {
    const n = narasiOf([
      ['Bagian', 'Kunci', 'Teks'],
      ['Gambar', 'gambaran umum', 'https://example.org/peta.png\nPeta Kecamatan'],
      ['Gambar', 'Gambaran Umum', 'https://example.org/batas.png Batas Wilayah'],
    ]);
    expect(n['Gambar Gambaran Umum'].text).toBe(
      'https://example.org/peta.png Peta Kecamatan\nhttps://example.org/batas.png Batas Wilayah',
    );
  });
});
