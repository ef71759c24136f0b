import { parseA1 } from '../layout/a1';
import { foldHeaderRows } from '../layout/header-rows';
import { type HeaderMap, matchHeaders } from '../layout/headers';
import type { Finding, RawWorkbook, Workbook } from '../layout/model';
import { findSheet, layoutSheetId } from '../layout/read-workbook';
import { REALISASI_TW_COLUMNS, type SheetId, sheetSpec, TARGET_TW_COLUMNS } from '../layout/spec';
import { reportingYear } from '../rules/reporting-year';
import { TRIWULAN, type Triwulan } from '../rules/triwulan';
import { checkLaporanTriwulan } from './check-triwulan';

/** The documents the panel writes from the workbook; a Laporan Triwulan is one per quarter. */
export type DocumentKind = 'lkjip' | 'perjanjian' | `triwulan-${Triwulan}`;

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'lkjip',
  'perjanjian',
  ...TRIWULAN.map((n) => `triwulan-${n}` as const),
];

/** The quarter of a Laporan Triwulan, null for another document. */
function triwulanOf(kind: DocumentKind): Triwulan | null {
  const m = /^triwulan-([1-4])$/.exec(kind);
  return m ? (Number(m[1]) as Triwulan) : null;
}

/**
 * What a document prints of each sheet, as the spec's column names (`Target YYYY` for the
 * reporting year's target; `*` for every column). A finding on a sheet left out holds nothing up.
 */
type Reads = Partial<Record<SheetId, readonly string[]>>;

const TAHUN = 'Target YYYY';
const ALL = '*';

/** The Perjanjian Kinerja: no realisasi, capaian or output figures (docs/rules.md#perjanjian-kinerja). */
const PK_READS: Reads = {
  Profil: [ALL],
  'PK Pejabat': [ALL],
  IKU: ['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', TAHUN],
  DPA: ['Kode', 'Level', 'Uraian', 'Pagu', 'Pagu Murni'],
};

/**
 * The Laporan Triwulan of quarter n (docs/rules.md#laporan-triwulan): Profil; IKU's sasaran,
 * indicators, satuan and polaritas; the Renaksi up to quarter n (its later quarters are not
 * printed); DPA's codes, names, pagu and quarters up to n — only when the DPA keeps quarters.
 */
function triwulanReads(n: Triwulan, dpaQuarters: boolean): Reads {
  const later = new Set([...TARGET_TW_COLUMNS.slice(n), ...REALISASI_TW_COLUMNS.slice(n)]);
  return {
    Profil: [ALL],
    IKU: ['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas'],
    Renaksi: sheetSpec('Renaksi')
      .columns.map((c) => c.name)
      .filter((name) => !later.has(name)),
    ...(dpaQuarters ? { DPA: ['Kode', 'Level', 'Uraian', 'Pagu', ...REALISASI_TW_COLUMNS.slice(0, n)] } : {}),
  };
}

function headerMap(raw: RawWorkbook, id: SheetId): HeaderMap | null {
  const found = findSheet(raw, id);
  if (!found) return null;
  const sheet = foldHeaderRows(found).sheet;
  return matchHeaders(sheet.name, sheet.values[0] ?? [], sheetSpec(id)).map;
}

/**
 * The findings a document's reads take in: every finding of a sheet it reads whole; on a sheet it
 * reads in part, those at a cell of a column it reads, and the whole-sheet ones — except a missing
 * column it does not read.
 */
function readFindings(findings: Finding[], raw: RawWorkbook, tahun: number, reads: Reads): Finding[] {
  const names = (id: SheetId) => (reads[id] ?? []).map((name) => (name === TAHUN ? `Target ${tahun}` : name));
  // Per sheet, once: the indexes of the columns read (null without the sheet).
  const columnsRead = new Map<SheetId, Set<number> | null>();
  const columnsOf = (id: SheetId) => {
    if (!columnsRead.has(id)) {
      const map = headerMap(raw, id);
      const columns = map ? new Set(names(id).map((n) => map.columns[n])) : null;
      if (map && columns && reads[id]?.includes(TAHUN) && map.target[tahun] !== undefined)
        columns.add(map.target[tahun]);
      columnsRead.set(id, columns);
    }
    return columnsRead.get(id) ?? null;
  };
  return findings.filter((f) => {
    const id = layoutSheetId(f.sheet);
    const wanted = id ? reads[id] : undefined;
    if (!id || !wanted) return false;
    if (wanted.includes(ALL)) return true;
    const at = parseA1(f.cell);
    if (!at) {
      if (f.code !== 'missing-column') return true;
      const quoted = [...f.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      return quoted.some((q) => names(id).includes(q));
    }
    return columnsOf(id)?.has(at.col) ?? false;
  });
}

/**
 * The findings that stop a document (errors) or wait for the user's "Lanjutkan" (warnings): those
 * about what it prints. The LKjIP does not print `PK Pejabat`. The Perjanjian Kinerja is signed at
 * the start of the year, before any realisasi: a blank Realisasi of the year, a capaian or an IKM
 * sheet do not hold it up (docs/rules.md#perjanjian-kinerja). A Laporan Triwulan reads the Renaksi
 * up to its quarter (docs/rules.md#laporan-triwulan).
 */
export function gateFindings(kind: DocumentKind, findings: Finding[], raw: RawWorkbook, wb: Workbook): Finding[] {
  if (kind === 'lkjip') return findings.filter((f) => layoutSheetId(f.sheet) !== 'PK Pejabat');
  const tahun = reportingYear(wb.profil?.tahun, wb.iku?.realisasiYears ?? []);
  const n = triwulanOf(kind);
  if (n === null) return readFindings(findings, raw, tahun, PK_READS);
  const dpaQuarters = (wb.dpa?.rows ?? []).some((r) => r.realisasiTw !== undefined);
  return readFindings(findings, raw, tahun, triwulanReads(n, dpaQuarters));
}

/**
 * When a document is asked for: its gate, and what a Laporan Triwulan needs of its own — a Renaksi
 * sheet and a reported quarter (check-triwulan.ts). Periksa data shows only the gate under each
 * section: an office that keeps no Renaksi is not told of an error it did not make.
 */
export function documentFindings(kind: DocumentKind, findings: Finding[], raw: RawWorkbook, wb: Workbook): Finding[] {
  const n = triwulanOf(kind);
  return [...gateFindings(kind, findings, raw, wb), ...(n === null ? [] : checkLaporanTriwulan(wb, n))];
}
