/** Element fakes of a Google Docs document: Text, Paragraph, ListItem, Table, TableRow, TableCell, breaks. */
import type { CallCounter } from './call-counter.ts';

type D = typeof GoogleAppsScript.Document;
type GasText = GoogleAppsScript.Document.Text;
type GasParagraph = GoogleAppsScript.Document.Paragraph;
type GasListItem = GoogleAppsScript.Document.ListItem;
type GasTable = GoogleAppsScript.Document.Table;
type GasRow = GoogleAppsScript.Document.TableRow;
type GasCell = GoogleAppsScript.Document.TableCell;
type Heading = GoogleAppsScript.Document.ParagraphHeading;
type HAlign = GoogleAppsScript.Document.HorizontalAlignment;

const names = <K extends string>(...keys: K[]): Readonly<Record<K, K>> =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>);

export const ParagraphHeading = names(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const HorizontalAlignment = names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const GlyphType = names(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);
export const ElementType = names(
  'BODY_SECTION',
  'PARAGRAPH',
  'LIST_ITEM',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'TEXT',
  'PAGE_BREAK',
  'HORIZONTAL_RULE',
);
export const Attribute = names(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);

export type HeadingName = keyof typeof ParagraphHeading;
export type AlignName = keyof typeof HorizontalAlignment;

/** Text of one paragraph with per-character styles. Stored verbatim. */
export class StyledText {
  text = '';
  bold: boolean[] = [];
  italic: boolean[] = [];
  fontSize: Array<number | null> = [];

  constructor(text = '') {
    this.setText(text);
  }

  setText(text: string): void {
    this.text = text;
    this.bold = new Array<boolean>(text.length).fill(false);
    this.italic = new Array<boolean>(text.length).fill(false);
    this.fontSize = new Array<number | null>(text.length).fill(null);
  }

  /** True when the text is non-empty and every character is bold. */
  allBold(): boolean {
    return this.text.length > 0 && this.bold.every(Boolean);
  }
}

function checkOffsets(length: number, start: number, endInclusive: number): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(endInclusive) ||
    start < 0 ||
    endInclusive >= length ||
    start > endInclusive
  ) {
    throw new Error(
      `Index (${start < 0 || start >= length ? start : endInclusive}) must be less than the content length (${length}).`,
    );
  }
}

/** A Text view over one or more paragraphs' text (joined by "\n" like Apps Script). */
export class FakeText
  implements
    Pick<
      GasText,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'setBold'
      | 'setItalic'
      | 'setFontSize'
      | 'isBold'
      | 'isItalic'
      | 'getFontSize'
      | 'getType'
    >
{
  constructor(
    private readonly counter: CallCounter,
    private readonly parts: StyledText[],
  ) {}

  private self(): GasText {
    return this as unknown as GasText;
  }

  private joined(): string {
    return this.parts.map((p) => p.text).join('\n');
  }

  /** Calls fn(part, index) for every styled character in [start, endInclusive]. */
  private eachChar(start: number, endInclusive: number, fn: (part: StyledText, i: number) => void): void {
    let offset = 0;
    for (const part of this.parts) {
      for (let i = 0; i < part.text.length; i++) {
        const pos = offset + i;
        if (pos >= start && pos <= endInclusive) fn(part, i);
      }
      offset += part.text.length + 1;
    }
  }

  private styleRange(
    key: 'bold' | 'italic' | 'fontSize',
    a: boolean | number,
    b: number | undefined,
    c: unknown,
  ): GasText {
    const length = this.joined().length;
    if (b === undefined) {
      this.eachChar(0, length - 1, (part, i) => ((part[key] as unknown[])[i] = a));
    } else {
      checkOffsets(length, a as number, b);
      this.eachChar(a as number, b, (part, i) => ((part[key] as unknown[])[i] = c));
    }
    return this.self();
  }

  private charAt(offset: number | null | undefined): { part: StyledText; i: number } | null {
    let found: { part: StyledText; i: number } | null = null;
    this.eachChar(offset ?? 0, offset ?? 0, (part, i) => (found = { part, i }));
    return found;
  }

  getText(): string {
    this.counter.hit('DocumentApp.Text.getText');
    return this.joined();
  }

  setText(text: string): GasText {
    this.counter.hit('DocumentApp.Text.setText');
    this.parts.forEach((p, i) => p.setText(i === 0 ? String(text) : ''));
    return this.self();
  }

  appendText(text: string): GasText {
    this.counter.hit('DocumentApp.Text.appendText');
    const last = this.parts[this.parts.length - 1];
    const added = String(text);
    last.text += added;
    last.bold.push(...new Array<boolean>(added.length).fill(false));
    last.italic.push(...new Array<boolean>(added.length).fill(false));
    last.fontSize.push(...new Array<number | null>(added.length).fill(null));
    return this.self();
  }

  setBold(a: boolean | number, b?: number, c?: boolean): GasText {
    this.counter.hit('DocumentApp.Text.setBold');
    return this.styleRange('bold', a, b, c);
  }

  setItalic(a: boolean | number, b?: number, c?: boolean): GasText {
    this.counter.hit('DocumentApp.Text.setItalic');
    return this.styleRange('italic', a, b, c);
  }

  setFontSize(a: number, b?: number, c?: number): GasText {
    this.counter.hit('DocumentApp.Text.setFontSize');
    return this.styleRange('fontSize', a, b, c);
  }

  isBold(offset?: number | null): boolean {
    this.counter.hit('DocumentApp.Text.isBold');
    if (offset === undefined || offset === null)
      return this.parts.every((p) => p.text.length === 0 || p.allBold()) && this.joined().length > 0;
    return this.charAt(offset)?.part.bold[this.charAt(offset)!.i] ?? false;
  }

  isItalic(offset?: number | null): boolean {
    this.counter.hit('DocumentApp.Text.isItalic');
    const at = this.charAt(offset ?? 0);
    return at ? at.part.italic[at.i] : false;
  }

  getFontSize(offset?: number | null): number {
    this.counter.hit('DocumentApp.Text.getFontSize');
    const at = this.charAt(offset ?? 0);
    return (at ? at.part.fontSize[at.i] : null) ?? 11;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.Text.getType');
    return ElementType.TEXT as unknown as GoogleAppsScript.Document.ElementType;
  }
}

