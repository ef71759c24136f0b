import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';

// The Docs API's documented index rules (developers.google.com/docs/api/reference/rest/v1/documents):
// a body starts with a section break [0,1); text, tables and section breaks go inside the bounds of
// an existing paragraph, never at a table's start index; a table takes one index at its start, a
// row one, a cell one, then the cell's paragraph with its closing newline; a batch is all or nothing.

type Req = Record<string, unknown>;
const END = { endOfSegmentLocation: {} };

function setup() {
  const em = createEmulator();
  const { Docs } = em.globals;
  const id = Docs.Documents.create({ title: 'Uji indeks' }).documentId!;
  const run = (...requests: Req[]) => Docs.Documents.batchUpdate({ requests } as never, id);
  const get = () => Docs.Documents.get(id);
  return { em, Docs, id, run, get };
}

describe('Docs.Documents.create / get', () => {
  it('a new Doc is a section break [0,1) and one empty paragraph [1,2), Letter paper', () => {
    const { get, em } = setup();
    const d = get();
    expect(d.title).toBe('Uji indeks');
    expect(d.body!.content![0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } });
    expect(d.body!.content![1].startIndex).toBe(1);
    expect(d.body!.content![1].endIndex).toBe(2);
    expect((d.documentStyle as { pageSize: unknown }).pageSize).toEqual({
      width: { magnitude: 612, unit: 'PT' },
      height: { magnitude: 792, unit: 'PT' },
    });
    expect(em.counter.counts()).toEqual({ 'Docs.Documents.create': 1, 'Docs.Documents.get': 1 });
  });

  it('an unknown id is not found', () => {
    const { Docs } = setup();
    expect(() => Docs.Documents.get('nope')).toThrow('Requested entity was not found');
  });
});

// developers.google.com/docs/api/how-tos/field-masks: `fields` comma-separated, subfields dotted,
// several subfields of one field in parentheses; names in camelCase or separated_by_underscores.
describe('Docs.Documents.get with fields (a partial response)', () => {
  function doc() {
    const s = setup();
    s.run({ insertText: { text: 'Judul', ...END } }, { insertTable: { rows: 1, columns: 2, ...END } });
    return s;
  }

  it('answers only the fields asked for; an element with none of them stays as {}, as the guide shows', () => {
    const { Docs, id } = doc();
    const d = Docs.Documents.get(id, { fields: 'title,body.content(paragraph.elements(textRun.content))' });
    expect(Object.keys(d)).toEqual(['title', 'body']);
    expect(d.body!.content).toEqual([
      {},
      { paragraph: { elements: [{ textRun: { content: 'Judul\n' } }] } },
      {},
      { paragraph: { elements: [{ textRun: { content: '\n' } }] } },
    ]);
  });

  it('nests with parentheses, dots or slashes alike, and reads snake_case names', () => {
    const { Docs, id } = doc();
    const cells = (fields: string) =>
      Docs.Documents.get(id, { fields }).body!.content![2].table!.tableRows![0].tableCells!.map((c) => ({ ...c }));
    const expected = [
      { startIndex: 9, endIndex: 11 },
      { startIndex: 11, endIndex: 13 },
    ];
    expect(cells('body.content(table(tableRows(tableCells(startIndex,endIndex))))')).toEqual(expected);
    expect(cells('body.content.table.tableRows.tableCells(startIndex,endIndex)')).toEqual(expected);
    expect(cells('body/content/table/tableRows/tableCells(start_index,end_index)')).toEqual(expected);
  });

  it('a message selected by a subfield it lacks stays, empty (a section break without sectionType)', () => {
    const { Docs, id } = doc();
    const d = Docs.Documents.get(id, {
      fields: 'body.content(table.rows,sectionBreak.sectionStyle.columnSeparatorStyle)',
    });
    expect(d.body!.content![0]).toEqual({ sectionBreak: { sectionStyle: {} } });
    expect(d.body!.content![2]).toEqual({ table: { rows: 1 } });
  });

  it.each([
    ['a name the Document has not', 'body.contents', "Cannot find matching fields for path 'body.contents'"],
    ['a subfield of a scalar', 'body.content(startIndex.value)', "path 'body.content.startIndex.value'"],
    ['a space after a comma', 'title, body', "Cannot find matching fields for path ' body'"],
    ['unbalanced parentheses', 'body.content(paragraph', 'Cannot find matching fields'],
    ['an empty mask', '', 'Cannot find matching fields'],
  ])('refuses %s, before it looks the document up', (_, fields, message) => {
    const { Docs, id } = doc();
    expect(() => Docs.Documents.get(id, { fields })).toThrow(message);
    expect(() => Docs.Documents.get('nope', { fields })).toThrow("Error expanding 'fields' parameter");
  });
});

