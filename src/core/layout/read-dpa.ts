import { decimalOf, toAmount } from '../amount';
import { ZERO } from '../decimal';
import { formatCount, isBlank, type CellValue } from '../numbers';
import { shorten } from '../shorten';
import { cellText, isEmptyCell, readMoney, readNumber, type SheetContext } from './cells';
import { a1, rowsText } from './a1';
import { finding } from './findings';
import { missingColumn, type HeaderMap } from './headers';
import type { Dpa, DpaLevel, DpaRow, DpaTotalRow, HeaderNote, NumberCell, RawSheet } from './model';
import { type Figure, percentScaleFindings } from './percent-scale';
import { normalizeName, REALISASI_TW_COLUMNS } from './spec';

/**
 * Level from the nomenclature code's number of segments (Permendagri 90/2019, Kepmendagri
 * 050-5889/2021): program `7.01.01` (3), kegiatan `7.01.01.2.01` (5), sub kegiatan
 * `7.01.01.2.01.0001` (6). Other counts say nothing about the level.
 */
function levelFromKode(kode: string): DpaLevel | null {
  const parts = kode.split('.').map((s) => s.trim());
  if (parts.some((p) => p === '')) return null;
  return parts.length === 3 ? 'program' : parts.length === 5 ? 'kegiatan' : parts.length === 6 ? 'subkegiatan' : null;
}

/** `Program`, `Kegiatan`, `Sub Kegiatan` / `Subkegiatan` / `Sub-Kegiatan`, any case. */
function levelFromText(text: string): DpaLevel | null {
  const n = normalizeName(text).replace(/[\s_-]+/g, '');
  if (n === 'program') return 'program';
  if (n === 'kegiatan') return 'kegiatan';
  if (n === 'subkegiatan' || n === 'subkeg') return 'subkegiatan';
  return null;
}

/** A code typed as a number (`7.01` stored as 7.01) still reads as its text; spaces around its dots go. */
function kodeText(v: CellValue): string {
  const text = cellText(v);
  // Tested first: a replace that matches every dot would copy each of 20.000 codes unchanged.
  return /\s\.|\.\s/.test(text) ? text.replace(/\s*\.\s*/g, '.') : text;
}

const LEVEL_UP: Record<DpaLevel, DpaLevel | null> = { program: null, kegiatan: 'program', subkegiatan: 'kegiatan' };

/**
 * A printed total row (docs/layout.md#dpa): `JUMLAH`, `TOTAL`, `Jumlah Total`, `Total Belanja`,
 * `Grand Total`… in Uraian (or Kode/Level), whatever its Kode or Level say. Never a program.
 */
const TOTAL_LABEL =
  /^(?:jumlah|total|grand total|sub ?total)(?: (?:total|keseluruhan|seluruhnya|semua|belanja|anggaran|pagu|program|dpa))*$/;

function isDpaTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(normalizeName(text.replace(/[:.]+\s*$/, '')));
}

/**
 * SIPD extracts open with the rows above the programs: urusan `7`, bidang urusan `7.01`, and the
 * SKPD/unit `7.01.0.00.0.00.17.0000` (Permendagri 90/2019 numbering of the organisation). They
 * hold no program of their own; read as such, never as a bad code (docs/layout.md#dpa). Told by a
 * Level word (`Urusan`, `Bidang Urusan`, `SKPD`, `Unit`) anywhere, or — with no Level — by the
 * code's shape above the first budget row only, so a program whose code lost a segment further
 * down is still a bad code to fix, never budget silently dropped.
 */
function isAboveProgram(kode: string, levelText: string, beforeBudget: boolean): boolean {
  const level = normalizeName(levelText).replace(/[\s_-]+/g, '');
  if (/^(?:urusan|bidang|bidangurusan|skpd|opd|unit|subunit|unitorganisasi|organisasi|perangkatdaerah)$/.test(level)) {
    return true;
  }
  if (!beforeBudget || level !== '') return false;
  const parts = kode.split('.');
  if (parts.some((p) => !/^(?:\d+|x+)$/i.test(p))) return false;
  return parts.length <= 2 || parts.length >= 7;
}

