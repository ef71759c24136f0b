import { Decimal, round } from './decimal';
import { CellInputError, InputError } from './input-error';
import { type CellValue, describeValue, formatId, isBlank, parseNumber } from './numbers';
import { nilaiTeksJawaban, type SkalaSendiri } from './skm/answer-scale';

/** The nine unsur of PermenPAN-RB 14/2017, in the regulation's order. */
export const UNSUR_IKM: readonly string[] = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
];

/**
 * exact: bobot = 1/number of unsur (the default). '0.11' and '0.111': the rounded weights the
 * regulation prints ("1/9 = 0,11") and some offices compute with — only when asked for.
 */
export type BobotMode = 'exact' | '0.11' | '0.111';

export function parseBobot(v: CellValue): BobotMode {
  if (isBlank(v)) return 'exact';
  let d: Decimal | null = null;
  try {
    d = parseNumber(v);
  } catch {
    /* fall through to the message below */
  }
  if (d?.eq('0.11')) return '0.11';
  if (d?.eq('0.111')) return '0.111';
  throw new InputError(
    `Bobot ${describeValue(v)} tidak dikenal; kosongkan (bobot 1/jumlah unsur) atau isi "0,11" atau "0,111".`,
    'Bobot tidak dikenal',
  );
}

export interface IkmResult {
  /** Respondents with at least one answer. */
  responden: number;
  /** Answers per unsur (blanks excluded). */
  jumlahJawaban: number[];
  /** NRR per unsur, unrounded. */
  nrr: Decimal[];
  /** Σ NRR × bobot, unrounded. */
  ikm: Decimal;
  /** IKM × 25, unrounded; print with round(). */
  nik: Decimal;
}

const MIN_ANSWER = 1;
const MAX_ANSWER = 4;

/**
 * NRR per unsur = sum of its answers / number of answers to that unsur (blanks are not zeros);
 * IKM = Σ NRR × bobot; NIK = IKM × 25 (PermenPAN-RB 14/2017). Rows are respondents, columns
 * unsur; a single row is a row of NRR.
 *
 * Speed without losing exactness: an answer that is the number 1, 2, 3 or 4 is added as a float.
 * A sum of such integers stays below 2⁵³ (that would take 2·10¹⁵ answers), so every float sum is
 * the exact integer. Text is read once per distinct text (readAnswer), and a text worth a whole
 * 1–4 (`Sangat sesuai`, `4`) joins the same integer sum; any other cell (`2,5`, 3.25) goes into a
 * decimal.js sum. Only the final NRR, IKM and NIK are decimal.js arithmetic: a handful of
 * operations per call.
 */
export function hitungIkm(
  jawaban: CellValue[][],
  bobot: BobotMode = 'exact',
  skalaSendiri?: SkalaSendiri,
  /** Where each unsur's answer sits in a row (whole sheet rows, no copies); default: columns 0, 1, 2 … */
  kolom?: readonly number[],
): IkmResult {
  let cols = kolom?.length ?? 0;
  if (!kolom) for (let r = 0; r < jawaban.length; r++) if (jawaban[r].length > cols) cols = jawaban[r].length;
  if (jawaban.length === 0 || cols === 0) throw new InputError('Tidak ada jawaban survei.', 'Tidak ada jawaban');
  const at = kolom ?? Array.from({ length: cols }, (_, c) => c);
  // Answers to questions are whole numbers; a single row (of NRR, in NIK_IKM) may carry decimals.
  const whole = jawaban.length > 1;
  const intSum: number[] = [];
  const count: number[] = [];
  const extra: (Decimal | null)[] = [];
  for (let c = 0; c < cols; c++) {
    intSum.push(0);
    count.push(0);
    extra.push(null);
  }
  // Answer text (a Forms response sheet: `Sangat sesuai`, `d. Gratis`) has a few distinct values
  // over many cells: each distinct text is read once, its value kept (an integer 1–4 as a number).
  const textValue = new Map<string, number | Decimal | null>();
  let responden = 0;
  for (let r = 0; r < jawaban.length; r++) {
    const row = jawaban[r];
    let answered = false;
    for (let c = 0; c < cols; c++) {
      const v = row[at[c]];
      // The common case: the number 1, 2, 3 or 4 (in range and whole). Tested with typeof and
      // comparisons, no global lookup (see decimal.ts): that compiles to a few machine
      // instructions, where `v === 1 || v === 2 …` on a column mixing text and numbers does not.
      if (typeof v === 'number' && v >= MIN_ANSWER && v <= MAX_ANSWER && (v | 0) === v) {
        intSum[c] += v;
        count[c]++;
        answered = true;
        continue;
      }
      if (v === '' || v === null || v === undefined) continue;
      let d: number | Decimal | null | undefined;
      if (typeof v === 'string') {
        d = textValue.get(v);
        if (d === undefined) {
          // The first cell with this text: an unreadable one throws here, naming this cell.
          const read = readAnswer(v, r, c, skalaSendiri, whole);
          d = read?.isInteger() ? read.toNumber() : read;
          textValue.set(v, d);
        }
      } else d = readAnswer(v, r, c, skalaSendiri, whole);
      if (d === null) continue;
      if (typeof d === 'number') {
        intSum[c] += d;
        count[c]++;
        answered = true;
        continue;
      }
      const sum = extra[c];
      extra[c] = sum === null ? d : sum.plus(d);
      count[c]++;
      answered = true;
    }
    if (answered) responden++;
  }
  const nrr = count.map((n, c) => {
    if (n === 0) {
      throw new InputError(`Unsur ke-${c + 1} tidak memiliki satu pun jawaban.`, `Unsur ${c + 1} kosong`);
    }
    const sum = extra[c];
    return (sum === null ? new Decimal(intSum[c]) : sum.plus(intSum[c])).div(n);
  });
  const total = nrr.reduce((s, x) => s.plus(x), new Decimal(0));
  const ikm = bobot === 'exact' ? total.div(cols) : total.times(bobot);
  return { responden, jumlahJawaban: count, nrr, ikm, nik: ikm.times(25) };
}