describe('insertTable and cell indices', () => {
  it('appended after text: the paragraph is split, the table follows it, a paragraph follows the table', () => {
    const { run, get } = setup();
    run({ insertText: { text: 'Judul', ...END } }, { insertTable: { rows: 2, columns: 2, ...END } });
    const c = get().body!.content!;
    expect(c.map((e) => (e.table ? 'table' : e.sectionBreak ? 'sb' : 'p'))).toEqual(['sb', 'p', 'table', 'p']);
    // "Judul\n" [1,7); table start 7; row 8; cells 9 and 11 (paragraphs 10, 12); row 2 at 13.
    const t = c[2];
    expect(t.startIndex).toBe(7);
    const rows = t.table!.tableRows!;
    expect(rows[0].startIndex).toBe(8);
    expect(rows[0].tableCells!.map((x) => [x.startIndex, x.content![0].startIndex, x.endIndex])).toEqual([
      [9, 10, 11],
      [11, 12, 13],
    ]);
    expect(rows[1].startIndex).toBe(13);
    expect(t.endIndex).toBe(18);
    expect(c[3].startIndex).toBe(18);
  });

  it('appended to an empty last paragraph, the inserted newline leaves an empty paragraph before the table', () => {
    const { run, get } = setup();
    run({ insertTable: { rows: 1, columns: 1, ...END } });
    const c = get().body!.content!;
    expect(c.map((e) => (e.table ? 'table' : e.sectionBreak ? 'sb' : 'p'))).toEqual(['sb', 'p', 'table', 'p']);
  });

  it('text goes in at a cell paragraph start; never at the table start index or a cell start index', () => {
    const { run, get } = setup();
    run({ insertText: { text: 'A', ...END } }, { insertTable: { rows: 1, columns: 2, ...END } });
    // "A\n" [1,3); table 3; row 4; cell 5 (paragraph 6); cell 7 (paragraph 8).
    run(
      { insertText: { text: 'kanan', location: { index: 8 } } },
      { insertText: { text: 'kiri', location: { index: 6 } } },
    );
    const cells = get().body!.content![2].table!.tableRows![0].tableCells!;
    expect(cells.map((x) => x.content![0].paragraph!.elements![0].textRun!.content)).toEqual(['kiri\n', 'kanan\n']);
    const inside = 'The insertion index must be inside the bounds of an existing paragraph.';
    expect(() => run({ insertText: { text: 'x', location: { index: 3 } } })).toThrow(inside);
    expect(() => run({ insertText: { text: 'x', location: { index: 5 } } })).toThrow(inside);
    expect(() => run({ insertTable: { rows: 1, columns: 1, location: { index: 3 } } })).toThrow(inside);
  });

  it('an index past the segment is refused with the end index', () => {
    const { run } = setup();
    expect(() => run({ insertText: { text: 'x', location: { index: 5 } } })).toThrow(
      'Invalid requests[0].insertText: Index 5 must be less than the end index of the referenced segment, 2.',
    );
    expect(() => run({ insertText: { text: '', ...END } })).toThrow(
      'Insert text requests must specify text to insert.',
    );
  });
});

