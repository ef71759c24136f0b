import { columnLetter } from '../layout/a1';
import { cellText } from '../layout/cells';
import type { RawSheet } from '../layout/model';
import { layoutSheetId } from '../layout/read-workbook';
import { IKM_PROFILE_COLUMNS, normalizeName } from '../layout/spec';
import { isSkalaSheet } from './skala-sheet';

/**
 * A Google Forms response sheet ("Respons Formulir 1" / "Form Responses 1"): row 1 holds the
 * questions, column `Timestamp` / `Stempel waktu` the time of each response, one row per response.
 */

/** Google writes `Timestamp` (English) or `Stempel waktu` (Indonesian). */
const TIMESTAMP = /^(timestamp|stempel waktu|cap waktu|tanda waktu|waktu pengisian)$/;

/**
 * The unsur each question is about, by the wording of the PermenPAN-RB 14/2017 questionnaire
 * (`Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan …?`), in U1–U9 order
 * of the IKM layout. Whole words only: `saran` is not `sarana`.
 */
const UNSUR_WORDING: readonly RegExp[] = [
  /\bpersyaratan\b/,
  /\b(prosedur|mekanisme|alur)\b/,
  /\b(waktu|kecepatan|cepat)\b/,
  /\b(biaya|tarif)\b/,
  /\b(produk|spesifikasi)\b/,
  /\b(kompetensi|kompeten|kemampuan)\b/,
  /\b(perilaku|kesopanan|keramahan|sopan|ramah)\b/,
  /\b(pengaduan|keluhan)\b/,
  /\b(sarana|prasarana|fasilitas)\b/,
];

/** Profile columns by the usual Forms wording, to the IKM layout's names. */
const PROFILE_WORDING: Record<string, RegExp> = {
  'Jenis Kelamin': /^(jenis kelamin|gender|kelamin)\b/,
  Pendidikan: /^(pendidikan|tingkat pendidikan)\b/,
  Umur: /^(umur|usia)\b/,
  Pekerjaan: /^(pekerjaan|profesi|mata pencaharian)\b/,
};

const LAYANAN = /^(jenis (pe)?layanan|unit (pe)?layanan|layanan yang|layanan$)/;
/** Who answered and free comments: never an unsur. */
const NOT_A_QUESTION =
  /^(nama|alamat|e-?mail|no\.? ?(hp|telp|telepon|wa)|nomor|nik\b|kritik|saran|komentar|masukan|pesan|catatan|usul|tanda tangan|skor|score|nilai total|total)/;

type ColumnRole = 'timestamp' | 'unsur' | 'layanan' | 'profil' | 'lain';

export interface ResponseColumn {
  /** 0-based. */
  index: number;
  letter: string;
  header: string;
  role: ColumnRole;
  /** 0-based unsur (U1 = 0) its wording names, for role `unsur`. */
  unsur?: number;
  /** IKM layout name, for role `profil`. */
  profil?: string;
}

export interface ResponseSheetInfo {
  name: string;
  timestampColumn: number;
  columns: ResponseColumn[];
}

/** Where the answers go: a column index per U1–U9 (-1 none), the Jenis Layanan and profile columns. */
export interface SkmMapping {
  unsur: number[];
  /** How each unsur was found: by its wording, by order, or chosen by the user. */
  cara: ('teks' | 'urutan' | 'pilihan' | 'tidak ada')[];
  layanan: number;
  profil: Record<string, number>;
}

function timestampColumn(header: readonly unknown[]): number {
  return header.findIndex((h) => TIMESTAMP.test(normalizeName(cellText(h as string))));
}

export function isResponseSheet(sheet: RawSheet): boolean {
  if (layoutSheetId(sheet.name) || isSkalaSheet(sheet.name)) return false;
  return timestampColumn(sheet.values[0] ?? []) >= 0;
}

function classify(header: string, index: number): ResponseColumn {
  const n = normalizeName(header).replace(/^\d+\s*[.)]\s*/, '');
  const base = { index, letter: columnLetter(index), header };
  if (TIMESTAMP.test(n)) return { ...base, role: 'timestamp' };
  const u = /^u\s*([1-9])(?![0-9])/.exec(n);
  if (u) return { ...base, role: 'unsur', unsur: Number(u[1]) - 1 };
  if (LAYANAN.test(n)) return { ...base, role: 'layanan' };
  for (const name of IKM_PROFILE_COLUMNS) {
    if (PROFILE_WORDING[name]?.test(n)) return { ...base, role: 'profil', profil: name };
  }
  if (n === '' || NOT_A_QUESTION.test(n)) return { ...base, role: 'lain' };
  const hits = UNSUR_WORDING.map((re, i) => (re.test(n) ? i : -1)).filter((i) => i >= 0);
  // `… pelayanan dengan jenis pelayanannya` names one unsur; a question naming two is left to order.
  if (hits.length === 1) return { ...base, role: 'unsur', unsur: hits[0] };
  return { ...base, role: 'lain' };
}

export function describeResponseSheet(sheet: RawSheet): ResponseSheetInfo {
  const header = sheet.values[0] ?? [];
  const columns = header.map((h, i) => classify(cellText(h), i));
  const ts = timestampColumn(header);
  return { name: sheet.name, timestampColumn: ts, columns };
}

/**
 * Question columns to U1–U9: by wording first; the unsur left over take the remaining question
 * columns in sheet order (the questionnaire's order). The first column naming an unsur wins; a
 * second one naming it again is left for order.
 */
export function proposeMapping(info: ResponseSheetInfo): SkmMapping {
  const unsur = new Array<number>(9).fill(-1);
  const cara: SkmMapping['cara'] = new Array(9).fill('tidak ada');
  const spare: number[] = [];
  for (const col of info.columns) {
    if (col.role === 'unsur' && col.unsur !== undefined && unsur[col.unsur] < 0) {
      unsur[col.unsur] = col.index;
      cara[col.unsur] = 'teks';
    } else if (
      col.role === 'unsur' ||
      (col.role === 'lain' && col.header !== '' && !NOT_A_QUESTION.test(normalizeName(col.header)))
    ) {
      spare.push(col.index);
    }
  }
  for (let u = 0; u < 9 && spare.length > 0; u++) {
    if (unsur[u] >= 0) continue;
    unsur[u] = spare.shift() as number;
    cara[u] = 'urutan';
  }
  const layanan = info.columns.find((c) => c.role === 'layanan')?.index ?? -1;
  const profil: Record<string, number> = {};
  for (const c of info.columns)
    if (c.role === 'profil' && c.profil && !(c.profil in profil)) profil[c.profil] = c.index;
  return { unsur, cara, layanan, profil };
}
