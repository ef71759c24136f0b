/**
 * The report as the Doc's sequence of top-level elements (paragraphs, tables, section breaks), with
 * each element's look: what the skeleton appends, what the fill styles, and what the Daftar Isi /
 * Daftar Tabel entries link to. Pure: no service.
 */
import type { Block, SignatureLine, TableBlock } from '../report/report-types';
import { columnNeeds, fitWidths, overflows, textPt } from './column-widths';
import { docSafeText } from './doc-text';
import { cm, type PageSetup, textWidth } from './page-setup';

type Role = 'title' | 'heading1' | 'heading2' | 'heading3' | 'body' | 'listItem' | 'caption' | 'note' | 'image';
type Align = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';

export interface PlanParagraph {
  kind: 'paragraph';
  /** The text written into the Doc (a chapter heading gets a line break between `BAB I` and its title). */
  text: string;
  /** The block's own text (what Daftar Isi entries name). */
  source: string;
  role: Role;
  align: Align;
  bold?: boolean;
  italic?: boolean;
  spaceAbove?: number;
  pageBreakBefore?: boolean;
  /** Left indent in points (a signature line starts at the middle of the text width). */
  indentStart?: number;
  /** Kept on the page of the next paragraph (besides headings, captions and images, which always are). */
  keepWithNext?: boolean;
  /** Consecutive items of one list share an id. */
  list?: { id: number; ordered: boolean };
  image?: { url: string; width: number };
  /** Index (in the plan) of the heading this Daftar Isi / Daftar Tabel entry links to. */
  linkTo?: number;
}

/** Cells merged into one (mergeTableCells), in `cells` coordinates (row 0 is the header). */
interface PlanMerge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A table of at most this many body rows is kept on one page (every row kept with the next). */
const WHOLE_TABLE_ROWS = 12;

export interface PlanTable {
  kind: 'table';
  block: TableBlock;
  /** Header row plus body rows. */
  cells: string[][];
  widths: number[];
  landscape: boolean;
  /** Rows printed bold (indexes into `cells`). */
  boldRows: Set<number>;
  /** Each column's body alignment (the header row is centred). */
  align: Align[];
  /** At most WHOLE_TABLE_ROWS body rows: kept on one page, and with what follows it. */
  whole: boolean;
  /** In a longer table, rows kept on the page of the row after them: the header and each group row. */
  keepRows: number[];
  merges: PlanMerge[];
}

/** Signature blocks side by side: a borderless one-row table, one column (and block) per equal share of the text width. */
export interface PlanSignatures {
  kind: 'signatures';
  columns: SignatureLine[][];
  widths: number[];
  /** How each line sits in its column: centred (signatures) or from the left (a party's Nama/Jabatan). */
  align: Align;
}

interface PlanSectionBreak {
  kind: 'sectionBreak';
  /** Orientation of the section this break starts. */
  landscape: boolean;
}

export type PlanElement = PlanParagraph | PlanTable | PlanSignatures | PlanSectionBreak;

/** `BAB I PENDAHULUAN` → `BAB I` and `PENDAHULUAN` on two lines of one Heading 1 (a line break, not a new paragraph). */
export function chapterHeadingText(text: string): string {
  const m = /^(BAB\s+[IVXLC]+)\s*[.:\-–]?\s+(.+)$/i.exec(text.trim());
  return m ? `${m[1]}\u000b${m[2]}` : text;
}

/**
 * A block's text as the Doc holds it: a newline stays a line break in the same paragraph (or cell),
 * and characters the API would strip are replaced first (doc-text.ts), so the Doc read back
 * matches the plan.
 */
function lineBreaks(text: string): string {
  return docSafeText(text.replace(/\r\n?|\n/g, '\u000b'));
}

/** A table's or a figure's caption: centred, bold, above the table or under the figure. */
function caption(text: string): PlanParagraph {
  return { kind: 'paragraph', text: lineBreaks(text), source: text, role: 'caption', align: 'CENTER', bold: true };
}

function boldRowsOf(t: TableBlock): Set<number> {
  const rows = new Set<number>([0, ...(t.boldRows ?? []).map((i) => i + 1)]);
  if (t.totalRow && t.rows.length > 0) rows.add(t.rows.length);
  return rows;
}

const CELL_ALIGN: Record<string, Align> = { left: 'START', center: 'CENTER', right: 'END' };

/**
 * Each column's alignment as the block asks, except a centred column of whole numbers (the row
 * numbers of `No`, years): right-aligned like every figure, so `9` and `10` line up — and its cells
 * then run on from the figures at the end of the row above, one request for both.
 */
