import { parseA1 } from '../layout/a1';
import { sheetErrorOf } from '../layout/cells';
import type { DpaRow, Finding, FindingCode, RawWorkbook, ReadResult, Severity } from '../layout/model';
import { dpaCell } from '../layout/read-dpa';
import { findSheet, LAYOUT_SHEETS, layoutSheetId, readWorkbook } from '../layout/read-workbook';
import type { SheetId } from '../layout/spec';
import { reportingYear } from '../rules/reporting-year';
import { checkAkip } from './check-akip';
import { checkDocInputs } from './check-doc-inputs';
import { checkDpa, checkDpaSasaran } from './check-dpa';
import { checkDpaTargetIku, checkKinerjaTanpaAnggaran, checkLandasanHukum } from './check-evaluasi';
import { checkNoData } from './check-no-data';
import { checkIkm } from './check-ikm';
import { checkCapaian, checkDuplicateNo, checkLinkedIndicators, checkRealisasiTahun } from './check-iku';
import { checkNip } from './check-nip';
import { checkPkPejabat } from './check-pk-pejabat';
import { checkDpaTriwulan, checkRenaksi } from './check-triwulan';

/** Findings that leave a cell unread (its value counted as nothing): sums over it are not compared. */
const UNREADABLE: ReadonlySet<FindingCode> = new Set(['not-a-number', 'ambiguous-number', 'formula-error']);

/**
 * Read the workbook and run every check of the findings table in docs/layout.md#findings. Findings are sorted by
 * sheet (tab order; a missing sheet first, in layout order), then row, then column.
 */
export function validateWorkbook(raw: RawWorkbook): ReadResult {
  const { workbook: wb, findings } = readWorkbook(raw);
  const tahun = reportingYear(wb.profil?.tahun, wb.iku?.realisasiYears ?? []);

  /** A NIP checked as getValues() gave it (a NIP typed as a number has lost digits); a formula error is found elsewhere. */
  const nipAt = (id: SheetId, sheet: string, cell: string, nip: string, year: number) => {
    const pos = parseA1(cell);
    const raw0 = pos ? findSheet(raw, id)?.values[pos.row - 1]?.[pos.col] : undefined;
    if (!sheetErrorOf(raw0)) findings.push(...checkNip(sheet, cell, nip, raw0, year));
  };
  if (wb.profil) {
    nipAt('Profil', wb.sheetNames['Profil'], wb.profil.cells['NIP'] ?? '', wb.profil.nip, wb.profil.tahun);
    const reviu = wb.profil.reviu;
    if (reviu?.nip.trim())
      nipAt('Profil', wb.sheetNames['Profil'], wb.profil.cells['NIP Reviu'] ?? '', reviu.nip, wb.profil.tahun);
  }
  if (wb.pkPejabat) {
    const sheet = wb.sheetNames['PK Pejabat'];
    for (const p of wb.pkPejabat) {
      nipAt('PK Pejabat', sheet, p.cells['NIP'], p.nip, tahun);
      nipAt('PK Pejabat', sheet, p.cells['NIP Atasan'], p.nipAtasan, tahun);
    }
    findings.push(...checkPkPejabat(sheet, wb.sheetNames['DPA'] ?? 'DPA', wb.pkPejabat, wb.dpa));
  }
  if (wb.iku) {
    const sheet = wb.sheetNames['IKU'];
    findings.push(...checkRealisasiTahun(sheet, wb, tahun));
    for (const ind of wb.iku.indikator) findings.push(...checkCapaian(sheet, ind, tahun));
    findings.push(...checkLinkedIndicators(sheet, wb, tahun), ...checkDuplicateNo(sheet, wb));
  }
  if (wb.dpa) {
    const sheet = wb.sheetNames['DPA'];
    const dpa = wb.dpa;
    const cellOf = (name: string) => (r: DpaRow) => dpaCell(dpa, r, name);
    const unreadable = new Set(findings.filter((f) => f.sheet === sheet && UNREADABLE.has(f.code)).map((f) => f.cell));
    const kodeCell = cellOf('Kode');
    findings.push(...checkDpa(sheet, wb.dpa, (r) => (r.kode ? kodeCell(r) : ''), unreadable, cellOf('Level')));
    findings.push(...checkDpaTriwulan(sheet, wb.dpa, unreadable));
    if (wb.iku && wb.iku.sasaran.length > 0) {
      findings.push(
        ...checkDpaSasaran(
          sheet,
          wb.dpa,
          wb.iku.sasaran.map((s) => s.key),
          cellOf('Sasaran'),
        ),
      );
    }
    findings.push(...checkDpaTargetIku(sheet, wb, tahun));
    findings.push(...checkKinerjaTanpaAnggaran(sheet, wb));
  }
  if (wb.sheetNames['Narasi']) findings.push(...checkLandasanHukum(wb.sheetNames['Narasi'], wb));
  findings.push(...checkNoData(wb, findings));
  if (wb.ikm) findings.push(...checkIkm(wb.sheetNames['IKM'], wb));
  if (wb.akip) findings.push(...checkAkip(wb.sheetNames['AKIP'], wb));
  if (wb.renaksi) findings.push(...checkRenaksi(wb.sheetNames['Renaksi'], wb, tahun));
  for (const f of checkDocInputs(raw, wb)) findings.push(f);

  return { workbook: wb, findings: sortFindings(findings, raw) };
}

function sortFindings(findings: Finding[], raw: RawWorkbook): Finding[] {
  const tabOrder = new Map<string, number>();
  raw.sheets.forEach((s, i) => {
    if (!tabOrder.has(s.name)) tabOrder.set(s.name, i + LAYOUT_SHEETS.length);
  });
  const sheetRank = (name: string) => {
    if (tabOrder.has(name)) return tabOrder.get(name)!;
    const id = layoutSheetId(name);
    return id ? LAYOUT_SHEETS.indexOf(id) : Number.MAX_SAFE_INTEGER;
  };
  const pos = (cell: string) => parseA1(cell) ?? { row: 0, col: -1 };
  return findings
    .map((f, i) => ({ f, i, s: sheetRank(f.sheet), p: pos(f.cell) }))
    .sort((a, b) => a.s - b.s || a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.f);
}

export function countFindings(f: Finding[]): { error: number; warning: number } {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const x of f) counts[x.severity]++;
  return counts;
}
