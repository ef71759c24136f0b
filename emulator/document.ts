/** DocumentApp fake: Document and Body (elements live in document-model.ts). */
import type { CallCounter } from './call-counter.ts';
import {
  type BodyChild,
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  FakeText,
  documentEnums,
  type StyledText,
} from './document-model.ts';

type GasBody = GoogleAppsScript.Document.Body;
type GasDocument = GoogleAppsScript.Document.Document;
type GasElement = GoogleAppsScript.Document.Element;

function describeCells(cells: unknown): string {
  if (!Array.isArray(cells)) return typeof cells;
  const inner = cells.find((r) => !Array.isArray(r) || r.some((c: unknown) => typeof c !== 'string'));
  if (inner === undefined) return 'String[][]';
  if (!Array.isArray(inner)) return 'Object[]';
  const bad = inner.find((c: unknown) => typeof c !== 'string');
  return `${bad === null ? 'null' : typeof bad}[][]`;
}

export class FakeBody
  implements
    Pick<
      GasBody,
      | 'appendParagraph'
      | 'appendListItem'
      | 'appendTable'
      | 'appendPageBreak'
      | 'appendHorizontalRule'
      | 'getNumChildren'
      | 'getChild'
      | 'getParagraphs'
      | 'getTables'
      | 'editAsText'
      | 'setAttributes'
      | 'getText'
      | 'clear'
      | 'removeChild'
    >
{
  /** A new Google Doc starts with one empty paragraph. */
  readonly children: BodyChild[];
  attributes: Record<string, unknown> = {};

  constructor(private readonly counter: CallCounter) {
    this.children = [new FakeParagraph(counter, '')];
  }

  private self(): GasBody {
    return this as unknown as GasBody;
  }

  private textParts(): StyledText[] {
    const parts: StyledText[] = [];
    for (const child of this.children) {
      if (child instanceof FakeParagraph) parts.push(child.content);
      else if (child instanceof FakeTable)
        for (const r of child.rows) for (const c of r.cells) for (const p of c.paragraphs) parts.push(p.content);
    }
    return parts;
  }

  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.counter.hit('DocumentApp.Body.appendParagraph');
    if (typeof text !== 'string') throw new Error('appendParagraph(Paragraph) is not supported by the emulator');
    const p = new FakeParagraph(this.counter, text);
    this.children.push(p);
    return p as unknown as GoogleAppsScript.Document.Paragraph;
  }

  appendListItem(text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.counter.hit('DocumentApp.Body.appendListItem');
    if (typeof text !== 'string') throw new Error('appendListItem(ListItem) is not supported by the emulator');
    const item = new FakeListItem(this.counter, text);
    this.children.push(item);
    return item as unknown as GoogleAppsScript.Document.ListItem;
  }

  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.counter.hit('DocumentApp.Body.appendTable');
    let rows: string[][] = [];
    if (cells !== undefined && cells !== null) {
      if (
        !Array.isArray(cells) ||
        cells.some((r) => !Array.isArray(r) || r.some((c: unknown) => typeof c !== 'string'))
      ) {
        throw new Error(
          `The parameters (${describeCells(cells)}) don't match the method signature for DocumentApp.Body.appendTable.`,
        );
      }
      rows = (cells as string[][]).map((r) => [...r]);
    }
    const table = new FakeTable(this.counter, rows);
    this.children.push(table);
    return table as unknown as GoogleAppsScript.Document.Table;
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.counter.hit('DocumentApp.Body.appendPageBreak');
    const pb = new FakePageBreak(this.counter);
    this.children.push(pb);
    return pb as unknown as GoogleAppsScript.Document.PageBreak;
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.counter.hit('DocumentApp.Body.appendHorizontalRule');
    const hr = new FakeHorizontalRule(this.counter);
    this.children.push(hr);
    return hr as unknown as GoogleAppsScript.Document.HorizontalRule;
  }

  getNumChildren(): number {
    this.counter.hit('DocumentApp.Body.getNumChildren');
    return this.children.length;
  }

  getChild(childIndex: number): GasElement {
    this.counter.hit('DocumentApp.Body.getChild');
    const child = this.children[childIndex];
    if (!child)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    return child as unknown as GasElement;
  }

  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    this.counter.hit('DocumentApp.Body.getParagraphs');
    const out: FakeParagraph[] = [];
    for (const child of this.children) {
      if (child instanceof FakeParagraph) out.push(child);
      else if (child instanceof FakeTable)
        for (const r of child.rows) for (const c of r.cells) out.push(...c.paragraphs);
    }
    return out as unknown as GoogleAppsScript.Document.Paragraph[];
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    this.counter.hit('DocumentApp.Body.getTables');
    return this.children.filter((c) => c instanceof FakeTable) as unknown as GoogleAppsScript.Document.Table[];
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.counter.hit('DocumentApp.Body.editAsText');
    return new FakeText(this.counter, this.textParts()) as unknown as GoogleAppsScript.Document.Text;
  }

  setAttributes(attributes: any): GasBody {
    this.counter.hit('DocumentApp.Body.setAttributes');
    Object.assign(this.attributes, attributes ?? {});
    return this.self();
  }

  getText(): string {
    this.counter.hit('DocumentApp.Body.getText');
    return this.textParts()
      .map((p) => p.text)
      .join('\n');
  }

  clear(): GasBody {
    this.counter.hit('DocumentApp.Body.clear');
    this.children.splice(0, this.children.length, new FakeParagraph(this.counter, ''));
    return this.self();
  }

  removeChild(child: GasElement): GasBody {
    this.counter.hit('DocumentApp.Body.removeChild');
    const index = this.children.indexOf(child as unknown as BodyChild);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    const paragraphs = this.children.filter((c) => c instanceof FakeParagraph && !(c instanceof FakeListItem));
    if (paragraphs.length === 1 && paragraphs[0] === this.children[index]) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.children.splice(index, 1);
    return this.self();
  }
}

