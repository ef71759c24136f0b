import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../../src/core/docs/batches';
import type { SchemaDocument } from '../../../src/core/docs/docs-schema';
import { docSafeText, strippedCharacters } from '../../../src/core/docs/doc-text';
import { imageUrlProblem } from '../../../src/core/docs/image-url';
import { pageSetup } from '../../../src/core/docs/page-setup';
import { FILL_FIELDS, fillRequests, LINK_FIELDS, planReport, skeletonRequests } from '../../../src/core/docs/requests';
import { type DocsPort, writeDocument } from '../../../src/core/docs/write-document';
import type { Block, TableBlock } from '../../../src/core/report/report-types';
import { groupMerges } from '../../../src/core/report/table';
import { createEmulator, type EmulatorOptions } from '../../../emulator/index';
import { BATCH_LIMITS } from '../../../emulator/docs-api';

function emulated(options: EmulatorOptions = {}) {
  const em = createEmulator(options);
  const D = em.globals.Docs.Documents;
  const port: DocsPort = {
    create: (title) => D.create({ title }),
    get: (id, fields) => (fields === undefined ? D.get(id) : D.get(id, { fields })) as SchemaDocument,
    batchUpdate: (id, requests) => D.batchUpdate({ requests } as never, id),
  };
  return { em, port };
}

const { setup } = pageSetup({}, 'Kecamatan Contoh – 2023');

function table(rows: number, caption = 'Tabel 1.1 Uji'): TableBlock {
  return {
    type: 'table',
    caption,
    header: ['Uraian', 'Keterangan', 'Catatan'],
    rows: Array.from({ length: rows }, (_, i) => [`Uraian ${i + 1}`, `Keterangan ${i + 1}`, `Catatan ${i + 1}`]),
    align: ['left', 'left', 'left'],
  };
}

const REPORT: Block[] = [
  { type: 'heading', level: 1, text: 'DAFTAR ISI' },
  { type: 'paragraph', text: 'BAB I PENDAHULUAN' },
  { type: 'pagebreak' },
  { type: 'heading', level: 1, text: 'BAB I PENDAHULUAN' },
  { type: 'paragraph', text: 'Isi bab.' },
  { type: 'image', url: 'https://example.org/peta.png', caption: 'Gambar 1.1 Peta Wilayah' },
  { type: 'paragraph', text: 'Sesudah gambar.' },
  table(3),
];