/** Applies DocumentApp.Attribute keys that the emulator understands; all are kept. */
function applyAttributes(target: FakeParagraph, attributes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue;
    target.attributes[key] = value;
    if (key === Attribute.BOLD) target.content.bold.fill(Boolean(value));
    if (key === Attribute.ITALIC) target.content.italic.fill(Boolean(value));
    if (key === Attribute.FONT_SIZE) target.content.fontSize.fill(Number(value));
    if (key === Attribute.HORIZONTAL_ALIGNMENT) target.alignment = String(value) as AlignName;
    if (key === Attribute.HEADING) target.heading = String(value) as HeadingName;
  }
}

/** Paragraph (and base of ListItem). The counter class is "Paragraph" or "ListItem". */
export class FakeParagraph
  implements
    Pick<
      GasParagraph,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'editAsText'
      | 'setHeading'
      | 'getHeading'
      | 'setAlignment'
      | 'getAlignment'
      | 'setAttributes'
      | 'getAttributes'
      | 'setSpacingAfter'
      | 'setSpacingBefore'
      | 'getSpacingAfter'
      | 'getSpacingBefore'
      | 'getType'
      | 'asParagraph'
    >
{
  readonly content: StyledText;
  heading: HeadingName = 'NORMAL';
  /** null = not set (renders as left). */
  alignment: AlignName | null = null;
  attributes: Record<string, unknown> = {};
  spacingAfter: number | null = null;
  spacingBefore: number | null = null;

  constructor(
    protected readonly counter: CallCounter,
    text: string,
    protected readonly className: 'Paragraph' | 'ListItem' = 'Paragraph',
  ) {
    this.content = new StyledText(text);
  }

  protected hit(method: string): void {
    this.counter.hit(`DocumentApp.${this.className}.${method}`);
  }

  protected self(): GasParagraph {
    return this as unknown as GasParagraph;
  }

  getText(): string {
    this.hit('getText');
    return this.content.text;
  }

  setText(text: string): void {
    this.hit('setText');
    this.content.setText(String(text));
  }

  appendText(text: string | GasText): GasText {
    this.hit('appendText');
    if (typeof text !== 'string') throw new Error('appendText(Text) is not supported by the emulator');
    const t = new FakeText(this.counter, [this.content]);
    const added = String(text);
    const c = this.content;
    c.text += added;
    c.bold.push(...new Array<boolean>(added.length).fill(false));
    c.italic.push(...new Array<boolean>(added.length).fill(false));
    c.fontSize.push(...new Array<number | null>(added.length).fill(null));
    return t as unknown as GasText;
  }

  editAsText(): GasText {
    this.hit('editAsText');
    return new FakeText(this.counter, [this.content]) as unknown as GasText;
  }

  setHeading(heading: Heading): GasParagraph {
    this.hit('setHeading');
    const name = String(heading);
    if (!(name in ParagraphHeading)) throw new Error(`Invalid argument: heading (${name})`);
    this.heading = name as HeadingName;
    return this.self();
  }

  getHeading(): Heading {
    this.hit('getHeading');
    return this.heading as unknown as Heading;
  }

  setAlignment(alignment: HAlign): GasParagraph {
    this.hit('setAlignment');
    const name = String(alignment);
    if (!(name in HorizontalAlignment)) throw new Error(`Invalid argument: alignment (${name})`);
    this.alignment = name as AlignName;
    return this.self();
  }

  getAlignment(): HAlign {
    this.hit('getAlignment');
    return (this.alignment ?? 'LEFT') as unknown as HAlign;
  }

  setAttributes(attributes: any): GasParagraph {
    this.hit('setAttributes');
    applyAttributes(this, attributes as Record<string, unknown>);
    return this.self();
  }

  getAttributes(): any {
    this.hit('getAttributes');
    return {
      ...this.attributes,
      [Attribute.BOLD]: this.content.allBold(),
      [Attribute.HEADING]: this.heading,
      [Attribute.HORIZONTAL_ALIGNMENT]: this.alignment ?? 'LEFT',
    };
  }

  setSpacingAfter(spacingAfter: number): GasParagraph {
    this.hit('setSpacingAfter');
    this.spacingAfter = spacingAfter;
    return this.self();
  }

  setSpacingBefore(spacingBefore: number): GasParagraph {
    this.hit('setSpacingBefore');
    this.spacingBefore = spacingBefore;
    return this.self();
  }

  getSpacingAfter(): number {
    this.hit('getSpacingAfter');
    return this.spacingAfter ?? 0;
  }

  getSpacingBefore(): number {
    this.hit('getSpacingBefore');
    return this.spacingBefore ?? 0;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.hit('getType');
    return ElementType.PARAGRAPH as unknown as GoogleAppsScript.Document.ElementType;
  }

  asParagraph(): GasParagraph {
    this.hit('asParagraph');
    return this.self();
  }
}

