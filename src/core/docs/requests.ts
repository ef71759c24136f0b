/**
 * Docs API requests for the whole report, in three batches:
 *  1. skeleton: page setup, footer, then every paragraph's text, empty tables, section breaks and
 *     images appended in order at the end of the body (no index arithmetic);
 *  2. fill: after one `documents.get`, every table cell's text and every style, ordered from the
 *     end of the document to its start, so no request moves the indices of one that follows;
 *  3. links: after a second `get` (headings now carry their headingId), the Daftar Isi / Daftar
 *     Tabel entries link to their headings.
 */
import type { SchemaDocument, StructuralElement } from './docs-schema';
import type { PageSetup } from './page-setup';
import {
  type Align,
  type PlanElement,
  type PlanParagraph,
  type PlanSignatures,
  type PlanTable,
  planDocument,
} from './plan';
import type { Block } from '../report/report-types';

/** One Docs API request (the @types package predates several request kinds used here). */
export type DocsRequest = Record<string, unknown>;

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
/** Header row shading: light grey (#D9D9D9), as printed LKjIP tables use. */
const HEADER_SHADING = { red: 217 / 255, green: 217 / 255, blue: 217 / 255 };

const END = { endOfSegmentLocation: { segmentId: '' } };

export interface DocPlan {
  setup: PageSetup;
  elements: PlanElement[];
}

export function planReport(blocks: Block[], setup: PageSetup): DocPlan {
  return { setup, elements: planDocument(blocks, setup) };
}

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
  for (const el of plan.elements) {
    if (el.kind === 'paragraph') {
      if (el.image) {
        if (claimed) requests.push({ insertText: { text: '\n', ...END } });
        requests.push({ insertInlineImage: { uri: el.image.url, objectSize: { width: pt(el.image.width) }, ...END } });
      } else {
        const text = (claimed ? '\n' : '') + el.text;
        if (text !== '') requests.push({ insertText: { text, ...END } });
      }
      claimed = true;
    } else if (el.kind === 'table') {
      requests.push({ insertTable: { rows: el.cells.length, columns: el.widths.length, ...END } });
      claimed = false;
    } else if (el.kind === 'signatures') {
      requests.push({ insertTable: { rows: 1, columns: el.widths.length, ...END } });
      claimed = false;
    } else {
      requests.push({ insertSectionBreak: { sectionType: 'NEXT_PAGE', ...END } });
      claimed = false;
    }
  }
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

/**
 * Pairs each plan element with its element in the body as `get` returned it. Empty paragraphs
 * the API adds around tables and section breaks are passed over; anything else out of step is an
 * error (the Doc is not what the skeleton wrote).
 */
function locate(plan: DocPlan, doc: SchemaDocument): Located[] {
  const content = doc.body?.content ?? [];
  const out: Located[] = [];
  let i = 1; // content[0] is the document's first section break
  for (const el of plan.elements) {
    for (; ; i++) {
      const node = content[i];
      if (!node) throw new Error(`Dokumen tidak sesuai kerangka: elemen ${out.length + 1} tidak ditemukan.`);
      if ((el.kind === 'table' || el.kind === 'signatures') && node.table) break;
      if (el.kind === 'sectionBreak' && node.sectionBreak) break;
      if (el.kind === 'paragraph' && node.paragraph) {
        if (el.image ? hasImage(node) : paragraphText(node) === el.text) break;
      }
      if (node.paragraph && paragraphText(node) === '' && !hasImage(node)) continue;
      throw new Error(`Dokumen tidak sesuai kerangka pada indeks ${node.startIndex ?? 0}.`);
    }
    out.push({ el, node: content[i] });
    i++;
  }
  return out;
}

const NAMED: Record<string, string> = {
  title: 'TITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  heading3: 'HEADING_3',
};

