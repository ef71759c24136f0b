/** The Google Docs the emulator holds, created through Docs.Documents.create. */
import { type DocModel, newDocModel } from './document-model.ts';

export class FakeDocument {
  constructor(readonly model: DocModel) {}

  get id(): string {
    return this.model.id;
  }

  get name(): string {
    return this.model.title;
  }

  /** Helpers for tests and exports (not service calls, not counted). */
  getId(): string {
    return this.model.id;
  }

  getName(): string {
    return this.model.title;
  }

  getUrl(): string {
    return `https://docs.google.com/document/d/${this.model.id}/edit`;
  }
}

/** All documents created in one emulator, in creation order. */
export class DocumentStore {
  readonly documents: FakeDocument[] = [];
  private next = 1;

  /** `PAGELESS`: the user's Docs default is pageless, so a new Doc is too. */
  constructor(private readonly documentMode: 'PAGES' | 'PAGELESS' = 'PAGES') {}

  create(title: string): FakeDocument {
    const id = `fake-doc-${String(this.next++).padStart(4, '0')}`;
    const doc = new FakeDocument(newDocModel(id, title, this.documentMode));
    this.documents.push(doc);
    return doc;
  }

  find(id: string): FakeDocument | undefined {
    return this.documents.find((d) => d.id === id);
  }
}