describe('writeDocument against the emulator', () => {
  it('writes a paged Doc (also for a user whose default is pageless) with links and the image, each batch within the limits', () => {
    const { em, port } = emulated({ pagelessDocs: true });
    const written = writeDocument(port, planReport(REPORT, setup), '[BELUM LENGKAP] Uji');
    expect(written.notes).toEqual([]);
    // create, skeleton, get, fill, get, links with the image.
    expect(em.counter.counts()).toEqual({
      'Docs.Documents.create': 1,
      'Docs.Documents.get': 2,
      'Docs.Documents.batchUpdate': 3,
    });
    const doc = port.get(written.id);
    expect(doc.documentStyle?.documentFormat?.documentMode).toBe('PAGES');
    const tree = em.docTree(em.documents[0]);
    expect(tree).toContainEqual({ type: 'image', url: 'https://example.org/peta.png' });
    expect(JSON.stringify(doc)).toContain('"headingId"');
    for (const b of em.docsBatches) {
      expect(b.requests).toBeLessThanOrEqual(MAX_BATCH_REQUESTS);
      expect(b.bytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
  });

  it('reads the Doc back with partial responses: each documents.get asks for fields, and gets a fraction of the Doc', () => {
    const { port } = emulated();
    const asked: { fields?: string; bytes: number }[] = [];
    const spy: DocsPort = {
      ...port,
      get: (id, fields) => {
        const answer = port.get(id, fields);
        asked.push({ fields, bytes: JSON.stringify(answer).length });
        return answer;
      },
    };
    const written = writeDocument(spy, planReport([...REPORT, table(60)], setup), 'Uji');
    expect(asked.map((a) => a.fields)).toEqual([FILL_FIELDS, LINK_FIELDS]);
    // A table's cells come with their extent only; their text and every style stay with Google.
    const whole = JSON.stringify(port.get(written.id)).length;
    for (const a of asked) expect(a.bytes).toBeLessThan(whole / 4);
  });

  it("the add-on's bounds are the emulator's: 500 requests, 2 MB", () => {
    expect(BATCH_LIMITS).toEqual({ requests: MAX_BATCH_REQUESTS, bytes: MAX_BATCH_BYTES });
  });

  it('an API without documentFormat refuses the page mode: the skeleton goes again without it, the report is whole, a note says so', () => {
    const { em, port } = emulated({ docsWithoutDocumentFormat: true });
    const written = writeDocument(port, planReport(REPORT, setup), 'Uji');
    expect(written.notes).toHaveLength(1);
    expect(written.notes[0]).toContain('File → Penyiapan halaman');
    const tree = em.docTree(em.documents[0]);
    expect(tree.some((b) => b.type === 'table')).toBe(true);
    expect(tree).toContainEqual({ type: 'image', url: 'https://example.org/peta.png' });
  });

  it('an image Google refuses: the report is finished without it and its caption, and a note names it', () => {
    const { em, port } = emulated();
    const blocks = REPORT.map((b) => (b.type === 'image' ? { ...b, url: 'https://pemda.invalid/peta.png' } : b));
    const written = writeDocument(port, planReport(blocks, setup), 'Uji');
    expect(written.notes).toEqual([
      expect.stringMatching(/^Gambar 1\.1 \(https:\/\/pemda\.invalid\/peta\.png\) tidak dapat dimuat Google Dokumen/),
    ]);
    const tree = em.docTree(em.documents[0]);
    const text = JSON.stringify(tree);
    expect(tree.some((b) => b.type === 'image')).toBe(false);
    expect(text).not.toContain('Gambar 1.1');
    expect(text).toContain('Sesudah gambar.');
    // Every link still points at its heading.
    expect(JSON.stringify(port.get(written.id))).toContain('"link":{"headingId"');
  });

  it('a style covers a whole table, row or run of alike cells: 10 or 100 rows, the same number of style requests', () => {
    const styleRequests = (rows: number) => {
      const { port } = emulated();
      const plan = planReport([{ type: 'heading', level: 1, text: 'BAB I' }, table(rows)], setup);
      const id = port.create('Uji').documentId!;
      const replies = port.batchUpdate(id, skeletonRequests(plan)).replies as { createFooter?: { footerId: string } }[];
      const fill = [...fillRequests(plan, port.get(id), replies[1].createFooter!.footerId)];
      return fill.filter((r) => !r.insertText).length;
    };
    expect(styleRequests(100)).toBe(styleRequests(20));
  });
});

describe('text the Docs API would strip', () => {
  it('a Word Symbol bullet becomes •, control characters go, tabs and line breaks stay; the cell is named', () => {
    expect(docSafeText('\uf0b7\tRapat\u0007 koordinasi\u000b2023')).toBe('•\tRapat koordinasi\u000b2023');
    expect(docSafeText('Baris satu\r\nBaris dua')).toBe('Baris satu\nBaris dua');
    expect(strippedCharacters('\uf0b7 a \uf0b7 b \u0007')).toEqual(['U+F0B7', 'U+0007']);
    expect(strippedCharacters('Windows\r\nbaris')).toEqual([]);
  });

  it('a plan with such characters is written and read back without the index matching ever failing', () => {
    const { em, port } = emulated();
    const blocks: Block[] = [
      { type: 'heading', level: 1, text: 'BAB I' },
      { type: 'paragraph', text: '\uf0b7 Rapat koordinasi\u0001' },
      { ...table(1), rows: [['\uf0a7 Satu', 'dua\u0007', 'tiga']] },
    ];
    expect(() => writeDocument(port, planReport(blocks, setup), 'Uji')).not.toThrow();
    const text = JSON.stringify(em.docTree(em.documents[0]));
    expect(text).toContain('• Rapat koordinasi');
    expect(text).toContain('• Satu');
  });
});

describe('image addresses checked before Google fetches them', () => {
  it('http, a Drive share link, SVG/WebP and non-URLs are refused with the fix; a PNG over https passes', () => {
    expect(imageUrlProblem('https://batubarakab.go.id/logo.png')).toBeNull();
    expect(imageUrlProblem('https://drive.google.com/uc?export=view&id=1AbCdEfGhIjKlMnOp')).toBeNull();
    expect(imageUrlProblem('http://batubarakab.go.id/logo.png')).toContain('harus diawali https://');
    expect(imageUrlProblem('https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing')).toContain(
      'https://drive.google.com/uc?export=view&id=1AbCdEfGhIjKlMnOp',
    );
    expect(imageUrlProblem('https://example.org/logo.svg')).toContain('berformat SVG');
    expect(imageUrlProblem('https://example.org/peta.webp?v=2')).toContain('berformat WEBP');
    expect(imageUrlProblem('logo.png')).toContain('bukan alamat gambar di internet');
    expect(imageUrlProblem(`https://example.org/${'a'.repeat(2000)}.png`)).toContain('terlalu panjang');
  });
});

describe('group cells merged', () => {
  it('a group written on its first row with blank leading cells under it spans its rows (Tabel 1.1)', () => {
    const rows = [
      ['1', 'Pelayanan', 'Sarana kurang', 'Gedung sempit'],
      ['', '', 'Personil kurang', 'Belum ada formasi'],
      ['', '', 'Kepedulian rendah', 'Sosialisasi kurang'],
      ['2', 'Keuangan desa', 'Pelaporan lambat', 'Pembinaan kurang'],
    ];
    expect(groupMerges(rows)).toEqual([
      { row: 0, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 3, colSpan: 1 },
    ]);
    const { em, port } = emulated();
    const block: TableBlock = {
      type: 'table',
      caption: 'Tabel 1.1 Isu Strategis',
      header: ['No', 'Pokok Masalah', 'Masalah', 'Akar Masalah'],
      rows,
      align: ['center', 'left', 'left', 'left'],
      merges: groupMerges(rows),
    };
    const written = writeDocument(
      port,
      planReport([{ type: 'heading', level: 1, text: 'BAB I' }, block], setup),
      'Uji',
    );
    const t = port.get(written.id).body!.content!.find((e) => e.table)!.table!;
    expect(t.tableRows![1].tableCells![1].tableCellStyle).toMatchObject({ rowSpan: 3, columnSpan: 1 });
    expect(em.docHtml(em.documents[0])).toContain('<td rowspan="3"');
  });
});

describe('empty paragraphs the API makes, and fields Google leaves out', () => {
  it('the empty paragraph between a landscape table and its section break is one point high with no space: it never pushes a page', () => {
    const { port } = emulated();
    const wide: TableBlock = { ...table(2), landscape: true };
    const written = writeDocument(
      port,
      planReport(
        [{ type: 'heading', level: 1, text: 'BAB I' }, wide, { type: 'paragraph', text: 'Sesudahnya.' }],
        setup,
      ),
      'Uji',
    );
    const content = port.get(written.id).body!.content!;
    const fillers = content.filter(
      (e) => e.paragraph && (e.paragraph.elements ?? []).map((x) => x.textRun?.content ?? '').join('') === '\n',
    );
    expect(fillers.length).toBeGreaterThanOrEqual(1);
    for (const f of fillers) {
      const run = f.paragraph!.elements![0].textRun as { textStyle?: { fontSize?: { magnitude?: number } } };
      expect(run.textStyle?.fontSize?.magnitude).toBe(1);
      expect(f.paragraph!.paragraphStyle).toMatchObject({ spaceBelow: { magnitude: 0 }, spaceAbove: { magnitude: 0 } });
    }
  });

  it('the self-test reads a field documents.get left out (a border of width 0) as its zero value, not as a failure', async () => {
    const { checkDocument, selfTestBlocks } = await import('../../../src/core/docs/self-test');
    const { port } = emulated();
    const plan = planReport(selfTestBlocks(), setup);
    const written = writeDocument(port, plan, 'Uji');
    const doc = port.get(written.id);
    // Google omits a Dimension whose magnitude is 0.
    const json = JSON.parse(JSON.stringify(doc), (k, v) =>
      k === 'width' && v && typeof v === 'object' && v.magnitude === 0 ? { unit: 'PT' } : v,
    );
    const signatures = checkDocument(plan, json).find((c) => c.name.startsWith('tanda tangan berdampingan'))!;
    expect(signatures.pass).toBe(true);
    expect(signatures.detail).toContain('garis tersembunyi');
  });
});
