// "Impor Survei": Google Forms answers into the IKM sheet. One getValues() per sheet read, one
// setValues() for the IKM rows (plus one for new header cells); the response sheet is never written.
import { UNEXPECTED } from '../core/cell-map';
import { UNSUR_IKM } from '../core/ikm';
import { InputError, isInputError } from '../core/input-error';
import type { Finding, RawSheet } from '../core/layout/model';
import { layoutSheetId } from '../core/layout/read-workbook';
import type { CellValue } from '../core/numbers';
import { planImport, type ImportPlan, type UnreadText } from '../core/skm/plan-import';
import {
  describeResponseSheet,
  isResponseSheet,
  proposeMapping,
  type ResponseColumn,
  type SkmMapping,
} from '../core/skm/response-sheet';
import { normalizeAnswerText } from '../core/skm/answer-scale';
import { isSkalaSheet, readSkalaSheet } from '../core/skm/skala-sheet';
import { checkMapping, type PilihanPemetaan } from '../core/skm/mapping-choice';

export interface RencanaSurvei {
  /** Every response sheet found (tab order). */
  sheets: string[];
  /** The one shown; "" when there is none. */
  sheet: string;
  columns: Pick<ResponseColumn, 'index' | 'letter' | 'header' | 'role'>[];
  mapping: SkmMapping;
  counts: ImportPlan['counts'];
  unread: UnreadText[];
  findings: Finding[];
  /** Problems in the `Skala SKM` sheet (its rows with a problem are not used). */
  skalaFindings: Finding[];
  pesan: string;
  /** Steps for the user when there is nothing to read yet (no response sheet); otherwise empty. */
  petunjuk: string[];
}

export interface HasilImpor {
  counts: ImportPlan['counts'];
  unread: UnreadText[];
  findings: Finding[];
  skalaFindings: Finding[];
  /** NIK of the whole IKM sheet after the import, or null with `nikError`. */
  nik: number | null;
  mutu: string;
  nikError: string;
  pesan: string;
}

const LOCK_WAIT_MS = 10000;

interface Read {
  responses: RawSheet[];
  skala: RawSheet | null;
  ikm: RawSheet | null;
}

function values(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

/**
 * Response sheets, `Skala SKM` and `IKM` (`responsesOnly`: the response sheets alone): one
 * getValues() each; other sheets only by name.
 */
function readSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, responsesOnly = false): Read {
  const out: Read = { responses: [], skala: null, ikm: null };
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const id = layoutSheetId(name);
    if (id === 'IKM') {
      if (!responsesOnly) out.ikm = { name, values: values(sheet) };
    } else if (isSkalaSheet(name)) {
      if (!responsesOnly) out.skala = { name, values: values(sheet) };
    } else if (!id) {
      const raw = { name, values: values(sheet) };
      if (isResponseSheet(raw)) out.responses.push(raw);
    }
  }
  return out;
}

const BELUM_ADA_RESPONS =
  'Belum ada sheet respons Google Forms di spreadsheet ini, jadi belum ada jawaban survei untuk diimpor. Tautkan formulir SKM ke spreadsheet ini:';

/** How to link the Form (Google Forms' own labels, the English ones in brackets). */
const LANGKAH_TAUTKAN = [
  'Buka formulir SKM di Google Forms dengan akun pemilik atau editor formulir.',
  'Klik tab Respons ("Responses"), lalu Tautkan ke Spreadsheet ("Link to Sheets").',
  'Pilih "Pilih spreadsheet yang ada" ("Select existing spreadsheet"), pilih spreadsheet ini, lalu klik Pilih.',
  'Sheet "Respons Formulir 1" (kolom pertamanya Stempel waktu) muncul di spreadsheet ini. Klik Baca survei lagi.',
];

/** No response sheet is not a failure: nothing to import yet, and how to link the Form. */
function noResponses(skalaFindings: Finding[]): RencanaSurvei {
  return {
    sheets: [],
    sheet: '',
    columns: [],
    mapping: {
      unsur: UNSUR_IKM.map(() => -1),
      cara: UNSUR_IKM.map(() => 'tidak ada' as const),
      layanan: -1,
      profil: {},
    },
    counts: { dibaca: 0, baru: 0, sudahAda: 0, tertunda: 0, manual: 0 },
    unread: [],
    findings: [],
    skalaFindings,
    pesan: BELUM_ADA_RESPONS,
    petunjuk: LANGKAH_TAUTKAN,
  };
}

function pick(read: Read, name: string | undefined): RawSheet {
  if (read.responses.length === 0) throw new InputError(`${BELUM_ADA_RESPONS} ${LANGKAH_TAUTKAN.join(' ')}`);
  if (!name) return read.responses[0];
  const found = read.responses.find((s) => s.name === name);
  if (!found) {
    throw new InputError(
      `Sheet "${name}" bukan sheet respons Google Forms (baris 1 harus memuat kolom "Stempel waktu" atau "Timestamp"), atau sudah dihapus. Pilih sheet lain.`,
    );
  }
  return found;
}

