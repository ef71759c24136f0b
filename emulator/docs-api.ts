/**
 * Docs advanced service fake: Docs.Documents.create / get / batchUpdate with the Docs API's index
 * rules. A batch is validated request by request against the document as the previous requests
 * left it; the first invalid request rejects the whole batch (nothing is applied), with the API's
 * error text (`Invalid requests[i].<kind>: ...`).
 */
import { applyMask, documentMask, FieldMaskError, type Mask } from './field-mask.ts';
import type { CallCounter } from './call-counter.ts';
import type { DocumentStore, FakeDocument } from './document.ts';
import {
  type Cell,
  copyModel,
  type DocModel,
  type Leaf,
  newPara,
  nextId,
  OBJECT_CHAR,
  type Para,
  type Style,
  type Table,
  splitAndInsert,
  insertIntoPara,
  joinRuns,
  sliceRuns,
} from './document-model.ts';
import { SegmentIndex } from './docs-index.ts';
import { documentJson } from './docs-json.ts';

type SchemaDocument = GoogleAppsScript.Docs.Schema.Document;
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
type Json = Record<string, unknown>;

class RequestError extends Error {}

/** How the emulated Docs API differs from today's (to test what the add-on does about it). */
export interface DocsOptions {
  /** An API from before DocumentStyle.documentFormat: it refuses the field. */
  withoutDocumentFormat?: boolean;
}

/** Per-batch state: the document and one index per segment, reset when structure changes. */
class Batch {
  private readonly segments = new Map<string, SegmentIndex>();
  constructor(
    readonly doc: DocModel,
    readonly options: DocsOptions,
  ) {}

  segment(where: string, segmentId: unknown): SegmentIndex {
    const id = typeof segmentId === 'string' ? segmentId : '';
    if (id !== '' && !this.doc.footers[id]) fail(where, `The segment ID ${id} was not found.`);
    let s = this.segments.get(id);
    if (!s) {
      s = new SegmentIndex(this.doc, id);
      this.segments.set(id, s);
    }
    return s;
  }

  /**
   * Paragraphs or structure were added or removed: at `leaf` of `seg` (that segment alone, laid
   * out again from there), or anywhere (every segment laid out again).
   */
  structureChanged(seg?: SegmentIndex, leaf?: Leaf): void {
    if (seg && leaf) seg.changedFrom(leaf);
    else for (const s of this.segments.values()) s.reset();
  }
}

function fail(where: string, message: string): never {
  throw new RequestError(`Invalid ${where}: ${message}`);
}

function num(where: string, v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(where, `${name} must be an integer.`);
  return v;
}

/** `location` or `endOfSegmentLocation`: the segment and the index to insert at. */
function insertionPoint(
  where: string,
  body: Json,
  batch: Batch,
  bodyOnly: boolean,
): { seg: SegmentIndex; index: number } {
  const loc = body.location as Json | undefined;
  const eos = body.endOfSegmentLocation as Json | undefined;
  if ((loc ? 1 : 0) + (eos ? 1 : 0) !== 1) fail(where, 'Exactly one of location or endOfSegmentLocation must be set.');
  const segmentId = (loc ?? eos)?.segmentId;
  if (bodyOnly && typeof segmentId === 'string' && segmentId !== '') {
    fail(where, 'This request can only be applied to the document body; the segment ID must be empty.');
  }
  const seg = batch.segment(where, segmentId);
  if (eos) return { seg, index: seg.end() - 1 };
  const index = num(where, loc?.index, 'location.index');
  const min = seg.segmentId === '' ? 1 : 0;
  if (index < min) fail(where, `Index ${index} must be greater than or equal to ${min}.`);
  if (index >= seg.end())
    fail(where, `Index ${index} must be less than the end index of the referenced segment, ${seg.end()}.`);
  return { seg, index };
}

