import type { CellValue } from '../numbers';
import { visibleText } from '../visible-text';
import { a1 as cellA1 } from './a1';
import { cellText } from './cells';
import { finding } from './findings';
import type { Finding, HeaderNote } from './model';
import { normalizeName, type ColumnSpec, type SheetSpec } from './spec';

/** Where each known column of a sheet is, by 0-based index. */
export interface HeaderMap {
  /** Canonical column name (ColumnSpec.name) → column index. Answer columns are in `unsur`. */
  columns: Record<string, number>;
  /** `Target 2023` → target[2023]; AKIP's bare `2023` → bare[2023]. */
  target: Record<number, number>;
  realisasi: Record<number, number>;
  capaian: Record<number, number>;
  bare: Record<number, number>;
  /** AKIP's `Bobot 2020` → bobot[2020]: the weights that year was scored under. */
  bobot: Record<number, number>;
  /** IKM: column index of U1..U9 (index 0 = U1), -1 when absent. */
  unsur: number[];
  /** The header as typed, by canonical column name (`Pagu` → `Pagu (Rp 000)`). */
  headers?: Record<string, string>;
  /** 1-based sheet row of the header (below a title row or two). */
  headerRow?: number;
}

export interface HeaderResult {
  map: HeaderMap;
  findings: Finding[];
  notes: HeaderNote[];
}

type YearKind = 'target' | 'realisasi' | 'capaian' | 'bobot' | 'bare';
const YEAR_LABEL: Record<YearKind, string> = {
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
  bobot: 'Bobot',
  bare: '',
};

