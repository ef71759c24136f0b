/**
 * The fill requests of one table: each cell's text (one insertText per non-empty cell, the only
 * per-cell request), then the table's look over ranges — one paragraph and one text style for the
 * whole table, one request per run of cells aligned alike, per run of bold rows and of rows kept
 * with the next, one width request per distinct width, and the merges. The look is asked after
 * every text of the document is in, so its ranges are counted after the inserts (`at`).
 */
import type { StructuralElement } from './docs-schema';
import type { PageSetup } from './page-setup';
import type { PlanSignatures, PlanTable } from './plan';

/** One Docs API request (the @types package predates several request kinds used here). */
export type DocsRequest = Record<string, unknown>;

/** A cell's text, inserted at the start of its (empty) cell. */
export interface Insert {
  at: number;
  text: string;
}

/** An index of the Doc before the inserts, as it is once they are all in. */
export type Shift = (index: number) => number;

/** i ↦ i + the length of every insert before i (one at i itself starts there: the text it inserts is in the range). */
export function shiftAfter(inserts: readonly Insert[]): Shift {
  const sorted = [...inserts].sort((a, b) => a.at - b.at);
  const before: number[] = [0];
  for (const i of sorted) before.push(before[before.length - 1] + i.text.length);
  return (index) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].at < index) lo = mid + 1;
      else hi = mid;
    }
    return index + before[lo];
  };
}

function contentStart(cell: { startIndex?: number; content?: StructuralElement[] }): number {
  return cell.content?.[0]?.startIndex ?? (cell.startIndex ?? 0) + 1;
}

/** The text of each non-empty cell (a signature block's lines joined by newlines: a paragraph each). */
export function cellInserts(t: PlanTable | PlanSignatures, node: StructuralElement): Insert[] {
  const out: Insert[] = [];
  (node.table?.tableRows ?? []).forEach((row, ri) => {
    (row.tableCells ?? []).forEach((cell, ci) => {
      const text =
        t.kind === 'table'
          ? (t.cells[ri]?.[ci] ?? '')
          : ri === 0
            ? (t.columns[ci] ?? []).map((l) => l.text).join('\n')
            : '';
      if (text !== '') out.push({ at: contentStart(cell), text });
    });
  });
  return out;
}

export const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
export const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
/**
 * Cell padding of the report's tables, tighter than Docs' default 5 pt on every side: 2 pt above
 * and below, 3 pt left and right (column-widths.ts counts on the 3 pt), so a 9 pt row is no taller
 * than its lines need and the names get the width.
 */
const CELL_PADDING = {
  paddingTop: pt(2),
  paddingBottom: pt(2),
  paddingLeft: pt(3),
  paddingRight: pt(3),
};
/** Header row shading: light grey (#D9D9D9), as printed LKjIP tables use. */
const HEADER_SHADING = { red: 217 / 255, green: 217 / 255, blue: 217 / 255 };

/**
 * Fixed column widths: one request per distinct width, naming every column that has it. With
 * `flexible`, that column is left as insertTable made it, EVENLY_DISTRIBUTED: it takes the text
 * width the fixed columns leave, which is its planned width (the widths are fitted to the text
 * width) — one request fewer per table.
 */
function columnWidthRequests(
  tableStartLocation: { index: number },
  widths: readonly number[],
  flexible = -1,
): DocsRequest[] {
  const byWidth = new Map<number, number[]>();
  widths.forEach((w, ci) => {
    if (ci === flexible) return;
    const cols = byWidth.get(w);
    if (cols) cols.push(ci);
    else byWidth.set(w, [ci]);
  });
  return [...byWidth].map(([w, columnIndices]) => ({
    updateTableColumnProperties: {
      tableStartLocation,
      columnIndices,
      tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
      fields: 'widthType,width',
    },
  }));
}

/** Where each cell's content starts and ends once every text is in. */
interface CellSpan {
  start: number;
  end: number;
}

function cellSpans(node: StructuralElement, at: Shift): CellSpan[][] {
  return (node.table?.tableRows ?? []).map((row) =>
    (row.tableCells ?? []).map((cell) => {
      const start = contentStart(cell);
      return { start: at(start), end: at(cell.endIndex ?? start + 1) };
    }),
  );
}

