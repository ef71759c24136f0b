/** Exports of an emulated document: an ordered JSON block tree and a readable HTML page. */
import type { FakeDocument } from './document.ts';
import {
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  type StyledText,
} from './document-model.ts';

export type DocBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string; align?: 'center' | 'right' | 'justify'; bold?: true }
  | { type: 'list'; items: string[] }
  | { type: 'table'; rows: string[][]; header?: true }
  | { type: 'pagebreak' }
  | { type: 'hr' };

const HEADING_LEVEL: Record<string, number> = {
  TITLE: 0,
  SUBTITLE: 0,
  HEADING1: 1,
  HEADING2: 2,
  HEADING3: 3,
  HEADING4: 4,
  HEADING5: 5,
  HEADING6: 6,
};

const ALIGN: Record<string, 'center' | 'right' | 'justify' | undefined> = {
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};

function isHeaderRow(table: FakeTable): boolean {
  const first = table.rows[0];
  if (!first) return false;
  const texts = first.cells.flatMap((c) => c.paragraphs.map((p) => p.content)).filter((t) => t.text.length > 0);
  return texts.length > 0 && texts.every((t) => t.allBold());
}

/**
 * Ordered blocks of the document body. Empty plain paragraphs (such as the one every new
 * Google Doc starts with) are left out; consecutive list items become one `list` block.
 */
export function toJsonTree(doc: FakeDocument): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const child of doc.body.children) {
    if (child instanceof FakeListItem) {
      const last = blocks[blocks.length - 1];
      if (last && last.type === 'list') last.items.push(child.content.text);
      else blocks.push({ type: 'list', items: [child.content.text] });
    } else if (child instanceof FakeParagraph) {
      const text = child.content.text;
      if (child.heading !== 'NORMAL') {
        blocks.push({ type: 'heading', level: HEADING_LEVEL[child.heading], text });
        continue;
      }
      if (text === '') continue;
      const block: DocBlock = { type: 'paragraph', text };
      const align = child.alignment ? ALIGN[child.alignment] : undefined;
      if (align) block.align = align;
      if (child.content.allBold()) block.bold = true;
      blocks.push(block);
    } else if (child instanceof FakeTable) {
      const block: DocBlock = { type: 'table', rows: child.rows.map((r) => r.cells.map((c) => c.text())) };
      if (isHeaderRow(child)) block.header = true;
      blocks.push(block);
    } else if (child instanceof FakePageBreak) {
      blocks.push({ type: 'pagebreak' });
    } else if (child instanceof FakeHorizontalRule) {
      blocks.push({ type: 'hr' });
    }
  }
  return blocks;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** Escaped text with <strong>/<em> for bold/italic runs and <br> for line breaks. */
function styledHtml(t: StyledText): string {
  let out = '';
  let i = 0;
  while (i < t.text.length) {
    let j = i + 1;
    while (j < t.text.length && t.bold[j] === t.bold[i] && t.italic[j] === t.italic[i]) j++;
    let chunk = escapeHtml(t.text.slice(i, j)).replace(/\r\n|\r|\n|\u000b/g, '<br>');
    if (t.italic[i]) chunk = `<em>${chunk}</em>`;
    if (t.bold[i]) chunk = `<strong>${chunk}</strong>`;
    out += chunk;
    i = j;
  }
  return out;
}

function alignStyle(p: FakeParagraph): string {
  const align = p.alignment ? ALIGN[p.alignment] : undefined;
  return align ? ` style="text-align:${align}"` : '';
}

const ORDERED_GLYPHS = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

const STYLE = `
  body { background: #e8e8e8; margin: 0; }
  .page { background: #fff; max-width: 21cm; margin: 1.5em auto; padding: 2.5cm 2cm; box-sizing: border-box;
          font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.5; color: #111;
          box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1em 0 .5em; }
  h1.title { text-align: center; font-size: 18pt; }
  p.subtitle { text-align: center; font-size: 14pt; color: #444; }
  p { margin: 0 0 .6em; }
  table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: 10.5pt; }
  td { border: 1px solid #444; padding: 3px 5px; vertical-align: top; }
  td p { margin: 0; }
  hr.page-break { border: none; border-top: 2px dashed #999; margin: 2em -2cm; }
  hr.page-break::after { content: "batas halaman"; display: block; text-align: center; color: #999; font: 9pt sans-serif; }
`;

/** A readable, self-contained HTML page of the document. All document text is escaped. */
export function toHtml(doc: FakeDocument): string {
  const parts: string[] = [];
  const children = doc.body.children;
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    if (child instanceof FakeListItem) {
      const ordered = ORDERED_GLYPHS.has(child.glyphType);
      const tag = ordered ? 'ol' : 'ul';
      const items: string[] = [];
      while (k < children.length && children[k] instanceof FakeListItem) {
        const item = children[k] as FakeListItem;
        items.push(`<li${alignStyle(item)}>${styledHtml(item.content)}</li>`);
        k++;
      }
      k--;
      parts.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
    } else if (child instanceof FakeParagraph) {
      const body = styledHtml(child.content);
      if (child.heading === 'TITLE') parts.push(`<h1 class="title"${alignStyle(child)}>${body}</h1>`);
      else if (child.heading === 'SUBTITLE') parts.push(`<p class="subtitle"${alignStyle(child)}>${body}</p>`);
      else if (child.heading !== 'NORMAL') {
        const n = HEADING_LEVEL[child.heading];
        parts.push(`<h${n}${alignStyle(child)}>${body}</h${n}>`);
      } else parts.push(`<p${alignStyle(child)}>${body || '&nbsp;'}</p>`);
    } else if (child instanceof FakeTable) {
      const rows = child.rows.map((row) => {
        const cells = row.cells.map((cell) => {
          const align = cell.paragraphs[0]?.alignment ? ALIGN[cell.paragraphs[0].alignment!] : undefined;
          const styles: string[] = [];
          if (align) styles.push(`text-align:${align}`);
          if (cell.background && /^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(cell.background))
            styles.push(`background:${cell.background}`);
          const style = styles.length ? ` style="${styles.join(';')}"` : '';
          const inner = cell.paragraphs.map((p) => styledHtml(p.content)).join('<br>');
          return `<td${style}>${inner}</td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      });
      // Table.setAttributes({FONT_SIZE}) applies to the whole table's text, as in Docs.
      const fontSize = child.attributes.FONT_SIZE;
      const tableStyle = typeof fontSize === 'number' && fontSize > 0 ? ` style="font-size:${fontSize}pt"` : '';
      parts.push(`<table${tableStyle}>\n${rows.join('\n')}\n</table>`);
    } else if (child instanceof FakePageBreak) {
      parts.push('<hr class="page-break">');
    } else if (child instanceof FakeHorizontalRule) {
      parts.push('<hr>');
    }
  }
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${parts.join('\n')}
</div>
</body>
</html>
`;
}