describe('ranges and cells', () => {
  function twoCells() {
    const s = setup();
    s.run({ insertText: { text: 'A', ...END } }, { insertTable: { rows: 1, columns: 2, ...END } });
    s.run(
      { insertText: { text: 'dua', location: { index: 8 } } },
      { insertText: { text: 'satu', location: { index: 6 } } },
    );
    return s; // cell 1 paragraph [6,11) "satu\n", cell 2 paragraph [12,16) "dua\n"
  }

  it("a style range inside one cell may include the cell's closing newline", () => {
    const { run, get } = twoCells();
    run({ updateTextStyle: { range: { startIndex: 6, endIndex: 11 }, textStyle: { bold: true }, fields: 'bold' } });
    const run0 = get().body!.content![2].table!.tableRows![0].tableCells![0].content![0].paragraph!.elements![0];
    expect(run0.textRun!.textStyle!.bold).toBe(true);
  });

  it('a range over several cells must take each whole: part of a cell, or from text into part of a cell, is refused', () => {
    const { run } = twoCells();
    const partial = 'A range spanning several table cells must cover each of them whole.';
    expect(() =>
      run({ updateTextStyle: { range: { startIndex: 7, endIndex: 16 }, textStyle: { bold: true }, fields: 'bold' } }),
    ).toThrow(partial);
    expect(() =>
      run({
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 8 },
          paragraphStyle: { alignment: 'END' },
          fields: 'alignment',
        },
      }),
    ).toThrow(partial);
  });

  it('a range over whole cells (a row, a table, text and a table) styles every paragraph in it', () => {
    const { run, get } = twoCells();
    run(
      { updateTextStyle: { range: { startIndex: 6, endIndex: 16 }, textStyle: { bold: true }, fields: 'bold' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 17 },
          paragraphStyle: { alignment: 'END' },
          fields: 'alignment',
        },
      },
    );
    const c = get().body!.content!;
    const cells = c[2].table!.tableRows![0].tableCells!;
    expect(cells.map((x) => x.content![0].paragraph!.elements![0].textRun!.textStyle!.bold)).toEqual([true, true]);
    expect(cells.map((x) => x.content![0].paragraph!.paragraphStyle!.alignment)).toEqual(['END', 'END']);
    expect(c[1].paragraph!.paragraphStyle!.alignment).toBe('END');
  });

  it('pageBreakBefore is refused in a table cell', () => {
    const { run } = twoCells();
    expect(() =>
      run({
        updateParagraphStyle: {
          range: { startIndex: 6, endIndex: 11 },
          paragraphStyle: { pageBreakBefore: true },
          fields: 'pageBreakBefore',
        },
      }),
    ).toThrow('pageBreakBefore cannot be set on paragraphs in a table');
  });

  it('a batch with one invalid request applies nothing', () => {
    const { run, get } = twoCells();
    const before = JSON.stringify(get());
    expect(() =>
      run(
        { insertText: { text: 'X', location: { index: 1 } } },
        { updateTextStyle: { range: { startIndex: 1, endIndex: 99 }, textStyle: { bold: true }, fields: 'bold' } },
      ),
    ).toThrow('Invalid requests[1].updateTextStyle');
    expect(JSON.stringify(get())).toBe(before);
  });
});

