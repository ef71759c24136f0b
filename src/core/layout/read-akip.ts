import { isBlank, type CellValue } from '../numbers';
import { a1 } from './a1';
import { cellText, isEmptyRow, readNumber, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { Akip, AkipKomponen, NumberCell, RawSheet } from './model';
import { normalizeName } from './spec';
import { isAkipPredikatLabel, isAkipTotalLabel } from '../rules/akip';

/**
 * AKIP: `Komponen`, `Bobot`, one column per year. Rows named `Nilai Akhir`/`Total` and
 * `Predikat` hold the user's typed totals; every other named row is a component and counts in
 * the sum (the older 12/2015 form has a `Capaian Kinerja` component without a 88/2021 weight).
 */
export function readAkip(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Akip {
  const years = Object.keys(map.bare)
    .map(Number)
    .sort((a, b) => a - b);
  const komCol = map.columns['Komponen'];
  const bobotCol = map.columns['Bobot'];
  const komponen: AkipKomponen[] = [];
  const nilaiAkhir: Record<number, NumberCell> = {};
  const predikat: Akip['predikat'] = {};
  if (komCol === undefined) return { years, komponen, nilaiAkhir, predikat };

  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    const nama = cellText(row[komCol]);
    const n = normalizeName(nama);
    if (isAkipPredikatLabel(nama)) {
      for (const y of years) {
        const v = cellText(row[map.bare[y]]);
        if (v !== '' && v !== '-' && !(y in predikat)) predikat[y] = { value: v, cell: a1(r, map.bare[y]) };
      }
      return;
    }
    const values = (label: string): Record<number, NumberCell> => {
      const out: Record<number, NumberCell> = {};
      for (const y of years) out[y] = readNumber(ctx, row[map.bare[y]] as CellValue, r, map.bare[y], `${label} ${y}`);
      return out;
    };
    if (isAkipTotalLabel(nama)) {
      const v = values('Nilai Akhir');
      for (const y of years) if (!(y in nilaiAkhir) && v[y].value !== null) nilaiAkhir[y] = v[y];
      return;
    }
    if (n === '') {
      const hasValue = years.some((y) => !isBlank(row[map.bare[y]]));
      if (hasValue) {
        ctx.findings.push(
          finding(
            'missing-value',
            ctx.sheet,
            a1(r, komCol),
            `Baris ${r} berisi nilai tetapi nama Komponen kosong. Isi nama komponennya.`,
          ),
        );
      }
      return;
    }
    const bobot: NumberCell =
      bobotCol === undefined
        ? { value: null, raw: undefined, cell: '' }
        : readNumber(ctx, row[bobotCol], r, bobotCol, `Bobot ${nama}`);
    const k: AkipKomponen = { row: r, nama, bobot, nilai: values(nama) };
    const bobotYears = Object.keys(map.bobot).map(Number);
    if (bobotYears.length > 0) {
      k.bobotTahun = {};
      for (const y of bobotYears)
        k.bobotTahun[y] = readNumber(ctx, row[map.bobot[y]], r, map.bobot[y], `Bobot ${y} ${nama}`);
    }
    komponen.push(k);
  });
  return { years, komponen, nilaiAkhir, predikat };
}
