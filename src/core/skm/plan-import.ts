import { round } from '../decimal';
import { hitungIkm, mutuIkm, UNSUR_IKM } from '../ikm';
import { InputError, isInputError } from '../input-error';
import { a1 } from '../layout/a1';
import { cellText, isDate, isEmptyCell, type SheetContext } from '../layout/cells';
import { finding } from '../layout/findings';
import { matchHeaders } from '../layout/headers';
import type { Finding, RawSheet } from '../layout/model';
import { readIkm } from '../layout/read-ikm';
import { IKM_PROFILE_COLUMNS, sheetSpec } from '../layout/spec';
import type { CellValue } from '../numbers';
import { normalizeAnswerText, readAnswer, type SkalaSendiri } from './answer-scale';
import type { SkmMapping } from './response-sheet';

/**
 * "Impor Survei" as a plan: which responses of a Forms response sheet are new, their answers as
 * 1–4, and the block of rows to append to `IKM` (src/gas writes it with one setValues). A
 * response is known by its timestamp and its row in the response sheet (IKM `Tanggal` and
 * `Baris Respons`), so importing again adds only responses not yet in IKM and never rewrites a row.
 */

export interface UnreadText {
  /** As first typed. */
  teks: string;
  jumlah: number;
  /** `U3` … of the questions where it appears. */
  unsur: string[];
  /** A1 cells in the response sheet (for the panel, the first 200 of `jumlah`). */
  sel: string[];
}

/** Distinct unread texts, and cells per text, that travel to the panel (as findings per code, cap-findings.ts). */
const PANEL_LIST = 200;

/**
 * The unread texts for the panel: the 200 most frequent, each with its first 200 cells (`jumlah`
 * keeps the full count), and how many texts were left out. 5.000 unreadable answers must not
 * freeze the panel; the command line lists them all.
 */
export function capUnread(unread: readonly UnreadText[]): { unread: UnreadText[]; unreadOmitted: number } {
  return {
    unread: unread
      .slice(0, PANEL_LIST)
      .map((u) => (u.sel.length > PANEL_LIST ? { ...u, sel: u.sel.slice(0, PANEL_LIST) } : u)),
    unreadOmitted: Math.max(0, unread.length - PANEL_LIST),
  };
}

export interface ImportPlan {
  /** IKM does not exist: create it; `rows[0]` is then the header. */
  createSheet: boolean;
  /** Header cells to add to an existing IKM (row 1), contiguous from `headerStart` (0-based). */
  headerStart: number;
  header: string[];
  /** 1-based row where `rows` start, and their width (columns from A). */
  startRow: number;
  width: number;
  rows: CellValue[][];
  counts: {
    /** Responses in the sheet (rows with anything in them). */
    dibaca: number;
    /** New rows written. */
    baru: number;
    /** Already in IKM (same timestamp and response row). */
    sudahAda: number;
    /** New, but held back: an answer could not be read. Imported once it can be. */
    tertunda: number;
    /** Respondents already in IKM that did not come from an import (typed or pasted there). */
    manual: number;
  };
  /** One per unreadable answer cell, at that cell of the response sheet. */
  findings: Finding[];
  unread: UnreadText[];
  /** NIK of IKM after the import (existing + new), rounded; null with a reason when it cannot be computed. */
  nik: number | null;
  mutu: string;
  nikError: string;
}

const TANGGAL = 'Tanggal';
const BARIS = 'Baris Respons';
const LAYANAN = 'Jenis Layanan';

/** A response's timestamp to the second (Forms records seconds); text as typed; "" when blank. */
function stampKey(timestamp: CellValue): number | string {
  return isDate(timestamp) ? Math.round(timestamp.getTime() / 1000) : cellText(timestamp);
}

/** A response's key: its timestamp and its row in the response sheet. */
function responseKey(timestamp: CellValue, row: number): string {
  return `${stampKey(timestamp)}|${row}`;
}

function unsurLabel(u: number): string {
  return `U${u + 1} ${UNSUR_IKM[u]}`;
}

interface Target {
  createSheet: boolean;
  /** Field → 0-based column in IKM. */
  col: Record<string, number>;
  headerStart: number;
  header: string[];
  width: number;
  startRow: number;
  existingKeys: Set<string>;
  /** Imported rows per timestamp: rows deleted above a response in the response sheet move it up, not out. */
  existingStamps: Map<number | string, number>;
  /** Respondents typed or pasted in IKM (no Baris Respons): the import cannot tell if they are the same people. */
  manual: number;
  /** IKM's rows below the header as read (their answers count in the NIK after the import). */
  existingRows: CellValue[][];
  /** Of those, rows with at least one answer. */
  existingRespondents: number;
}