/** Cells (row, column) in reading order, grouped into runs of consecutive cells: one range each. */
function runs(cells: [number, number][], columns: number): [number, number][][] {
  const out: [number, number][][] = [];
  let last = -2;
  for (const rc of cells) {
    const ordinal = rc[0] * columns + rc[1];
    if (ordinal === last + 1) out[out.length - 1].push(rc);
    else out.push([rc]);
    last = ordinal;
  }
  return out;
}

/**
 * A style over the table's cells (alignment, bold) in the fewest requests: the value given to the
 * whole table, then one request per run of consecutive cells (reading order, so a run may go on
 * into the next row) of another value. The whole table's value is the one that leaves fewest runs.
 */
function leastRuns<V>(
  cells: [number, number][],
  value: (rc: [number, number]) => V,
  columns: number,
): { base: V; runs: { value: V; cells: [number, number][] }[] } {
  let best: { base: V; runs: { value: V; cells: [number, number][] }[] } | null = null;
  for (const base of new Set(cells.map(value))) {
    const out: { value: V; cells: [number, number][] }[] = [];
    let last = -2;
    for (const rc of cells) {
      const v = value(rc);
      if (v === base) continue;
      const ordinal = rc[0] * columns + rc[1];
      const run = out[out.length - 1];
      if (run && ordinal === last + 1 && run.value === v) run.cells.push(rc);
      else out.push({ value: v, cells: [rc] });
      last = ordinal;
    }
    if (!best || out.length < best.runs.length) best = { base, runs: out };
  }
  return best ?? { base: value(cells[0]), runs: [] };
}

export function tableRequests(t: PlanTable, node: StructuralElement, setup: PageSetup, at: Shift): DocsRequest[] {
  const tableStartLocation = { index: at(node.startIndex ?? 0) };
  const spans = cellSpans(node, at);
  const rows = spans.length;
  const cols = t.widths.length;
  if (rows === 0) return [];
  const range = (run: [number, number][]) => ({
    startIndex: spans[run[0][0]][run[0][1]].start,
    endIndex: spans[run[run.length - 1][0]][run[run.length - 1][1]].end,
  });
  const all: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < spans[r].length; c++) all.push([r, c]);
  const whole = range(all);
  // The header centred, numeric columns right-aligned; the header and the totals bold.
  const aligned = leastRuns(all, ([r, c]) => (r === 0 ? 'CENTER' : (t.align[c] ?? 'START')), cols);
  const bold = leastRuns(all, ([r]) => t.boldRows.has(r), cols);
  // A short table is kept on one page, and with what follows it (its note): every paragraph of it
  // kept with the next.
  const paragraphs: DocsRequest[] = [
    {
      updateParagraphStyle: {
        range: whole,
        paragraphStyle: {
          namedStyleType: 'NORMAL_TEXT',
          alignment: aligned.base,
          lineSpacing: 100,
          spaceAbove: pt(0),
          spaceBelow: pt(0),
          keepWithNext: t.whole,
        },
        fields: 'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow,keepWithNext',
      },
    },
  ];
  for (const run of aligned.runs) {
    paragraphs.push({
      updateParagraphStyle: { range: range(run.cells), paragraphStyle: { alignment: run.value }, fields: 'alignment' },
    });
  }
  // Up to and including each cell's closing newline (it sets the height of an empty cell); the
  // font is the body's, given to the whole section.
  const texts: DocsRequest[] = [
    {
      updateTextStyle: {
        range: whole,
        textStyle: { fontSize: pt(setup.tableFontSize), bold: bold.base },
        fields: 'fontSize,bold',
      },
    },
  ];
  for (const run of bold.runs) {
    texts.push({ updateTextStyle: { range: range(run.cells), textStyle: { bold: run.value }, fields: 'bold' } });
  }
  const rowCells = (rowSet: (r: number) => boolean) => all.filter(([r]) => rowSet(r));
  const keep = new Set(t.keepRows);
  for (const run of runs(
    rowCells((r) => keep.has(r)),
    cols,
  )) {
    paragraphs.push({
      updateParagraphStyle: { range: range(run), paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' },
    });
  }
  const widest = t.widths.indexOf(Math.max(...t.widths));
  const requests = paragraphs.concat(texts, columnWidthRequests(tableStartLocation, t.widths, widest));
  // A table that may run over a page repeats its header row there.
  if (!t.whole) requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } });
  requests.push(
    // Every row (no rowIndices) kept whole on one page: a long DPA row or a short table is never cut mid-row.
    {
      updateTableRowStyle: {
        tableStartLocation,
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    },
    {
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: CELL_PADDING,
        fields: Object.keys(CELL_PADDING).join(','),
      },
    },
    {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: cols,
        },
        tableCellStyle: { backgroundColor: { color: { rgbColor: HEADER_SHADING } } },
        fields: 'backgroundColor',
      },
    },
  );
  // Last: a merge moves no text (the merged-away cells are empty), so the ranges above stay true.
  for (const m of t.merges) {
    requests.push({
      mergeTableCells: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.col },
          rowSpan: m.rowSpan,
          columnSpan: m.colSpan,
        },
      },
    });
  }
  return requests;
}

