import { describe, expect, it } from 'vitest';
import {
  CAPAIAN,
  CAPAIAN_TW,
  KATEGORI_CAPAIAN,
  MUTU_IKM,
  NIK_IKM,
  PREDIKAT_AKIP,
} from '../../src/core/sheet-functions';

describe('custom functions', () => {
  describe('CAPAIAN', () => {
    it('single values: 88,12 of 88,37 is 99,72 (88,12 ÷ 88,37 × 100 = 99,717…)', () => {
      expect(CAPAIAN(88.12, 88.37)).toBe(99.72);
    });

    it('reads Indonesian text numbers: "82,48" of "85" is 97,04', () => {
      expect(CAPAIAN('82,48', '85')).toBe(97.04);
    });

    it('polaritas is case-insensitive and accepts "-"', () => {
      // (2 × 8 − 10) / 8 × 100 = 75
      expect(CAPAIAN(10, 8, 'NEGATIF')).toBe(75);
      expect(CAPAIAN(10, 8, '-')).toBe(75);
    });

    it('a range returns the same shape; a single target is broadcast', () => {
      // 81,83/76,61 = 106,81 % (expected.json 2020); 82,28/80 = 102,85 % (2021).
      expect(CAPAIAN([[81.83], [82.28]], [[76.61], [80]])).toEqual([[106.81], [102.85]]);
      // 50/200 = 25 %, 100/200 = 50 %, 300/200 = 150 %
      expect(CAPAIAN([[50, 100, 300]], 200)).toEqual([[25, 50, 150]]);
    });

    it('a polaritas range pairs row by row', () => {
      expect(CAPAIAN([[10], [10]], [[8], [8]], [['Positif'], ['Negatif']])).toEqual([[125], [75]]);
    });

    it('ranges of different shapes are an error for the whole call', () => {
      expect(() => CAPAIAN([[1], [2]], [[1], [2], [3]])).toThrow(
        'Ukuran rentang tidak sama: realisasi 2×1, target 3×1.',
      );
    });

    it('blank input cells give blank output cells', () => {
      expect(CAPAIAN('', 5)).toBe('');
      expect(CAPAIAN([[1], [''], ['-']], [[2], [2], [2]])).toEqual([[50], [''], ['']]);
    });

    it('a single bad value throws an Indonesian message; in a range only that cell shows #', () => {
      expect(() => CAPAIAN(5, 0)).toThrow(/^Target 0: capaian tidak dapat dihitung/);
      expect(() => CAPAIAN('lima', 5)).toThrow('Realisasi "lima" bukan angka.');
      expect(CAPAIAN([[5], [5], ['x'], [4]], [[0], [10], [10], [8]])).toEqual([
        ['#Target 0'],
        [50],
        ['#Realisasi bukan angka'],
        [50],
      ]);
    });

    it('an upstream #message passes through unchanged in a range', () => {
      expect(CAPAIAN([['#Target 0'], [5]], 10)).toEqual([['#Target 0'], [50]]);
    });

    it('range targets as text follow PermenPAN-RB 8/2021', () => {
      expect(CAPAIAN(85, '80 - 90')).toBe(100);
      expect(CAPAIAN(7.5, '7 – 8')).toBe(100);
    });
  });

  describe('CAPAIAN_TW', () => {
    // The fixture's indicators (test/fixtures/renaksi-workbook.ts): realisasi of each quarter alone,
    // targets up to each quarter.
    it('Kumulatif: s.d. TW II of dokumen is (2 + 1) / 4 × 100 = 75', () => {
      expect(CAPAIAN_TW([[2, 1]], [[2, 4]], 'Kumulatif')).toBe(75);
      // Cara hitung left out is Kumulatif; a single target column is the target up to TW II.
      expect(CAPAIAN_TW([[2, 1]], 4)).toBe(75);
    });

    it('Nilai Akhir: s.d. TW II of IKM is 85,72 / 86 × 100 = 99,674… → 99,67', () => {
      expect(CAPAIAN_TW([[84.5, 85.72]], [[85, 86]], 'Nilai Akhir')).toBe(99.67);
    });

    it('Negatif: s.d. TW III of pengaduan is (2 × 6 − (1 + 4 + 0)) / 6 × 100 = 116,666… → 116,67', () => {
      expect(CAPAIAN_TW([[1, 4, 0]], [[2, 4, 6]], 'Kumulatif', 'Negatif')).toBe(116.67);
    });

    it('Rata-rata: s.d. TW III of (80 + 85 + 90) / 3 = 85 against 90 is 94,444… → 94,44', () => {
      expect(CAPAIAN_TW([[80, 85, 90]], 90, 'Rata-rata')).toBe(94.44);
    });

    it('over several indicators: one row each, cara hitung and polaritas by row', () => {
      const realisasi = [
        [84.5, 85.72],
        [2, 1],
        [1, 4],
        ['', ''],
      ];
      const target = [
        [85, 86],
        [2, 4],
        [2, 4],
        ['', 72.6],
      ];
      const cara = [['Nilai Akhir'], ['Kumulatif'], ['Kumulatif'], ['Nilai Akhir']];
      const polaritas = [['Positif'], ['Positif'], ['Negatif'], ['Positif']];
      // (2 × 4 − 5) / 4 × 100 = 75 for pengaduan s.d. TW II; AKIP not reported yet: blank.
      expect(CAPAIAN_TW(realisasi, target, cara, polaritas)).toEqual([[99.67], [75], [75], ['']]);
    });

    it('blank while the last quarter of the range is not reported, or its target is blank', () => {
      expect(CAPAIAN_TW([[2, '']], [[2, 4]])).toBe('');
      expect(CAPAIAN_TW([[2, 1]], [[2, '']])).toBe('');
    });

    it('exact like CAPAIAN: 0,1 + 0,2 of 0,3 is 100, range targets too', () => {
      expect(CAPAIAN_TW([[0.1, 0.2]], 0.3)).toBe(100);
      expect(CAPAIAN_TW([['40', '45']], '80 - 90')).toBe(100);
    });

    it('says in Indonesian what is wrong; in a column only that row shows #', () => {
      expect(() => CAPAIAN_TW([[1, 2, 3, 4, 5]], 5)).toThrow(
        'realisasi_TW berisi 5 kolom; isi paling banyak 4 kolom, TW I sampai TW IV.',
      );
      expect(() => CAPAIAN_TW([[1, 2]], [[1, 2, 3]])).toThrow(/^target_TW berisi 3 kolom; isi 1 kolom/);
      expect(() => CAPAIAN_TW([[1, 'dua']], 4)).toThrow('Realisasi TW II "dua" bukan angka.');
      expect(() => CAPAIAN_TW([[1, 2]], 4, 'Tahunan')).toThrow(/^Cara hitung "Tahunan" tidak dikenal/);
      expect(() => CAPAIAN_TW([[1, 2]], 0)).toThrow(/^Target 0/);
      expect(() => CAPAIAN_TW([[1], [2]], [[1], [2], [3]])).toThrow(
        'Jumlah baris rentang tidak sama: realisasi_TW 2 baris, target_TW 3 baris.',
      );
      expect(
        CAPAIAN_TW(
          [
            [1, 2],
            ['x', 2],
            ['#Target 0', 1],
          ],
          4,
        ),
      ).toEqual([[75], ['#Realisasi TW I bukan angka'], ['#Target 0']]);
    });
  });

  describe('KATEGORI_CAPAIAN', () => {
    it('maps a column of capaian, reading "99,72 %"', () => {
      expect(KATEGORI_CAPAIAN([[91], [90.5], ['99,72 %'], [''], ['abc']])).toEqual([
        ['Sangat Tinggi'],
        ['Tinggi'],
        ['Sangat Tinggi'],
        [''],
        ['#Capaian bukan angka'],
      ]);
    });

    it('takes a local 2-column scale', () => {
      const skala = [
        [100, 'Melampaui'],
        [0, 'Belum'],
      ];
      expect(KATEGORI_CAPAIAN(100, skala)).toBe('Melampaui');
      expect(KATEGORI_CAPAIAN(99.99, skala)).toBe('Belum');
    });
  });

  describe('PREDIKAT_AKIP', () => {
    it('90 is A and 90,01 is AA; with interpretation on request', () => {
      expect(PREDIKAT_AKIP(90)).toBe('A');
      expect(PREDIKAT_AKIP(90.01)).toBe('AA');
      expect(PREDIKAT_AKIP(72.59, true)).toBe('BB (Sangat Baik)');
    });

    it('outside 0–100 is an error', () => {
      expect(() => PREDIKAT_AKIP(101)).toThrow('Nilai AKIP 101,00 di luar rentang 0–100.');
      expect(PREDIKAT_AKIP([[101], [50]])).toEqual([['#Di luar 0–100'], ['C']]);
    });
  });

  describe('NIK_IKM and MUTU_IKM', () => {
    it('a row of NRR gives the NIK; 88,12 is B (Baik)', () => {
      // NRR of expected.json: Σ = 31,7232; / 9 × 25 = 88,12
      const nrr = [[3.4575, 3.5342, 3.5288, 3.537, 3.5562, 3.5315, 3.5452, 3.5068, 3.526]];
      expect(NIK_IKM(nrr)).toBe(88.12);
      expect(MUTU_IKM(88.12, true)).toBe('B (Baik)');
      expect(MUTU_IKM(88.31)).toBe('A');
    });

    it('an all-blank range gives a blank', () => {
      expect(NIK_IKM([[''], ['']])).toBe('');
    });

    it('a bad answer names its position', () => {
      expect(() =>
        NIK_IKM([
          [4, 3],
          [7, 3],
        ]),
      ).toThrow('Jawaban baris ke-2, unsur ke-1 bernilai 7; jawaban harus 1–4.');
    });

    it('legacy weights only on request', () => {
      const allFour = [[4, 4, 4, 4, 4, 4, 4, 4, 4]];
      expect(NIK_IKM(allFour)).toBe(100);
      expect(NIK_IKM(allFour, '0,11')).toBe(99);
      expect(() => NIK_IKM(allFour, '0,2')).toThrow(/Bobot "0,2" tidak dikenal/);
    });
  });

  // Where a float lands on the wrong side of a rounding tie, the answer is still the decimal one.
  describe('exact at a rounding tie, where floats are not', () => {
    it('CAPAIAN: 0,00145 of 1 is 0,145 % → 0,15 (a float gives 0,1449999… → 0,14)', () => {
      expect(CAPAIAN(0.00145, 1)).toBe(0.15);
      // Half up is away from zero, as Sheets' ROUND: −0,145 → −0,15.
      expect(CAPAIAN(-0.00145, 1)).toBe(-0.15);
      // Negatif: (2 × 1 − 1,99855) / 1 × 100 = 0,145 → 0,15 (a float gives 0,14499999999995…).
      expect(CAPAIAN(1.99855, 1, 'Negatif')).toBe(0.15);
      // T/R: 0,0029 / 2 × 100 = 0,145 → 0,15 (a float gives 0,1449999…).
      expect(CAPAIAN(2, 0.0029, 'T/R')).toBe(0.15);
    });

    it('PREDIKAT_AKIP: 50,004999999999995 is printed 50,00, not above 50 → C (a float × 100 gives 5000,5 → CC)', () => {
      expect(PREDIKAT_AKIP(50.004999999999995)).toBe('C');
      expect(PREDIKAT_AKIP(60.004999999999995)).toBe('CC');
      expect(PREDIKAT_AKIP(50.005)).toBe('CC'); // 50,005 → 50,01
    });

    it('KATEGORI_CAPAIAN: −0,005 is printed −0,01, below a local scale starting at 0', () => {
      const skala = [
        [76, 'Baik'],
        [0, 'Kurang'],
      ];
      // Half up away from zero: −0,005 → −0,01 < 0. Math.round(−0,5) would give −0 → "Kurang".
      expect(KATEGORI_CAPAIAN([[-0.005], [-0.004]], skala)).toEqual([['#Di bawah skala'], ['Kurang']]);
      // 75,995 → 76,00 → Baik; 75,994 → 75,99 → Kurang.
      expect(KATEGORI_CAPAIAN([[75.995], [75.994]], skala)).toEqual([['Baik'], ['Kurang']]);
    });

    it('NIK_IKM mixes whole answers and text answers exactly; a fraction in a survey is an error, as in the validator', () => {
      // Unsur 1: (4 + 3 + 2) / 3 = 3; unsur 2: (3 + 3) / 2 = 3 (the blank is skipped); NIK = 3 × 25 = 75.
      expect(
        NIK_IKM([
          [4, 3],
          ['3', ''],
          ['2', ' 3 '],
        ]),
      ).toBe(75);
      // 2,5 is no answer a respondent can give (PermenPAN-RB 14/2017: 1, 2, 3 or 4).
      expect(() =>
        NIK_IKM([
          [4, 3],
          ['3', ''],
          ['2,5', ' 3 '],
        ]),
      ).toThrow('Jawaban baris ke-3, unsur ke-1 bernilai 2,5; jawaban harus bilangan bulat 1, 2, 3 atau 4.');
      // One row is a row of NRR: its decimals are averages, not answers.
      expect(NIK_IKM([[3.25, 2.75]])).toBe(75);
    });
  });
});