function emptySheet(ikm: RawSheet | null): boolean {
  return !ikm || ikm.values.every((row) => row.every((v) => isEmptyCell(v)));
}

/** Where each field goes in IKM, the header cells to add, and the responses IKM already holds. */
function target(ikm: RawSheet | null, wanted: string[]): Target {
  const spec = sheetSpec('IKM');
  if (emptySheet(ikm)) {
    const names = spec.columns.map((c) => c.name);
    const col: Record<string, number> = {};
    names.forEach((n, i) => {
      col[n] = i;
    });
    spec.columns
      .filter((c) => c.kind === 'answer')
      .forEach((c, u) => {
        col[`U${u + 1}`] = names.indexOf(c.name);
      });
    return {
      createSheet: !ikm,
      col,
      headerStart: 0,
      header: names,
      width: names.length,
      startRow: 1,
      existingKeys: new Set(),
      existingStamps: new Map(),
      manual: 0,
      existingRows: [],
      existingRespondents: 0,
    };
  }
  const sheet = ikm as RawSheet;
  const headerRow = sheet.values[0] ?? [];
  const { map } = matchHeaders(sheet.name, headerRow, spec);
  const missingU = map.unsur.map((c, u) => (c < 0 ? `U${u + 1}` : '')).filter(Boolean);
  if (missingU.length > 0) {
    throw new InputError(
      `Sheet "${sheet.name}" tidak memiliki kolom jawaban ${missingU.join(', ')} di baris 1, sehingga jawaban survei tidak dapat ditaruh. Beri judul kolom jawaban U1 sampai U9 (mis. "U1 Persyaratan"), lalu impor lagi.`,
    );
  }
  const col: Record<string, number> = { ...map.columns };
  map.unsur.forEach((c, u) => {
    col[`U${u + 1}`] = c;
  });
  let width = headerRow.length;
  for (let c = headerRow.length - 1; c >= 0 && isEmptyCell(headerRow[c]); c--) width = c;
  const headerStart = width;
  const header: string[] = [];
  for (const name of wanted) {
    if (col[name] !== undefined) continue;
    col[name] = width++;
    header.push(name);
  }
  const existingKeys = new Set<string>();
  const existingStamps = new Map<number | string, number>();
  const imported = new Set<number>();
  if (map.columns[BARIS] !== undefined) {
    sheet.values.forEach((row, i) => {
      if (i === 0) return;
      const baris = Number(cellText(row[map.columns[BARIS]]));
      if (!Number.isInteger(baris) || baris < 1) return;
      const stamp = map.columns[TANGGAL] === undefined ? '' : row[map.columns[TANGGAL]];
      existingKeys.add(responseKey(stamp, baris));
      const k = stampKey(stamp);
      if (k !== '') existingStamps.set(k, (existingStamps.get(k) ?? 0) + 1);
      imported.add(i + 1);
    });
  }
  const ctx: SheetContext = { sheet: sheet.name, findings: [] };
  const read = readIkm(ctx, sheet, map);
  const manual = read.rows.filter((r) => !imported.has(r)).length;
  return {
    createSheet: false,
    col,
    headerStart,
    header,
    width: Math.max(width, headerRow.length),
    startRow: sheet.values.length + 1,
    existingKeys,
    existingStamps,
    manual,
    existingRows: sheet.values.slice(1),
    existingRespondents: read.rows.length,
  };
}

function unreadMessage(text: string, u: number, count: number): string {
  const times = count > 1 ? ` (${count} kali pada pertanyaan ini)` : '';
  return `Jawaban ${unsurLabel(u)} "${text}" tidak dikenali sebagai nilai 1–4${times}. Tambahkan teks ini dan nilainya di sheet "Skala SKM" (kolom Teks, Nilai), lalu impor lagi; respons ini belum diimpor.`;
}

