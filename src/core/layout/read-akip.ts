import { ZERO } from '../decimal';
import { isBlank, type CellValue } from '../numbers';
import { a1, rowsText } from './a1';
import { cellText, isEmptyRow, readNumber, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { Akip, AkipKomponen, HeaderNote, NumberCell, RawSheet } from './model';
import { normalizeName } from './spec';
import { isAkipPredikatLabel, isAkipTotalLabel } from '../rules/akip';

/**
 * AKIP: `Komponen`, `Bobot`, one column per year. Rows named `Nilai Akhir`/`Total` and
 * `Predikat` hold the user's typed totals; every other named row is a component and counts in
 * the sum (the older 12/2015 form has a `Capaian Kinerja` component without a 88/2021 weight).
 */
export function readAkip(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, notes: HeaderNote[] = []): Akip {
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
  return { years, komponen: withoutSubKomponen(ctx, komponen, notes, komCol), nilaiAkhir, predikat };
}

/** `a. Keberadaan…`, `b) …`, `1.1 …`, `- …`: a sub-component's marker in the LKE. */
const SUB_MARKER = /^(?:[a-z][.)]|\d+\.\d+\.?|[-–•])\s+/;

const bobotOf = (k: AkipKomponen) => k.bobot.value;

/**
 * Sub-components copied from the LKE (docs/layout.md#akip): the rows under a component whose
 * names carry a sub-marker (`a.`, `b)`, `1.1`, `-`) while the component's does not, or — where the
 * weights add past 100 — the rows right under a component whose weights add up to its weight
 * (6 + 9 + 15 = 30). They detail the component and are kept out of the total, with one note.
 * Weights that still add past 100 are reported by check-akip.
 */
function withoutSubKomponen(
  ctx: SheetContext,
  rows: AkipKomponen[],
  notes: HeaderNote[],
  komCol: number,
): AkipKomponen[] {
  const sub = new Map<AkipKomponen, AkipKomponen>();
  let parent: AkipKomponen | null = null;
  for (const k of rows) {
    // `a. Perencanaan`, `b. Pengukuran` with the same marker as the row above are components.
    if (SUB_MARKER.test(k.nama) && parent && !SUB_MARKER.test(parent.nama)) sub.set(k, parent);
    else parent = k;
  }
  const totalBobot = (list: AkipKomponen[]) => list.reduce((s, k) => s.plus(bobotOf(k) ?? ZERO), ZERO);
  let top = rows.filter((k) => !sub.has(k));
  if (totalBobot(top).gt(100)) {
    for (let i = 0; i < top.length; i++) {
      const w = bobotOf(top[i]);
      if (w === null || w.isZero()) continue;
      let sum = ZERO;
      for (let j = i + 1; j < top.length && sum.lt(w); j++) {
        const b = bobotOf(top[j]);
        if (b === null) break;
        sum = sum.plus(b);
        if (sum.eq(w) && j > i + 1) {
          for (const k of top.slice(i + 1, j + 1)) sub.set(k, top[i]);
          i = j;
        }
      }
    }
    top = rows.filter((k) => !sub.has(k));
  }
  const byParent = new Map<AkipKomponen, AkipKomponen[]>();
  for (const [k, p] of sub) byParent.set(p, [...(byParent.get(p) ?? []), k]);
  for (const [p, kids] of byParent) {
    notes.push({
      sheet: ctx.sheet,
      cell: `${a1(kids[0].row, komCol)}:${a1(kids[kids.length - 1].row, komCol)}`,
      found: `${rowsText(kids.map((k) => k.row))} (${kids.map((k) => k.nama).join('; ')})`,
      understoodAs: `rincian (sub komponen) "${p.nama}" dari LKE; tidak ikut dijumlahkan, nilai komponennya yang dipakai`,
      rows: true,
    });
  }
  return top;
}