function paragraphStyleOf(p: PlanParagraph, setup: PageSetup): Record<string, unknown> {
  const style: Record<string, unknown> = {
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

const PARAGRAPH_FIELDS = 'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow,keepWithNext';

function textStyleOf(p: PlanParagraph, setup: PageSetup): Record<string, unknown> {
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

const TEXT_FIELDS = 'weightedFontFamily,fontSize,bold,italic,foregroundColor';

/** A group of requests tied to a start index; groups run from the highest start to the lowest. */
interface Group {
  at: number;
  requests: DocsRequest[];
}

function paragraphGroup(p: PlanParagraph, node: StructuralElement, setup: PageSetup): Group {
  const start = node.startIndex ?? 0;
  const end = node.endIndex ?? start + 1;
  const paragraphStyle = paragraphStyleOf(p, setup);
  const fields =
    PARAGRAPH_FIELDS +
    (p.pageBreakBefore ? ',pageBreakBefore' : '') +
    (p.indentStart !== undefined ? ',indentStart' : '');
  const requests: DocsRequest[] = [
    { updateParagraphStyle: { range: { startIndex: start, endIndex: end }, paragraphStyle, fields } },
  ];
  // The closing newline is styled too: it sets the height of an empty line.
  requests.push({
    updateTextStyle: {
      range: { startIndex: start, endIndex: end },
      textStyle: textStyleOf(p, setup),
      fields: TEXT_FIELDS,
    },
  });
  return { at: start, requests };
}

const CELL_ALIGN: Record<string, Align> = { left: 'START', center: 'CENTER', right: 'END' };

/** Fixed column widths, one request per column (the API takes one width per request). */
function columnWidthRequests(tableStartLocation: { index: number }, widths: readonly number[]): DocsRequest[] {
  return widths.map((w, ci) => ({
    updateTableColumnProperties: {
      tableStartLocation,
      columnIndices: [ci],
      tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
      fields: 'widthType,width',
    },
  }));
}
function tableGroups(t: PlanTable, node: StructuralElement, setup: PageSetup): Group[] {
  const tableStart = node.startIndex ?? 0;
  const tableStartLocation = { index: tableStart };
  const groups: Group[] = [];
  const rows = node.table?.tableRows ?? [];
  rows.forEach((row, ri) => {
    (row.tableCells ?? []).forEach((cell, ci) => {
      const text = t.cells[ri]?.[ci] ?? '';
      const at = cell.content?.[0]?.startIndex ?? (cell.startIndex ?? 0) + 1;
      const requests: DocsRequest[] = [];
      if (text !== '') requests.push({ insertText: { location: { index: at }, text } });
      const align: Align = ri === 0 ? 'CENTER' : (CELL_ALIGN[t.block.align[ci] ?? 'left'] ?? 'START');
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: at, endIndex: at + text.length + 1 },
          paragraphStyle: {
            namedStyleType: 'NORMAL_TEXT',
            alignment: align,
            lineSpacing: 100,
            spaceAbove: pt(0),
            spaceBelow: pt(0),
          },
          fields: 'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow',
        },
      });
      // Up to and including the cell's closing newline (it sets the height of an empty cell).
      requests.push({
        updateTextStyle: {
          range: { startIndex: at, endIndex: at + text.length + 1 },
          textStyle: {
            weightedFontFamily: { fontFamily: setup.font },
            fontSize: pt(setup.tableFontSize),
            bold: t.boldRows.has(ri),
          },
          fields: 'weightedFontFamily,fontSize,bold',
        },
      });
      groups.push({ at, requests });
    });
  });
  const cols = t.widths.length;
  const tableRequests = columnWidthRequests(tableStartLocation, t.widths);
  tableRequests.push(
    { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } },
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
  groups.push({ at: tableStart, requests: tableRequests });
  return groups;
}

/** No visible line: the API refuses a transparent border; a border of width 0 is hidden. */
const NO_BORDER = { width: pt(0), color: BLACK, dashStyle: 'SOLID' };

/**
 * Signature blocks side by side: each cell's lines as paragraphs of their own, centred in the
 * cell (or from its left edge), at body size; the table borderless, its columns fixed, its one row
 * kept on one page.
 */
