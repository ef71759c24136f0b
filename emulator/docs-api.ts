/** Docs advanced service fake: Docs.Documents.get / batchUpdate with Docs API indices. */
import type { CallCounter } from './call-counter.ts';
import type { DocumentStore, FakeDocument } from './document.ts';
import {
  type AlignName,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  type HeadingName,
} from './document-model.ts';

type SchemaDocument = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

/** One paragraph placed at Docs API indices: [start, end), end includes the trailing newline. */
interface PlacedParagraph {
  paragraph: FakeParagraph;
  start: number;
  end: number;
}

const NAMED_STYLE: Record<HeadingName, string> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};

const TO_API_ALIGN: Record<AlignName, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const FROM_API_ALIGN: Record<string, AlignName> = {
  START: 'LEFT',
  CENTER: 'CENTER',
  END: 'RIGHT',
  JUSTIFIED: 'JUSTIFY',
};

function paragraphJson(p: FakeParagraph, start: number, isPageBreak = false, isRule = false): StructuralElement {
  const elements: object[] = [];
  let pos = start;
  if (isPageBreak || isRule) {
    elements.push({ startIndex: pos, endIndex: pos + 1, [isPageBreak ? 'pageBreak' : 'horizontalRule']: {} });
    pos += 1;
  }
  const { text, bold, italic } = p.content;
  // Split into runs of equal style; the trailing newline joins the last run.
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && bold[j] === bold[i] && italic[j] === italic[i]) j++;
    const content = text.slice(i, j) + (j === text.length ? '\n' : '');
    const textStyle: Record<string, boolean> = {};
    if (bold[i]) textStyle.bold = true;
    if (italic[i]) textStyle.italic = true;
    elements.push({ startIndex: pos, endIndex: pos + content.length, textRun: { content, textStyle } });
    pos += content.length;
    i = j;
  }
  if (text.length === 0) {
    elements.push({ startIndex: pos, endIndex: pos + 1, textRun: { content: '\n', textStyle: {} } });
    pos += 1;
  }
  const paragraphStyle: Record<string, string> = { namedStyleType: NAMED_STYLE[p.heading] };
  if (p.alignment) paragraphStyle.alignment = TO_API_ALIGN[p.alignment];
  const paragraph: Record<string, unknown> = { elements, paragraphStyle };
  if (p instanceof FakeListItem) paragraph.bullet = { listId: 'list', nestingLevel: p.nestingLevel };
  return { startIndex: start, endIndex: pos, paragraph } as StructuralElement;
}

/** Builds the Docs API body content and the list of placed paragraphs. */
function layout(doc: FakeDocument): { content: StructuralElement[]; placed: PlacedParagraph[]; end: number } {
  const content: StructuralElement[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } } as StructuralElement];
  const placed: PlacedParagraph[] = [];
  let pos = 1;
  const place = (p: FakeParagraph, extra: 'pageBreak' | 'rule' | null = null): StructuralElement => {
    const el = paragraphJson(p, pos, extra === 'pageBreak', extra === 'rule');
    if (!extra) placed.push({ paragraph: p, start: pos, end: el.endIndex! });
    pos = el.endIndex!;
    return el;
  };
  for (const child of doc.body.children) {
    if (child instanceof FakeParagraph) {
      content.push(place(child));
    } else if (child instanceof FakeTable) {
      const tableStart = pos;
      pos += 1; // table start
      const tableRows = child.rows.map((row) => {
        const rowStart = pos;
        pos += 1; // row start
        const tableCells = row.cells.map((cell) => {
          const cellStart = pos;
          pos += 1; // cell start
          const cellContent = cell.paragraphs.map((p) => place(p));
          return {
            startIndex: cellStart,
            endIndex: pos,
            content: cellContent,
            tableCellStyle: cell.background ? { backgroundColor: cell.background } : {},
          };
        });
        return { startIndex: rowStart, endIndex: pos, tableCells };
      });
      const columns = child.rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
      content.push({
        startIndex: tableStart,
        endIndex: pos,
        table: { rows: child.rows.length, columns, tableRows },
      } as StructuralElement);
    } else {
      // Page breaks and horizontal rules live in a paragraph of their own.
      const holder = new FakeParagraph(undefined as unknown as CallCounter, '');
      content.push(place(holder, child instanceof FakePageBreak ? 'pageBreak' : 'rule'));
    }
  }
  return { content, placed, end: pos };
}

interface Range {
  startIndex: number;
  endIndex: number;
}

function checkRange(where: string, range: unknown, end: number): Range {
  const r = range as Partial<Range> | undefined;
  if (!r || typeof r.startIndex !== 'number' || typeof r.endIndex !== 'number') {
    throw new Error(`Invalid ${where}: range must have a startIndex and an endIndex.`);
  }
  if (r.startIndex < 1) throw new Error(`Invalid ${where}: Index ${r.startIndex} must be greater than or equal to 1.`);
  if (r.endIndex <= r.startIndex) throw new Error(`Invalid ${where}: The range should not be empty.`);
  if (r.endIndex > end) {
    throw new Error(
      `Invalid ${where}: Index ${r.endIndex - 1} must be less than the end index of the referenced segment, ${end}.`,
    );
  }
  return { startIndex: r.startIndex, endIndex: r.endIndex };
}

