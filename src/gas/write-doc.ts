// Writes a ReportDocument into a new Google Doc. Service calls grow with the number of blocks and
// tables, never with table rows: each table is ONE appendTable(string[][]), and the header/total
// bold and the numeric right alignment are applied for the whole document in ONE Docs API
// get + ONE batchUpdate (falling back to one setBold per table without the Docs service).
import type { Block, ColumnAlign, HeadingLevel, ReportDocument, TableBlock } from '../core/report/report-types';

export interface WrittenDoc {
  id: string;
  url: string;
  name: string;
  tables: number;
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
function style(p: Paragraph, attrs: { align?: 'center' | 'right' | 'justify'; bold?: boolean; italic?: boolean; spaceBefore?: number; fontSize?: number }): void {
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
  }
}

/** Rows printed bold: the header, sub-totals and the total row (indexes into header+rows). */
export function boldRowIndexes(t: TableBlock): number[] {
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
 * The formatting requests for every table: bold header/total rows, header cells centred, and per
 * data row one alignment request per run of adjacent cells with the same non-left alignment.
 */
export function formattingRequests(api: GoogleAppsScript.Docs.Schema.Document, tables: TableBlock[]): GoogleAppsScript.Docs.Schema.Request[] {
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [];
  const docTables = (api.body?.content ?? []).filter((el) => el.table);
  docTables.forEach((el, ti) => {
    const block = tables[ti];
    const rows = el.table?.tableRows ?? [];
    if (!block) return;
    const bold = new Set(boldRowIndexes(block));
    rows.forEach((row, ri) => {
      const spans = (row.tableCells ?? []).map(cellSpan);
      const first = spans.find((s) => s !== null);
      const last = [...spans].reverse().find((s) => s !== null);
      if (bold.has(ri) && first && last && last.end - 1 > first.start) {
        requests.push({ updateTextStyle: { range: { startIndex: first.start, endIndex: last.end - 1 }, textStyle: { bold: true }, fields: 'bold' } });
      }
      if (ri === 0) {
        if (first && last) requests.push({ updateParagraphStyle: { range: { startIndex: first.start, endIndex: last.end }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } });
        return;
      }
      let c = 0;
      while (c < spans.length) {
        const align = API_ALIGN[block.align[c] ?? 'left'];
        let d = c;
        while (d + 1 < spans.length && API_ALIGN[block.align[d + 1] ?? 'left'] === align) d++;
        const a = spans[c];
        const b = spans[d];
        if (align !== 'START' && a && b) {
          requests.push({ updateParagraphStyle: { range: { startIndex: a.start, endIndex: b.end }, paragraphStyle: { alignment: align }, fields: 'alignment' } });
        }
        c = d + 1;
      }
    });
  });
  return requests;
}

/** `onCreated` hears of the new Doc at once, so a failure later on can say what was left behind. */
export function writeReport(report: ReportDocument, name: string, onCreated?: (doc: { id: string; url: string }) => void): WrittenDoc {
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
  if (docsApi) {
    const requests = formattingRequests(docsApi.get(id), written.map((w) => w.block));
    if (requests.length > 0) docsApi.batchUpdate({ requests }, id);
  }
  return { id, url, name, tables: written.length };
}