export class FakeListItem
  extends FakeParagraph
  implements Pick<GasListItem, 'setGlyphType' | 'getGlyphType' | 'setNestingLevel' | 'getNestingLevel' | 'asListItem'>
{
  glyphType: keyof typeof GlyphType = 'BULLET';
  nestingLevel = 0;

  constructor(counter: CallCounter, text: string) {
    super(counter, text, 'ListItem');
  }

  private selfItem(): GasListItem {
    return this as unknown as GasListItem;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GasListItem {
    this.hit('setGlyphType');
    const name = String(glyphType);
    if (!(name in GlyphType)) throw new Error(`Invalid argument: glyphType (${name})`);
    this.glyphType = name as keyof typeof GlyphType;
    return this.selfItem();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.hit('getGlyphType');
    return this.glyphType as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setNestingLevel(nestingLevel: number): GasListItem {
    this.hit('setNestingLevel');
    this.nestingLevel = nestingLevel;
    return this.selfItem();
  }

  getNestingLevel(): number {
    this.hit('getNestingLevel');
    return this.nestingLevel;
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    this.hit('getType');
    return ElementType.LIST_ITEM as unknown as GoogleAppsScript.Document.ElementType;
  }

  asListItem(): GasListItem {
    this.hit('asListItem');
    return this.selfItem();
  }
}

export class FakeTableCell
  implements
    Pick<
      GasCell,
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'getChild'
      | 'getNumChildren'
      | 'setAttributes'
      | 'appendParagraph'
      | 'getType'
    >
{
  readonly paragraphs: FakeParagraph[];
  background: string | null = null;
  attributes: Record<string, unknown> = {};

  constructor(
    private readonly counter: CallCounter,
    text: string,
  ) {
    this.paragraphs = [new FakeParagraph(counter, text)];
  }

  private self(): GasCell {
    return this as unknown as GasCell;
  }

  /** Cell text without counting: paragraphs joined by "\n". */
  text(): string {
    return this.paragraphs.map((p) => p.content.text).join('\n');
  }

  getText(): string {
    this.counter.hit('DocumentApp.TableCell.getText');
    return this.text();
  }

  setText(text: string): GasCell {
    this.counter.hit('DocumentApp.TableCell.setText');
    this.paragraphs.splice(1);
    this.paragraphs[0].content.setText(String(text));
    return this.self();
  }

  editAsText(): GasText {
    this.counter.hit('DocumentApp.TableCell.editAsText');
    return new FakeText(
      this.counter,
      this.paragraphs.map((p) => p.content),
    ) as unknown as GasText;
  }

  setBackgroundColor(color: string): GasCell {
    this.counter.hit('DocumentApp.TableCell.setBackgroundColor');
    this.background = color;
    return this.self();
  }

  getBackgroundColor(): string {
    this.counter.hit('DocumentApp.TableCell.getBackgroundColor');
    return this.background ?? '';
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    this.counter.hit('DocumentApp.TableCell.getChild');
    const p = this.paragraphs[childIndex];
    if (!p)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.paragraphs.length}).`,
      );
    return p as unknown as GoogleAppsScript.Document.Element;
  }

  getNumChildren(): number {
    this.counter.hit('DocumentApp.TableCell.getNumChildren');
    return this.paragraphs.length;
  }

  setAttributes(attributes: any): GasCell {
    this.counter.hit('DocumentApp.TableCell.setAttributes');
    for (const [k, v] of Object.entries((attributes ?? {}) as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      this.attributes[k] = v;
      if (k === Attribute.BACKGROUND_COLOR) this.background = String(v);
      if (k === Attribute.BOLD) this.paragraphs.forEach((p) => p.content.bold.fill(Boolean(v)));
      if (k === Attribute.HORIZONTAL_ALIGNMENT) this.paragraphs.forEach((p) => (p.alignment = String(v) as AlignName));
    }
    return this.self();
  }

  appendParagraph(text: string | GasParagraph): GasParagraph {
    this.counter.hit('DocumentApp.TableCell.appendParagraph');
    if (typeof text !== 'string') throw new Error('appendParagraph(Paragraph) is not supported by the emulator');
    const p = new FakeParagraph(this.counter, text);
    this.paragraphs.push(p);
    return p as unknown as GasParagraph;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.TableCell.getType');
    return ElementType.TABLE_CELL as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class FakeTableRow
  implements Pick<GasRow, 'getNumCells' | 'getCell' | 'editAsText' | 'getText' | 'appendTableCell' | 'getType'>
{
  readonly cells: FakeTableCell[];

  constructor(
    private readonly counter: CallCounter,
    texts: string[],
  ) {
    this.cells = texts.map((t) => new FakeTableCell(counter, t));
  }

  getNumCells(): number {
    this.counter.hit('DocumentApp.TableRow.getNumCells');
    return this.cells.length;
  }

  getCell(cellIndex: number): GasCell {
    this.counter.hit('DocumentApp.TableRow.getCell');
    const cell = this.cells[cellIndex];
    if (!cell)
      throw new Error(
        `Child index (${cellIndex}) must be less than the number of child elements (${this.cells.length}).`,
      );
    return cell as unknown as GasCell;
  }

  editAsText(): GasText {
    this.counter.hit('DocumentApp.TableRow.editAsText');
    return new FakeText(
      this.counter,
      this.cells.flatMap((c) => c.paragraphs.map((p) => p.content)),
    ) as unknown as GasText;
  }

  getText(): string {
    this.counter.hit('DocumentApp.TableRow.getText');
    return this.cells.map((c) => c.text()).join('\n');
  }

  appendTableCell(textContentsOrCell?: string | GasCell | null): GasCell {
    this.counter.hit('DocumentApp.TableRow.appendTableCell');
    if (textContentsOrCell !== undefined && textContentsOrCell !== null && typeof textContentsOrCell !== 'string') {
      throw new Error('appendTableCell(TableCell) is not supported by the emulator');
    }
    const cell = new FakeTableCell(this.counter, textContentsOrCell ?? '');
    this.cells.push(cell);
    return cell as unknown as GasCell;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.TableRow.getType');
    return ElementType.TABLE_ROW as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class FakeTable
  implements
    Pick<
      GasTable,
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'appendTableRow'
      | 'setAttributes'
      | 'getAttributes'
      | 'setBorderWidth'
      | 'setBorderColor'
      | 'setColumnWidth'
      | 'getText'
      | 'getType'
      | 'asTable'
    >
{
  readonly rows: FakeTableRow[];
  attributes: Record<string, unknown> = {};
  borderWidth: number | null = null;
  borderColor: string | null = null;
  readonly columnWidths = new Map<number, number>();

  constructor(
    private readonly counter: CallCounter,
    cells: string[][],
  ) {
    this.rows = cells.map((r) => new FakeTableRow(counter, r));
  }

  private self(): GasTable {
    return this as unknown as GasTable;
  }

  getNumRows(): number {
    this.counter.hit('DocumentApp.Table.getNumRows');
    return this.rows.length;
  }

  getRow(rowIndex: number): GasRow {
    this.counter.hit('DocumentApp.Table.getRow');
    const row = this.rows[rowIndex];
    if (!row)
      throw new Error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.rows.length}).`,
      );
    return row as unknown as GasRow;
  }

  getCell(rowIndex: number, cellIndex: number): GasCell {
    this.counter.hit('DocumentApp.Table.getCell');
    const row = this.rows[rowIndex];
    if (!row)
      throw new Error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.rows.length}).`,
      );
    const cell = row.cells[cellIndex];
    if (!cell)
      throw new Error(
        `Child index (${cellIndex}) must be less than the number of child elements (${row.cells.length}).`,
      );
    return cell as unknown as GasCell;
  }

  appendTableRow(tableRow?: GasRow): GasRow {
    this.counter.hit('DocumentApp.Table.appendTableRow');
    if (tableRow !== undefined) throw new Error('appendTableRow(TableRow) is not supported by the emulator');
    const row = new FakeTableRow(this.counter, []);
    this.rows.push(row);
    return row as unknown as GasRow;
  }

  setAttributes(attributes: any): GasTable {
    this.counter.hit('DocumentApp.Table.setAttributes');
    for (const [k, v] of Object.entries((attributes ?? {}) as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      this.attributes[k] = v;
      if (k === Attribute.BORDER_WIDTH) this.borderWidth = Number(v);
      if (k === Attribute.BORDER_COLOR) this.borderColor = String(v);
    }
    return this.self();
  }

  getAttributes(): any {
    this.counter.hit('DocumentApp.Table.getAttributes');
    return { ...this.attributes };
  }

  setBorderWidth(width: number): GasTable {
    this.counter.hit('DocumentApp.Table.setBorderWidth');
    this.borderWidth = width;
    return this.self();
  }

  setBorderColor(color: string): GasTable {
    this.counter.hit('DocumentApp.Table.setBorderColor');
    this.borderColor = color;
    return this.self();
  }

  setColumnWidth(columnIndex: number, width: number): GasTable {
    this.counter.hit('DocumentApp.Table.setColumnWidth');
    this.columnWidths.set(columnIndex, width);
    return this.self();
  }

  getText(): string {
    this.counter.hit('DocumentApp.Table.getText');
    return this.rows.map((r) => r.cells.map((c) => c.text()).join('\n')).join('\n');
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.Table.getType');
    return ElementType.TABLE as unknown as GoogleAppsScript.Document.ElementType;
  }

  asTable(): GasTable {
    this.counter.hit('DocumentApp.Table.asTable');
    return this.self();
  }
}

export class FakePageBreak implements Pick<GoogleAppsScript.Document.PageBreak, 'getType'> {
  constructor(private readonly counter: CallCounter) {}

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.PageBreak.getType');
    return ElementType.PAGE_BREAK as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class FakeHorizontalRule implements Pick<GoogleAppsScript.Document.HorizontalRule, 'getType'> {
  constructor(private readonly counter: CallCounter) {}

  getType(): GoogleAppsScript.Document.ElementType {
    this.counter.hit('DocumentApp.HorizontalRule.getType');
    return ElementType.HORIZONTAL_RULE as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export type BodyChild = FakeParagraph | FakeListItem | FakeTable | FakePageBreak | FakeHorizontalRule;

/** Enum objects for the DocumentApp global (string valued at run time). */
export const documentEnums = {
  ParagraphHeading: ParagraphHeading as unknown as D['ParagraphHeading'],
  HorizontalAlignment: HorizontalAlignment as unknown as D['HorizontalAlignment'],
  GlyphType: GlyphType as unknown as D['GlyphType'],
  ElementType: ElementType as unknown as D['ElementType'],
  Attribute: Attribute as unknown as D['Attribute'],
};
