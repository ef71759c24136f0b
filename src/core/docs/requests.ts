/**
 * Docs API requests for the whole report (write-document.ts sends them):
 *  1. skeleton: page setup, footer, then the text of every run of paragraphs, empty tables and
 *     section breaks appended in order at the end of the body (no index arithmetic); an image's
 *     paragraph is left empty;
 *  2. fill: after one `documents.get`, every table cell's text, from the end of the document to
 *     its start (no insert moves one still to come), then every style at indices counted after
 *     those inserts; a style covers a section, a run of alike paragraphs, a table or a row, never
 *     one request per cell;
 *  3. links and images: after a second `get` (headings now carry their headingId), the Daftar Isi
 *     / Daftar Tabel entries link to their headings, and each image goes into its empty paragraph.
 */
import type { SchemaDocument, StructuralElement } from './docs-schema';
import type { PageSetup } from './page-setup';
import { type PlanElement, type PlanParagraph, type PlanSignatures, type PlanTable, planDocument } from './plan';
import {
  BLACK,
  cellInserts,
  type DocsRequest,
  type Insert,
  pt,
  shiftAfter,
  signatureRequests,
  tableRequests,
} from './table-requests';
import type { Block } from '../report/report-types';

export type { DocsRequest } from './table-requests';

const END = { endOfSegmentLocation: { segmentId: '' } };

export interface DocPlan {
  setup: PageSetup;
  elements: PlanElement[];
}

export function planReport(blocks: Block[], setup: PageSetup): DocPlan {
  return { setup, elements: planDocument(blocks, setup) };
}

/**
 * A paged document (not pageless): documentStyle.documentFormat.documentMode, in the Docs API
 * discovery document since 2025 (DocumentFormat: DOCUMENT_MODE_UNSPECIFIED | PAGES | PAGELESS).
 * Sent first in the skeleton batch; an API that refuses it refuses only this request
 * (write-document.ts sends the batch again without it).
 */
export const PAGE_MODE_REQUEST: DocsRequest = {
  updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat' },
};

/** Batch 1. The reply to request 1 (createFooter) names the footer. */
export function skeletonRequests(plan: DocPlan): DocsRequest[] {
  const { setup } = plan;
  const requests: DocsRequest[] = [
    {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(setup.width), height: pt(setup.height) },
          marginTop: pt(setup.margins.top),
          marginBottom: pt(setup.margins.bottom),
          marginLeft: pt(setup.margins.left),
          marginRight: pt(setup.margins.right),
          useFirstPageHeaderFooter: true,
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight,useFirstPageHeaderFooter',
      },
    },
    { createFooter: { type: 'DEFAULT' } },
  ];
  // Whether the body's last paragraph already holds an element of the plan.
  let claimed = false;
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = (claimed ? '\n' : '') + run.join('\n');
    if (text !== '') requests.push({ insertText: { text, ...END } });
    claimed = true;
    run = [];
  };
  for (const el of plan.elements) {
    if (el.kind === 'paragraph') {
      // An image's paragraph stays empty until the images batch.
      run.push(el.image ? '' : el.text);
      continue;
    }
    flush();
    if (el.kind === 'table') {
      requests.push({ insertTable: { rows: el.cells.length, columns: el.widths.length, ...END } });
    } else if (el.kind === 'signatures') {
      requests.push({ insertTable: { rows: 1, columns: el.widths.length, ...END } });
    } else {
      requests.push({ insertSectionBreak: { sectionType: 'NEXT_PAGE', ...END } });
    }
    claimed = false;
  }
  flush();
  return requests;
}

interface Located {
  el: PlanElement;
  node: StructuralElement;
}

function paragraphText(node: StructuralElement): string {
  return (node.paragraph?.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '');
}

function hasImage(node: StructuralElement): boolean {
  return (node.paragraph?.elements ?? []).some((e) => e.inlineObjectElement);
}

