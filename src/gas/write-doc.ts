// Writes a ReportDocument into a new Google Doc. Service calls grow with the number of blocks and
// tables, never with table rows: each table is ONE appendTable(string[][]), and the header/total
// bold and the numeric right alignment are applied for the whole document with ONE Docs API get
// and one batchUpdate per REQUESTS_PER_BATCH cells (falling back to one setBold per table without
// the Docs service).
import type { Block, ColumnAlign, HeadingLevel, ReportDocument, TableBlock } from '../core/report/report-types';

export interface WrittenDoc {
  id: string;
  url: string;
  name: string;
  tables: number;
  /** Table bold/alignment applied through the Docs service (false: plain tables, text complete). */
  formatted: boolean;
}

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const TABLE_FONT_SIZE = 9;

function heading(level: HeadingLevel): GoogleAppsScript.Document.ParagraphHeading {
  const H = DocumentApp.ParagraphHeading;
  return [H.TITLE, H.HEADING1, H.HEADING2, H.HEADING3][level];
}

const ALIGN = {
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** Paragraph style in one setAttributes call (or none). */
function style(
  p: Paragraph,
  attrs: {
    align?: 'center' | 'right' | 'justify';
    bold?: boolean;
    italic?: boolean;
    spaceBefore?: number;
    fontSize?: number;
  },
): void {
  const A = DocumentApp.Attribute;
  const out: Record<string, unknown> = {};
  if (attrs.align) out[A.HORIZONTAL_ALIGNMENT as unknown as string] = ALIGN[attrs.align]();
  if (attrs.bold) out[A.BOLD as unknown as string] = true;
  if (attrs.italic) out[A.ITALIC as unknown as string] = true;
  if (attrs.spaceBefore) out[A.SPACING_BEFORE as unknown as string] = attrs.spaceBefore;
  if (attrs.fontSize) out[A.FONT_SIZE as unknown as string] = attrs.fontSize;
  if (Object.keys(out).length > 0) p.setAttributes(out);
}

function writeBlock(body: Body, block: Block, first: { used: boolean }): GoogleAppsScript.Document.Table | null {
  // A new Doc starts with one empty paragraph: the first block reuses it instead of leaving a blank line.
  const paragraph = (text: string): Paragraph => {
    if (!first.used) {
      first.used = true;
      const p = body.getParagraphs()[0];
      p.setText(text);
      return p;
    }
    return body.appendParagraph(text);
  };
  switch (block.type) {
    case 'heading': {
      const p = paragraph(block.text);
      p.setHeading(heading(block.level));
      if (block.level === 0) style(p, { align: 'center' });
      return null;
    }
    case 'paragraph': {
      style(paragraph(block.text), block);
      return null;
    }
    case 'list': {
      first.used = true;
      for (const item of block.items) {
        const li = body.appendListItem(item);
        if (block.ordered) li.setGlyphType(DocumentApp.GlyphType.NUMBER);
      }
      return null;
    }
    case 'table': {
      style(paragraph(block.caption), { bold: true, align: 'center' });
      const table = body.appendTable([block.header, ...block.rows]);
      table.setAttributes({ [DocumentApp.Attribute.FONT_SIZE as unknown as string]: TABLE_FONT_SIZE });
      if (block.note) style(body.appendParagraph(block.note), { italic: true, fontSize: TABLE_FONT_SIZE });
      return table;
    }
    case 'pagebreak': {
      first.used = true;
      body.appendPageBreak();
      return null;
    }
    case 'image': {
      // Minimal until the writer fetches the image: its caption, centred.
      style(paragraph(block.caption), { align: 'center' });
      return null;
    }
  }
}

/** Rows printed bold: the header, sub-totals and the total row (indexes into header+rows). */
function boldRowIndexes(t: TableBlock): number[] {
  const rows = [0, ...(t.boldRows ?? []).map((i) => i + 1)];
  if (t.totalRow && t.rows.length > 0) rows.push(t.rows.length);
  return [...new Set(rows)].sort((a, b) => a - b);
}

type ApiAlign = 'START' | 'CENTER' | 'END';
const API_ALIGN: Record<ColumnAlign, ApiAlign> = { left: 'START', center: 'CENTER', right: 'END' };

interface Span {
  start: number;
  end: number;
}

/** Text span of a table cell: from its first paragraph's start to its last paragraph's end. */
function cellSpan(cell: GoogleAppsScript.Docs.Schema.TableCell): Span | null {
  const content = cell.content ?? [];
  if (content.length === 0) return null;
  return { start: content[0].startIndex ?? 0, end: content[content.length - 1].endIndex ?? 0 };
}

/**
 * The formatting requests for every table: bold header/total rows, header cells centred, numeric
 * cells right-aligned. One request per cell, so no range ever crosses a cell boundary.
 */
export function formattingRequests(
  api: GoogleAppsScript.Docs.Schema.Document,
  tables: TableBlock[],
): GoogleAppsScript.Docs.Schema.Request[] {
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [];
  const docTables = (api.body?.content ?? []).filter((el) => el.table);
  docTables.forEach((el, ti) => {
    const block = tables[ti];
    if (!block) return;
    const bold = new Set(boldRowIndexes(block));
    (el.table?.tableRows ?? []).forEach((row, ri) => {
      (row.tableCells ?? []).forEach((cell, ci) => {
        const span = cellSpan(cell);
        if (!span) return;
        // The last character of a cell is its closing newline, which takes no text style.
        if (bold.has(ri) && span.end - 1 > span.start) {
          requests.push({
            updateTextStyle: {
              range: { startIndex: span.start, endIndex: span.end - 1 },
              textStyle: { bold: true },
              fields: 'bold',
            },
          });
        }
        const align: ApiAlign = ri === 0 ? 'CENTER' : API_ALIGN[block.align[ci] ?? 'left'];
        if (align !== 'START') {
          requests.push({
            updateParagraphStyle: {
              range: { startIndex: span.start, endIndex: span.end },
              paragraphStyle: { alignment: align },
              fields: 'alignment',
            },
          });
        }
      });
    });
  });
  return requests;
}

/** Requests per batchUpdate call: large tables take a few calls, never one per row. */
export const REQUESTS_PER_BATCH = 1000;

/**
 * Bold and alignment in as few Docs API calls as the request count allows. Formatting is
 * cosmetic: if the Docs service refuses it, the report (already complete) is kept and the caller
 * is told, instead of failing the whole generation.
 */
function formatTables(
  docsApi: GoogleAppsScript.Docs.Collection.DocumentsCollection,
  id: string,
  tables: TableBlock[],
): boolean {
  try {
    const requests = formattingRequests(docsApi.get(id), tables);
    for (let i = 0; i < requests.length; i += REQUESTS_PER_BATCH) {
      docsApi.batchUpdate({ requests: requests.slice(i, i + REQUESTS_PER_BATCH) }, id);
    }
    return true;
  } catch (e) {
    console.error(e);
    return false;
  }
}

/** `onCreated` hears of the new Doc at once, so a failure later on can say what was left behind. */
export function writeReport(
  report: ReportDocument,
  name: string,
  onCreated?: (doc: { id: string; url: string }) => void,
): WrittenDoc {
  const doc = DocumentApp.create(name);
  onCreated?.({ id: doc.getId(), url: doc.getUrl() });
  const body = doc.getBody();
  const first = { used: false };
  const written: { block: TableBlock; table: GoogleAppsScript.Document.Table }[] = [];
  for (const block of report.blocks) {
    const table = writeBlock(body, block, first);
    if (table && block.type === 'table') written.push({ block, table });
  }
  const id = doc.getId();
  const url = doc.getUrl();
  const docsApi = typeof Docs !== 'undefined' && Docs && Docs.Documents ? Docs.Documents : null;
  if (!docsApi) {
    // Without the Docs advanced service: bold header rows only, one call per table, no alignment.
    for (const w of written) w.table.getRow(0).editAsText().setBold(true);
  }
  // The Docs API sees the text only once DocumentApp has saved it (and a closed Doc takes no edits).
  doc.saveAndClose();
  const formatted = docsApi
    ? formatTables(
        docsApi,
        id,
        written.map((w) => w.block),
      )
    : false;
  return { id, url, name, tables: written.length, formatted };
}