function paragraphAt(where: string, seg: SegmentIndex, index: number) {
  const leaf = seg.leafAt(index);
  if (!leaf) {
    fail(
      where,
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  }
  return leaf;
}

function checkRange(where: string, range: unknown, batch: Batch, bodyOnly = false) {
  const r = range as Json | undefined;
  if (!r || typeof r.startIndex !== 'number' || typeof r.endIndex !== 'number') {
    fail(where, 'range must have a startIndex and an endIndex.');
  }
  if (bodyOnly && typeof r.segmentId === 'string' && r.segmentId !== '') {
    fail(where, 'This request can only be applied to the document body; the segment ID must be empty.');
  }
  const seg = batch.segment(where, r.segmentId);
  const start = r.startIndex as number;
  const end = r.endIndex as number;
  const min = seg.segmentId === '' ? 1 : 0;
  if (start < min) fail(where, `Index ${start} must be greater than or equal to ${min}.`);
  if (end <= start) fail(where, 'The range should not be empty.');
  if (end > seg.end()) {
    fail(where, `Index ${end - 1} must be less than the end index of the referenced segment, ${seg.end()}.`);
  }
  const leaves = seg.leavesIn(start, end);
  // A range may lie in one cell, or outside tables; one that spans several cells (a whole table,
  // a row) must take each cell it touches whole: it may not start or end inside a cell.
  const cells = new Set(leaves.map((l) => l.cell));
  if (cells.size > 1) {
    const first = leaves[0];
    const last = leaves[leaves.length - 1];
    const partialStart = first.cell && (first.para !== first.cell.content[0] || start > first.start);
    const partialEnd = last.cell && (last.para !== last.cell.content[last.cell.content.length - 1] || end < last.end);
    if (partialStart || partialEnd) {
      fail(where, 'A range spanning several table cells must cover each of them whole.');
    }
  }
  return { seg, start, end, leaves };
}

function fieldList(where: string, fields: unknown, allowed: readonly string[]): string[] {
  if (typeof fields !== 'string' || fields.trim() === '') fail(where, 'At least one field must be specified.');
  const list = fields.split(',').map((f) => f.trim());
  if (list.includes('*')) return [...allowed];
  for (const f of list) if (!allowed.includes(f)) fail(where, `Invalid field: ${f}`);
  return list;
}

/**
 * Style values and whole text styles are immutable once made, so equal ones are one object: a
 * document then holds a few dozen style objects, not one per paragraph, and copying it for every
 * batch stays cheap.
 */
const interned = new Map<string, unknown>();

function intern<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const key = JSON.stringify(value);
  const known = interned.get(key);
  if (known !== undefined) return known as T;
  const frozen = Object.freeze(structuredClone(value));
  interned.set(key, frozen);
  return frozen;
}

function merged(base: Style, patch: Json, fields: string[]): Style {
  const out: Style = { ...base };
  for (const f of fields) {
    if (patch[f] === undefined || patch[f] === null) delete out[f];
    else out[f] = intern(patch[f]);
  }
  return out;
}

const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontSize',
  'weightedFontFamily',
  'foregroundColor',
  'backgroundColor',
  'link',
] as const;
const PARAGRAPH_FIELDS = [
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'spaceAbove',
  'spaceBelow',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepWithNext',
  'keepLinesTogether',
  'pageBreakBefore',
] as const;
const NAMED_STYLES = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];
const ALIGNMENTS = ['START', 'CENTER', 'END', 'JUSTIFIED'];
const BULLET_PRESETS: Record<string, boolean> = {
  BULLET_DISC_CIRCLE_SQUARE: false,
  BULLET_DIAMONDX_ARROW3D_SQUARE: false,
  BULLET_CHECKBOX: false,
  BULLET_ARROW_DIAMOND_DISC: false,
  BULLET_STAR_CIRCLE_SQUARE: false,
  BULLET_ARROW3D_CIRCLE_SQUARE: false,
  BULLET_LEFTTRIANGLE_DIAMOND_DISC: false,
  NUMBERED_DECIMAL_ALPHA_ROMAN: true,
  NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS: true,
  NUMBERED_DECIMAL_NESTED: true,
  NUMBERED_UPPERALPHA_ALPHA_ROMAN: true,
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: true,
  NUMBERED_ZERODECIMAL_ALPHA_ROMAN: true,
};
const SECTION_FIELDS = [
  'flipPageOrientation',
  'useFirstPageHeaderFooter',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'pageNumberStart',
] as const;
const DOCUMENT_FIELDS = [
  'pageSize',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
  'useFirstPageHeaderFooter',
  'flipPageOrientation',
  'pageNumberStart',
  // DocumentStyle.documentFormat (DocumentFormat.documentMode: PAGES | PAGELESS), Docs API
  // discovery document 2025; an older API (EmulatorOptions.docsWithoutDocumentFormat) refuses it.
  'documentFormat',
] as const;
const DOCUMENT_MODES = ['PAGES', 'PAGELESS'];

