import { parseA1 } from '../layout/a1';
import type { Finding, Severity } from '../layout/model';

/**
 * Findings as cell notes, for supervisors who open the shared sheet without the sidebar. Every
 * line the add-on writes starts with MARK, so its part can be replaced or removed while a note
 * the user wrote on the same cell is kept exactly as it was.
 */
const MARK = '[LKjIP]';

const LABEL: Record<Severity, string> = { error: 'Kesalahan', warning: 'Peringatan' };

/** One note line: `[LKjIP] Peringatan: Capaian 2022 tertulis ...` (a message never spans lines). */
export function markLine(f: Finding): string {
  return `${MARK} ${LABEL[f.severity]}: ${f.message.replace(/\s*\n\s*/g, ' ')}`;
}

const isMarkLine = (line: string) => line.startsWith(MARK);

/** The user's part of a note: every line not written by the add-on, exactly as it was. */
export function stripMarks(note: string): string {
  if (!note.includes(MARK)) return note;
  const lines = note.split('\n');
  const kept = lines.filter((l) => !isMarkLine(l));
  return kept.length === lines.length ? note : kept.join('\n');
}

function hasMarks(note: string): boolean {
  return note.split('\n').some(isMarkLine);
}

/** The user's part, then the add-on's lines on new lines after it (the old add-on lines replaced). */
export function mergeMarks(note: string, lines: readonly string[]): string {
  const user = stripMarks(note);
  if (lines.length === 0) return user;
  return user === '' ? lines.join('\n') : `${user}\n${lines.join('\n')}`;
}

/**
 * New notes for a sheet's data range (as Range.getNotes() returns them): each finding on its
 * cell, a whole-sheet finding (cell "") on A1; cells outside the grid are left out. Returns the
 * notes, whether anything changed, and how many cells got the add-on's note (several findings on
 * one cell are one note, as Hapus tanda counts them).
 */
export function markSheetNotes(
  notes: readonly string[][],
  findings: readonly Finding[],
): { notes: string[][]; changed: boolean; placed: number } {
  const byCell = new Map<string, string[]>();
  for (const f of findings) {
    const pos = parseA1(f.cell || 'A1');
    if (!pos || pos.row > notes.length || pos.col >= (notes[pos.row - 1]?.length ?? 0)) continue;
    const key = `${pos.row - 1},${pos.col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), markLine(f)]);
  }
  let changed = false;
  const out = notes.map((row, r) =>
    row.map((note, c) => {
      const old = note ?? '';
      const next = mergeMarks(old, byCell.get(`${r},${c}`) ?? []);
      if (next !== old) changed = true;
      return next;
    }),
  );
  return { notes: out, changed, placed: byCell.size };
}

/** The notes with the add-on's lines removed, and how many cells had them. */
export function clearSheetNotes(notes: readonly string[][]): { notes: string[][]; removed: number } {
  let removed = 0;
  const out = notes.map((row) =>
    row.map((note) => {
      const old = note ?? '';
      if (!hasMarks(old)) return old;
      removed++;
      return stripMarks(old);
    }),
  );
  return { notes: out, removed };
}