/** No visible line: the API refuses a transparent border; a border of width 0 is hidden. */
const NO_BORDER = { width: pt(0), color: BLACK, dashStyle: 'SOLID' };

/**
 * Signature blocks side by side: each cell's lines as paragraphs of their own, centred in the
 * cell (or from its left edge), at body size; the table borderless, its columns fixed, its one row
 * kept on one page.
 */
export function signatureRequests(
  s: PlanSignatures,
  node: StructuralElement,
  setup: PageSetup,
  at: Shift,
): DocsRequest[] {
  const tableStartLocation = { index: at(node.startIndex ?? 0) };
  const cells = node.table?.tableRows?.[0]?.tableCells ?? [];
  if (cells.length === 0) return [];
  const whole = { startIndex: at(contentStart(cells[0])), endIndex: at(cells[cells.length - 1].endIndex ?? 0) };
  // Single-spaced and close, as a form's signature and Nama/Jabatan lines are: the PK's page holds
  // them all, and the signatures fit under a lampiran's tables. The look of every line at once; then
  // the room above a line (the signature's space) and the bold lines, a run of them in one request.
  const paragraphs: DocsRequest[] = [
    {
      updateParagraphStyle: {
        range: whole,
        paragraphStyle: {
          namedStyleType: 'NORMAL_TEXT',
          alignment: s.align,
          lineSpacing: 100,
          spaceAbove: pt(0),
          spaceBelow: pt(2),
        },
        fields: 'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow',
      },
    },
  ];
  const texts: DocsRequest[] = [
    {
      updateTextStyle: {
        range: whole,
        textStyle: { fontSize: pt(setup.fontSize), bold: false, foregroundColor: BLACK },
        fields: 'fontSize,bold,italic,foregroundColor',
      },
    },
  ];
  const bold: { startIndex: number; endIndex: number }[] = [];
  cells.forEach((cell, ci) => {
    let start = at(contentStart(cell));
    for (const l of s.columns[ci] ?? []) {
      const range = { startIndex: start, endIndex: start + l.text.length + 1 };
      if (l.spaceBefore) {
        paragraphs.push({
          updateParagraphStyle: { range, paragraphStyle: { spaceAbove: pt(l.spaceBefore) }, fields: 'spaceAbove' },
        });
      }
      const last = bold[bold.length - 1];
      if (l.bold && last && last.endIndex === range.startIndex) last.endIndex = range.endIndex;
      else if (l.bold) bold.push({ ...range });
      start = range.endIndex;
    }
  });
  for (const range of bold) texts.push({ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bold' } });
  const tableRequests = paragraphs.concat(texts, columnWidthRequests(tableStartLocation, s.widths));
  tableRequests.push(
    {
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: {
          borderTop: NO_BORDER,
          borderBottom: NO_BORDER,
          borderLeft: NO_BORDER,
          borderRight: NO_BORDER,
        },
        fields: 'borderTop,borderBottom,borderLeft,borderRight',
      },
    },
    {
      updateTableRowStyle: {
        tableStartLocation,
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    },
  );
  return tableRequests;
}