describe('table properties', () => {
  function table() {
    const s = setup();
    s.run({ insertText: { text: 'A', ...END } }, { insertTable: { rows: 3, columns: 2, ...END } });
    return s; // table starts at 3
  }

  it('updateTableColumnProperties sets fixed widths; under 5 pt or off the table start is refused', () => {
    const { run, get } = table();
    run({
      updateTableColumnProperties: {
        tableStartLocation: { index: 3 },
        columnIndices: [1],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 120.5, unit: 'PT' } },
        fields: 'widthType,width',
      },
    });
    const props = get().body!.content![2].table!.tableStyle!.tableColumnProperties!;
    expect(props[1]).toEqual({ widthType: 'FIXED_WIDTH', width: { magnitude: 120.5, unit: 'PT' } });
    expect(props[0]).toEqual({ widthType: 'EVENLY_DISTRIBUTED' });
    const narrow = {
      updateTableColumnProperties: {
        tableStartLocation: { index: 3 },
        columnIndices: [0],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 4, unit: 'PT' } },
        fields: 'widthType,width',
      },
    };
    expect(() => run(narrow)).toThrow('The column width must be at least 5 points.');
    expect(() => run({ pinTableHeaderRows: { tableStartLocation: { index: 4 }, pinnedHeaderRowsCount: 1 } })).toThrow(
      'is not the start of a table',
    );
  });

  it('pinTableHeaderRows marks the header rows; more rows than the table has is refused', () => {
    const { run, get } = table();
    run({ pinTableHeaderRows: { tableStartLocation: { index: 3 }, pinnedHeaderRowsCount: 1 } });
    const rows = get().body!.content![2].table!.tableRows!;
    expect(rows.map((r) => (r.tableRowStyle as { tableHeader?: boolean }).tableHeader === true)).toEqual([
      true,
      false,
      false,
    ]);
    expect(() => run({ pinTableHeaderRows: { tableStartLocation: { index: 3 }, pinnedHeaderRowsCount: 4 } })).toThrow(
      'out of range',
    );
  });

  it('updateTableRowStyle keeps rows whole (preventOverflow): every row without rowIndices, the listed ones with', () => {
    const { run, get } = table();
    const keep = (extra: Req = {}) => ({
      updateTableRowStyle: {
        tableStartLocation: { index: 3 },
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
        ...extra,
      },
    });
    const flags = () =>
      get().body!.content![2].table!.tableRows!.map(
        (r) => (r.tableRowStyle as { preventOverflow?: boolean }).preventOverflow === true,
      );
    run(keep({ rowIndices: [1] }));
    expect(flags()).toEqual([false, true, false]);
    run(keep());
    expect(flags()).toEqual([true, true, true]);
    // The field mask decides: a value outside it is not applied; a mask naming an unset field resets it.
    run(keep({ tableRowStyle: { preventOverflow: true, minRowHeight: { magnitude: 30, unit: 'PT' } } }));
    expect(get().body!.content![2].table!.tableRows![0].tableRowStyle).toEqual({ preventOverflow: true });
    run(keep({ tableRowStyle: {} }));
    expect(flags()).toEqual([false, false, false]);
  });

  it('updateTableRowStyle refuses a location off the table start, a row past the table, no fields, and tableHeader', () => {
    const { run } = table();
    const req = (body: Req) => ({
      updateTableRowStyle: { tableStartLocation: { index: 3 }, tableRowStyle: { preventOverflow: true }, ...body },
    });
    expect(() => run(req({ tableStartLocation: { index: 5 }, fields: 'preventOverflow' }))).toThrow(
      'Invalid requests[0].updateTableRowStyle: The provided table start location 5 is not the start of a table.',
    );
    expect(() => run(req({ rowIndices: [3], fields: 'preventOverflow' }))).toThrow('Row index 3 is out of range');
    expect(() => run(req({}))).toThrow('At least one field must be specified.');
    // Header rows are pinned with pinTableHeaderRows; the live API refuses tableHeader in this request.
    expect(() => run(req({ tableRowStyle: { tableHeader: true }, fields: 'tableHeader' }))).toThrow(
      'Invalid field: tableHeader',
    );
  });

  it('updateTableCellStyle borders: width 0 hides one; a transparent border or one without dashStyle is refused', () => {
    const { run, get, em } = table();
    const black = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
    const hidden = { width: { magnitude: 0, unit: 'PT' }, color: black, dashStyle: 'SOLID' };
    const all = (border: unknown) => ({
      updateTableCellStyle: {
        tableStartLocation: { index: 3 },
        tableCellStyle: { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border },
        fields: 'borderTop,borderBottom,borderLeft,borderRight',
      },
    });
    run(all(hidden));
    const cells = get().body!.content![2].table!.tableRows!.flatMap((r) => r.tableCells!);
    expect(cells).toHaveLength(6);
    for (const c of cells) expect(c.tableCellStyle!.borderLeft).toEqual(hidden);
    expect(em.docHtml(em.documents[0])).toContain(
      'border-top:none;border-bottom:none;border-left:none;border-right:none',
    );
    expect(() => run(all({ ...hidden, color: {} }))).toThrow('Table cell borders cannot be transparent.');
    expect(() => run(all({ width: hidden.width, color: black }))).toThrow('dashStyle must be SOLID, DOT or DASH');
  });

  it('updateTableCellStyle shades a table range', () => {
    const { run, get } = table();
    const grey = { color: { rgbColor: { red: 0.85, green: 0.85, blue: 0.85 } } };
    run({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: 2,
        },
        tableCellStyle: { backgroundColor: grey },
        fields: 'backgroundColor',
      },
    });
    const rows = get().body!.content![2].table!.tableRows!;
    expect(rows[0].tableCells![1].tableCellStyle!.backgroundColor).toEqual(grey);
    expect(rows[1].tableCells![0].tableCellStyle!.backgroundColor).toBeUndefined();
  });
});