/** Why an answer cell cannot be read: not an answer, outside 1–4, or not a whole number. */
export type AnswerProblem = { kind: 'text' } | { kind: 'range' | 'fraction'; value: Decimal };

/**
 * The one reading of an IKM answer cell, for NIK_IKM, the report and the validator alike: null for
 * blank or `-`; the number 1–4; or answer text of the SKM scales (`Sangat Baik`, `d. Gratis`, the
 * office's Skala SKM). A number must be whole where it answers a question (`whole`); a row of NRR
 * (a single row given to NIK_IKM) may carry decimals.
 */
export function answerValue(
  v: CellValue,
  skalaSendiri?: SkalaSendiri,
  whole = true,
): { value: Decimal | null } | { problem: AnswerProblem } {
  let d: Decimal | null;
  try {
    d = parseNumber(v);
  } catch {
    // Answer text of a Forms response sheet (`Sangat sesuai`, `d. Gratis`): the SKM scales.
    const n = nilaiTeksJawaban(v, skalaSendiri);
    return n !== null ? { value: new Decimal(n) } : { problem: { kind: 'text' } };
  }
  if (d === null) return { value: null };
  if (d.lt(MIN_ANSWER) || d.gt(MAX_ANSWER)) return { problem: { kind: 'range', value: d } };
  if (whole && !d.isInteger()) return { problem: { kind: 'fraction', value: d } };
  return { value: d };
}

/**
 * An answer cell other than the number 1, 2, 3 or 4 (row r, unsur c, 0-based): null for blank,
 * else its value as a Decimal; an InputError for that cell otherwise.
 */
function readAnswer(
  v: CellValue,
  r: number,
  c: number,
  skalaSendiri: SkalaSendiri | undefined,
  whole: boolean,
): Decimal | null {
  const read = answerValue(v, skalaSendiri, whole);
  if ('value' in read) return read.value;
  const p = read.problem;
  if (p.kind === 'text') {
    throw new CellInputError(
      `Jawaban baris ke-${r + 1}, unsur ke-${c + 1} berisi ${describeValue(v)}, bukan angka 1–4 atau jawaban kuesioner SKM yang dikenal.`,
      'Jawaban bukan angka',
      r,
      c,
    );
  }
  throw new CellInputError(
    p.kind === 'range'
      ? `Jawaban baris ke-${r + 1}, unsur ke-${c + 1} bernilai ${formatId(p.value, p.value.decimalPlaces())}; jawaban harus 1–4.`
      : `Jawaban baris ke-${r + 1}, unsur ke-${c + 1} bernilai ${formatId(p.value, p.value.decimalPlaces())}; jawaban harus bilangan bulat 1, 2, 3 atau 4.`,
    p.kind === 'range' ? 'Jawaban di luar 1–4' : 'Jawaban bukan bilangan bulat',
    r,
    c,
  );
}

export interface Mutu {
  mutu: string;
  kinerja: string;
}

/** Mutu pelayanan on the printed NIK (PermenPAN-RB 14/2017): ≥88,31 A; ≥76,61 B; ≥65,00 C; else D. */
export const SKALA_MUTU_IKM: readonly {
  min: number;
  mutu: string;
  kinerja: string;
  nilaiInterval: string;
  nik: string;
}[] = [
  { min: 88.31, mutu: 'A', kinerja: 'Sangat Baik', nilaiInterval: '3,5324 – 4,00', nik: '88,31 – 100,00' },
  { min: 76.61, mutu: 'B', kinerja: 'Baik', nilaiInterval: '3,0644 – 3,532', nik: '76,61 – 88,30' },
  { min: 65.0, mutu: 'C', kinerja: 'Kurang Baik', nilaiInterval: '2,60 – 3,064', nik: '65,00 – 76,60' },
  { min: 25.0, mutu: 'D', kinerja: 'Tidak Baik', nilaiInterval: '1,00 – 2,5996', nik: '25,00 – 64,99' },
];

export function mutuIkm(nik: Decimal): Mutu {
  const printed = round(nik);
  if (printed.lt(25) || printed.gt(100)) {
    throw new InputError(`NIK ${formatId(nik)} di luar rentang 25–100.`, 'NIK di luar 25–100');
  }
  const band = SKALA_MUTU_IKM.find((b) => printed.gte(String(b.min))) as (typeof SKALA_MUTU_IKM)[number];
  return { mutu: band.mutu, kinerja: band.kinerja };
}
