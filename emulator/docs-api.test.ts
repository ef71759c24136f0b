import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';

type El = GoogleAppsScript.Docs.Schema.StructuralElement;

function build() {
  const em = createEmulator();
  const { DocumentApp, Docs } = em.globals;
  const doc = DocumentApp.create('Uji indeks');
  const body = doc.getBody();
  body.getParagraphs()[0].setText('Judul');
  body.appendParagraph('Halo');
  body.appendTable([
    ['No', 'Nilai'],
    ['1', '88,12'],
    ['2', '7'],
  ]);
  body.appendParagraph('');
  body.appendPageBreak();
  body.appendParagraph('Akhir');
  return { em, Docs, doc, id: doc.getId() };
}

/** Every paragraph (body and table cells) in document order. */
function paragraphs(content: El[]): El[] {
  const out: El[] = [];
  for (const el of content) {
    if (el.paragraph) out.push(el);
    if (el.table)
      for (const row of el.table.tableRows!) for (const cell of row.tableCells!) out.push(...paragraphs(cell.content!));
  }
  return out;
}

function text(el: El): string {
  return el.paragraph!.elements!.map((e) => e.textRun?.content ?? '').join('');
}

describe('Docs.Documents.get', () => {
  it('uses Docs API indices: content starts at 1, paragraph = text + newline, tables add 1 per table/row/cell', () => {
    const { Docs, id } = build();
    const d = Docs.Documents.get(id);
    expect(d.documentId).toBe(id);
    expect(d.title).toBe('Uji indeks');
    const content = d.body!.content!;
    expect(content[0].sectionBreak).toBeDefined();
    expect(content[0].endIndex).toBe(1);
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 7 }); // "Judul\n"
    expect(text(content[1])).toBe('Judul\n');
    expect(content[2]).toMatchObject({ startIndex: 7, endIndex: 12 }); // "Halo\n"
    const table = content[3];
    expect(table.startIndex).toBe(12);
    const row0 = table.table!.tableRows![0];
    expect(row0.startIndex).toBe(13);
    expect(row0.tableCells![0].startIndex).toBe(14);
    expect(row0.tableCells![0].content![0]).toMatchObject({ startIndex: 15, endIndex: 18 }); // "No\n"
    expect(table.table!.rows).toBe(3);
    expect(table.table!.columns).toBe(2);
    // Consistency: each element ends where the next begins.
    for (let i = 1; i + 1 < content.length; i++) expect(content[i].endIndex).toBe(content[i + 1].startIndex);
    const ps = paragraphs(content);
    for (const p of ps)
      expect(p.endIndex! - p.startIndex!).toBe(
        text(p).length + (p.paragraph!.elements!.some((e) => e.pageBreak) ? 1 : 0),
      );
    const pb = content.find((c) => c.paragraph?.elements?.some((e) => e.pageBreak));
    expect(pb).toBeDefined();
  });

  it('throws for an unknown document', () => {
    const { Docs } = build();
    expect(() => Docs.Documents.get('nope')).toThrow('Requested entity was not found');
  });
});

describe('Docs.Documents.batchUpdate', () => {
  it('right-aligns number cells and bolds the header row in one call', () => {
    const { em, Docs, id } = build();
    const table = Docs.Documents.get(id).body!.content!.find((c) => c.table)!.table!;
    const requests: object[] = [];
    const header = table.tableRows![0];
    requests.push({
      updateTextStyle: {
        range: { startIndex: header.startIndex, endIndex: header.endIndex },
        textStyle: { bold: true },
        fields: 'bold',
      },
    });
    for (const row of table.tableRows!.slice(1)) {
      const cell = row.tableCells![1];
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: cell.startIndex, endIndex: cell.endIndex },
          paragraphStyle: { alignment: 'END' },
          fields: 'alignment',
        },
      });
    }
    em.counter.reset();
    const res = Docs.Documents.batchUpdate({ requests }, id);
    expect(res.replies).toHaveLength(3);
    expect(em.counter.counts()).toEqual({ 'Docs.Documents.batchUpdate': 1 });
    const tree = em.docTree(em.documents[0]);
    expect(tree.find((b) => b.type === 'table')).toEqual({
      type: 'table',
      rows: [
        ['No', 'Nilai'],
        ['1', '88,12'],
        ['2', '7'],
      ],
      header: true,
    });
    const t = em.documents[0].body.children.find((c) => 'rows' in c) as unknown as {
      rows: Array<{ cells: Array<{ paragraphs: Array<{ alignment: string | null }> }> }>;
    };
    expect(t.rows.map((r) => r.cells.map((c) => c.paragraphs[0].alignment))).toEqual([
      [null, null],
      [null, 'RIGHT'],
      [null, 'RIGHT'],
    ]);
    // Paragraphs outside the ranges are untouched.
    expect(tree[0]).toEqual({ type: 'paragraph', text: 'Judul' });
    const after = Docs.Documents.get(id).body!.content!.find((c) => c.table)!.table!;
    expect(after.tableRows![1].tableCells![1].content![0].paragraph!.paragraphStyle!.alignment).toBe('END');
    expect(after.tableRows![0].tableCells![0].content![0].paragraph!.elements![0].textRun!.textStyle!.bold).toBe(true);
  });

  it('bolds only the characters inside the range', () => {
    const { em, Docs, id } = build();
    Docs.Documents.batchUpdate(
      {
        requests: [
          { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
        ],
      },
      id,
    );
    const first = Docs.Documents.get(id).body!.content![1].paragraph!.elements!;
    expect(first.map((e) => [e.textRun!.content, e.textRun!.textStyle!.bold ?? false])).toEqual([
      ['Ju', true],
      ['dul\n', false],
    ]);
    expect(em.docTree(em.documents[0])[0]).toEqual({ type: 'paragraph', text: 'Judul' });
  });

  it('rejects unknown request kinds and bad ranges, applying nothing', () => {
    const { em, Docs, id } = build();
    expect(() =>
      Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }] }, id),
    ).toThrow('unsupported request kind "insertText"');
    const good = {
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: 2 },
        paragraphStyle: { alignment: 'CENTER' },
        fields: 'alignment',
      },
    };
    const bad = {
      updateTextStyle: { range: { startIndex: 1, endIndex: 9999 }, textStyle: { bold: true }, fields: 'bold' },
    };
    expect(() => Docs.Documents.batchUpdate({ requests: [good, bad] }, id)).toThrow('must be less than the end index');
    expect(em.docTree(em.documents[0])[0]).toEqual({ type: 'paragraph', text: 'Judul' });
  });
});