function isFiller(node: StructuralElement): boolean {
  return node.paragraph !== undefined && paragraphText(node) === '' && !hasImage(node);
}

/**
 * Pairs each plan element with its element in the body as `get` returned it. Empty paragraphs
 * the API adds around tables and section breaks (and the body's closing one) are the fillers;
 * an image's paragraph matches while still empty or once it holds its image; anything else out
 * of step is an error (the Doc is not what the skeleton wrote).
 */
function locate(plan: DocPlan, doc: SchemaDocument): { located: Located[]; fillers: StructuralElement[] } {
  const content = doc.body?.content ?? [];
  const located: Located[] = [];
  const fillers: StructuralElement[] = [];
  let i = 1; // content[0] is the document's first section break
  for (const el of plan.elements) {
    for (; ; i++) {
      const node = content[i];
      if (!node) throw new Error(`Dokumen tidak sesuai kerangka: elemen ${located.length + 1} tidak ditemukan.`);
      if ((el.kind === 'table' || el.kind === 'signatures') && node.table) break;
      if (el.kind === 'sectionBreak' && node.sectionBreak) break;
      if (el.kind === 'paragraph' && node.paragraph) {
        if (el.image ? paragraphText(node) === '' : paragraphText(node) === el.text) break;
      }
      if (isFiller(node)) {
        fillers.push(node);
        continue;
      }
      throw new Error(`Dokumen tidak sesuai kerangka pada indeks ${node.startIndex ?? 0}.`);
    }
    located.push({ el, node: content[i] });
    i++;
  }
  for (; i < content.length; i++) if (isFiller(content[i])) fillers.push(content[i]);
  return { located, fillers };
}

const NAMED: Record<string, string> = {
  title: 'TITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  heading3: 'HEADING_3',
};

type Style = Record<string, unknown>;

function paragraphStyleOf(p: PlanParagraph, setup: PageSetup): Style {
  const style: Style = {
    namedStyleType: NAMED[p.role] ?? 'NORMAL_TEXT',
    alignment: p.align,
    lineSpacing: p.role === 'caption' || p.role === 'note' || p.role === 'image' ? 100 : setup.lineSpacing,
    spaceAbove: pt(
      p.spaceAbove ?? (p.role === 'heading1' ? 0 : p.role.startsWith('heading') || p.role === 'caption' ? 12 : 0),
    ),
    spaceBelow: pt(p.role === 'heading1' ? 18 : p.role === 'note' ? 12 : 6),
    keepWithNext: p.keepWithNext === true || p.role.startsWith('heading') || p.role === 'caption' || p.role === 'image',
  };
  if (p.pageBreakBefore) style.pageBreakBefore = true;
  if (p.indentStart !== undefined) style.indentStart = pt(p.indentStart);
  return style;
}

function textStyleOf(p: PlanParagraph, setup: PageSetup): Style {
  const size =
    p.role === 'title' ? 18 : p.role === 'heading1' ? 14 : p.role === 'note' ? setup.tableFontSize : setup.fontSize;
  return {
    weightedFontFamily: { fontFamily: setup.font },
    fontSize: pt(size),
    bold: p.bold === true,
    italic: p.italic === true,
    foregroundColor: BLACK,
  };
}

/**
 * The look of a body paragraph, given to each section of the body as a whole (tables included,
 * which then get their own): a paragraph that looks like this needs no request of its own.
 */
function baseParagraph(setup: PageSetup): Style {
  return {
    namedStyleType: 'NORMAL_TEXT',
    alignment: 'JUSTIFIED',
    lineSpacing: setup.lineSpacing,
    spaceAbove: pt(0),
    spaceBelow: pt(6),
    keepWithNext: false,
  };
}

function baseText(setup: PageSetup): Style {
  return {
    weightedFontFamily: { fontFamily: setup.font },
    fontSize: pt(setup.fontSize),
    bold: false,
    italic: false,
    foregroundColor: BLACK,
  };
}