function signatureGroups(s: PlanSignatures, node: StructuralElement, setup: PageSetup): Group[] {
  const tableStart = node.startIndex ?? 0;
  const tableStartLocation = { index: tableStart };
  const groups: Group[] = [];
  const cells = node.table?.tableRows?.[0]?.tableCells ?? [];
  cells.forEach((cell, ci) => {
    const lines = s.columns[ci] ?? [];
    const at = cell.content?.[0]?.startIndex ?? (cell.startIndex ?? 0) + 1;
    const text = lines.map((l) => l.text).join('\n');
    const requests: DocsRequest[] = [];
    if (text !== '') requests.push({ insertText: { location: { index: at }, text } });
    let start = at;
    for (const l of lines) {
      const range = { startIndex: start, endIndex: start + l.text.length + 1 };
      requests.push(
        {
          updateParagraphStyle: {
            range,
            paragraphStyle: {
              namedStyleType: 'NORMAL_TEXT',
              alignment: s.align,
              // Single-spaced and close, as a form's signature and Nama/Jabatan lines are: the PK's
              // page holds them all, and the signatures fit under a lampiran's tables.
              lineSpacing: 100,
              spaceAbove: pt(l.spaceBefore ?? 0),
              spaceBelow: pt(2),
            },
            fields: 'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow',
          },
        },
        {
          updateTextStyle: {
            range,
            textStyle: {
              weightedFontFamily: { fontFamily: setup.font },
              fontSize: pt(setup.fontSize),
              bold: l.bold === true,
              foregroundColor: BLACK,
            },
            fields: TEXT_FIELDS,
          },
        },
      );
      start = range.endIndex;
    }
    groups.push({ at, requests });
  });
  const tableRequests = columnWidthRequests(tableStartLocation, s.widths);
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
  groups.push({ at: tableStart, requests: tableRequests });
  return groups;
}

/** Batch 2 (before chunking): cell texts and every style, from the end of the document to the start. */
export function fillRequests(plan: DocPlan, doc: SchemaDocument, footerId: string): DocsRequest[] {
  const { setup } = plan;
  const located = locate(plan, doc);
  const groups: Group[] = [];
  const lists = new Map<number, { ordered: boolean; start: number; end: number }>();
  for (const { el, node } of located) {
    if (el.kind === 'paragraph') {
      groups.push(paragraphGroup(el, node, setup));
      if (el.list) {
        const l = lists.get(el.list.id);
        const start = node.startIndex ?? 0;
        const end = node.endIndex ?? start + 1;
        if (l) l.end = end;
        else lists.set(el.list.id, { ordered: el.list.ordered, start, end });
      }
    } else if (el.kind === 'table') {
      groups.push(...tableGroups(el, node, setup));
    } else if (el.kind === 'signatures') {
      groups.push(...signatureGroups(el, node, setup));
    } else {
      const at = node.endIndex ?? 0;
      groups.push({
        at: node.startIndex ?? at - 1,
        requests: [
          {
            updateSectionStyle: {
              range: { startIndex: at, endIndex: at + 1 },
              sectionStyle: { flipPageOrientation: el.landscape, useFirstPageHeaderFooter: false },
              fields: 'flipPageOrientation,useFirstPageHeaderFooter',
            },
          },
        ],
      });
    }
  }
  for (const l of lists.values()) {
    groups.push({
      at: l.start,
      requests: [
        {
          createParagraphBullets: {
            range: { startIndex: l.start, endIndex: l.end },
            bulletPreset: l.ordered ? 'NUMBERED_DECIMAL_NESTED' : 'BULLET_DISC_CIRCLE_SQUARE',
          },
        },
      ],
    });
  }
  // Stable sort: from the end of the document to its start; within one start, in creation order.
  const ordered = groups.map((g, i) => ({ g, i })).sort((a, b) => b.g.at - a.g.at || a.i - b.i);
  const requests = ordered.flatMap(({ g }) => g.requests);
  if (setup.footer !== '' && footerId) requests.push(...footerRequests(setup, footerId));
  return requests;
}

/**
 * The footer: instansi and year, from the second page on (the cover uses the empty first-page
 * footer). No page number: no Docs API request inserts a page-number field (auto text), so the
 * README tells the user the one click that adds it (Sisipkan → Nomor halaman).
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
  const located = locate(plan, doc);
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

/** Requests per batchUpdate before a batch is split: a big report takes a few calls, never one per table or row. */
const REQUESTS_PER_BATCH = 20000;
/**
 * At most this many calls for one batch, however large: with create, the skeleton, two gets and
 * the links, the whole Doc stays within 10 calls (past 80.000 requests the batches grow instead).
 */
const MAX_CALLS_PER_BATCH = 4;

export function chunk<T>(items: T[], size = REQUESTS_PER_BATCH): T[][] {
  const per = Math.max(size, Math.ceil(items.length / MAX_CALLS_PER_BATCH));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}