describe('sections, document style, footer, images, lists', () => {
  it('insertSectionBreak splits the section; updateSectionStyle flips its orientation; not inside a table', () => {
    const { run, get } = setup();
    run(
      { insertText: { text: 'tegak', ...END } },
      { insertSectionBreak: { sectionType: 'NEXT_PAGE', ...END } },
      { insertText: { text: 'mendatar', ...END } },
    );
    const c = get().body!.content!;
    expect(c.map((e) => (e.sectionBreak ? 'sb' : 'p'))).toEqual(['sb', 'p', 'sb', 'p']);
    const sb = c[2];
    expect([sb.startIndex, sb.endIndex]).toEqual([7, 8]);
    run({
      updateSectionStyle: {
        range: { startIndex: 8, endIndex: 9 },
        sectionStyle: { flipPageOrientation: true },
        fields: 'flipPageOrientation',
      },
    });
    // The section break's own index is structural: no text goes in there.
    expect(() => run({ insertText: { text: 'x', location: { index: 7 } } })).toThrow(
      'The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(get().body!.content![2].sectionBreak!.sectionStyle).toEqual({
      sectionType: 'NEXT_PAGE',
      flipPageOrientation: true,
    });
    expect(
      (get().body!.content![0].sectionBreak!.sectionStyle as Record<string, unknown>).flipPageOrientation,
    ).toBeUndefined();
    expect(() =>
      run({
        updateSectionStyle: { range: { startIndex: 8, endIndex: 9 }, sectionStyle: {}, fields: 'flipPageOrientation' },
      }),
    ).toThrow('unsetting it is not allowed');
    run({ insertTable: { rows: 1, columns: 1, ...END } });
    const cell = get().body!.content!.find((e) => e.table)!.table!.tableRows![0].tableCells![0].content![0].startIndex!;
    expect(() => run({ insertSectionBreak: { sectionType: 'NEXT_PAGE', location: { index: cell } } })).toThrow(
      'Section breaks cannot be inserted inside a table.',
    );
  });

  it('updateDocumentStyle sets A4 and margins; createFooter once; footer text at index 0 of its segment', () => {
    const { run, get } = setup();
    const a4 = { width: { magnitude: 595.28, unit: 'PT' }, height: { magnitude: 841.89, unit: 'PT' } };
    const res = run(
      {
        updateDocumentStyle: {
          documentStyle: { pageSize: a4, marginLeft: { magnitude: 85.04, unit: 'PT' }, useFirstPageHeaderFooter: true },
          fields: 'pageSize,marginLeft,useFirstPageHeaderFooter',
        },
      },
      { createFooter: { type: 'DEFAULT' } },
    );
    const footerId = (res.replies![1] as { createFooter: { footerId: string } }).createFooter.footerId;
    run({ insertText: { text: 'Kecamatan 2023', location: { segmentId: footerId, index: 0 } } });
    const d = get();
    const ds = d.documentStyle as Record<string, unknown>;
    expect(ds.pageSize).toEqual(a4);
    expect(ds.defaultFooterId).toBe(footerId);
    expect(ds.useFirstPageHeaderFooter).toBe(true);
    const footer = (d.footers as Record<string, { content: GoogleAppsScript.Docs.Schema.StructuralElement[] }>)[
      footerId
    ];
    expect(footer.content[0].paragraph!.elements![0].textRun!.content).toBe('Kecamatan 2023\n');
    expect(() => run({ createFooter: { type: 'DEFAULT' } })).toThrow('A default footer already exists.');
    expect(() =>
      run({ insertSectionBreak: { sectionType: 'NEXT_PAGE', endOfSegmentLocation: { segmentId: footerId } } }),
    ).toThrow('the segment ID must be empty');
  });

  it('insertInlineImage takes a public URL and one index; other URIs are refused', () => {
    const { run, get } = setup();
    const res = run({
      insertInlineImage: {
        uri: 'https://example.org/logo.png',
        objectSize: { width: { magnitude: 80, unit: 'PT' } },
        ...END,
      },
    });
    const objectId = (res.replies![0] as { insertInlineImage: { objectId: string } }).insertInlineImage.objectId;
    const d = get();
    const p = d.body!.content![1];
    expect([p.startIndex, p.endIndex]).toEqual([1, 3]);
    expect(p.paragraph!.elements![0].inlineObjectElement!.inlineObjectId).toBe(objectId);
    expect(() => run({ insertInlineImage: { uri: 'file:///etc/passwd', ...END } })).toThrow('public http(s) URL');
  });

  it('createParagraphBullets makes one list; a heading style gives the paragraph a headingId', () => {
    const { run, get } = setup();
    run({ insertText: { text: 'Judul\nsatu\ndua', ...END } });
    run(
      { createParagraphBullets: { range: { startIndex: 7, endIndex: 15 }, bulletPreset: 'NUMBERED_DECIMAL_NESTED' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 7 },
          paragraphStyle: { namedStyleType: 'HEADING_1' },
          fields: 'namedStyleType',
        },
      },
    );
    const c = get().body!.content!;
    expect(c[1].paragraph!.paragraphStyle!.headingId).toMatch(/^h\./);
    expect(c[2].paragraph!.bullet!.listId).toBe(c[3].paragraph!.bullet!.listId);
    expect(c[1].paragraph!.bullet).toBeUndefined();
  });
});