/**
 * A money header in thousands or millions (`Pagu (Rp 000)`, `Realisasi (ribuan)`, `Pagu (Rp juta)`,
 * `(Rp 000.000)`): every amount under it is multiplied back to rupiah.
 */
function moneyScale(header: string): { scale: number; words: string } | null {
  const h = header.toLowerCase().replace(/\s+/g, ' ');
  if (/miliar|milyar/.test(h)) return { scale: 1e9, words: 'miliar rupiah' };
  if (/juta|\bjt\b|000[.,]000/.test(h)) return { scale: 1e6, words: 'juta rupiah' };
  if (/ribu|\brb\b|\(\s*(?:rp\.?\s*)?(?:x\s*)?(?:1[.,])?000\s*\)|\brp\.? ?000\b|x ?1[.,]?000\b/.test(h)) {
    return { scale: 1e3, words: 'ribuan rupiah' };
  }
  return null;
}

/**
 * DPA rows in hierarchy order. The level comes from Kode when it has a known shape, else from
 * Level. The parent of a kegiatan is the nearest program above it, of a sub kegiatan the nearest
 * kegiatan above it within the same program (else that program); rows without a parent are the
 * top level (a kegiatan-level DPA). A row whose level cannot be told is reported and left out.
 * Not read as budget rows: rows with content only in columns the layout does not read (a `No`
 * numbered down, a `Serapan` formula dragged down), printed total rows (kept in `totals` for
 * check-dpa) and SIPD urusan/bidang/SKPD rows (one note).
 */