function fieldList(where: string, fields: unknown, allowed: string[]): string[] {
  if (typeof fields !== 'string' || fields.trim() === '') throw new Error(`Invalid ${where}: fields is required.`);
  const list = fields.split(',').map((f) => f.trim());
  if (list.includes('*')) return allowed;
  for (const f of list)
    if (!allowed.includes(f)) throw new Error(`Invalid ${where}: the emulator does not support field "${f}".`);
  return list;
}

type Apply = () => void;

/** The paragraphs a range overlaps; `placed` is in document order, so a binary search finds the first. */
function overlapping(placed: PlacedParagraph[], range: { startIndex: number; endIndex: number }): PlacedParagraph[] {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].end > range.startIndex) hi = mid;
    else lo = mid + 1;
  }
  const hits: PlacedParagraph[] = [];
  for (let i = lo; i < placed.length && placed[i].start < range.endIndex; i++) hits.push(placed[i]);
  return hits;
}

function planRequest(request: Record<string, unknown>, index: number, placed: PlacedParagraph[], end: number): Apply {
  const kinds = Object.keys(request ?? {});
  if (kinds.length !== 1) throw new Error(`Invalid requests[${index}]: exactly one request kind must be set.`);
  const kind = kinds[0];
  const where = `requests[${index}].${kind}`;
  const body = request[kind] as Record<string, unknown>;
  if (kind === 'updateParagraphStyle') {
    const range = checkRange(where, body.range, end);
    const fields = fieldList(where, body.fields, ['alignment']);
    const style = (body.paragraphStyle ?? {}) as Record<string, unknown>;
    let align: AlignName | null = null;
    if (fields.includes('alignment')) {
      if (style.alignment !== undefined && !(String(style.alignment) in FROM_API_ALIGN)) {
        throw new Error(`Invalid ${where}: unknown alignment "${String(style.alignment)}".`);
      }
      align = style.alignment === undefined ? null : FROM_API_ALIGN[String(style.alignment)];
    }
    const hits = overlapping(placed, range);
    return () => hits.forEach((p) => (p.paragraph.alignment = align));
  }
  if (kind === 'updateTextStyle') {
    const range = checkRange(where, body.range, end);
    const fields = fieldList(where, body.fields, ['bold', 'italic']);
    const style = (body.textStyle ?? {}) as Record<string, unknown>;
    const hits = overlapping(placed, range);
    return () => {
      for (const p of hits) {
        const from = Math.max(range.startIndex, p.start) - p.start;
        const to = Math.min(range.endIndex, p.end - 1) - p.start; // exclusive; the newline carries no text
        for (let i = from; i < to; i++) {
          if (fields.includes('bold')) p.paragraph.content.bold[i] = Boolean(style.bold);
          if (fields.includes('italic')) p.paragraph.content.italic[i] = Boolean(style.italic);
        }
      }
    };
  }
  throw new Error(`Docs emulator: unsupported request kind "${kind}" (requests[${index}]).`);
}

export type FakeDocsDocuments = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate'>;

export interface FakeDocs {
  Documents: FakeDocsDocuments;
}

function notFound(method: string): Error {
  return new Error(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
}

/** Docs API view of a document (not counted; for tests and exports). */
export function documentToApiJson(doc: FakeDocument): SchemaDocument {
  const { content } = layout(doc);
  return { documentId: doc.id, title: doc.name, body: { content } } as SchemaDocument;
}

export function createDocs(counter: CallCounter, store: DocumentStore): FakeDocs {
  const Documents: FakeDocsDocuments = {
    get(documentId: string, optionalArgs?: object): SchemaDocument {
      counter.hit('Docs.Documents.get');
      const doc = store.find(String(documentId));
      if (!doc) throw notFound('get');
      return documentToApiJson(doc);
    },
    batchUpdate(resource: BatchRequest, documentId: string): BatchResponse {
      counter.hit('Docs.Documents.batchUpdate');
      const doc = store.find(String(documentId));
      if (!doc) throw notFound('batchUpdate');
      const requests = (resource?.requests ?? []) as unknown as Array<Record<string, unknown>>;
      if (!Array.isArray(requests)) throw new Error('Invalid JSON payload: requests must be a list.');
      const { placed, end } = layout(doc);
      // Validate every request first: an invalid one means nothing is applied (as the API does).
      const plan = requests.map((r, i) => planRequest(r, i, placed, end));
      plan.forEach((apply) => apply());
      return { documentId: doc.id, replies: requests.map(() => ({})) } as BatchResponse;
    },
  };
  return { Documents };
}