/** The header as typed, with spaces tidied and a trailing unit dropped: compared with the canonical name for notes. */
function tidy(s: string): string {
  return visibleText(s)
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

function matchYear(n: string, spec: SheetSpec): { kind: YearKind; year: number } | null {
  const kinds = spec.yearColumns ?? [];
  let m = /^(target|realisasi|capaian|bobot)\s*(?:tahun\s*)?(\d{4})$/.exec(n);
  if (m) {
    const label = (m[1][0].toUpperCase() + m[1].slice(1)) as 'Target' | 'Realisasi' | 'Capaian' | 'Bobot';
    return kinds.includes(label) ? { kind: m[1] as YearKind, year: Number(m[2]) } : null;
  }
  // AKIP: `2023`, `Tahun 2023`, `Nilai 2023`, `Skor 2023` (as the LHE headers its columns).
  m = /^(?:(?:tahun|nilai|skor|nilai tahun|skor tahun)\s*)?(\d{4})$/.exec(n);
  if (m && kinds.includes('bare')) return { kind: 'bare', year: Number(m[1]) };
  return null;
}

/** IKM answer columns by their prefix: `U1 Persyaratan`, `U1`, `u 1.` (never by position). */
function matchUnsur(n: string): number | null {
  const m = /^u\s*([1-9])(?![0-9])/.exec(n);
  return m ? Number(m[1]) - 1 : null;
}

function matchColumn(n: string, columns: readonly ColumnSpec[]): { col: ColumnSpec; viaSynonym: boolean } | null {
  for (const col of columns) {
    if (col.kind === 'answer') continue;
    if (normalizeName(col.name) === n) return { col, viaSynonym: false };
  }
  for (const col of columns) {
    if (col.kind === 'answer') continue;
    if ((col.synonyms ?? []).some((s) => normalizeName(s) === n)) return { col, viaSynonym: true };
  }
  return null;
}

/** `"Sasaran Strategis" atau "Sasaran"`. */
function acceptedNames(col: ColumnSpec): string {
  return [col.name, ...(col.synonyms ?? [])].map((s) => `"${s}"`).join(' atau ');
}

/**
 * Match row 1 of a sheet against its SheetSpec (docs/layout.md#how-names-are-matched). Unknown headers are
 * ignored; a header understood through a synonym or a loose spelling gives a HeaderNote; two
 * headers for one column give duplicate-column; a missing required named column gives
 * missing-column (year columns and Kode/Level are checked by the sheet's reader, which knows the
 * reporting year).
 */
export function matchHeaders(
  sheet: string,
  header: readonly CellValue[],
  spec: SheetSpec,
  headerRow = 1,
): HeaderResult {
  const map: HeaderMap = {
    columns: {},
    target: {},
    realisasi: {},
    capaian: {},
    bare: {},
    bobot: {},
    unsur: new Array(9).fill(-1),
    headers: {},
    headerRow,
  };
  const a1 = (_row: number, col: number) => cellA1(headerRow, col);
  const findings: Finding[] = [];
  const notes: HeaderNote[] = [];
  const firstLabel: Record<string, string> = {};
  const hasAnswers = spec.columns.some((c) => c.kind === 'answer');

  const claim = (key: string, label: string, col: number, set: () => void): void => {
    if (key in firstLabel) {
      findings.push(
        finding(
          'duplicate-column',
          sheet,
          a1(1, col),
          `Kolom "${label}" muncul dua kali (${firstLabel[key]} dan ${a1(1, col)}). Hapus salah satunya atau ganti judulnya agar jelas kolom mana yang dipakai.`,
        ),
      );
      return;
    }
    firstLabel[key] = a1(1, col);
    set();
  };

  header.forEach((raw, col) => {
    const typed = cellText(raw);
    const n = normalizeName(typed);
    if (n === '') return;
    const year = matchYear(n, spec);
    if (year) {
      const canonical = `${YEAR_LABEL[year.kind]} ${year.year}`.trim();
      claim(`${year.kind}:${year.year}`, canonical, col, () => {
        map[year.kind][year.year] = col;
        if (tidy(typed) !== canonical) notes.push({ sheet, cell: a1(1, col), found: typed, understoodAs: canonical });
      });
      return;
    }
    if (hasAnswers) {
      const u = matchUnsur(n);
      if (u !== null) {
        claim(`u${u}`, `U${u + 1}`, col, () => {
          map.unsur[u] = col;
        });
        return;
      }
    }
    const hit = matchColumn(n, spec.columns);
    if (!hit) return;
    claim(hit.col.name, hit.col.name, col, () => {
      map.columns[hit.col.name] = col;
      (map.headers as Record<string, string>)[hit.col.name] = typed;
      if (hit.viaSynonym || tidy(typed) !== tidy(hit.col.name)) {
        notes.push({ sheet, cell: a1(1, col), found: typed, understoodAs: hit.col.name });
      }
    });
  });

  for (const col of spec.columns) {
    if (!col.required || col.kind === 'answer' || col.name in map.columns) continue;
    findings.push(missingColumn(sheet, acceptedNames(col), headerRow));
  }
  if (hasAnswers) {
    const missing = map.unsur.map((c, i) => (c < 0 ? `U${i + 1}` : '')).filter(Boolean);
    if (missing.length > 0) {
      findings.push(
        finding(
          'missing-column',
          sheet,
          '',
          `Kolom jawaban ${missing.join(', ')} tidak ditemukan di baris ${headerRow}. Judul kolom jawaban harus diawali U1 sampai U9 (mis. "U1 Persyaratan"); tambahkan atau perbaiki judulnya.`,
        ),
      );
    }
  }
  return { map, findings, notes };
}

export function missingColumn(sheet: string, accepted: string, headerRow = 1): Finding {
  return finding(
    'missing-column',
    sheet,
    '',
    `Kolom ${accepted} tidak ditemukan di baris judul (baris ${headerRow}). Tambahkan kolom dengan judul tersebut, atau perbaiki judul kolom yang ada.`,
  );
}

/** How many cells of a row are headers of the sheet (a column, a synonym, a year column, an unsur). */
export function headerScore(row: readonly CellValue[], spec: SheetSpec): number {
  const hasAnswers = spec.columns.some((c) => c.kind === 'answer');
  let score = 0;
  for (const raw of row) {
    const n = normalizeName(cellText(raw));
    if (n === '') continue;
    if (matchYear(n, spec) || (hasAnswers && matchUnsur(n) !== null) || matchColumn(n, spec.columns)) score++;
  }
  return score;
}