function columnAlign(block: TableBlock, cells: string[][]): Align[] {
  return cells[0].map((_, c) => {
    const asked = CELL_ALIGN[block.align[c] ?? 'left'] ?? 'START';
    const body = cells.slice(1).map((r) => r[c]);
    const numbers = body.every((v) => v === '' || /^\d+$/.test(v)) && body.some((v) => v !== '');
    return asked === 'CENTER' && numbers ? 'END' : asked;
  });
}

/** Table layout: fitted widths within the portrait text width, or a landscape section when it cannot hold it. */
function planTable(block: TableBlock, setup: PageSetup): PlanTable {
  const cells = [block.header, ...block.rows].map((r) => r.map((c) => lineBreaks(c ?? '')));
  const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
  for (const r of cells) while (r.length < cols) r.push('');
  const boldRows = boldRowsOf(block);
  const needs = columnNeeds(cells, boldRows, setup.tableFontSize);
  const landscape = block.landscape === true || overflows(needs, textWidth(setup, false));
  const last = cells.length - 1;
  const whole = block.rows.length <= WHOLE_TABLE_ROWS;
  const keepRows = whole ? [] : [0, ...[...boldRows].filter((r) => r > 0 && r < last).sort((a, b) => a - b)];
  const merges = (block.merges ?? []).map((m) => ({
    row: m.row + 1,
    col: m.col,
    rowSpan: m.rowSpan,
    colSpan: m.colSpan,
  }));
  return {
    kind: 'table',
    block,
    cells,
    widths: fitWidths(needs, textWidth(setup, landscape)),
    landscape,
    boldRows,
    align: columnAlign(block, cells),
    whole,
    keepRows,
    merges,
  };
}

const HEADING_ROLE: Record<number, Role> = { 0: 'title', 1: 'heading1', 2: 'heading2', 3: 'heading3' };
const BLOCK_ALIGN: Record<string, Align> = {
  center: 'CENTER',
  right: 'END',
  justify: 'JUSTIFIED',
  signature: 'CENTER',
};

/** A signature line's indent: half the portrait text width (2 decimals, down), so its lines centre in the right half. */
function signatureIndent(setup: PageSetup): number {
  return Math.floor((textWidth(setup) / 2) * 100) / 100;
}

function isTocTitle(text: string): boolean {
  return /^DAFTAR\s+(ISI|TABEL|GAMBAR)$/i.test(text.trim());
}

export function planDocument(blocks: Block[], setup: PageSetup): PlanElement[] {
  const plan: PlanElement[] = [];
  let breakPending = false;
  let listId = 0;
  let landscape = false;
  const push = (p: PlanParagraph) => {
    if (breakPending) p.pageBreakBefore = true;
    breakPending = false;
    // Room between a table (or its note) and the text that follows it.
    const prev = plan[plan.length - 1];
    const afterTable = prev?.kind === 'table' || (prev?.kind === 'paragraph' && prev.role === 'note');
    if (afterTable && p.role !== 'note' && p.spaceAbove === undefined) p.spaceAbove = 12;
    plan.push(p);
  };
  const orient = (want: boolean) => {
    if (want === landscape) return;
    plan.push({ kind: 'sectionBreak', landscape: want });
    landscape = want;
    breakPending = false; // a next-page section break already starts a new page
  };
  for (const b of blocks) {
    switch (b.type) {
      case 'heading': {
        orient(false);
        const role = HEADING_ROLE[b.level];
        const text = b.level === 1 ? chapterHeadingText(lineBreaks(b.text)) : lineBreaks(b.text);
        push({ kind: 'paragraph', text, source: b.text, role, align: b.level <= 1 ? 'CENTER' : 'START', bold: true });
        break;
      }
      case 'paragraph': {
        orient(false);
        const p: PlanParagraph = {
          kind: 'paragraph',
          text: lineBreaks(b.text),
          source: b.text,
          role: 'body',
          align: b.align ? BLOCK_ALIGN[b.align] : 'JUSTIFIED',
        };
        if (b.align === 'signature') p.indentStart = signatureIndent(setup);
        if (b.bold) p.bold = true;
        if (b.spaceBefore) p.spaceAbove = b.spaceBefore;
        if (b.keepWithNext) p.keepWithNext = true;
        push(p);
        break;
      }
      case 'list': {
        orient(false);
        listId++;
        for (const item of b.items) {
          push({
            kind: 'paragraph',
            text: lineBreaks(item),
            source: item,
            role: 'listItem',
            align: 'JUSTIFIED',
            list: { id: listId, ordered: b.ordered === true },
          });
        }
        break;
      }
      case 'table': {
        const t = planTable(b, setup);
        orient(t.landscape);
        if (b.caption.trim() !== '') push(caption(b.caption));
        plan.push(t);
        if (b.note)
          push({
            kind: 'paragraph',
            text: lineBreaks(b.note),
            source: b.note,
            role: 'note',
            align: 'START',
            italic: true,
          });
        break;
      }
      case 'image': {
        orient(false);
        // Before the first chapter-level heading it is the cover's logo: 4,5 cm wide, as pemda logos are printed.
        const onCover = !plan.some((e) => e.kind === 'paragraph' && e.role === 'heading1');
        const width = onCover ? cm(4.5) : Math.min(textWidth(setup) * 0.8, 400);
        push({ kind: 'paragraph', text: '', source: '', role: 'image', align: 'CENTER', image: { url: b.url, width } });
        if (b.caption.trim() !== '') push(caption(b.caption));
        break;
      }
      case 'signatures': {
        if (b.columns.length === 0) break;
        orient(false);
        const shares = b.shares?.length === b.columns.length ? b.shares : b.columns.map(() => 1);
        const whole = shares.reduce((s, x) => s + x, 0);
        const widths = shares.map((x) => Math.floor(((textWidth(setup) * x) / whole) * 100) / 100);
        const columns = b.columns.map((c) => c.map((l) => ({ ...l, text: lineBreaks(l.text) })));
        const left = b.align === 'left';
        plan.push({
          kind: 'signatures',
          columns: left ? columns : alignLines(columns, widths, setup.fontSize),
          widths,
          align: left ? 'START' : 'CENTER',
        });
        break;
      }
      case 'pagebreak':
        breakPending = plan.length > 0;
        break;
    }
  }
  orient(false);
  linkTocEntries(plan);
  return plan;
}

