/**
 * Exports of an emulated Google Doc: a simplified JSON block tree, and an HTML page that renders
 * what the Doc prints like — page size and margins per section (landscape sections included),
 * fonts and sizes, paragraph spacing, fixed column widths, pinned header rows repeated on every
 * printed page, cell shading and the footer (from the second page on). All document text is escaped.
 */
import type { FakeDocument } from './document.ts';
import {
  type BodyElement,
  charStyles,
  type DocModel,
  OBJECT_CHAR,
  type Para,
  type Style,
  type Table,
} from './document-model.ts';

export type DocBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string; align?: 'center' | 'right' | 'justify'; bold?: true }
  | { type: 'list'; items: string[]; ordered?: true }
  | { type: 'table'; rows: string[][]; header?: true; widths?: number[]; landscape?: true }
  | { type: 'image'; url: string }
  | { type: 'pagebreak' }
  | { type: 'section'; landscape: boolean };

const HEADING_LEVEL: Record<string, number> = {
  TITLE: 0,
  SUBTITLE: 0,
  HEADING_1: 1,
  HEADING_2: 2,
  HEADING_3: 3,
  HEADING_4: 4,
  HEADING_5: 5,
  HEADING_6: 6,
};

const ALIGN: Record<string, 'center' | 'right' | 'justify' | undefined> = {
  CENTER: 'center',
  END: 'right',
  JUSTIFIED: 'justify',
};

/** Paragraph text without its newline; inline objects left out; line breaks as spaces. */
function plainText(p: Para): string {
  return p.text.slice(0, -1).split(OBJECT_CHAR).join('').split('\u000b').join(' ');
}

function cellText(content: Para[]): string {
  return content.map(plainText).join('\n');
}

function allBold(p: Para): boolean {
  const n = p.text.length - 1;
  if (n <= 0) return false;
  const styles = charStyles(p);
  for (let i = 0; i < n; i++) if (p.text[i] !== OBJECT_CHAR && !styles[i].bold) return false;
  return true;
}

function pt(d: unknown): number {
  const dim = d as { magnitude?: number } | undefined;
  return typeof dim?.magnitude === 'number' ? dim.magnitude : 0;
}

/** Ordered blocks of the body. Empty plain paragraphs are left out; list paragraphs of one list become one `list`. */
export function toJsonTree(doc: FakeDocument): DocBlock[] {
  const model = doc.model;
  const blocks: DocBlock[] = [];
  let landscape = model.documentStyle.flipPageOrientation === true;
  let lastList = '';
  model.body.forEach((el, i) => {
    if (el.kind === 'sectionBreak') {
      lastList = '';
      if (i === 0) return;
      landscape = el.style.flipPageOrientation === true;
      blocks.push({ type: 'section', landscape });
      return;
    }
    if (el.kind === 'table') {
      lastList = '';
      const block: DocBlock = { type: 'table', rows: el.rows.map((r) => r.cells.map((c) => cellText(c.content))) };
      if (el.rows[0]?.style.tableHeader === true) block.header = true;
      const widths = columnWidths(el, textWidthOf(model, landscape));
      if (widths) block.widths = widths;
      if (landscape) block.landscape = true;
      blocks.push(block);
      return;
    }
    if (el.style.pageBreakBefore === true) blocks.push({ type: 'pagebreak' });
    if (el.bullet) {
      const last = blocks[blocks.length - 1];
      if (last && last.type === 'list' && lastList === el.bullet.listId) last.items.push(plainText(el));
      else {
        const list: DocBlock = { type: 'list', items: [plainText(el)] };
        if (model.lists[el.bullet.listId]?.ordered) list.ordered = true;
        blocks.push(list);
      }
      lastList = el.bullet.listId;
      return;
    }
    lastList = '';
    for (const id of el.objects) blocks.push({ type: 'image', url: model.inlineObjects[id]?.uri ?? '' });
    const text = plainText(el);
    const named = String(el.style.namedStyleType ?? 'NORMAL_TEXT');
    if (named in HEADING_LEVEL) {
      blocks.push({ type: 'heading', level: HEADING_LEVEL[named], text });
      return;
    }
    if (text === '') return;
    const block: DocBlock = { type: 'paragraph', text };
    const align = ALIGN[String(el.style.alignment ?? '')];
    if (align) block.align = align;
    if (allBold(el)) block.bold = true;
    blocks.push(block);
  });
  return blocks;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .split('\u000b')
    .join(' ')
    .replace(/[\r\n]/g, ' ')}"`;
}

