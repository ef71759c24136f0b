/**
 * A Google Doc as the Docs API sees it: a body of section breaks, paragraphs and tables, footers,
 * inline objects and lists, with the API's index rules:
 *  - the body starts with a section break occupying [0, 1);
 *  - a paragraph occupies its text plus its closing newline; an inline image is one index;
 *  - a table takes one index at its start, each row one at its start, each cell one at its start,
 *    then the cell's paragraphs; every cell ends with its own paragraph's closing newline;
 *  - a section break takes one index; the body always ends with a paragraph.
 * Footers are separate segments indexed from 0.
 */

export type Style = Record<string, unknown>;

/** Placeholder character of an inline object inside a paragraph's text. */
export const OBJECT_CHAR = '\uE000';

/** `len` characters in one text style (a shared object). */
export interface Run {
  len: number;
  style: Style;
}

export interface Para {
  kind: 'paragraph';
  /** Text including the closing newline. */
  text: string;
  /**
   * The text style of each character, run-length: runs of one style, their lengths summing to
   * text.length (copying a document with every batch stays cheap however long its text).
   */
  runs: Run[];
  /** Inline object ids, in the order of OBJECT_CHAR in `text`. */
  objects: string[];
  style: Style;
  bullet?: { listId: string; nestingLevel: number };
}

export interface Cell {
  content: Para[];
  style: Style;
  /** A merged cell's head spans this many rows and columns (mergeTableCells). */
  span?: { rows: number; columns: number };
  /** A cell merged into a head: it keeps one empty paragraph (its indices) and is not printed. */
  merged?: true;
}

interface Row {
  cells: Cell[];
  style: Style;
}

export interface Table {
  kind: 'table';
  rows: Row[];
  columns: Style[];
}

interface SectionBreak {
  kind: 'sectionBreak';
  style: Style;
}

export type BodyElement = Para | Table | SectionBreak;

export interface DocModel {
  id: string;
  title: string;
  body: BodyElement[];
  footers: Record<string, { content: Para[] }>;
  documentStyle: Style;
  inlineObjects: Record<string, { uri: string; width: number; height: number }>;
  lists: Record<string, { ordered: boolean }>;
  /** Moved to the Drive trash (Drive.Files.update `trashed`). */
  trashed?: boolean;
  /** Counter for generated ids (footers, lists, headings, objects). */
  seq: number;
}

const EMPTY_STYLE: Style = Object.freeze({}) as Style;

export function newPara(text = '', style: Style = { namedStyleType: 'NORMAL_TEXT' }, textStyle = EMPTY_STYLE): Para {
  const full = `${text}\n`;
  return { kind: 'paragraph', text: full, runs: [{ len: full.length, style: textStyle }], objects: [], style };
}

/** Runs concatenated, empty ones dropped, neighbours of one style object joined. */
export function joinRuns(...parts: Run[][]): Run[] {
  const out: Run[] = [];
  for (const part of parts) {
    for (const r of part) {
      if (r.len <= 0) continue;
      const last = out[out.length - 1];
      if (last && last.style === r.style) last.len += r.len;
      else out.push({ len: r.len, style: r.style });
    }
  }
  return out;
}

/** The runs of characters [from, to). */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const a = Math.max(from, pos);
    const b = Math.min(to, pos + r.len);
    if (b > a) out.push({ len: b - a, style: r.style });
    pos += r.len;
    if (pos >= to) break;
  }
  return out;
}

/** The style of character i (the last one's past the end). */
function styleAt(runs: readonly Run[], i: number): Style {
  let pos = 0;
  for (const r of runs) {
    if (i < pos + r.len) return r.style;
    pos += r.len;
  }
  return runs[runs.length - 1]?.style ?? EMPTY_STYLE;
}

/** One style per character: for exports, which walk the text anyway. */
export function charStyles(p: Para): Style[] {
  const out: Style[] = [];
  for (const r of p.runs) for (let k = 0; k < r.len; k++) out.push(r.style);
  return out;
}

/**
 * A new Google Doc: Letter paper, 1 inch margins, one empty paragraph (what documents.create
 * returns); paged, or pageless for a user whose Docs default is pageless.
 */
export function newDocModel(id: string, title: string, documentMode: 'PAGES' | 'PAGELESS' = 'PAGES'): DocModel {
  return {
    id,
    title,
    body: [{ kind: 'sectionBreak', style: { sectionType: 'CONTINUOUS' } }, newPara()],
    footers: {},
    documentStyle: {
      pageSize: { width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } },
      marginTop: { magnitude: 72, unit: 'PT' },
      marginBottom: { magnitude: 72, unit: 'PT' },
      marginLeft: { magnitude: 72, unit: 'PT' },
      marginRight: { magnitude: 72, unit: 'PT' },
      marginHeader: { magnitude: 36, unit: 'PT' },
      marginFooter: { magnitude: 36, unit: 'PT' },
      documentFormat: { documentMode },
    },
    inlineObjects: {},
    lists: {},
    seq: 0,
  };
}

/**
 * A copy a batch can change without touching `doc`: every container and element a request may
 * change is new, while what requests only ever replace (styles, runs, strings) is shared. Far
 * cheaper than a deep copy of a long document, for every batch.
 */