/** The fields of `style` that differ from `base` (a heading differs in most, a plain paragraph in none). */
function diff(style: Style, base: Style): Style {
  const out: Style = {};
  for (const [k, v] of Object.entries(style)) if (JSON.stringify(v) !== JSON.stringify(base[k])) out[k] = v;
  return out;
}

/**
 * An empty paragraph the API adds (between a table and a section break, at the end of the body):
 * one point high, no space around it, so it never pushes a page of its own.
 */
const FILLER_PARAGRAPH: Style = { alignment: 'START', lineSpacing: 100, spaceBelow: pt(0) };
const FILLER_TEXT: Style = { fontSize: pt(1) };

/** One style over a range; consecutive ranges with the same style become one request. */
interface Span {
  start: number;
  end: number;
  style: Style;
  key: string;
}

/** Spans in document order, merged where one ends where the next, of the same style, starts. */
function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && last.end === s.start && last.key === s.key) last.end = s.end;
    else merged.push({ ...s });
  }
  return merged;
}

function styleRequest(kind: 'updateParagraphStyle' | 'updateTextStyle', s: Span): DocsRequest {
  const range = { startIndex: s.start, endIndex: s.end };
  const body = kind === 'updateParagraphStyle' ? { paragraphStyle: s.style } : { textStyle: s.style };
  return { [kind]: { range, ...body, fields: Object.keys(s.style).join(',') } };
}

/**
 * What the fill reads of the Doc, the `fields` of its documents.get (a partial response: the
 * whole Doc of a big report is over 10 MB of JSON): each body element's extent and kind, the text
 * of the body's paragraphs (to pair them with the plan) and where each table cell starts and ends.
 * A cell's text starts just after its start (`startIndex + 1`, cellInserts), so its content is
 * not asked for.
 */
export const FILL_FIELDS =
  'body.content(startIndex,endIndex,sectionBreak,paragraph.elements(textRun.content,inlineObjectElement.inlineObjectId),table.tableRows.tableCells(startIndex,endIndex))';

/**
 * What the links and images read of the Doc (linkRequests, placedImages): the body's elements as
 * for the fill, with each paragraph's headingId, and of a table only that it is one.
 */
export const LINK_FIELDS =
  'body.content(startIndex,endIndex,sectionBreak,table.rows,paragraph(elements(textRun.content,inlineObjectElement.inlineObjectId),paragraphStyle.headingId))';

/**
 * Batch 2 (before batching), in two phases. First every cell's text, from the end of the document
 * to its start (an insert never moves one still to come). Then every style, at indices counted
 * after those inserts (`at`): each section of the body gets the body paragraph's look as a whole,
 * then each paragraph, run of alike paragraphs or table gets what differs from it. Paragraph
 * styles come before text styles (a named style may reset the text's). The requests are made as
 * they are taken (a table's when its turn comes), so a fill of 20.000 requests is never held whole.
 */