/**
 * Characters insertText drops (InsertTextRequest: "Some control characters (U+0000-U+0008,
 * U+000C-U+001F) and characters from the Unicode Basic Multilingual Plane Private Use Area
 * (U+E000-U+F8FF) will be stripped out of the inserted text").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what the API strips
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/** Image formats Google cannot read (it takes PNG, JPEG and GIF). */
const UNREADABLE_IMAGE = /\.(svg|webp|bmp|tiff?|heic|avif|ico|pdf)(\?|#|$)/i;
/** RFC 2606 `.invalid` never resolves: Google cannot fetch an image there (a non-public image, offline). */
const UNREACHABLE_HOST = /^https?:\/\/[^/?#]*\.invalid(?::\d+)?(?:[/?#]|$)/i;

function dimensionPt(where: string, d: unknown, name: string): number {
  const dim = d as Json | undefined;
  if (!dim || typeof dim.magnitude !== 'number' || dim.unit !== 'PT') fail(where, `${name} must be a Dimension in PT.`);
  return dim.magnitude as number;
}

function tableAtLocation(where: string, loc: unknown, batch: Batch): Table {
  const l = loc as Json | undefined;
  const seg = batch.segment(where, l?.segmentId);
  const index = num(where, l?.index, 'tableStartLocation.index');
  const t = seg.tableAt(index);
  if (!t) fail(where, `The provided table start location ${index} is not the start of a table.`);
  return t.table;
}

type Handler = (where: string, body: Json, batch: Batch) => Json;

const HANDLERS: Record<string, Handler> = {
  insertText(where, body, batch) {
    const text = body.text;
    if (typeof text !== 'string' || text === '') fail(where, 'Insert text requests must specify text to insert.');
    const { seg, index } = insertionPoint(where, body, batch, false);
    const leaf = paragraphAt(where, seg, index);
    // OBJECT_CHAR is private-use, so it can never come in as text.
    const clean = text.replace(STRIPPED, '');
    if (clean === '') return {};
    insertIntoPara(leaf, index - leaf.start, clean);
    if (clean.includes('\n')) batch.structureChanged(seg, leaf);
    else seg.grew(leaf, clean.length);
    return {};
  },

  insertTable(where, body, batch) {
    const rows = num(where, body.rows, 'rows');
    const columns = num(where, body.columns, 'columns');
    if (rows < 1 || columns < 1) fail(where, 'A table must have at least one row and one column.');
    if (rows * columns > 50000) fail(where, 'The table is too large.');
    const { seg, index } = insertionPoint(where, body, batch, true);
    const leaf = paragraphAt(where, seg, index);
    if (leaf.cell) fail(where, 'The emulator does not support inserting a table inside a table cell.');
    const table: Table = {
      kind: 'table',
      rows: Array.from({ length: rows }, () => ({
        cells: Array.from({ length: columns }, () => ({ content: [newPara()], style: {} })),
        style: {},
      })),
      columns: Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' })),
    };
    splitAndInsert(batch.doc, leaf, index - leaf.start, table);
    batch.structureChanged(seg, leaf);
    return {};
  },

  insertSectionBreak(where, body, batch) {
    const type = body.sectionType;
    if (type !== 'NEXT_PAGE' && type !== 'CONTINUOUS') fail(where, 'sectionType must be NEXT_PAGE or CONTINUOUS.');
    const { seg, index } = insertionPoint(where, body, batch, true);
    const leaf = paragraphAt(where, seg, index);
    if (leaf.cell) fail(where, 'Section breaks cannot be inserted inside a table.');
    splitAndInsert(batch.doc, leaf, index - leaf.start, { kind: 'sectionBreak', style: { sectionType: type } });
    batch.structureChanged(seg, leaf);
    return {};
  },

  insertInlineImage(where, body, batch) {
    const uri = body.uri;
    if (typeof uri !== 'string' || !/^https?:\/\/\S+$/i.test(uri))
      fail(where, 'The image URI must be a public http(s) URL.');
    if (uri.length > 2048) fail(where, 'The URI must be less than 2 kB in length.');
    if (UNREADABLE_IMAGE.test(uri) || UNREACHABLE_HOST.test(uri)) {
      fail(
        where,
        'There was a problem retrieving the image. The provided image should be publicly accessible, within size limit, and in supported formats.',
      );
    }
    const { seg, index } = insertionPoint(where, body, batch, false);
    const leaf = paragraphAt(where, seg, index);
    const size = (body.objectSize ?? {}) as Json;
    // Offline the image is not fetched: a missing side is taken equal to the given one (square).
    const width = size.width ? dimensionPt(where, size.width, 'objectSize.width') : undefined;
    const height = size.height ? dimensionPt(where, size.height, 'objectSize.height') : undefined;
    const objectId = nextId(batch.doc, 'kix');
    batch.doc.inlineObjects[objectId] = { uri, width: width ?? height ?? 100, height: height ?? width ?? 100 };
    const offset = index - leaf.start;
    const before = leaf.para.text.slice(0, offset);
    let k = 0;
    for (const ch of before) if (ch === OBJECT_CHAR) k++;
    insertIntoPara(leaf, offset, OBJECT_CHAR);
    leaf.para.objects = [...leaf.para.objects.slice(0, k), objectId, ...leaf.para.objects.slice(k)];
    seg.grew(leaf, 1);
    return { insertInlineImage: { objectId } };
  },

  updateTextStyle(where, body, batch) {
    const { start, end, leaves } = checkRange(where, body.range, batch);
    const fields = fieldList(where, body.fields, TEXT_FIELDS);
    const style = (body.textStyle ?? {}) as Json;
    if (fields.includes('fontSize') && style.fontSize !== undefined) {
      const size = dimensionPt(where, style.fontSize, 'textStyle.fontSize');
      if (size <= 0 || size > 400) fail(where, 'fontSize must be between 1 and 400 points.');
    }
    const cache = new Map<Style, Style>();
    const restyle = (old: Style) => {
      let next = cache.get(old);
      if (!next) {
        next = intern(merged(old, style, fields));
        cache.set(old, next);
      }
      return next;
    };
    for (const l of leaves) {
      const from = Math.max(start, l.start) - l.start;
      const to = Math.min(end, l.end) - l.start;
      const inside = sliceRuns(l.para.runs, from, to).map((r) => ({ len: r.len, style: restyle(r.style) }));
      l.para.runs = joinRuns(sliceRuns(l.para.runs, 0, from), inside, sliceRuns(l.para.runs, to, l.para.text.length));
    }
    return {};
  },

  updateParagraphStyle(where, body, batch) {
    const { seg, leaves } = checkRange(where, body.range, batch);
    const fields = fieldList(where, body.fields, PARAGRAPH_FIELDS);
    const style = (body.paragraphStyle ?? {}) as Json;
    if (fields.includes('namedStyleType') && style.namedStyleType !== undefined) {
      if (!NAMED_STYLES.includes(String(style.namedStyleType)))
        fail(where, `Unknown namedStyleType ${String(style.namedStyleType)}.`);
    }
    if (
      fields.includes('alignment') &&
      style.alignment !== undefined &&
      !ALIGNMENTS.includes(String(style.alignment))
    ) {
      fail(where, `Unknown alignment ${String(style.alignment)}.`);
    }
    for (const f of ['indentStart', 'indentEnd', 'indentFirstLine'] as const) {
      if (fields.includes(f) && style[f] !== undefined) dimensionPt(where, style[f], `paragraphStyle.${f}`);
    }
    if (fields.includes('pageBreakBefore') && style.pageBreakBefore === true) {
      // Docs: updating pageBreakBefore in a table, header, footer or footnote returns 400.
      if (seg.segmentId !== '' || leaves.some((l) => l.cell)) {
        fail(where, 'pageBreakBefore cannot be set on paragraphs in a table, header, footer or footnote.');
      }
    }
    for (const l of leaves) {
      const next = merged(l.para.style, style, fields);
      const named = String(next.namedStyleType ?? 'NORMAL_TEXT');
      if (/^HEADING_\d$/.test(named) || named === 'TITLE' || named === 'SUBTITLE') {
        next.headingId = l.para.style.headingId ?? nextId(batch.doc, 'h');
      } else delete next.headingId;
      l.para.style = next;
    }
    return {};
  },

  createParagraphBullets(where, body, batch) {
    const { leaves } = checkRange(where, body.range, batch);
    const preset = String(body.bulletPreset ?? '');
    if (!(preset in BULLET_PRESETS)) fail(where, `Unknown bulletPreset ${preset}.`);
    const listId = nextId(batch.doc, 'kix');
    batch.doc.lists[listId] = { ordered: BULLET_PRESETS[preset] };
    for (const l of leaves) {
      // Leading tabs give the nesting level and are removed; our paragraphs have none.
      if (l.para.text.startsWith('\t'))
        fail(where, 'The emulator does not support leading tabs in bulleted paragraphs.');
      l.para.bullet = { listId, nestingLevel: 0 };
    }
    return {};
  },

  updateTableColumnProperties(where, body, batch) {
    const table = tableAtLocation(where, body.tableStartLocation, batch);
    const fields = fieldList(where, body.fields, ['width', 'widthType']);
    const props = (body.tableColumnProperties ?? {}) as Json;
    if (fields.includes('width') && props.width !== undefined) {
      const w = dimensionPt(where, props.width, 'tableColumnProperties.width');
      if (w < 5) fail(where, 'The column width must be at least 5 points.');
    }
    if (fields.includes('widthType') && props.widthType === 'FIXED_WIDTH' && props.width === undefined) {
      fail(where, 'A FIXED_WIDTH column must have a width.');
    }
    const indices = (body.columnIndices as unknown[] | undefined) ?? table.columns.map((_, i) => i);
    for (const i of indices) {
      if (typeof i !== 'number' || i < 0 || i >= table.columns.length) {
        fail(where, `Column index ${String(i)} is out of range (the table has ${table.columns.length} columns).`);
      }
    }
    for (const i of indices as number[]) table.columns[i] = merged(table.columns[i], props, fields);
    return {};
  },

  pinTableHeaderRows(where, body, batch) {
    const table = tableAtLocation(where, body.tableStartLocation, batch);
    const n = num(where, body.pinnedHeaderRowsCount, 'pinnedHeaderRowsCount');
    if (n < 0 || n > table.rows.length) fail(where, `pinnedHeaderRowsCount ${n} is out of range.`);
    table.rows.forEach((r, i) => {
      if (i < n) r.style = { ...r.style, tableHeader: true };
      else if ('tableHeader' in r.style) {
        const { tableHeader: _, ...rest } = r.style;
        r.style = rest;
      }
    });
    return {};
  },

  /**
   * TableRowStyle via a field mask; rowIndices absent = every row. Settable here: minRowHeight and
   * preventOverflow. tableHeader is refused as the live API refuses it in this request (the header
   * rows are set with pinTableHeaderRows).
   */
  updateTableRowStyle(where, body, batch) {
    const table = tableAtLocation(where, body.tableStartLocation, batch);
    const fields = fieldList(where, body.fields, ['minRowHeight', 'preventOverflow']);
    const style = (body.tableRowStyle ?? {}) as Json;
    if (fields.includes('minRowHeight') && style.minRowHeight !== undefined) {
      if (dimensionPt(where, style.minRowHeight, 'tableRowStyle.minRowHeight') < 0)
        fail(where, 'minRowHeight must not be negative.');
    }
    if (fields.includes('preventOverflow') && style.preventOverflow !== undefined) {
      if (typeof style.preventOverflow !== 'boolean') fail(where, 'preventOverflow must be a boolean.');
    }
    const given = body.rowIndices as unknown[] | undefined;
    const indices = given ?? table.rows.map((_, i) => i);
    for (const i of indices) {
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= table.rows.length) {
        fail(where, `Row index ${String(i)} is out of range (the table has ${table.rows.length} rows).`);
      }
    }
    for (const i of indices as number[]) table.rows[i].style = merged(table.rows[i].style, style, fields);
    return {};
  },

  updateTableCellStyle(where, body, batch) {
    const fields = fieldList(where, body.fields, [
      'backgroundColor',
      'paddingTop',
      'paddingBottom',
      'paddingLeft',
      'paddingRight',
      'contentAlignment',
      'borderTop',
      'borderBottom',
      'borderLeft',
      'borderRight',
    ]);
    const style = (body.tableCellStyle ?? {}) as Json;
    // TableCellBorder: width, color and dashStyle all set; "Table cell borders cannot be
    // transparent. To hide a table cell border, make its width 0."
    for (const f of ['borderTop', 'borderBottom', 'borderLeft', 'borderRight']) {
      const border = style[f] as Json | undefined;
      if (!fields.includes(f) || border === undefined || border === null) continue;
      if (dimensionPt(where, border.width, `tableCellStyle.${f}.width`) < 0)
        fail(where, `${f} width must not be negative.`);
      if (!(border.color as Json | undefined)?.color) fail(where, 'Table cell borders cannot be transparent.');
      if (!['SOLID', 'DOT', 'DASH'].includes(String(border.dashStyle))) {
        fail(
          where,
          `${f} dashStyle must be SOLID, DOT or DASH, not ${String(border.dashStyle ?? 'DASH_STYLE_UNSPECIFIED')}.`,
        );
      }
    }
    const range = body.tableRange as Json | undefined;
    let table: Table;
    let r0 = 0;
    let c0 = 0;
    let rs: number;
    let cs: number;
    if (range) {
      const loc = (range.tableCellLocation ?? {}) as Json;
      table = tableAtLocation(where, loc.tableStartLocation, batch);
      r0 = num(where, loc.rowIndex ?? 0, 'rowIndex');
      c0 = num(where, loc.columnIndex ?? 0, 'columnIndex');
      rs = num(where, range.rowSpan, 'rowSpan');
      cs = num(where, range.columnSpan, 'columnSpan');
    } else {
      table = tableAtLocation(where, body.tableStartLocation, batch);
      rs = table.rows.length;
      cs = table.columns.length;
    }
    if (r0 < 0 || c0 < 0 || rs < 1 || cs < 1 || r0 + rs > table.rows.length || c0 + cs > table.columns.length) {
      fail(where, 'The table range is outside the table.');
    }
    for (let r = r0; r < r0 + rs; r++) {
      for (let c = c0; c < c0 + cs; c++) {
        const cell = table.rows[r].cells[c];
        cell.style = merged(cell.style, style, fields);
      }
    }
    return {};
  },

  updateSectionStyle(where, body, batch) {
    const { seg, start, end } = checkRange(where, body.range, batch, true);
    const fields = fieldList(where, body.fields, SECTION_FIELDS);
    const style = (body.sectionStyle ?? {}) as Json;
    if (fields.includes('flipPageOrientation') && typeof style.flipPageOrientation !== 'boolean') {
      fail(where, 'flipPageOrientation must be set to a value; unsetting it is not allowed.');
    }
    for (const s of seg.sectionsIn(start, end)) s.el.style = merged(s.el.style, style, fields);
    return {};
  },

  updateDocumentStyle(where, body, batch) {
    const fields = fieldList(
      where,
      body.fields,
      batch.options.withoutDocumentFormat ? DOCUMENT_FIELDS.filter((f) => f !== 'documentFormat') : DOCUMENT_FIELDS,
    );
    const style = (body.documentStyle ?? {}) as Json;
    if (fields.includes('documentFormat')) {
      const mode = (style.documentFormat as Json | undefined)?.documentMode;
      if (!DOCUMENT_MODES.includes(String(mode))) {
        fail(where, `documentFormat.documentMode must be PAGES or PAGELESS, not ${String(mode ?? 'unset')}.`);
      }
    }
    if (fields.includes('pageSize')) {
      const size = (style.pageSize ?? {}) as Json;
      const w = dimensionPt(where, size.width, 'pageSize.width');
      const h = dimensionPt(where, size.height, 'pageSize.height');
      if (w <= 0 || h <= 0) fail(where, 'pageSize must be positive.');
    }
    for (const m of ['marginTop', 'marginBottom', 'marginLeft', 'marginRight'] as const) {
      if (fields.includes(m) && dimensionPt(where, style[m], m) < 0) fail(where, `${m} must not be negative.`);
    }
    batch.doc.documentStyle = merged(batch.doc.documentStyle, style, fields);
    return {};
  },

  /**
   * MergeTableCellsRequest: "Any text in the cells being merged will be concatenated and stored in
   * the head cell of the range … If the range is non-rectangular (which can occur in some cases where
   * the range covers cells that are already merged …), a 400 bad request error is returned."
   */
  mergeTableCells(where, body, batch) {
    const range = (body.tableRange ?? {}) as Json;
    const loc = (range.tableCellLocation ?? {}) as Json;
    const table = tableAtLocation(where, loc.tableStartLocation, batch);
    const r0 = num(where, loc.rowIndex ?? 0, 'rowIndex');
    const c0 = num(where, loc.columnIndex ?? 0, 'columnIndex');
    const rs = num(where, range.rowSpan, 'rowSpan');
    const cs = num(where, range.columnSpan, 'columnSpan');
    if (r0 < 0 || c0 < 0 || rs < 1 || cs < 1 || r0 + rs > table.rows.length || c0 + cs > table.columns.length) {
      fail(where, 'The table range is outside the table.');
    }
    if (rs * cs < 2) fail(where, 'The table range must cover at least two cells.');
    const inRange = (r: number, c: number) => r >= r0 && r < r0 + rs && c >= c0 && c < c0 + cs;
    table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const span = cell.span ?? { rows: 1, columns: 1 };
        const covers = [...Array(span.rows * span.columns).keys()].map(
          (k) => [r + Math.floor(k / span.columns), c + (k % span.columns)] as const,
        );
        const some = covers.some(([a, b]) => inRange(a, b));
        if (!cell.merged && some && !covers.every(([a, b]) => inRange(a, b))) {
          fail(where, 'The table range is non-rectangular: it cuts through cells already merged.');
        }
      });
    });
    const head = table.rows[r0].cells[c0];
    const kept: Para[] = head.content.filter((p) => p.text !== '\n');
    for (let r = r0; r < r0 + rs; r++) {
      for (let c = c0; c < c0 + cs; c++) {
        if (r === r0 && c === c0) continue;
        const cell: Cell = table.rows[r].cells[c];
        for (const p of cell.content) if (p.text !== '\n') kept.push(p);
        cell.content = [newPara()];
        cell.merged = true;
        delete cell.span;
      }
    }
    head.content = kept.length > 0 ? kept : [newPara()];
    head.span = { rows: rs, columns: cs };
    delete head.merged;
    batch.structureChanged();
    return {};
  },

  /**
   * DeleteContentRangeRequest over whole or partial paragraphs (what the add-on deletes). Refused as
   * the API refuses it: a range across table cells or a table, the segment's last newline, or the
   * newline right before a table or section break.
   */
  deleteContentRange(where, body, batch) {
    const { seg, start, end, leaves } = checkRange(where, body.range, batch);
    if (end >= seg.end()) fail(where, 'The range cannot include the last newline of the segment.');
    const list = leaves[0].list as Array<Para | { kind: string }>;
    if (leaves.some((l) => l.list !== list || l.cell !== leaves[0].cell)) {
      fail(where, 'The range cannot cross a table or table cells.');
    }
    const first = leaves[0];
    const at = list.indexOf(first.para);
    let last: { para: Para; start: number } = leaves[leaves.length - 1];
    let removed = leaves.length;
    if (end === leaves[leaves.length - 1].end) {
      // The last paragraph's newline goes too: what follows it joins the first paragraph's head.
      const next = list[at + leaves.length];
      if (next?.kind !== 'paragraph') fail(where, 'The newline before a table or section break cannot be deleted.');
      last = { para: next as Para, start: end };
      removed += 1;
    }
    const headText = first.para.text.slice(0, start - first.start);
    const tail = end - last.start;
    const objects = (text: string) => [...text].filter((ch) => ch === OBJECT_CHAR).length;
    const merged: Para = {
      kind: 'paragraph',
      text: headText + last.para.text.slice(tail),
      runs: joinRuns(
        sliceRuns(first.para.runs, 0, start - first.start),
        sliceRuns(last.para.runs, tail, last.para.text.length),
      ),
      objects: [
        ...first.para.objects.slice(0, objects(headText)),
        ...last.para.objects.slice(objects(last.para.text.slice(0, tail))),
      ],
      // A range from a paragraph's start takes the paragraph whose newline survives.
      style: start === first.start ? last.para.style : first.para.style,
    };
    const bullet = start === first.start ? last.para.bullet : first.para.bullet;
    if (bullet) merged.bullet = bullet;
    list.splice(at, removed, merged);
    batch.structureChanged();
    return {};
  },

  createFooter(where, body, batch) {
    if (body.type !== 'DEFAULT') fail(where, 'type must be DEFAULT.');
    if (body.sectionBreakLocation) fail(where, 'The emulator supports the document-wide default footer only.');
    if (batch.doc.documentStyle.defaultFooterId) fail(where, 'A default footer already exists.');
    const footerId = nextId(batch.doc, 'kix');
    batch.doc.footers[footerId] = { content: [newPara()] };
    batch.doc.documentStyle = { ...batch.doc.documentStyle, defaultFooterId: footerId };
    return { createFooter: { footerId } };
  },
};

