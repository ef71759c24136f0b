import { parsePolaritas, parseTarget, POLARITAS_ACCEPTED, type Polaritas } from '../capaian';
import { isInputError } from '../input-error';
import { describeValue, isBlank, type CellValue } from '../numbers';
import { a1 } from './a1';
import { cellText, isEmptyRow, notANumber, readNumber, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import { missingColumn } from './headers';
import type { CapaianCell, Iku, Indikator, NumberCell, RawSheet, Sasaran, TargetCell } from './model';

/** What a formula cell shows when it fails: `#DIV/0!`, `#ERROR!`, `#VALUE!`, `#REF!`, `#N/A`, `#NAME?`, `#NUM!`. */
const SHEET_ERROR = /^#(?:DIV\/0!|ERROR!|VALUE!|REF!|N\/A|NAME\?|NUM!|NULL!)$/i;

const years = (r: Record<number, number>) =>
  Object.keys(r)
    .map(Number)
    .sort((a, b) => a - b);

/**
 * IKU: one row per indicator. Tujuan and Sasaran Strategis left blank repeat the row above (the
 * merged-cell look of the printed table). A row without an indicator and without any figure only
 * sets Tujuan/Sasaran for the rows below.
 */
export function readIku(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, tahun: number): Iku {
  const c = map.columns;
  const allYears = [...new Set([...years(map.target), ...years(map.realisasi), ...years(map.capaian)])].sort(
    (a, b) => a - b,
  );
  if (tahun > 0) {
    if (map.target[tahun] === undefined)
      ctx.findings.push(missingColumn(ctx.sheet, `"Target ${tahun}" (tahun laporan)`));
    if (map.realisasi[tahun] === undefined)
      ctx.findings.push(missingColumn(ctx.sheet, `"Realisasi ${tahun}" (tahun laporan)`));
  }
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const figureCols = [...Object.values(map.target), ...Object.values(map.realisasi), ...Object.values(map.capaian)];

  const indikator: Indikator[] = [];
  const sasaran: Sasaran[] = [];
  let tujuan = '';
  let sasaranNama = '';
  let current: Sasaran | null = null;

  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    const typedTujuan = cellText(get(row, 'Tujuan'));
    const typedSasaran = cellText(get(row, 'Sasaran Strategis'));
    if (typedTujuan) tujuan = typedTujuan;
    if (typedSasaran && typedSasaran !== sasaranNama) {
      sasaranNama = typedSasaran;
      current = null;
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
      current = { key: no || String(sasaran.length + 1), tujuan, nama: sasaranNama, indikator: [] };
      sasaran.push(current);
    }

    let polaritas: Polaritas = 'positif';
    try {
      polaritas = parsePolaritas(get(row, 'Polaritas'));
    } catch (e) {
      if (!isInputError(e)) throw e;
      ctx.findings.push(
        finding(
          'bad-polaritas',
          ctx.sheet,
          a1(r, c['Polaritas']),
          `Polaritas ${describeValue(get(row, 'Polaritas'))} tidak dikenal, sehingga dibaca sebagai Positif. Gunakan ${POLARITAS_ACCEPTED}.`,
        ),
      );
    }

    const target: Record<number, TargetCell> = {};
    for (const [y, col] of Object.entries(map.target)) {
      const raw = row[col];
      const cell = a1(r, col);
      try {
        target[Number(y)] = { target: parseTarget(raw), raw, cell };
      } catch (e) {
        if (!isInputError(e)) throw e;
        ctx.findings.push(notANumber(ctx.sheet, cell, `Target ${y}`, raw));
        target[Number(y)] = { target: null, raw, cell };
      }
    }
    const realisasi: Record<number, NumberCell> = {};
    for (const [y, col] of Object.entries(map.realisasi)) {
      realisasi[Number(y)] = readNumber(ctx, row[col], r, col, `Realisasi ${y}`);
    }
    const capaian: Record<number, CapaianCell> = {};
    for (const [y, col] of Object.entries(map.capaian)) {
      const formula = sheet.formulas?.[i]?.[col] ?? '';
      const raw = row[col];
      // `#DIV/0!` from a formula has a cause elsewhere (a target of 0): check-iku names it, not "isi angka".
      const sheetError = typeof raw === 'string' && SHEET_ERROR.test(raw.trim()) ? raw.trim() : '';
      capaian[Number(y)] = {
        ...(sheetError ? { value: null, raw, cell: a1(r, col) } : readNumber(ctx, raw, r, col, `Capaian ${y}`)),
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
      const re = realisasi[tahun];
      if (re && re.value === null && isBlank(re.raw)) {
        ctx.findings.push(
          finding(
            'missing-value',
            ctx.sheet,
            re.cell,
            `Realisasi ${tahun} untuk "${nama}" kosong; realisasi tahun laporan wajib diisi.`,
          ),
        );
      }
    }

    const ind: Indikator = {
      row: r,
      no,
      tujuan,
      sasaran: sasaranNama,
      sasaranKey: current.key,
      indikator: nama,
      satuan: cellText(get(row, 'Satuan')),
      polaritas,
      formula: cellText(get(row, 'Formula')),
      analisis: cellText(get(row, 'Analisis')),
      solusi: cellText(get(row, 'Solusi')),
      standarNasional: cellText(get(row, 'Standar Nasional')),
      target,
      realisasi,
      capaian,
    };
    indikator.push(ind);
    current.indikator.push(ind);
  });

  return { indikator, sasaran, years: allYears, targetYears: years(map.target), realisasiYears: years(map.realisasi) };
}