export function* fillRequests(plan: DocPlan, doc: SchemaDocument, footerId: string): Generator<DocsRequest> {
  const { setup } = plan;
  const { located, fillers } = locate(plan, doc);
  const inserts: Insert[] = [];
  for (const { el, node } of located) {
    if (el.kind === 'table' || el.kind === 'signatures') for (const i of cellInserts(el, node)) inserts.push(i);
  }
  inserts.sort((a, b) => a.at - b.at);
  const at = shiftAfter(inserts);
  const paragraphSpans: Span[] = [];
  const textSpans: Span[] = [];
  const add = (spans: Span[], node: StructuralElement, style: Style) => {
    if (Object.keys(style).length === 0) return;
    const start = node.startIndex ?? 0;
    spans.push({ start: at(start), end: at(node.endIndex ?? start + 1), style, key: JSON.stringify(style) });
  };
  const basePara = baseParagraph(setup);
  const baseTxt = baseText(setup);
  const tables: { el: PlanTable | PlanSignatures; node: StructuralElement }[] = [];
  const rest: DocsRequest[] = [];
  const lists = new Map<number, { ordered: boolean; start: number; end: number }>();
  for (const { el, node } of located) {
    if (el.kind === 'paragraph') {
      add(paragraphSpans, node, diff(paragraphStyleOf(el, setup), basePara));
      // The closing newline is styled too: it sets the height of an empty line.
      add(textSpans, node, diff(textStyleOf(el, setup), baseTxt));
      if (el.list) {
        const start = at(node.startIndex ?? 0);
        const end = at(node.endIndex ?? 0);
        const l = lists.get(el.list.id);
        if (l) l.end = end;
        else lists.set(el.list.id, { ordered: el.list.ordered, start, end });
      }
    } else if (el.kind === 'table' || el.kind === 'signatures') {
      tables.push({ el, node });
    } else {
      const i = at(node.endIndex ?? 0);
      rest.push({
        updateSectionStyle: {
          range: { startIndex: i, endIndex: i + 1 },
          sectionStyle: { flipPageOrientation: el.landscape, useFirstPageHeaderFooter: false },
          fields: 'flipPageOrientation,useFirstPageHeaderFooter',
        },
      });
    }
  }
  for (const node of fillers) {
    add(paragraphSpans, node, FILLER_PARAGRAPH);
    add(textSpans, node, FILLER_TEXT);
  }
  // From the last cell to the first (no two cells start at the same index).
  for (let k = inserts.length - 1; k >= 0; k--) {
    yield { insertText: { location: { index: inserts[k].at }, text: inserts[k].text } };
  }
  const sections = sectionRanges(doc, at);
  for (const r of sections) {
    yield { updateParagraphStyle: { range: r, paragraphStyle: basePara, fields: Object.keys(basePara).join(',') } };
  }
  for (const s of mergeSpans(paragraphSpans)) yield styleRequest('updateParagraphStyle', s);
  for (const r of sections) {
    yield { updateTextStyle: { range: r, textStyle: baseTxt, fields: Object.keys(baseTxt).join(',') } };
  }
  for (const s of mergeSpans(textSpans)) yield styleRequest('updateTextStyle', s);
  for (const { el, node } of tables) {
    yield* el.kind === 'table' ? tableRequests(el, node, setup, at) : signatureRequests(el, node, setup, at);
  }
  for (const l of lists.values()) {
    yield {
      createParagraphBullets: {
        range: { startIndex: l.start, endIndex: l.end },
        bulletPreset: l.ordered ? 'NUMBERED_DECIMAL_NESTED' : 'BULLET_DISC_CIRCLE_SQUARE',
      },
    };
  }
  yield* rest;
  if (setup.footer !== '' && footerId) yield* footerRequests(setup, footerId);
}

/** The body between its section breaks, each a range after the inserts (a range never holds a break). */
function sectionRanges(doc: SchemaDocument, at: (i: number) => number): { startIndex: number; endIndex: number }[] {
  const content = doc.body?.content ?? [];
  const breaks = content.filter((e) => e.sectionBreak);
  const bodyEnd = content[content.length - 1]?.endIndex ?? 1;
  const out: { startIndex: number; endIndex: number }[] = [];
  breaks.forEach((b, k) => {
    const startIndex = at(b.endIndex ?? 1);
    const endIndex = at(breaks[k + 1]?.startIndex ?? bodyEnd);
    if (endIndex > startIndex) out.push({ startIndex, endIndex });
  });
  return out;
}

/**
 * The footer: instansi and year, from the second page on (the cover uses the empty first-page
 * footer). No page number: no Docs API request inserts a page-number field (auto text), so the
 * panel and the guide give the user the one click that adds it (Sisipkan → Nomor halaman).
 */