type FakeDocsDocuments = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'create' | 'get' | 'batchUpdate'>;

export interface FakeDocs {
  Documents: FakeDocsDocuments;
}

function apiError(method: string, message: string): Error {
  return new Error(`API call to docs.documents.${method} failed with error: ${message}`);
}

/** Docs API view of a document (not counted; for tests and exports). */
export function documentToApiJson(doc: FakeDocument): SchemaDocument {
  return documentJson(doc.model);
}

/** Applies a batch to a copy; the copy replaces the document only when every request is valid. */
function applyBatch(model: DocModel, requests: unknown[], options: DocsOptions): { model: DocModel; replies: Json[] } {
  const copy = copyModel(model);
  const batch = new Batch(copy, options);
  const replies = requests.map((raw, i) => {
    const r = raw as Json | null;
    const kinds = Object.keys(r ?? {});
    if (kinds.length !== 1) throw new RequestError(`Invalid requests[${i}]: exactly one request kind must be set.`);
    const kind = kinds[0];
    const handler = HANDLERS[kind];
    if (!handler) throw new RequestError(`Invalid requests[${i}]: the emulator does not support ${kind}.`);
    return handler(`requests[${i}].${kind}`, (r as Json)[kind] as Json, batch);
  });
  return { model: copy, replies };
}

