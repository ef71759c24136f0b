import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';

function newDoc() {
  const em = createEmulator();
  const { DocumentApp } = em.globals;
  const doc = DocumentApp.create('LKjIP 2023');
  return { em, DocumentApp, doc, body: doc.getBody() };
}

describe('DocumentApp', () => {
  it('creates documents with id, url and name; openById finds them', () => {
    const { em, DocumentApp, doc } = newDoc();
    expect(doc.getName()).toBe('LKjIP 2023');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('LKjIP 2023');
    expect(() => DocumentApp.openById('nope')).toThrow();
    expect(em.documents).toHaveLength(1);
    doc.saveAndClose();
    expect(em.documents[0].closed).toBe(true);
  });

  it('a new body has one empty paragraph, like Google Docs', () => {
    const { body } = newDoc();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getParagraphs()[0].getText()).toBe('');
  });

  it('appendTable keeps the shape of the cells, ragged rows included', () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ['No', 'Uraian', 'Nilai'],
      ['1', 'IKM', '88,12'],
      ['', 'Catatan'],
    ]);
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(0).getNumCells()).toBe(3);
    expect(table.getRow(2).getNumCells()).toBe(2);
    expect(table.getCell(1, 2).getText()).toBe('88,12');
    expect(table.getRow(1).getCell(1).editAsText().getText()).toBe('IKM');
    const empty = body.appendTable();
    expect(empty.getNumRows()).toBe(0);
    expect(() => body.appendTable([[1 as unknown as string]])).toThrow(
      "don't match the method signature for DocumentApp.Body.appendTable",
    );
    expect(body.getTables()).toHaveLength(2);
  });

  it('table setAttributes keeps the attributes given and skips null ones', () => {
    const { body, DocumentApp } = newDoc();
    const A = DocumentApp.Attribute as unknown as Record<string, string>;
    const table = body.appendTable([['a']]);
    expect(table.setAttributes({ [A.FONT_SIZE]: 9, [A.BORDER_WIDTH]: 1, [A.BOLD]: null })).toBe(table);
    expect(table.getAttributes()).toEqual({ [A.FONT_SIZE]: 9, [A.BORDER_WIDTH]: 1 });
  });

  it('paragraph headings, alignment, text styling and list items', () => {
    const { DocumentApp, body } = newDoc();
    const p = body.appendParagraph('BAB I').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    const q = body.appendParagraph('Tengah');
    q.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(q.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    const t = q.editAsText().setBold(0, 2, true);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(3)).toBe(false);
    expect(() => t.setBold(0, 99, true)).toThrow();
    const li = body.appendListItem('butir').setGlyphType(DocumentApp.GlyphType.NUMBER);
    expect(li.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    const attrs: Record<string, unknown> = {};
    attrs[DocumentApp.Attribute.BOLD as unknown as string] = true;
    const r = body.appendParagraph('tebal').setAttributes(attrs);
    expect(r.editAsText().isBold()).toBe(true);
    expect(body.getNumChildren()).toBe(5);
    expect(body.getChild(1).asParagraph().getText()).toBe('BAB I');
  });

  it('stores text verbatim, never as markup', () => {
    const { em, body } = newDoc();
    body.appendParagraph('<b>bukan tebal</b> **juga bukan**');
    expect(em.docTree(em.documents[0])).toEqual([{ type: 'paragraph', text: '<b>bukan tebal</b> **juga bukan**' }]);
  });

  it('exports a JSON block tree', () => {
    const { em, DocumentApp, body } = newDoc();
    body.appendParagraph('LAPORAN KINERJA').setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendParagraph('BAB I PENDAHULUAN').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('Latar belakang.').setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
    body.appendParagraph('Kepala').editAsText().setBold(true);
    body.appendListItem('satu');
    body.appendListItem('dua');
    const table = body.appendTable([
      ['Indikator', 'Capaian'],
      ['IKM', '99,71'],
    ]);
    table.getRow(0).editAsText().setBold(true);
    table.getCell(1, 1).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    body.appendPageBreak();
    body.appendHorizontalRule();
    body.appendListItem('tiga');
    expect(em.docTree(em.documents[0])).toEqual([
      { type: 'heading', level: 0, text: 'LAPORAN KINERJA' },
      { type: 'heading', level: 1, text: 'BAB I PENDAHULUAN' },
      { type: 'paragraph', text: 'Latar belakang.', align: 'justify' },
      { type: 'paragraph', text: 'Kepala', bold: true },
      { type: 'list', items: ['satu', 'dua'] },
      {
        type: 'table',
        rows: [
          ['Indikator', 'Capaian'],
          ['IKM', '99,71'],
        ],
        header: true,
      },
      { type: 'pagebreak' },
      { type: 'hr' },
      { type: 'list', items: ['tiga'] },
    ]);
  });

  it('HTML export escapes all document text and shows alignment and page breaks', () => {
    const { em, DocumentApp, body } = newDoc();
    body.appendParagraph('<img src=x onerror=alert(1)>').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    const table = body.appendTable([
      ['<b>', 'a & b'],
      ['"x"', '1.000'],
    ]);
    table.getCell(1, 1).setBackgroundColor('red;background:url(x)');
    table.getCell(1, 1).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    body.appendPageBreak();
    const html = em.docHtml(em.documents[0]);
    expect(html).not.toContain('<img');
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('<td>&lt;b&gt;</td>');
    expect(html).toContain('a &amp; b');
    expect(html).toContain('<td style="text-align:right">1.000</td>');
    expect(html).toContain('<hr class="page-break">');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toContain('url(x)');
  });

  it('body clear keeps one paragraph; the last paragraph cannot be removed', () => {
    const { body } = newDoc();
    body.appendParagraph('a');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph");
  });
});
