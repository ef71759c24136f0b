import { ZERO } from '../decimal';
import { cellText, isEmptyRow, readMoney, readNumber, type SheetContext } from './cells';
import { a1 } from './a1';
import { finding } from './findings';
import { missingColumn, type HeaderMap } from './headers';
import type { CellValue } from '../numbers';
import type { Dpa, DpaLevel, DpaRow, RawSheet } from './model';
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

/** A code typed as a number (`7.01` stored as 7.01) still reads as its text. */
function kodeText(v: CellValue): string {
  return cellText(v).replace(/\s*\.\s*/g, '.');
}

const LEVEL_UP: Record<DpaLevel, DpaLevel | null> = { program: null, kegiatan: 'program', subkegiatan: 'kegiatan' };

/**
 * DPA rows in hierarchy order. The level comes from Kode when it has a known shape, else from
 * Level. The parent of a kegiatan is the nearest program above it, of a sub kegiatan the nearest
 * kegiatan above it within the same program (else that program); rows without a parent are the
 * top level (a kegiatan-level DPA). A row whose level cannot be told is reported and left out.
 */
export function readDpa(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Dpa {
  const c = map.columns;
  if (c['Kode'] === undefined && c['Level'] === undefined)
    ctx.findings.push(missingColumn(ctx.sheet, '"Kode" atau "Level"'));
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const rows: DpaRow[] = [];
  const programs: number[] = [];
  const last: Record<DpaLevel, number> = { program: -1, kegiatan: -1, subkegiatan: -1 };
  const withQuarters = REALISASI_TW_COLUMNS.some((name) => c[name] !== undefined);

  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    const kode = kodeText(get(row, 'Kode'));
    const levelText = cellText(get(row, 'Level'));
    const level = (kode ? levelFromKode(kode) : null) ?? (levelText ? levelFromText(levelText) : null);
    if (!level) {
      if (kode) {
        ctx.findings.push(
          finding(
            'bad-code',
            ctx.sheet,
            a1(r, c['Kode']),
            `Kode "${kode}" tidak berbentuk kode program (7.01.01), kegiatan (7.01.01.2.01) atau sub kegiatan (7.01.01.2.01.0001), dan kolom Level tidak menjelaskannya. Perbaiki kodenya atau isi Level.`,
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
    const uraian = cellText(get(row, 'Uraian'));
    if (!uraian && c['Uraian'] !== undefined) {
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
        : readNumber(ctx, row[c[name]], r, c[name], label);
    const money = (name: string, label: string) =>
      c[name] === undefined ? ZERO : readMoney(ctx, row[c[name]], r, c[name], label);

    // The nearest row above that can hold it: a sub kegiatan without its kegiatan hangs under the
    // program, so its budget is neither lost nor counted twice. A DPA extract that starts at
    // kegiatan level has no program: its kegiatan are the top-level rows.
    const up = LEVEL_UP[level];
    const parent = up === null ? -1 : last[up] >= 0 ? last[up] : up === 'kegiatan' ? last.program : -1;
    const index = rows.length;
    rows.push({
      row: r,
      kode,
      level,
      uraian,
      indikator: cellText(get(row, 'Indikator Kinerja')),
      pagu: money('Pagu', 'Pagu'),
      realisasi: money('Realisasi', 'Realisasi (Rp)'),
      paguCell: c['Pagu'] === undefined ? '' : a1(r, c['Pagu']),
      realisasiCell: c['Realisasi'] === undefined ? '' : a1(r, c['Realisasi']),
      targetKinerja: num('Target Kinerja', 'Target Kinerja'),
      realisasiKinerja: num('Realisasi Kinerja', 'Realisasi Kinerja'),
      satuan: cellText(get(row, 'Satuan')),
      // On the top rows: programs, or kegiatan in a DPA kept at kegiatan level.
      sasaran: parent === -1 ? cellText(get(row, 'Sasaran')) : '',
      jenisBelanja: cellText(get(row, 'Jenis Belanja')),
      paguMurni:
        c['Pagu Murni'] === undefined || cellText(row[c['Pagu Murni']]) === ''
          ? null
          : money('Pagu Murni', 'Pagu Murni'),
      ...(withQuarters ? { realisasiTw: REALISASI_TW_COLUMNS.map((name) => num(name, name)) } : {}),
      parent,
      children: [],
    });
    if (parent >= 0) rows[parent].children.push(index);
    last[level] = index;
    if (level === 'program') {
      programs.push(index);
      last.kegiatan = -1;
      last.subkegiatan = -1;
    } else if (level === 'kegiatan') {
      last.subkegiatan = -1;
    }
  });
  return { rows, programs };
}