describe('what Google refuses or changes, and the add-on must live with', () => {
  it('a batch of more than 500 requests, or over 2 MB, is refused naming the limit; 500 go in', () => {
    const { run, em } = setup();
    const x = (n: number) => Array.from({ length: n }, () => ({ insertText: { text: 'x', ...END } }));
    expect(() => run(...x(501))).toThrow(
      'Too many requests in one batch: 501; the limit is 500 requests per batchUpdate.',
    );
    run(...x(500));
    const big = 'a'.repeat(1_000_000);
    expect(() => run({ insertText: { text: big, ...END } }, { insertText: { text: big, ...END } })).toThrow(
      /Request body too large: \d+ bytes; the limit is 2000000 bytes per batchUpdate\./,
    );
    expect(em.docsBatches.map((b) => b.requests)).toEqual([501, 500, 2]);
  });

  it('insertText drops control and private-use characters (a Word Symbol bullet U+F0B7) and keeps tabs and line breaks', () => {
    const { run, get } = setup();
    run({ insertText: { text: '\uf0b7\tRapat\u0007 koordinasi\u000bbaru', ...END } });
    expect(get().body!.content![1].paragraph!.elements![0].textRun!.content).toBe('\tRapat koordinasi\u000bbaru\n');
  });

  it('documentStyle.documentFormat.documentMode: PAGES or PAGELESS; a pageless user gets pageless Docs; an older API refuses the field', () => {
    const pageMode = (mode: unknown) => ({
      updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: mode } }, fields: 'documentFormat' },
    });
    const em = createEmulator({ pagelessDocs: true });
    const id = em.globals.Docs.Documents.create({ title: 'tanpa halaman' }).documentId!;
    const doc = () => em.globals.Docs.Documents.get(id).documentStyle as { documentFormat?: { documentMode?: string } };
    expect(doc().documentFormat?.documentMode).toBe('PAGELESS');
    em.globals.Docs.Documents.batchUpdate({ requests: [pageMode('PAGES')] } as never, id);
    expect(doc().documentFormat?.documentMode).toBe('PAGES');
    expect(() => em.globals.Docs.Documents.batchUpdate({ requests: [pageMode('BOOK')] } as never, id)).toThrow(
      'documentFormat.documentMode must be PAGES or PAGELESS',
    );
    const old = createEmulator({ docsWithoutDocumentFormat: true });
    const oldId = old.globals.Docs.Documents.create({ title: 'lama' }).documentId!;
    expect(() => old.globals.Docs.Documents.batchUpdate({ requests: [pageMode('PAGES')] } as never, oldId)).toThrow(
      'Invalid requests[0].updateDocumentStyle: Invalid field: documentFormat',
    );
  });

  it('mergeTableCells: the head spans the range, empty merged cells add nothing, a range cutting a merge is refused', () => {
    const { run, get } = setup();
    run({ insertText: { text: 'A', ...END } }, { insertTable: { rows: 3, columns: 2, ...END } });
    // Table at 3; row 0 at 4: cells 5 (p 6), 7 (p 8); row 1 at 9: cells 10 (p 11), 12 (p 13).
    run({ insertText: { text: 'Grup', location: { index: 6 } } });
    const merge = (rowIndex: number, rowSpan: number) => ({
      mergeTableCells: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex, columnIndex: 0 },
          rowSpan,
          columnSpan: 1,
        },
      },
    });
    run(merge(0, 2));
    const t = get().body!.content![2].table!;
    const head = t.tableRows![0].tableCells![0];
    expect(head.tableCellStyle).toMatchObject({ rowSpan: 2, columnSpan: 1 });
    expect(head.content!.map((p) => p.paragraph!.elements![0].textRun!.content)).toEqual(['Grup\n']);
    expect(() => run(merge(1, 2))).toThrow('non-rectangular');
    expect(() => run(merge(2, 2))).toThrow('The table range is outside the table.');
  });

  it('deleteContentRange removes whole paragraphs but never the newline before a table or the last one', () => {
    const { run, get } = setup();
    run({ insertText: { text: 'satu\ndua\ntiga', ...END } }, { insertTable: { rows: 1, columns: 1, ...END } });
    // "satu\n" [1,6), "dua\n" [6,10), "tiga\n" [10,15), table at 15.
    run({ deleteContentRange: { range: { startIndex: 1, endIndex: 10 } } });
    const texts = get()
      .body!.content!.filter((e) => e.paragraph)
      .map((e) => e.paragraph!.elements![0].textRun!.content);
    expect(texts.slice(0, 1)).toEqual(['tiga\n']);
    expect(() => run({ deleteContentRange: { range: { startIndex: 1, endIndex: 6 } } })).toThrow(
      'The newline before a table or section break cannot be deleted.',
    );
  });

  it('an image Google cannot fetch (a host that never resolves, an SVG) fails its whole batch', () => {
    const { run, get } = setup();
    const image = (uri: string) => ({ insertInlineImage: { uri, ...END } });
    const problem = 'There was a problem retrieving the image.';
    expect(() => run({ insertText: { text: 'x', ...END } }, image('https://pemda.invalid/logo.png'))).toThrow(problem);
    expect(() => run(image('https://example.org/peta.svg'))).toThrow(problem);
    expect(get().body!.content![1].paragraph!.elements![0].textRun!.content).toBe('\n');
  });

  it('Drive.Files.update renames a Doc the add-on created, or trashes it; another id is not found', () => {
    const { em, id } = setup();
    const drive = em.globals.Drive!;
    expect(drive.Files.update({ name: 'LKjIP 2023' }, id)).toMatchObject({ name: 'LKjIP 2023', trashed: false });
    expect(em.documents[0].name).toBe('LKjIP 2023');
    drive.Files.update({ trashed: true }, id);
    expect(em.documents[0].model.trashed).toBe(true);
    expect(() => drive.Files.update({ name: 'x' }, 'lain')).toThrow('File not found: lain.');
    expect(createEmulator({ withoutDrive: true }).globals.Drive).toBeUndefined();
  });
});
