import { parsePolaritas, parseTarget, POLARITAS_ACCEPTED, type Polaritas, type Target } from '../capaian';
import type { Decimal } from '../decimal';
import { isInputError } from '../input-error';
import { describeValue, isBlank, type CellValue } from '../numbers';
import { a1 } from './a1';
import { cellText, formulaError, isEmptyRow, notANumber, readNumber, sheetErrorOf, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import { missingColumn } from './headers';
import type { CapaianCell, Finding, Iku, Indikator, NumberCell, RawSheet, Sasaran, TargetCell } from './model';
import { type Figure, percentScaleFindings, shownNumber } from './percent-scale';
import { normalizeName } from './spec';

const years = (r: Record<number, number>) =>
  Object.keys(r)
    .map(Number)
    .sort((a, b) => a - b);

/** A sasaran's identity: case, spacing, quotes and a closing full stop do not make another sasaran. */
function sasaranIdentity(nama: string): string {
  return normalizeName(nama.replace(/^["“”']+|["“”'.;:\s]+$/g, ''));
}

const single = (value: Decimal): Target => ({ kind: 'single', value });

/** Every target and realisasi of a row as text, to compare a repeated indicator with its first row. */
function figureText(ind: Indikator): string {
  const t = Object.entries(ind.target).map(([y, c]) => `T${y}=${describeTarget(c.target)}`);
  const re = Object.entries(ind.realisasi).map(([y, c]) => `R${y}=${c.value?.toString() ?? ''}`);
  return [...t, ...re].join(';');
}

function describeTarget(t: Target | null): string {
  if (t === null) return '';
  return t.kind === 'single' ? t.value.toString() : `${t.lower.toString()}-${t.upper.toString()}`;
}

/** duplicate-indicator: a warning when the repeated row says the same, an error when its figures differ. */
function duplicateIndikator(sheet: string, cell: string, first: Indikator, again: Indikator): Finding {
  const same = figureText(first) === figureText(again);
  return finding(
    'duplicate-indicator',
    sheet,
    cell,
    same
      ? `Indikator "${again.indikator}" sudah ada di baris ${first.row} untuk sasaran yang sama; baris ini tidak dipakai agar indikatornya tidak terhitung dua kali. Hapus salah satu barisnya.`
      : `Indikator "${again.indikator}" sudah ada di baris ${first.row} untuk sasaran yang sama, dengan target atau realisasi yang berbeda; laporan tidak dapat memilih salah satunya. Hapus baris yang salah.`,
    same ? 'warning' : 'error',
  );
}

/**
 * IKU: one row per indicator. Tujuan and Sasaran Strategis left blank repeat the row above (the
 * merged-cell look of the printed table). A row without an indicator and without any figure only
 * sets Tujuan/Sasaran for the rows below. Percentages stored as fractions are read as
 * percent-scale.ts decides; the reporting year's realisasi is checked by check-iku, which knows
 * whether the IKM or AKIP sheet gives it.
 */
export function readIku(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, tahun: number): Iku {
  const c = map.columns;
  const allYears = [...new Set([...years(map.target), ...years(map.realisasi), ...years(map.capaian)])].sort(
    (a, b) => a - b,
  );
  if (tahun > 0) {
    if (map.target[tahun] === undefined)
      ctx.findings.push(missingColumn(ctx.sheet, `"Target ${tahun}" (tahun laporan)`, map.headerRow));
    if (map.realisasi[tahun] === undefined)
      ctx.findings.push(missingColumn(ctx.sheet, `"Realisasi ${tahun}" (tahun laporan)`, map.headerRow));
  }
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const figureCols = [...Object.values(map.target), ...Object.values(map.realisasi), ...Object.values(map.capaian)];

  const indikator: Indikator[] = [];
  const sasaran: Sasaran[] = [];
  const byName = new Map<string, Sasaran>();
  let tujuan = '';
  let sasaranNama = '';
  let current: Sasaran | null = null;
  const format = (i: number, col: number): string | undefined =>
    sheet.numberFormats ? (sheet.numberFormats[i]?.[col] ?? '') : undefined;

  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    const typedTujuan = cellText(get(row, 'Tujuan'));
    const typedSasaran = cellText(get(row, 'Sasaran Strategis'));
    if (typedTujuan) tujuan = typedTujuan;
    if (typedSasaran && typedSasaran !== sasaranNama) {
      // The same sasaran re-typed (other case, spacing, a full stop) or met again further down is
      // one sasaran: its indicators join the first appearance (docs/layout.md#iku).
      current = byName.get(sasaranIdentity(typedSasaran)) ?? null;
      sasaranNama = current?.nama ?? typedSasaran;
    }
    const nama = cellText(get(row, 'Indikator Kinerja'));
    const hasFigure = figureCols.some((col) => !isBlank(row[col]));
    if (!nama) {
      if (hasFigure) {
        const col = c['Indikator Kinerja'];
        ctx.findings.push(
          finding(
            'missing-value',
            ctx.sheet,
            col === undefined ? '' : a1(r, col),
            `Baris ${r} berisi angka tetapi nama Indikator Kinerja kosong. Isi nama indikatornya.`,
          ),
        );
      }
      return;
    }
    if (!sasaranNama && c['Sasaran Strategis'] !== undefined) {
      ctx.findings.push(
        finding(
          'missing-value',
          ctx.sheet,
          a1(r, c['Sasaran Strategis']),
          `Sasaran Strategis untuk indikator "${nama}" kosong dan tidak ada sasaran di baris atasnya. Isi sasaran strategisnya.`,
        ),
      );
    }
    const no = cellText(get(row, 'No'));
    if (!current) {
      // A key is unique: a No used by an earlier sasaran (No restarting per sasaran) is reported by
      // check-iku (duplicate-no) and never links this sasaran's programs to the other one.
      const typedKey = no || String(sasaran.length + 1);
      const key = sasaran.some((s) => s.key === typedKey) ? `${typedKey}@${r}` : typedKey;
      current = { key, tujuan, nama: sasaranNama, indikator: [] };
      sasaran.push(current);
      if (sasaranNama) byName.set(sasaranIdentity(sasaranNama), current);
    }

    let polaritas: Polaritas = 'positif';
    const polaritasRaw = get(row, 'Polaritas');
    try {
      polaritas = parsePolaritas(polaritasRaw);
    } catch (e) {
      if (!isInputError(e)) throw e;
      const cell = a1(r, c['Polaritas']);
      const shown = sheetErrorOf(polaritasRaw);
      ctx.findings.push(
        shown
          ? formulaError(ctx.sheet, cell, 'Polaritas', shown)
          : finding(
              'bad-polaritas',
              ctx.sheet,
              cell,
              `Polaritas ${describeValue(polaritasRaw)} tidak dikenal, sehingga dibaca sebagai Positif. Gunakan ${POLARITAS_ACCEPTED}.`,
            ),
      );
    }

    const figures: Figure[] = [];
    const target: Record<number, TargetCell> = {};
    for (const [y, col] of Object.entries(map.target)) {
      const raw = row[col];
      const cell = a1(r, col);
      try {
        const t = parseTarget(raw);
        const tc: TargetCell = {
          target: t?.kind === 'single' && typeof raw === 'number' ? single(shownNumber(t.value, format(i, col))) : t,
          raw,
          cell,
        };
        target[Number(y)] = tc;
        if (tc.target?.kind === 'single') {
          figures.push({
            label: `Target ${y}`,
            cell,
            raw,
            value: tc.target.value,
            format: format(i, col),
            set: (v) => {
              tc.target = single(v);
            },
          });
        }
      } catch (e) {
        if (!isInputError(e)) throw e;
        ctx.findings.push(notANumber(ctx.sheet, cell, `Target ${y}`, raw));
        target[Number(y)] = { target: null, raw, cell };
      }
    }
    const realisasi: Record<number, NumberCell> = {};
    for (const [y, col] of Object.entries(map.realisasi)) {
      const nc = readNumber(ctx, row[col], r, col, `Realisasi ${y}`, { format: format(i, col) });
      realisasi[Number(y)] = nc;
      figures.push({
        label: `Realisasi ${y}`,
        cell: nc.cell,
        raw: nc.raw,
        value: nc.value,
        format: format(i, col),
        set: (v) => {
          nc.value = v;
        },
      });
    }
    const satuan = cellText(get(row, 'Satuan'));
    ctx.findings.push(...percentScaleFindings(ctx.sheet, nama, satuan, figures));
    const capaian: Record<number, CapaianCell> = {};
    for (const [y, col] of Object.entries(map.capaian)) {
      const formula = sheet.formulas?.[i]?.[col] ?? '';
      const raw = row[col];
      // `#DIV/0!` from a formula has a cause elsewhere (a target of 0): check-iku names it, not "isi angka".
      const sheetError = sheetErrorOf(raw);
      capaian[Number(y)] = {
        ...(sheetError
          ? { value: null, raw, cell: a1(r, col) }
          : readNumber(ctx, raw, r, col, `Capaian ${y}`, { format: format(i, col) })),
        formula: typeof formula === 'string' ? formula : '',
        ...(sheetError ? { sheetError } : {}),
      };
    }

    if (tahun > 0) {
      const t = target[tahun];
      if (t && t.target === null && isBlank(t.raw)) {
        ctx.findings.push(
          finding(
            'missing-value',
            ctx.sheet,
            t.cell,
            `Target ${tahun} untuk "${nama}" kosong; target tahun laporan wajib diisi.`,
          ),
        );
      }
    }

    const ind: Indikator = {
      row: r,
      no,
      noCell: c['No'] === undefined ? '' : a1(r, c['No']),
      tujuan,
      sasaran: sasaranNama,
      sasaranKey: current.key,
      indikator: nama,
      satuan,
      polaritas,
      formula: cellText(get(row, 'Formula')),
      analisis: cellText(get(row, 'Analisis')),
      solusi: cellText(get(row, 'Solusi')),
      standarNasional: cellText(get(row, 'Standar Nasional')),
      target,
      realisasi,
      capaian,
    };
    const twin = current.indikator.find((x) => normalizeName(x.indikator) === normalizeName(nama));
    if (twin) {
      // The same indicator twice under one sasaran: read once, never "X dan X" or counted twice.
      ctx.findings.push(duplicateIndikator(ctx.sheet, a1(r, c['Indikator Kinerja']), twin, ind));
      return;
    }
    indikator.push(ind);
    current.indikator.push(ind);
  });

  return { indikator, sasaran, years: allYears, targetYears: years(map.target), realisasiYears: years(map.realisasi) };
}