export class FakeDocument
  implements Pick<GasDocument, 'getId' | 'getUrl' | 'getName' | 'setName' | 'saveAndClose' | 'getBody'>
{
  readonly body: FakeBody;
  closed = false;

  constructor(
    private readonly counter: CallCounter,
    readonly id: string,
    public name: string,
  ) {
    this.body = new FakeBody(counter);
  }

  getId(): string {
    this.counter.hit('DocumentApp.Document.getId');
    return this.id;
  }

  getUrl(): string {
    this.counter.hit('DocumentApp.Document.getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  getName(): string {
    this.counter.hit('DocumentApp.Document.getName');
    return this.name;
  }

  setName(name: string): GasDocument {
    this.counter.hit('DocumentApp.Document.setName');
    this.name = String(name);
    return this as unknown as GasDocument;
  }

  saveAndClose(): void {
    this.counter.hit('DocumentApp.Document.saveAndClose');
    this.closed = true;
  }

  getBody(): GasBody {
    this.counter.hit('DocumentApp.Document.getBody');
    return this.body as unknown as GasBody;
  }
}

/** All documents created in one emulator, in creation order. */
export class DocumentStore {
  readonly documents: FakeDocument[] = [];
  private next = 1;

  constructor(private readonly counter: CallCounter) {}

  create(name: string): FakeDocument {
    const id = `fake-doc-${String(this.next++).padStart(4, '0')}`;
    const doc = new FakeDocument(this.counter, id, name);
    this.documents.push(doc);
    return doc;
  }

  find(id: string): FakeDocument | undefined {
    return this.documents.find((d) => d.id === id);
  }
}

export type FakeDocumentApp = Pick<
  GoogleAppsScript.Document.DocumentApp,
  'create' | 'openById' | 'ParagraphHeading' | 'HorizontalAlignment' | 'GlyphType' | 'ElementType' | 'Attribute'
>;

export function createDocumentApp(counter: CallCounter, store: DocumentStore): FakeDocumentApp {
  return {
    ...documentEnums,
    create(name: string): GasDocument {
      counter.hit('DocumentApp.create');
      if (typeof name !== 'string' || name === '') throw new Error('Invalid argument: name');
      return store.create(name) as unknown as GasDocument;
    },
    openById(id: string): GasDocument {
      counter.hit('DocumentApp.openById');
      const doc = store.find(String(id));
      if (!doc)
        throw new Error(
          `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`,
        );
      return doc as unknown as GasDocument;
    },
  };
}
