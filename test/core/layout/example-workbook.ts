import { readFileSync } from 'node:fs';
import type { WorkbookJson } from '../../../emulator/index';
import type { RawWorkbook } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/numbers';
import { exampleJson } from '../../fixtures/example';
import { sheet, toRaw } from '../../fixtures/messy-workbooks';

/**
 * The example workbook as src/gas/read-sheets.ts hands it to core: an ISO date string becomes the
 * calendar day it shows in the spreadsheet's zone, as midnight UTC (the adapter's conversion).
 */
export function loadExample(): RawWorkbook {
  return toRaw(exampleJson());
}

/** A workbook JSON file as the adapter hands it to core (ISO dates as that calendar day, midnight UTC). */
export function loadRawWorkbook(file: URL): RawWorkbook {
  return toRaw(JSON.parse(readFileSync(file, 'utf8')) as WorkbookJson);
}

/** The example with some cells changed, `{IKU: {P2: 85}}` (A1 addresses, columns A–Z), then `edit`. */
export function exampleWith(
  changes: Record<string, Record<string, CellValue>>,
  edit?: (raw: RawWorkbook) => void,
): RawWorkbook {
  const raw = loadExample();
  for (const [name, cells] of Object.entries(changes)) {
    const values = sheet(raw, name).values;
    for (const [cell, v] of Object.entries(cells)) {
      const m = /^([A-Z])(\d+)$/.exec(cell)!;
      values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
    }
  }
  edit?.(raw);
  return raw;
}