/** Docs' single line height for a font size (Arial's ascent + descent, about 1,15 em). */
const LINE_EM = 1.15;

/**
 * Lines at the same position in side-by-side columns start level: where a line wraps in one
 * column (`CAMAT LIMA PULUH PESISIR` against `SEKRETARIS KECAMATAN LIMA PULUH PESISIR`, estimated
 * with the width table of column-widths.ts), the next line of the other columns gets the extra
 * height above it, so both parties' names sit on one line.
 */
function alignLines(columns: SignatureLine[][], widths: number[], size: number): SignatureLine[][] {
  const CELL_PADDING = 10;
  const count = (l: SignatureLine, w: number) =>
    l.text
      .split('\u000b')
      .reduce((n, part) => n + Math.max(1, Math.ceil(textPt(part, size, l.bold) / (w - CELL_PADDING))), 0);
  const lines = columns.map((c, ci) => c.map((l) => count(l, widths[ci])));
  const out = columns.map((c) => c.map((l) => ({ ...l })));
  const depth = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i + 1 < depth; i++) {
    const most = Math.max(...lines.map((c) => c[i] ?? 0));
    out.forEach((c, ci) => {
      const short = most - (lines[ci][i] ?? most);
      if (short > 0 && c[i + 1]) c[i + 1].spaceBefore = (c[i + 1].spaceBefore ?? 0) + short * size * LINE_EM;
    });
  }
  return out;
}

/**
 * Entries under a `DAFTAR ISI` / `DAFTAR TABEL` heading whose text names a later heading link to
 * it; an entry naming a table or figure caption links to the heading of the part holding it.
 */
function linkTocEntries(plan: PlanElement[]): void {
  const headingByText = new Map<string, number>();
  const captionHeading = new Map<string, number>();
  let lastHeading = -1;
  plan.forEach((el, i) => {
    if (el.kind !== 'paragraph') return;
    if (el.role.startsWith('heading')) {
      if (!isTocTitle(el.source) && !headingByText.has(norm(el.source))) headingByText.set(norm(el.source), i);
      lastHeading = i;
    } else if (el.role === 'caption' && lastHeading >= 0 && !captionHeading.has(norm(el.source))) {
      captionHeading.set(norm(el.source), lastHeading);
    }
  });
  let inToc = false;
  plan.forEach((el, i) => {
    if (el.kind !== 'paragraph') return;
    if (el.role.startsWith('heading') || el.role === 'title') {
      inToc = isTocTitle(el.source);
      return;
    }
    if (!inToc || (el.role !== 'body' && el.role !== 'listItem')) return;
    el.align = 'START';
    const key = norm(el.source);
    const target = headingByText.get(key) ?? captionHeading.get(key);
    if (target !== undefined && target > i) el.linkTo = target;
  });
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toUpperCase();
}
