import { readFileSync } from 'node:fs';
import type { CellValue } from '../../../src/core/numbers';
import type { RawWorkbook } from '../../../src/core/layout/model';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The example workbook as src/gas/read-sheets.ts hands it to core: an ISO date string becomes the
 * calendar day it shows in the spreadsheet's zone, as midnight UTC (the adapter's conversion).
 */
export function loadExample(): RawWorkbook {
  return loadRawWorkbook(new URL('../../../examples/lima-puluh-pesisir-2023.json', import.meta.url));
}

/** A workbook JSON file as the adapter hands it to core (ISO dates as that calendar day, midnight UTC). */
export function loadRawWorkbook(file: URL): RawWorkbook {
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    sheets: { name: string; values: CellValue[][]; formulas?: string[][] }[];
  };
  return {
    name: json.name,
    sheets: json.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) =>
        row.map((v) => {
          const m = typeof v === 'string' ? ISO.exec(v) : null;
          return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
        }),
      ),
      ...(s.formulas ? { formulas: s.formulas } : {}),
    })),
  };
}

export function sheetOf(raw: RawWorkbook, name: string) {
  const s = raw.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