function color(c: unknown): string | null {
  const rgb = (c as { color?: { rgbColor?: Record<string, number> } } | undefined)?.color?.rgbColor;
  if (!rgb) return null;
  const h = (v: number | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(rgb.red)}${h(rgb.green)}${h(rgb.blue)}`;
}

/** Docs' built-in sizes where the text has none of its own. */
const DEFAULT_SIZE: Record<string, number> = {
  NORMAL_TEXT: 11,
  TITLE: 26,
  SUBTITLE: 15,
  HEADING_1: 20,
  HEADING_2: 16,
  HEADING_3: 14,
  HEADING_4: 12,
  HEADING_5: 11,
  HEADING_6: 11,
};

/** The Doc's font, then metric-compatible or narrow stand-ins for a machine without it. */
function fontStack(family: string): string {
  const serif = /times|bookman|serif/i.test(family);
  const fallback = serif
    ? "'Liberation Serif', Tinos, 'DejaVu Serif Condensed', serif"
    : "'Liberation Sans', Arimo, 'DejaVu Sans Condensed', sans-serif";
  return `'${family}', ${fallback}`;
}

function runCss(s: Style): string {
  const css: string[] = [];
  const family = (s.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily;
  if (family && /^[\w ]+$/.test(family)) css.push(`font-family:${fontStack(family)}`);
  if (s.fontSize) css.push(`font-size:${pt(s.fontSize)}pt`);
  if (s.bold === true) css.push('font-weight:bold');
  else if (s.bold === false) css.push('font-weight:normal');
  if (s.italic === true) css.push('font-style:italic');
  if (s.underline === true) css.push('text-decoration:underline');
  const fg = color(s.foregroundColor);
  if (fg) css.push(`color:${fg}`);
  return css.join(';');
}

function paragraphInner(p: Para, model: DocModel): string {
  const styles = charStyles(p);
  let out = '';
  let obj = 0;
  let i = 0;
  const n = p.text.length - 1;
  while (i < n) {
    if (p.text[i] === OBJECT_CHAR) {
      const o = model.inlineObjects[p.objects[obj++]];
      if (o && /^https?:\/\//.test(o.uri)) {
        out += `<img src="${escapeHtml(o.uri)}" alt="" style="width:${o.width}pt;max-width:100%">`;
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && p.text[j] !== OBJECT_CHAR && styles[j] === styles[i]) j++;
    const s = styles[i];
    let chunk = escapeHtml(p.text.slice(i, j)).split('\u000b').join('<br>');
    const css = runCss(s);
    if (css) chunk = `<span style="${css}">${chunk}</span>`;
    const link = (s.link as { headingId?: string; url?: string } | undefined) ?? null;
    if (link?.headingId) chunk = `<a href="#${escapeHtml(link.headingId)}">${chunk}</a>`;
    else if (link?.url && /^https?:\/\//.test(link.url)) chunk = `<a href="${escapeHtml(link.url)}">${chunk}</a>`;
    out += chunk;
    i = j;
  }
  return out || '&nbsp;';
}

/**
 * The font size a paragraph's lines are measured by, as Docs measures them: its largest text (a
 * 9 pt table cell is 9 pt lines, an empty paragraph as high as its newline: an API-made filler is
 * 1 pt); null when no text of it has a size of its own.
 */
function contentSize(p: Para): number | null {
  let size = 0;
  let last: Style | null = null;
  for (const { style: st } of p.runs) {
    if (st === last) continue;
    last = st;
    size = Math.max(size, pt(st.fontSize));
  }
  return size > 0 ? size : null;
}

function paragraphCss(st: Style, sizePt: number | null = null, startsPage = false): string {
  const css: string[] = [];
  const align = ALIGN[String(st.alignment ?? '')];
  if (align) css.push(`text-align:${align}`);
  const spacing = typeof st.lineSpacing === 'number' ? st.lineSpacing : 115;
  css.push(`line-height:${((spacing / 100) * 1.15).toFixed(3)}`);
  css.push(`margin:${pt(st.spaceAbove)}pt 0 ${pt(st.spaceBelow)}pt ${pt(st.indentStart)}pt`);
  if (st.indentFirstLine) css.push(`text-indent:${pt(st.indentFirstLine)}pt`);
  if (st.pageBreakBefore === true && !startsPage) css.push('break-before:page');
  if (st.keepWithNext === true) css.push('break-after:avoid');
  const named = String(st.namedStyleType ?? 'NORMAL_TEXT');
  css.push(`font-size:${sizePt ?? DEFAULT_SIZE[named] ?? 11}pt`);
  return css.join(';');
}

function paragraphHtml(p: Para, model: DocModel, startsPage = false): string {
  const named = String(p.style.namedStyleType ?? 'NORMAL_TEXT');
  const level = HEADING_LEVEL[named];
  const tag = level === undefined ? 'p' : level === 0 ? 'h1' : `h${Math.min(level + 1, 6)}`;
  const id = p.style.headingId ? ` id="${escapeHtml(String(p.style.headingId))}"` : '';
  const cls = level === undefined ? '' : ` class="${named.toLowerCase()}"`;
  const inner = p.text === '\n' ? '&#8203;' : paragraphInner(p, model);
  return `<${tag}${id}${cls} style="${paragraphCss(p.style, contentSize(p), startsPage)}">${inner}</${tag}>`;
}

/** The text width of a portrait (or landscape) page of the document, points. */
function textWidthOf(model: DocModel, landscape: boolean): number {
  const ds = model.documentStyle;
  const size = ds.pageSize as Style | undefined;
  const w = (landscape ? pt(size?.height) : pt(size?.width)) || 612;
  return w - pt(ds.marginLeft) - pt(ds.marginRight);
}

/**
 * Column widths as Docs lays them out: a FIXED_WIDTH column has its width; the others (insertTable
 * makes them EVENLY_DISTRIBUTED) share equally what the fixed ones leave of the text width.
 */
function columnWidths(t: Table, textWidth: number): number[] | null {
  const isFixed = t.columns.map((c) => c.widthType === 'FIXED_WIDTH');
  if (!isFixed.some((f) => f)) return null;
  const fixedSum = t.columns.reduce((s, c, i) => s + (isFixed[i] ? pt(c.width) : 0), 0);
  const even = isFixed.filter((f) => !f).length;
  const share = even > 0 ? Math.max(0, (textWidth - fixedSum) / even) : 0;
  return t.columns.map((c, i) => (isFixed[i] ? pt(c.width) : Math.floor(share * 100) / 100));
}

function tableHtml(t: Table, model: DocModel, textWidth: number): string {
  const laid = columnWidths(t, textWidth);
  const fixed = laid !== null;
  const widths = laid ?? [];
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = fixed ? `<colgroup>${widths.map((w) => `<col style="width:${w}pt">`).join('')}</colgroup>` : '';
  // A row that may not overflow a page (preventOverflow) prints whole on one page; a row whose
  // paragraphs are all kept with the next (keepWithNext) stays on the page of the row after it.
  const keptWithNext = (r: Table['rows'][number]) =>
    r.cells.every((c) => c.merged || c.content.every((p) => p.style.keepWithNext === true));
  const row = (r: Table['rows'][number]) => {
    const css = [
      ...(r.style.preventOverflow === true ? ['break-inside:avoid'] : []),
      ...(keptWithNext(r) ? ['break-after:avoid'] : []),
    ];
    return `<tr${css.length > 0 ? ` style="${css.join(';')}"` : ''}>${r.cells
      .filter((c) => !c.merged)
      .map((c) => {
        const bg = color(c.style.backgroundColor);
        const css = bg ? [`background:${bg}`] : [];
        for (const side of ['Top', 'Bottom', 'Left', 'Right']) {
          const padding = c.style[`padding${side}`];
          if (padding) css.push(`padding-${side.toLowerCase()}:${pt(padding)}pt`);
          const border = c.style[`border${side}`] as Style | undefined;
          if (!border) continue;
          const w = pt(border.width);
          const dash = { DOT: 'dotted', DASH: 'dashed' }[String(border.dashStyle)] ?? 'solid';
          css.push(
            `border-${side.toLowerCase()}:${w > 0 ? `${w}pt ${dash} ${color(border.color) ?? '#000'}` : 'none'}`,
          );
        }
        const style = css.length > 0 ? ` style="${css.join(';')}"` : '';
        const span =
          (c.span && c.span.rows > 1 ? ` rowspan="${c.span.rows}"` : '') +
          (c.span && c.span.columns > 1 ? ` colspan="${c.span.columns}"` : '');
        return `<td${span}${style}>${c.content.map((p) => paragraphHtml(p, model)).join('')}</td>`;
      })
      .join('')}</tr>`;
  };
  const pinned = t.rows.filter((r) => r.style.tableHeader === true);
  const rest = t.rows.filter((r) => r.style.tableHeader !== true);
  const head = pinned.length > 0 ? `<thead>${pinned.map(row).join('')}</thead>` : '';
  // Every row but the last kept with the next: the table is kept on one page.
  const whole = t.rows.length > 1 && t.rows.slice(0, -1).every(keptWithNext) ? ';break-inside:avoid' : '';
  const width = fixed ? ` style="width:${total}pt${whole}"` : ` style="width:100%${whole}"`;
  return `<table${width}>${cols}${head}<tbody>${rest.map(row).join('')}</tbody></table>`;
}

function listsHtml(items: Para[], model: DocModel): string {
  const ordered = model.lists[items[0].bullet!.listId]?.ordered === true;
  const tag = ordered ? 'ol' : 'ul';
  const lis = items.map((p) => `<li style="${paragraphCss(p.style, contentSize(p))}">${paragraphInner(p, model)}</li>`);
  return `<${tag}>${lis.join('')}</${tag}>`;
}

/** What starts on a new page: a section (its own orientation), or a paragraph with pageBreakBefore. */
interface Section {
  landscape: boolean;
  breakBefore: boolean;
  /** Started by its first paragraph's pageBreakBefore (that paragraph needs no break of its own). */
  pageBreak: boolean;
  elements: BodyElement[];
}

function sections(model: DocModel): Section[] {
  const out: Section[] = [];
  let current: Section | null = null;
  for (const el of model.body) {
    if (el.kind === 'sectionBreak') {
      const first: boolean = current === null;
      current = {
        landscape: first ? model.documentStyle.flipPageOrientation === true : el.style.flipPageOrientation === true,
        breakBefore: !first && el.style.sectionType !== 'CONTINUOUS',
        pageBreak: false,
        elements: [],
      };
      out.push(current);
    } else if (current && el.kind === 'paragraph' && el.style.pageBreakBefore === true && current.elements.length > 0) {
      current = { landscape: current.landscape, breakBefore: true, pageBreak: true, elements: [el] };
      out.push(current);
    } else current?.elements.push(el);
  }
  return out;
}

const BASE_STYLE = `
  body { background: #e8e8e8; margin: 0; color: #000; font-family: Arial, 'Liberation Sans', Arimo, 'DejaVu Sans Condensed', sans-serif; font-size: 11pt; }
  .page { background: #fff; margin: 1.5em auto; box-sizing: border-box; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  h1, h2, h3, h4, h5, h6, p, li { font-weight: normal; }
  ol, ul { margin: 0; padding-left: 24pt; }
  table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
  td { border: 1pt solid #000; padding: 5pt; vertical-align: top; overflow-wrap: anywhere; }
  td p { margin: 0; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .footer { display: none; }
  @media print {
    body { background: none; }
    .page { margin: 0; box-shadow: none; padding: 0 !important; width: auto !important; min-height: 0 !important; }
    .page.portrait { page: portrait; }
    .page.landscape { page: landscape; }
    .page.break { break-before: page; }
  }
`;

/** The document as an HTML page that prints (Chromium) as the Doc would: page by page setup. */
export function toHtml(doc: FakeDocument): string {
  const model = doc.model;
  const ds = model.documentStyle;
  const w = pt((ds.pageSize as Style | undefined)?.width) || 612;
  const h = pt((ds.pageSize as Style | undefined)?.height) || 792;
  const m = { t: pt(ds.marginTop), r: pt(ds.marginRight), b: pt(ds.marginBottom), l: pt(ds.marginLeft) };
  const footerId = String(ds.defaultFooterId ?? '');
  const footer = footerId ? (model.footers[footerId]?.content ?? []).map(plainText).join(' ').trim() : '';
  const footerCss = footer
    ? `@bottom-center { content: ${cssString(footer)}; font: italic 9pt Arial, 'Liberation Sans', 'DejaVu Sans Condensed', sans-serif; }`
    : '';
  const pageCss = `
  @page portrait { size: ${w}pt ${h}pt; margin: ${m.t}pt ${m.r}pt ${m.b}pt ${m.l}pt; ${footerCss} }
  @page landscape { size: ${h}pt ${w}pt; margin: ${m.t}pt ${m.r}pt ${m.b}pt ${m.l}pt; ${footerCss} }
  ${ds.useFirstPageHeaderFooter === true ? '@page portrait:first { @bottom-center { content: none; } }' : ''}
  `;
  const parts: string[] = [];
  for (const s of sections(model)) {
    const pageW = s.landscape ? h : w;
    const pageH = s.landscape ? w : h;
    const html: string[] = [];
    for (let k = 0; k < s.elements.length; k++) {
      const el = s.elements[k];
      if (k === 0 && s.pageBreak && el.kind === 'paragraph' && !el.bullet) {
        html.push(paragraphHtml(el, model, true));
        continue;
      }
      if (el.kind === 'table') html.push(tableHtml(el, model, pageW - m.l - m.r));
      else if (el.kind === 'paragraph' && el.bullet) {
        const items: Para[] = [];
        const id = el.bullet.listId;
        while (k < s.elements.length) {
          const e = s.elements[k];
          if (e.kind !== 'paragraph' || e.bullet?.listId !== id) break;
          items.push(e);
          k++;
        }
        k--;
        html.push(listsHtml(items, model));
      } else if (el.kind === 'paragraph') html.push(paragraphHtml(el, model));
    }
    const cls = `page ${s.landscape ? 'landscape' : 'portrait'}${s.breakBefore ? ' break' : ''}`;
    parts.push(
      `<section class="${cls}" style="width:${pageW}pt;min-height:${pageH}pt;padding:${m.t}pt ${m.r}pt ${m.b}pt ${m.l}pt">\n${html.join('\n')}\n</section>`,
    );
  }
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(model.title)}</title>
<style>${BASE_STYLE}${pageCss}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