export function copyModel(doc: DocModel): DocModel {
  const paras = (content: Para[]) => content.map((p) => ({ ...p }));
  return {
    ...doc,
    body: doc.body.map((el) => {
      if (el.kind !== 'table') return { ...el };
      return {
        ...el,
        rows: el.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, content: paras(c.content) })) })),
        columns: [...el.columns],
      };
    }),
    footers: Object.fromEntries(Object.entries(doc.footers).map(([id, f]) => [id, { content: paras(f.content) }])),
    inlineObjects: { ...doc.inlineObjects },
    lists: { ...doc.lists },
  };
}

export function nextId(doc: DocModel, prefix: string): string {
  doc.seq += 1;
  return `${prefix}.${doc.seq.toString(36).padStart(6, '0')}`;
}

/** A paragraph placed at indices, with where it lives. */
export interface Leaf {
  para: Para;
  start: number;
  end: number;
  /** The array holding the paragraph (body, a cell's content, a footer's content). */
  list: Para[] | BodyElement[];
  cell: Cell | null;
  /** For a paragraph of the body itself: its index in the body array. */
  at?: number;
}

export interface PlacedTable {
  table: Table;
  start: number;
  /** Index in the body array. */
  at: number;
}

export interface Layout {
  leaves: Leaf[];
  tables: PlacedTable[];
  sectionBreaks: { el: SectionBreak; start: number; at: number }[];
  end: number;
}

/**
 * The body laid out from body element `from` (at index `pos`) to its end, appended to `into`
 * (a layout already holding everything before): the whole body by default.
 */
export function layoutBody(doc: DocModel, from = 0, pos0 = 0, into?: Layout): Layout {
  const leaves: Leaf[] = into?.leaves ?? [];
  const tables: PlacedTable[] = into?.tables ?? [];
  const sectionBreaks: Layout['sectionBreaks'] = into?.sectionBreaks ?? [];
  let pos = pos0;
  for (let at = from; at < doc.body.length; at++) {
    const el = doc.body[at];
    if (el.kind === 'paragraph') {
      leaves.push({ para: el, start: pos, end: pos + el.text.length, list: doc.body, cell: null, at });
      pos += el.text.length;
    } else if (el.kind === 'sectionBreak') {
      sectionBreaks.push({ el, start: pos, at });
      pos += 1;
    } else {
      tables.push({ table: el, start: pos, at });
      pos += 1;
      for (const row of el.rows) {
        pos += 1;
        for (const cell of row.cells) {
          pos += 1;
          for (const p of cell.content) {
            leaves.push({ para: p, start: pos, end: pos + p.text.length, list: cell.content, cell });
            pos += p.text.length;
          }
        }
      }
    }
  }
  return { leaves, tables, sectionBreaks, end: pos };
}

export function layoutSegment(content: Para[]): Layout {
  const leaves: Leaf[] = [];
  let pos = 0;
  for (const p of content) {
    leaves.push({ para: p, start: pos, end: pos + p.text.length, list: content, cell: null });
    pos += p.text.length;
  }
  return { leaves, tables: [], sectionBreaks: [], end: pos };
}

/** Inserts text (may hold "\n": new paragraphs with the same paragraph style) at `offset` of a paragraph. */
export function insertIntoPara(leaf: Leaf, offset: number, text: string): void {
  const p = leaf.para;
  const inherit = styleAt(p.runs, offset > 0 ? offset - 1 : 0);
  const lines = text.split('\n');
  const before = p.text.slice(0, offset);
  const after = p.text.slice(offset);
  const beforeStyles = sliceRuns(p.runs, 0, offset);
  const afterStyles = sliceRuns(p.runs, offset, p.text.length);
  const run = (len: number) => [{ len, style: inherit }];
  const objectsBefore = countObjects(before);
  const objBefore = p.objects.slice(0, objectsBefore);
  const objAfter = p.objects.slice(objectsBefore);
  if (lines.length === 1) {
    p.text = before + text + after;
    p.runs = joinRuns(beforeStyles, run(text.length), afterStyles);
    return;
  }
  // First paragraph: before + first line + "\n"; middle lines; last: last line + after.
  const made: Para[] = [];
  const first = `${before}${lines[0]}\n`;
  p.text = first;
  p.runs = joinRuns(beforeStyles, run(lines[0].length + 1));
  p.objects = objBefore;
  for (let k = 1; k < lines.length; k++) {
    const last = k === lines.length - 1;
    const t = last ? lines[k] + after : `${lines[k]}\n`;
    const runs = last ? joinRuns(run(lines[k].length), afterStyles) : run(t.length);
    const np: Para = { kind: 'paragraph', text: t, runs, objects: last ? objAfter : [], style: { ...p.style } };
    delete np.style.headingId;
    if (p.bullet) np.bullet = { ...p.bullet };
    made.push(np);
  }
  const list = leaf.list as Array<Para | BodyElement>;
  list.splice(indexIn(list, leaf) + 1, 0, ...made);
}

/** Where the leaf's paragraph is in its list (the body index it was laid out at, when still true). */
function indexIn(list: Array<Para | BodyElement>, leaf: Leaf): number {
  return leaf.at !== undefined && list[leaf.at] === leaf.para ? leaf.at : list.indexOf(leaf.para);
}

function countObjects(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === OBJECT_CHAR) n++;
  return n;
}

/**
 * Splits a body paragraph at `offset` (a newline goes in at the offset) and puts `element` between
 * the two halves: how insertTable / insertSectionBreak place what they insert.
 */
export function splitAndInsert(doc: DocModel, leaf: Leaf, offset: number, element: BodyElement): void {
  insertIntoPara(leaf, offset, '\n');
  doc.body.splice(indexIn(doc.body, leaf) + 1, 0, element);
}