function footerRequests(setup: PageSetup, footerId: string): DocsRequest[] {
  const text = setup.footer;
  return [
    { insertText: { location: { segmentId: footerId, index: 0 }, text } },
    {
      updateParagraphStyle: {
        range: { segmentId: footerId, startIndex: 0, endIndex: text.length + 1 },
        paragraphStyle: { alignment: 'CENTER' },
        fields: 'alignment',
      },
    },
    {
      updateTextStyle: {
        range: { segmentId: footerId, startIndex: 0, endIndex: text.length },
        textStyle: { weightedFontFamily: { fontFamily: setup.font }, fontSize: pt(9), italic: true },
        fields: 'weightedFontFamily,fontSize,italic',
      },
    },
  ];
}

/** Batch 3: Daftar Isi / Daftar Tabel entries linked to the headings' ids (from the second `get`). */
export function linkRequests(plan: DocPlan, doc: SchemaDocument): DocsRequest[] {
  const { located } = locate(plan, doc);
  const requests: DocsRequest[] = [];
  located.forEach(({ el, node }) => {
    if (el.kind !== 'paragraph' || el.linkTo === undefined) return;
    const target = located[el.linkTo]?.node.paragraph?.paragraphStyle?.headingId;
    const start = node.startIndex ?? 0;
    const end = (node.endIndex ?? start + 1) - 1;
    if (!target || end <= start) return;
    requests.push({
      updateTextStyle: {
        range: { startIndex: start, endIndex: end },
        textStyle: { link: { headingId: target }, underline: false, foregroundColor: BLACK },
        fields: 'link,underline,foregroundColor',
      },
    });
  });
  return requests;
}

/** An image of the plan, where its empty paragraph is in the Doc, and the caption printed under it. */
export interface PlacedImage {
  url: string;
  width: number;
  /** The image's paragraph. */
  start: number;
  /** End of the caption paragraph under it (or of the image's paragraph when it has none). */
  end: number;
  /** `Gambar 1.1 …`, or '' for the cover's logo. */
  caption: string;
}

/** The images, last first (inserting one never moves the ones still to come), from the second `get`. */
export function placedImages(plan: DocPlan, doc: SchemaDocument): PlacedImage[] {
  const { located } = locate(plan, doc);
  const out: PlacedImage[] = [];
  located.forEach(({ el, node }, i) => {
    if (el.kind !== 'paragraph' || !el.image) return;
    const next = located[i + 1];
    const caption = next?.el.kind === 'paragraph' && next.el.role === 'caption' ? next : null;
    const start = node.startIndex ?? 0;
    out.push({
      url: el.image.url,
      width: el.image.width,
      start,
      end: caption ? (caption.node.endIndex ?? start + 1) : (node.endIndex ?? start + 1),
      caption: caption && caption.el.kind === 'paragraph' ? caption.el.source : '',
    });
  });
  return out.reverse();
}

export function imageRequest(image: PlacedImage): DocsRequest {
  return {
    insertInlineImage: {
      uri: image.url,
      objectSize: { width: pt(image.width) },
      location: { index: image.start },
    },
  };
}

/**
 * An image Google refused: its empty paragraph and its caption's text are taken out, and the one
 * paragraph left (the caption's, whose newline may stand before a table and cannot be deleted)
 * becomes a filler, so nothing of the missing figure is printed.
 */
export function removeImageRequests(image: PlacedImage): DocsRequest[] {
  const requests: DocsRequest[] = [];
  if (image.end - 1 > image.start) {
    requests.push({ deleteContentRange: { range: { startIndex: image.start, endIndex: image.end - 1 } } });
  }
  const range = { startIndex: image.start, endIndex: image.start + 1 };
  const filler = (style: Style) => ({ range, start: range.startIndex, end: range.endIndex, style, key: '' });
  requests.push(
    styleRequest('updateParagraphStyle', filler({ ...FILLER_PARAGRAPH, spaceAbove: pt(0), keepWithNext: false })),
    styleRequest('updateTextStyle', filler({ ...FILLER_TEXT, bold: false })),
  );
  return requests;
}