export function readDpa(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, notes: HeaderNote[] = []): Dpa {
  const c = map.columns;
  if (c['Kode'] === undefined && c['Level'] === undefined)
    ctx.findings.push(missingColumn(ctx.sheet, '"Kode" atau "Level"', map.headerRow));
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const readCols = Object.values(c);
  const rows: DpaRow[] = [];
  const programs: number[] = [];
  const totals: DpaTotalRow[] = [];
  const skipped: { row: number; kode: string; level: string }[] = [];
  const last: Record<DpaLevel, number> = { program: -1, kegiatan: -1, subkegiatan: -1 };
  const scales: Record<string, number> = {};
  for (const name of ['Pagu', 'Realisasi', 'Pagu Murni', ...REALISASI_TW_COLUMNS]) {
    const typed = map.headers?.[name];
    const found = typed ? moneyScale(typed) : null;
    if (!found || c[name] === undefined) continue;
    scales[name] = found.scale;
    notes.push({
      sheet: ctx.sheet,
      cell: a1(map.headerRow ?? 1, c[name]),
      found: typed as string,
      understoodAs: `${name} dalam ${found.words}: setiap angka dikalikan ${formatCount(found.scale)} (1.250 dibaca Rp ${formatCount(1250 * found.scale)})`,
    });
  }
  const format = (i: number, col: number): string | undefined =>
    sheet.numberFormats ? (sheet.numberFormats[i]?.[col] ?? '') : undefined;
  const withQuarters = REALISASI_TW_COLUMNS.some((name) => c[name] !== undefined);

  sheet.values.forEach((row, i) => {
    if (i === 0 || readCols.every((col) => isEmptyCell(row[col]))) return;
    const r = i + 1;
    const kode = kodeText(get(row, 'Kode'));
    const levelText = cellText(get(row, 'Level'));
    const uraianText = cellText(get(row, 'Uraian'));
    const money = (name: string, label: string) =>
      c[name] === undefined ? ZERO : readMoney(ctx, row[c[name]], r, c[name], label, scales[name]);
    if ([uraianText, kode, levelText].some((t) => t !== '' && isDpaTotalLabel(t))) {
      totals.push({
        row: r,
        label: [uraianText, kode, levelText].find((t) => t !== '' && isDpaTotalLabel(t)) as string,
        pagu: money('Pagu', 'Pagu'),
        realisasi: money('Realisasi', 'Realisasi (Rp)'),
        paguCell: c['Pagu'] === undefined ? '' : a1(r, c['Pagu']),
        realisasiCell: c['Realisasi'] === undefined ? '' : a1(r, c['Realisasi']),
        programsAbove: rows.filter((x) => x.parent === -1).length,
      });
      return;
    }
    if ((kode || levelText) && isAboveProgram(kode, levelText, rows.length === 0)) {
      skipped.push({ row: r, kode, level: levelText });
      return;
    }
    const level = (kode ? levelFromKode(kode) : null) ?? (levelText ? levelFromText(levelText) : null);
    if (!level) {
      if (kode) {
        ctx.findings.push(
          finding(
            'bad-code',
            ctx.sheet,
            a1(r, c['Kode']),
            isAboveProgram(kode, '', true)
              ? `Kode "${kode}" adalah kode urusan, bidang urusan atau perangkat daerah dari SIPD, bukan program, kegiatan atau sub kegiatan; di tengah daftar program baris ini tidak dapat dipastikan. Pindahkan baris ini ke atas program pertama atau hapus; bila ini program, perbaiki kodenya (mis. 7.01.01).`
              : `Kode "${kode}" tidak berbentuk kode program (7.01.01), kegiatan (7.01.01.2.01) atau sub kegiatan (7.01.01.2.01.0001), dan kolom Level tidak menjelaskannya. Perbaiki kodenya atau isi Level.`,
          ),
        );
      } else {
        const cell = c['Level'] !== undefined ? a1(r, c['Level']) : c['Kode'] !== undefined ? a1(r, c['Kode']) : '';
        const found = levelText ? `Level "${levelText}" tidak dikenal` : 'Kode dan Level kosong';
        ctx.findings.push(
          finding(
            'missing-value',
            ctx.sheet,
            cell,
            `${found} di baris ${r}; isi Kode, atau Level dengan Program, Kegiatan atau Sub Kegiatan.`,
          ),
        );
      }
      return;
    }
    if (!uraianText && c['Uraian'] !== undefined) {
      ctx.findings.push(
        finding(
          'missing-value',
          ctx.sheet,
          a1(r, c['Uraian']),
          `Uraian di baris ${r} kosong; isi nama program/kegiatan/sub kegiatan.`,
        ),
      );
    }
    const num = (name: string, label: string) =>
      c[name] === undefined
        ? { value: null, raw: undefined, cell: '' }
        : readNumber(ctx, row[c[name]], r, c[name], label, { format: format(i, c[name]) });
    // A quarter's rupiah, blank kept blank (not reported yet), read to the cent and scaled like Realisasi.
    const moneyCell = (name: string, label: string): NumberCell => {
      if (c[name] === undefined) return { value: null, raw: undefined, cell: '' };
      const raw = row[c[name]];
      const value = isBlank(raw) ? null : readMoney(ctx, raw, r, c[name], label, scales[name]);
      return { value, raw, cell: a1(r, c[name]) };
    };

    // The nearest row above that can hold it: a sub kegiatan without its kegiatan hangs under the
    // program, so its budget is neither lost nor counted twice. A DPA extract that starts at
    // kegiatan level has no program: its kegiatan are the top-level rows.
    const up = LEVEL_UP[level];
    const parent = up === null ? -1 : last[up] >= 0 ? last[up] : up === 'kegiatan' ? last.program : -1;
    const index = rows.length;
    const targetKinerja = num('Target Kinerja', 'Target Kinerja');
    const realisasiKinerja = num('Realisasi Kinerja', 'Realisasi Kinerja');
    const satuan = cellText(get(row, 'Satuan'));
    ctx.findings.push(
      ...percentScaleFindings(ctx.sheet, shorten(uraianText, 60), satuan, [
        figureOf('Target Kinerja', targetKinerja, format(i, c['Target Kinerja'])),
        figureOf('Realisasi Kinerja', realisasiKinerja, format(i, c['Realisasi Kinerja'])),
      ]),
    );
    const dpaRow: DpaRow = {
      row: r,
      kode,
      level,
      uraian: uraianText,
      indikator: cellText(get(row, 'Indikator Kinerja')),
      pagu: toAmount(money('Pagu', 'Pagu')),
      realisasi: toAmount(money('Realisasi', 'Realisasi (Rp)')),
      targetKinerja: targetKinerja.value === null ? null : toAmount(targetKinerja.value),
      realisasiKinerja: realisasiKinerja.value === null ? null : toAmount(realisasiKinerja.value),
      satuan,
      // On the top rows: programs, or kegiatan in a DPA kept at kegiatan level.
      sasaran: parent === -1 ? cellText(get(row, 'Sasaran')) : '',
      parent,
      children: NO_CHILDREN,
    };
    // Only where filled: most DPAs have neither column, and a field is 8 bytes on each of 20.000 rows.
    const jenisBelanja = cellText(get(row, 'Jenis Belanja'));
    if (jenisBelanja !== '') dpaRow.jenisBelanja = jenisBelanja;
    if (c['Pagu Murni'] !== undefined && cellText(row[c['Pagu Murni']]) !== '')
      dpaRow.paguMurni = toAmount(money('Pagu Murni', 'Pagu Murni'));
    if (withQuarters) dpaRow.realisasiTw = REALISASI_TW_COLUMNS.map((name) => moneyCell(name, name));
    rows.push(dpaRow);
    if (parent >= 0) {
      const above = rows[parent];
      if (above.children === NO_CHILDREN) above.children = [index];
      else (above.children as number[]).push(index);
    }
    last[level] = index;
    if (level === 'program') {
      programs.push(index);
      last.kegiatan = -1;
      last.subkegiatan = -1;
    } else if (level === 'kegiatan') {
      last.subkegiatan = -1;
    }
  });
  fillPaguMurni(rows);
  if (skipped.length > 0) {
    notes.push({
      sheet: ctx.sheet,
      cell: rowsRange(
        skipped.map((k) => k.row),
        c['Kode'] ?? c['Level'] ?? 0,
      ),
      found: `${rowsText(skipped.map((k) => k.row))} (${skipped.map((k) => k.kode || k.level).join('; ')})`,
      understoodAs: 'urusan, bidang urusan atau perangkat daerah dari SIPD, bukan program; tidak dihitung',
      rows: true,
    });
  }
  return { rows, programs, totals };
}