function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isInputError(e)) throw e;
    console.error(e);
    throw new Error(UNEXPECTED);
  }
}

function summary(plan: ImportPlan, written: boolean): string {
  const c = plan.counts;
  const parts = [`${c.dibaca} respons dibaca`];
  parts.push(written ? `${c.baru} baris baru ditulis ke sheet IKM` : `${c.baru} baris baru akan ditulis ke sheet IKM`);
  if (c.sudahAda > 0) parts.push(`${c.sudahAda} sudah ada di IKM (tidak diubah)`);
  if (c.tertunda > 0) parts.push(`${c.tertunda} belum diimpor karena ada jawaban yang tidak terbaca`);
  const manual =
    c.manual > 0 && c.baru > 0
      ? ` Sheet IKM sudah berisi ${c.manual} responden yang diketik langsung (bukan hasil impor); bila mereka responden formulir yang sama, hapus baris tersebut agar tidak terhitung dua kali.`
      : '';
  return `${parts.join(', ')}.${manual}`;
}

/** What an import would do, without writing: the sheets found, the proposed mapping, the counts. */
export function bacaSurvei(namaSheet?: string): RencanaSurvei {
  return guarded(() => {
    const read = readSheets(SpreadsheetApp.getActiveSpreadsheet());
    const skala = readSkalaSheet(read.skala);
    if (read.responses.length === 0) return noResponses(skala.findings);
    const sheet = pick(read, namaSheet || undefined);
    const info = describeResponseSheet(sheet);
    const mapping = proposeMapping(info);
    const plan = planImport(sheet, mapping, skala.skala, read.ikm, info.timestampColumn);
    return {
      sheets: read.responses.map((s) => s.name),
      sheet: sheet.name,
      columns: info.columns.map(({ index, letter, header, role }) => ({ index, letter, header, role })),
      mapping,
      counts: plan.counts,
      unread: plan.unread,
      findings: plan.findings,
      skalaFindings: skala.findings,
      pesan: summary(plan, false),
      petunjuk: [],
    };
  });
}

/**
 * The answer texts of the Forms response sheets that the standard scale cannot read, each once in
 * the order first met: what a new `Skala SKM` sheet is prefilled with (Buat Template). Undefined
 * when there is no response sheet (an office that types IKM itself needs no Skala SKM).
 */
export function unreadAnswerTexts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] | undefined {
  const { responses } = readSheets(ss, true);
  if (responses.length === 0) return undefined;
  const texts = new Map<string, string>();
  for (const sheet of responses) {
    const info = describeResponseSheet(sheet);
    const plan = planImport(sheet, proposeMapping(info), new Map(), null, info.timestampColumn);
    for (const u of plan.unread) {
      const key = normalizeAnswerText(u.teks);
      if (!texts.has(key)) texts.set(key, u.teks);
    }
  }
  return [...texts.values()];
}

function writePlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ikmName: string | null, plan: ImportPlan): void {
  let sheet = ikmName ? ss.getSheetByName(ikmName) : null;
  if (!sheet) sheet = ss.insertSheet('IKM', ss.getSheets().length);
  const lastRow = plan.startRow + plan.rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (plan.width > maxColumns) sheet.insertColumnsAfter(maxColumns, plan.width - maxColumns);
  if (plan.header.length > 0) sheet.getRange(1, plan.headerStart + 1, 1, plan.header.length).setValues([plan.header]);
  sheet.getRange(plan.startRow, 1, plan.rows.length, plan.width).setValues(plan.rows);
  if (plan.startRow === 1) sheet.setFrozenRows(1);
}

/**
 * Appends the new responses to IKM (creating it when missing) with the mapping the user saw and
 * perhaps changed. Responses already in IKM are left as they are; nothing is written when there
 * is nothing new.
 */
export function imporSurvei(namaSheet: string, pilihan: PilihanPemetaan): HasilImpor {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Impor survei sedang berjalan dari proses lain. Tunggu sebentar, lalu coba lagi.');
  }
  try {
    return guarded(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const read = readSheets(ss);
      const sheet = pick(read, namaSheet);
      const info = describeResponseSheet(sheet);
      const mapping = checkMapping(pilihan, info);
      const skala = readSkalaSheet(read.skala);
      const plan = planImport(sheet, mapping, skala.skala, read.ikm, info.timestampColumn);
      if (plan.counts.baru > 0) writePlan(ss, read.ikm?.name ?? null, plan);
      return {
        counts: plan.counts,
        unread: plan.unread,
        findings: plan.findings,
        skalaFindings: skala.findings,
        nik: plan.nik,
        mutu: plan.mutu,
        nikError: plan.nikError,
        pesan: summary(plan, true),
      };
    });
  } finally {
    lock.releaseLock();
  }
}
