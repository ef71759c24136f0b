import { SKALA_SHEET } from '../skm/skala-sheet';
import type { SheetPlan } from './plan-template';

/**
 * The `Skala SKM` sheet "Buat Template" creates: the office's own answer wording and its value
 * 1–4 (read by Impor Survei and by `=NIK_IKM(…; ; 'Skala SKM'!A:B)`, src/core/skm/skala-sheet.ts).
 * `texts`: answers Impor Survei could not read, written in column Teks with Nilai left for the
 * user; none gives the header alone.
 */
export function planSkalaSheet(texts: readonly string[]): SheetPlan {
  const values = [['Teks', 'Nilai'], ...texts.map((t) => [t, ''])];
  return {
    name: SKALA_SHEET,
    values,
    formulas: values.map((row) => row.map(() => '')),
    frozenRows: 1,
    boldHeader: true,
    wrapHeader: true,
    columnWidths: [280, 80],
    // Text as typed in the form ("1. Sangat mudah" must not become a number or a date).
    numberFormats: [
      { range: 'A2:A', format: '@' },
      { range: 'B2:B', format: '0' },
    ],
    validations: [
      {
        kind: 'whole-between',
        min: 1,
        max: 4,
        allowInvalid: false,
        helpText: 'Isi nilai 1, 2, 3, atau 4 untuk jawaban di kolom Teks (1 terburuk, 4 terbaik).',
        range: 'B2:B',
        formula: '=AND(ISNUMBER(B2),B2=INT(B2),B2>=1,B2<=4)',
      },
    ],
    headerNotes: [
      'Jawaban survei persis seperti tertulis di formulir Google Forms kantor Anda, mis. "Lumayan". Satu jawaban satu baris.',
      'Nilai jawaban itu pada skala 1–4 PermenPAN-RB 14/2017: 1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik.',
    ],
  };
}