function figureOf(label: string, nc: NumberCell, format: string | undefined): Figure {
  return {
    label,
    cell: nc.cell,
    raw: nc.raw,
    value: nc.value,
    format,
    set: (v) => {
      nc.value = v;
    },
  };
}

/** `A2:A4` for rows 2–4, `A2` for one row. */
function rowsRange(rows: number[], col: number): string {
  const first = a1(rows[0], col);
  return rows.length === 1 ? first : `${first}:${a1(rows[rows.length - 1], col)}`;
}

/**
 * `Pagu Murni` filled only where the pagu changed (docs/layout.md#dpa): once any row has one, a
 * blank on a row without children means unchanged (murni = pagu), and a blank parent is the sum
 * of its children's murni. Children come after their parent, so one pass from the bottom does it.
 */
function fillPaguMurni(rows: DpaRow[]): void {
  if (!rows.some((r) => r.paguMurni != null)) return;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.paguMurni != null) continue;
    r.paguMurni =
      r.children.length === 0
        ? r.pagu
        : toAmount(r.children.reduce((s, k) => s.plus(decimalOf(rows[k].paguMurni ?? rows[k].pagu)), ZERO));
  }
}

/** The `children` of every row without any: one frozen array, not an empty one per sub kegiatan. */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

/** The A1 address of a DPA row's cell in a column (`Pagu`, `Target Kinerja`); "" when the DPA has no such column. */
export function dpaCell(dpa: Dpa, r: DpaRow, column: string): string {
  const col = dpa.columns?.[column];
  return col === undefined ? '' : a1(r.row, col);
}
