/**
 * The workbooks every whole-report check runs on: the example, the example without its Narasi
 * sheet, the example with a Rencana Aksi (Renaksi, DPA quarters), the two report fixtures, the
 * generated big workbook, and every messy-sheet fixture of
 * test/fixtures/messy-workbooks.ts that the validator lets through (a new `messy…` export joins
 * by itself); then the compact form (report-size.ts): 500 IKU indicators, which the size puts in
 * it, and the example (without and with its Renaksi) and the 2024 fixture forced into it. Each is
 * built once.
 */
import type { WorkbookJson } from '../../../emulator/index';
import type { RawWorkbook, Workbook } from '../../../src/core/layout/model';
import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/report-types';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { makeBigWorkbook } from '../../../scripts/big-workbook';
import * as messy from '../../fixtures/messy-workbooks';
import { renaksiWorkbook } from '../../fixtures/renaksi-workbook';
import { loadExample, loadRawWorkbook } from '../layout/example-workbook';

export interface ReportCase {
  name: string;
  wb: Workbook;
  doc: ReportDocument;
}

const GENERATED = new Date('2024-02-01T03:00:00Z');

function fixture(name: string): RawWorkbook {
  return loadRawWorkbook(new URL(`../../fixtures/${name}`, import.meta.url));
}

function withoutNarasi(raw: RawWorkbook): RawWorkbook {
  return { ...raw, sheets: raw.sheets.filter((s) => s.name !== 'Narasi') };
}

/** The messy fixtures as (name, workbook): every `messy…` export, a one-argument one with `JUMLAH`. */
function messyWorkbooks(): [string, WorkbookJson][] {
  return Object.entries(messy)
    .filter(([name, fn]) => /^messy[A-Z]/.test(name) && typeof fn === 'function')
    .map(([name, fn]) => [name, (fn as (arg?: string) => WorkbookJson)('JUMLAH')]);
}

function build(name: string, raw: RawWorkbook, ringkas?: boolean): ReportCase | null {
  const { workbook, findings } = validateWorkbook(raw);
  // The report is built only when no finding is an error (generateLkjip refuses otherwise).
  if (findings.some((f) => f.severity === 'error')) return null;
  return { name, wb: workbook, doc: buildReport(workbook, { generatedAt: GENERATED, ringkas }) };
}

/** The generated workbook with 500 IKU indicators (scripts/big-workbook.ts): five per sasaran. */
export function ikuBesar(): RawWorkbook {
  return messy.toRaw(
    makeBigWorkbook({ dpaPrograms: 6, kegiatanPerProgram: 2, subPerKegiatan: 2, respondents: 100, indikator: 500 }),
  );
}

let cached: ReportCase[] | null = null;

export function reportCases(): ReportCase[] {
  if (cached) return cached;
  const raws: [string, RawWorkbook][] = [
    ['example 2023', loadExample()],
    ['example without Narasi', withoutNarasi(loadExample())],
    ['example with Renaksi', messy.toRaw(renaksiWorkbook())],
    ['2024 without IKM', fixture('report-2024-tanpa-ikm.json')],
    ['kegiatan-level DPA, no Narasi', fixture('report-dpa-kegiatan.json')],
    [
      'big generated workbook',
      messy.toRaw(makeBigWorkbook({ dpaPrograms: 3, kegiatanPerProgram: 2, subPerKegiatan: 2, respondents: 50 })),
    ],
    ['messy base workbook', messy.toRaw(messy.baseWorkbook())],
    ...messyWorkbooks().map(([n, json]): [string, RawWorkbook] => [n, messy.toRaw(json)]),
  ];
  const compact: [string, RawWorkbook, boolean | undefined][] = [
    ['500 IKU indicators (compact by size)', ikuBesar(), undefined],
    ['example 2023, compact form', loadExample(), true],
    ['example with Renaksi, compact form', messy.toRaw(renaksiWorkbook()), true],
    ['2024 without IKM, compact form', fixture('report-2024-tanpa-ikm.json'), true],
  ];
  cached = [...raws.map(([n, raw]) => build(n, raw)), ...compact.map(([n, raw, r]) => build(n, raw, r))].filter(
    (c): c is ReportCase => c !== null,
  );
  return cached;
}