/**
 * The bounds the add-on keeps every batchUpdate within (src/core/docs/batches.ts): 500 requests,
 * as third-party clients report Google's cap, and 2 MB of body, well under Google's documented
 * 10 MB. The emulator refuses a larger batch, naming the limit, so no test passes with one.
 */
export const BATCH_LIMITS = { requests: 500, bytes: 2_000_000 };

/** One batchUpdate the emulator received: its size, for tests and the numbers in the README. */
export interface BatchRecord {
  documentId: string;
  requests: number;
  bytes: number;
}

function utf8Bytes(json: string): number {
  return Buffer.byteLength(json, 'utf8');
}

export function createDocs(
  counter: CallCounter,
  store: DocumentStore,
  options: DocsOptions = {},
  batches: BatchRecord[] = [],
): FakeDocs {
  const Documents = {
    create(resource: GoogleAppsScript.Docs.Schema.Document): SchemaDocument {
      counter.hit('Docs.Documents.create');
      const title = resource?.title;
      if (typeof title !== 'string' || title === '') return documentJson(store.create('Untitled document').model);
      return documentJson(store.create(title).model);
    },
    get(documentId: string, optionalArgs?: { fields?: unknown }): SchemaDocument {
      counter.hit('Docs.Documents.get');
      // The fields parameter is checked before the document is looked up, as a malformed request is.
      let mask: Mask | null = null;
      try {
        if (optionalArgs?.fields !== undefined) mask = documentMask(optionalArgs.fields);
      } catch (e) {
        if (e instanceof FieldMaskError) throw apiError('get', e.message);
        throw e;
      }
      const doc = store.find(String(documentId));
      if (!doc) throw apiError('get', 'Requested entity was not found.');
      const json = documentJson(doc.model);
      return mask ? (applyMask(json, mask) as SchemaDocument) : json;
    },
    batchUpdate(resource: BatchRequest, documentId: string): BatchResponse {
      counter.hit('Docs.Documents.batchUpdate');
      const doc = store.find(String(documentId));
      if (!doc) throw apiError('batchUpdate', 'Requested entity was not found.');
      const requests = (resource?.requests ?? []) as unknown;
      if (!Array.isArray(requests)) throw apiError('batchUpdate', 'Invalid JSON payload: requests must be a list.');
      const bytes = utf8Bytes(JSON.stringify({ requests }));
      batches.push({ documentId: doc.id, requests: requests.length, bytes });
      if (requests.length > BATCH_LIMITS.requests) {
        throw apiError(
          'batchUpdate',
          `Too many requests in one batch: ${requests.length}; the limit is ${BATCH_LIMITS.requests} requests per batchUpdate.`,
        );
      }
      if (bytes > BATCH_LIMITS.bytes) {
        throw apiError(
          'batchUpdate',
          `Request body too large: ${bytes} bytes; the limit is ${BATCH_LIMITS.bytes} bytes per batchUpdate.`,
        );
      }
      try {
        const { model, replies } = applyBatch(doc.model, requests, options);
        Object.assign(doc.model, model);
        return { documentId: doc.id, replies } as BatchResponse;
      } catch (e) {
        if (e instanceof RequestError) throw apiError('batchUpdate', e.message);
        throw e;
      }
    },
  };
  return { Documents: Documents as unknown as FakeDocsDocuments };
}
