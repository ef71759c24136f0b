import { readFileSync } from 'node:fs';
import type { CellValue } from '../../../src/core/numbers';
import type { RawWorkbook } from '../../../src/core/layout/model';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WIB = 420;

/**
 * The example workbook as Range.getValues() would hand it over in a WIB spreadsheet: an ISO date
 * string becomes a Date at midnight WIB (layout.md, Workbook JSON), i.e. 17:00 UTC the day before.
 */
export function loadExample(): RawWorkbook {
  const json = JSON.parse(
    readFileSync(new URL('../../../examples/lima-puluh-pesisir-2023.json', import.meta.url), 'utf8'),
  ) as {
    name: string;
    sheets: { name: string; values: CellValue[][]; formulas?: string[][] }[];
  };
  return {
    name: json.name,
    tzOffsetMinutes: WIB,
    sheets: json.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) =>
        row.map((v) => {
          const m = typeof v === 'string' ? ISO.exec(v) : null;
          return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - WIB * 60000) : v;
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