export function planImport(
  response: RawSheet,
  mapping: SkmMapping,
  skala: SkalaSendiri,
  ikm: RawSheet | null,
  timestampColumn: number,
): ImportPlan {
  const profil = IKM_PROFILE_COLUMNS.filter((n) => (mapping.profil[n] ?? -1) >= 0);
  const wanted = [TANGGAL, ...profil, ...(mapping.layanan >= 0 ? [LAYANAN] : []), BARIS];
  const t = target(ikm, wanted);
  const rows: CellValue[][] = t.startRow === 1 ? [[...t.header]] : [];
  const counts = { dibaca: 0, baru: 0, sudahAda: 0, tertunda: 0, manual: t.manual };
  // How many responses share each timestamp: when IKM holds at least as many imported rows with
  // that timestamp, they are all in, even if rows above them were deleted from the response sheet.
  const stamps = new Map<number | string, number>();
  response.values.forEach((row, i) => {
    const k = i > 0 && timestampColumn >= 0 ? stampKey(row[timestampColumn]) : '';
    if (k !== '') stamps.set(k, (stamps.get(k) ?? 0) + 1);
  });
  const known = (stamp: CellValue, sheetRow: number): boolean => {
    if (t.existingKeys.has(responseKey(stamp, sheetRow))) return true;
    const k = stampKey(stamp);
    return k !== '' && (t.existingStamps.get(k) ?? 0) >= (stamps.get(k) ?? 1);
  };
  const unreadCells: { text: string; u: number; cell: string }[] = [];

  response.values.forEach((row, i) => {
    if (i === 0 || row.every((v) => isEmptyCell(v))) return;
    counts.dibaca++;
    const sheetRow = i + 1;
    const stamp = timestampColumn >= 0 ? row[timestampColumn] : '';
    if (known(stamp, sheetRow)) {
      counts.sudahAda++;
      return;
    }
    const answers: (number | '')[] = [];
    let unread = false;
    mapping.unsur.forEach((c, u) => {
      const raw = c >= 0 ? row[c] : null;
      const v = readAnswer(raw, skala);
      if (v === undefined) {
        unread = true;
        unreadCells.push({ text: cellText(raw), u, cell: a1(sheetRow, c) });
        answers.push('');
      } else answers.push(v ?? '');
    });
    if (unread) {
      counts.tertunda++;
      return;
    }
    const out: CellValue[] = new Array(t.width).fill('');
    const put = (field: string, v: CellValue) => {
      if (t.col[field] !== undefined) out[t.col[field]] = v;
    };
    const ikmRow = t.startRow + rows.length;
    put('No', ikmRow - 1);
    put(TANGGAL, isEmptyCell(stamp) ? '' : (stamp as CellValue));
    for (const n of profil) put(n, cellText(row[mapping.profil[n]]));
    if (mapping.layanan >= 0) put(LAYANAN, cellText(row[mapping.layanan]));
    answers.forEach((v, u) => {
      put(`U${u + 1}`, v);
    });
    put(BARIS, sheetRow);
    rows.push(out);
    counts.baru++;
  });

  // Distinct unread texts: one finding per cell, each saying how often its text appears.
  const perQuestion = new Map<string, number>();
  for (const x of unreadCells) {
    const k = `${x.u}|${normalizeAnswerText(x.text)}`;
    perQuestion.set(k, (perQuestion.get(k) ?? 0) + 1);
  }
  const findings = unreadCells.map((x) =>
    finding(
      'unread-answer',
      response.name,
      x.cell,
      unreadMessage(x.text, x.u, perQuestion.get(`${x.u}|${normalizeAnswerText(x.text)}`) ?? 1),
    ),
  );
  const distinct = new Map<string, UnreadText>();
  for (const x of unreadCells) {
    const k = normalizeAnswerText(x.text);
    const entry = distinct.get(k) ?? { teks: x.text, jumlah: 0, unsur: [], sel: [] };
    entry.jumlah++;
    entry.sel.push(x.cell);
    if (!entry.unsur.includes(`U${x.u + 1}`)) entry.unsur.push(`U${x.u + 1}`);
    distinct.set(k, entry);
  }
  const unread = [...distinct.values()].sort((a, b) => b.jumlah - a.jumlah);

  let nik: number | null = null;
  let mutu = '';
  let nikError = '';
  // The answers where they sit, in IKM's rows and in the new ones: no copy of 50.000 answer rows.
  if (t.existingRespondents + counts.baru > 0) {
    const all = [...t.existingRows, ...(t.startRow === 1 ? rows.slice(1) : rows)];
    try {
      const r = hitungIkm(
        all,
        'exact',
        undefined,
        UNSUR_IKM.map((_, u) => t.col[`U${u + 1}`]),
      );
      const m = mutuIkm(r.nik);
      nik = round(r.nik).toNumber();
      mutu = `${m.mutu} (${m.kinerja})`;
    } catch (e) {
      if (!isInputError(e)) throw e;
      nikError = e.message;
    }
  }

  return {
    createSheet: t.createSheet,
    headerStart: t.headerStart,
    header: t.startRow === 1 ? [] : t.header,
    startRow: t.startRow,
    width: t.width,
    rows,
    counts,
    findings,
    unread,
    nik,
    mutu,
    nikError,
  };
}