describe('NIK_IKM with the office own wording (skala: a Skala SKM range)', () => {
  // Two respondents, two unsur. "Sangat sesuai" is the regulation's 4; "Lumayan" and "Kurang" are
  // the office's own words, 3 and 2 in its Skala SKM.
  // U1: Lumayan 3, Sangat sesuai 4 → NRR 3,5; U2: Sangat sesuai 4, Kurang 2 → NRR 3.
  // IKM = (3,5 + 3) / 2 = 3,25; NIK = 3,25 × 25 = 81,25.
  const answers = [
    ['Lumayan', 'Sangat sesuai'],
    ['Sangat sesuai', 'Kurang'],
  ];

  it('reads the range with its header row, and without it', () => {
    expect(
      NIK_IKM(answers, '', [
        ['Teks', 'Nilai'],
        ['Lumayan', 3],
        ['Kurang', 2],
      ]),
    ).toBe(81.25);
    expect(
      NIK_IKM(answers, '', [
        ['lumayan ', '3'],
        ['KURANG', 2],
      ]),
    ).toBe(81.25);
  });

  it('without the skala the office words are not guessed: an Indonesian error naming the answer', () => {
    expect(() => NIK_IKM(answers)).toThrow(/"Lumayan".*jawaban kuesioner SKM yang dikenal/);
  });

  it('a skala value outside 1–4 is an error, not a silently dropped word', () => {
    expect(() =>
      NIK_IKM(answers, '', [
        ['Teks', 'Nilai'],
        ['Lumayan', 5],
        ['Kurang', 2],
      ]),
    ).toThrow(/Skala: .*1–4/);
    expect(() => NIK_IKM(answers, '', 'Lumayan')).toThrow(/rentang dua kolom Teks dan Nilai/);
  });
});
