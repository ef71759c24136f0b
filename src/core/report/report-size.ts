import type { Block, ReportDocument } from './report-types';

/**
 * Above this many characters the report is written in its compact form (docs/rules.md#the-report-
 * at-scale). Measured on the generated workbooks (scripts/big-workbook.ts): the full form is about
 * 37.000 characters plus 2.600 per IKU indicator — 54.777 for the example, 294.683 for 100
 * indicators, 1,3 million for 500, past the 1,02 million characters Google Docs holds in one
 * document; the compact form about 38.000 plus 840 per indicator. 300.000 keeps the full form, with
 * its analyses per indicator, for every office of up to about 100 indicators.
 */
export const FULL_FORM_MAX_CHARS = 300_000;

/**
 * The characters a block takes in the Doc, as the Docs API counts them: a paragraph's text and its
 * newline; a table's start, each row's and cell's start and each cell's paragraph; a page break and
 * its paragraph. Close to the Doc's own count (a few per mille under it), enough to choose the form.
 */
function blockChars(b: Block): number {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.text.length + 1;
    case 'list':
      return b.items.reduce((n, i) => n + i.length + 1, 0);
    case 'table': {
      const cells = [b.header, ...b.rows].reduce((n, r) => n + 1 + r.reduce((m, c) => m + c.length + 2, 0), 1);
      return b.caption.length + 1 + cells + (b.note ? b.note.length + 1 : 0) + 1;
    }
    case 'signatures':
      return b.columns.reduce((n, c) => n + 2 + c.reduce((m, l) => m + l.text.length + 1, 0), 3);
    case 'image':
      return b.caption.length + 3;
    case 'pagebreak':
      return 2;
  }
}

/** The blocks' length in the Doc's characters (blockChars). */
export function blocksChars(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + blockChars(b), 0);
}

/** The report's length in the Doc's characters (blockChars). */
export function reportChars(doc: ReportDocument): number {
  return blocksChars(doc.blocks);
}
