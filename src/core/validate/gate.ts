import { parseA1 } from '../layout/a1';
import { foldHeaderRows } from '../layout/header-rows';
import { type HeaderMap, matchHeaders } from '../layout/headers';
import type { Finding, RawWorkbook, Workbook } from '../layout/model';
import { findSheet, layoutSheetId } from '../layout/read-workbook';
import { type SheetId, sheetSpec } from '../layout/spec';
import { reportingYear } from '../rules/reporting-year';

/** The documents the panel writes from the workbook. */
export type DocumentKind = 'lkjip' | 'perjanjian';

/** What the Perjanjian Kinerja prints of IKU and DPA: no realisasi, capaian or output figures. */
const PK_COLUMNS: Partial<Record<SheetId, readonly string[]>> = {
  IKU: ['No', 'Tujuan', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan'],
  DPA: ['Kode', 'Level', 'Uraian', 'Pagu', 'Pagu Murni'],
};

function headerMap(raw: RawWorkbook, id: SheetId): HeaderMap | null {
  const found = findSheet(raw, id);
  if (!found) return null;
  const sheet = foldHeaderRows(found).sheet;
  return matchHeaders(sheet.name, sheet.values[0] ?? [], sheetSpec(id)).map;
}

/**
 * The findings that stop a document (errors) or wait for the user's "Lanjutkan" (warnings): those
 * about what it prints. The LKjIP does not print `PK Pejabat`. The Perjanjian Kinerja is signed at
 * the start of the year, before any realisasi: it reads Profil, PK Pejabat, IKU's sasaran,
 * indicators and the year's target, and DPA's codes, names and pagu — a blank Realisasi of the
 * year, a capaian or an IKM sheet do not hold it up (docs/rules.md#perjanjian-kinerja).
 */
export function gateFindings(kind: DocumentKind, findings: Finding[], raw: RawWorkbook, wb: Workbook): Finding[] {
  if (kind === 'lkjip') return findings.filter((f) => layoutSheetId(f.sheet) !== 'PK Pejabat');
  const tahun = reportingYear(wb.profil?.tahun, wb.iku?.realisasiYears ?? []);
  const read: Partial<Record<SheetId, { map: HeaderMap; columns: Set<number> }>> = {};
  for (const [id, names] of Object.entries(PK_COLUMNS) as [SheetId, string[]][]) {
    const map = headerMap(raw, id);
    if (!map) continue;
    const columns = new Set(names.map((n) => map.columns[n]).filter((c) => c !== undefined));
    if (id === 'IKU' && map.target[tahun] !== undefined) columns.add(map.target[tahun]);
    read[id] = { map, columns };
  }
  return findings.filter((f) => {
    const id = layoutSheetId(f.sheet);
    if (id === 'Profil' || id === 'PK Pejabat') return true;
    if (id !== 'IKU' && id !== 'DPA') return false;
    const sheet = read[id];
    const at = parseA1(f.cell);
    if (!sheet || !at) {
      // A whole-sheet finding counts, except the missing Realisasi column of the year on IKU.
      const realisasi = id === 'IKU' && sheet?.map.realisasi[tahun] === undefined;
      return !(realisasi && f.code === 'missing-column' && f.message.includes(`"Realisasi ${tahun}"`));
    }
    return sheet.columns.has(at.col);
  });
}
