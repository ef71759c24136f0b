import type { SchemaDocument } from '../../../src/core/docs/docs-schema';
import { describe, expect, it } from 'vitest';
import { columnNeeds, fitWidths, textPt } from '../../../src/core/docs/column-widths';
import { cm, PAPER_PT, pageSetup, parseMargins, textWidth } from '../../../src/core/docs/page-setup';
import { chapterHeadingText, planDocument } from '../../../src/core/docs/plan';
import { fillRequests, planReport, skeletonRequests } from '../../../src/core/docs/requests';
import type { Block, TableBlock } from '../../../src/core/report/report-types';
import { createEmulator } from '../../../emulator/index';

describe('page setup', () => {
  it('A4 is 210 × 297 mm and F4 215 × 330 mm in points (1 mm = 72 / 25,4 pt)', () => {
    expect(PAPER_PT.A4.width).toBeCloseTo(595.28, 2);
    expect(PAPER_PT.A4.height).toBeCloseTo(841.89, 2);
    expect(PAPER_PT.F4.width).toBeCloseTo(609.45, 2);
    expect(PAPER_PT.F4.height).toBeCloseTo(935.43, 2);
  });

  it('defaults: A4, Arial 12, spacing 1,5, margins 2,5 / 3 / 3 / 2,5 cm', () => {
    const { setup, problems } = pageSetup({});
    expect(problems).toEqual([]);
    expect([setup.paper, setup.font, setup.fontSize, setup.lineSpacing]).toEqual(['A4', 'Arial', 12, 150]);
    expect(setup.margins.left).toBeCloseTo(85.04, 2); // 3 cm
    expect(setup.margins.top).toBeCloseTo(70.87, 2); // 2,5 cm
    // Text width of A4 portrait: 595,28 − 85,04 − 70,87.
    expect(textWidth(setup)).toBeCloseTo(439.37, 1);
  });

  it('Profil F4, `Margin (cm)` and `Huruf` override; unreadable values name the fix and keep the default', () => {
    const f4 = pageSetup({ ukuranKertas: 'F4', margin: '2; 2; 4; 2,5', huruf: 'bookman old style' }).setup;
    expect(f4.paper).toBe('F4');
    expect(f4.font).toBe('Bookman Old Style');
    expect(f4.margins).toEqual({ top: cm(2), bottom: cm(2), left: cm(4), right: cm(2.5) });
    expect(parseMargins('3')).toEqual({ top: cm(3), bottom: cm(3), left: cm(3), right: cm(3) });
    expect(parseMargins('3; 2')).toBeNull();
    const bad = pageSetup({ ukuranKertas: 'A3', margin: 'lebar', huruf: 'Comic Sans', logoUrl: 'logo.png' });
    expect(bad.setup.paper).toBe('A4');
    expect(bad.setup.logoUrl).toBe('');
    expect(bad.problems).toHaveLength(4);
    expect(bad.problems[0]).toContain('Isi A4, F4 atau Letter');
  });
});

describe('column widths', () => {
  it('a money amount never breaks: its column is at least the amount wide at 9 pt, plus cell padding', () => {
    // "1.738.126.580": 10 digits × 0,556 em + 3 points × 0,3 em = 6,46 em × 9 pt = 58,14 pt
    // (+ 8 pt: 3 pt padding each side and 2 pt to spare).
    expect(textPt('1.738.126.580', 9)).toBeCloseTo(58.14, 2);
    const needs = columnNeeds(
      [
        ['Uraian', 'Pagu'],
        ['Belanja pegawai kantor kecamatan', '1.738.126.580'],
      ],
      new Set([0]),
      9,
    );
    expect(needs[1].min).toBeCloseTo(66.14, 2);
    const widths = fitWidths(needs, 150);
    expect(widths[1]).toBeGreaterThanOrEqual(66.14);
    expect(widths[0] + widths[1]).toBeLessThanOrEqual(150);
  });

  it('widths share the room in proportion and never sum past the text width', () => {
    const needs = [
      { min: 20, max: 40 },
      { min: 30, max: 130 },
    ];
    // Room 100 − 50 = 50 shared 20 : 100 → 20 + 8,33 and 30 + 41,66 (rounded down).
    expect(fitWidths(needs, 100)).toEqual([28.33, 71.66]);
    // Everything fits: the spare 30 pt shared in proportion to the full need (40 : 130).
    expect(fitWidths(needs, 200)).toEqual([47.05, 152.94]);
  });
});

const DPA: TableBlock = {
  type: 'table',
  caption: 'Tabel 3.2 Pagu dan Realisasi',
  header: [
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator Kinerja',
    'Pagu (Rp)',
    'Realisasi (Rp)',
    'Serapan (%)',
    'Target Kinerja',
    'Realisasi Kinerja',
  ],
  rows: [
    [
      '7.01.01.2.01.0001',
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      'Jumlah Dokumen Perencanaan',
      '1.738.126.580',
      '1.733.126.580',
      '99,71',
      '3 Dokumen',
      '3 Dokumen',
    ],
  ],
  align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
  totalRow: true,
};

const BLOCKS: Block[] = [
  { type: 'heading', level: 1, text: 'DAFTAR ISI' },
  { type: 'list', items: ['BAB I PENDAHULUAN'] },
  { type: 'paragraph', text: 'Tabel 3.2 Pagu dan Realisasi' },
  { type: 'pagebreak' },
  { type: 'heading', level: 1, text: 'BAB I PENDAHULUAN' },
  { type: 'paragraph', text: 'Isi bab.' },
  { type: 'list', items: ['satu', 'dua'], ordered: true },
  DPA,
  { type: 'image', url: 'https://example.org/gambar.png', caption: 'Gambar 1.1 Struktur Organisasi' },
];

describe('plan', () => {
  const { setup } = pageSetup({});
  const plan = planDocument(BLOCKS, setup);

  it('chapter headings print BAB I and its title on two lines of one Heading 1', () => {
    expect(chapterHeadingText('BAB III AKUNTABILITAS KINERJA')).toBe('BAB III\u000bAKUNTABILITAS KINERJA');
    expect(chapterHeadingText('KATA PENGANTAR')).toBe('KATA PENGANTAR');
  });

  it('the 8-column DPA table goes in its own landscape section, then back to portrait', () => {
    const kinds = plan.map((e) =>
      e.kind === 'sectionBreak' ? `sb:${e.landscape}` : e.kind === 'table' ? 'table' : 'p',
    );
    expect(kinds.join(' ')).toMatch(/sb:true p table sb:false p p$/);
    const table = plan.find((e) => e.kind === 'table')!;
    expect(table.kind === 'table' && table.landscape).toBe(true);
    if (table.kind === 'table') {
      expect(table.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth(setup, true));
    }
  });

  it('a page break becomes pageBreakBefore on the next paragraph; Daftar Isi entries link to their headings', () => {
    const bab = plan.findIndex(
      (e) => e.kind === 'paragraph' && e.source === 'BAB I PENDAHULUAN' && e.role === 'heading1',
    );
    const entry = plan[1];
    expect(entry.kind === 'paragraph' && entry.linkTo).toBe(bab);
    const heading = plan[bab];
    expect(heading.kind === 'paragraph' && heading.pageBreakBefore).toBe(true);
    // A table caption listed in the front matter links to the heading of the part holding the table.
    const tabel = plan[2];
    expect(tabel.kind === 'paragraph' && tabel.linkTo).toBe(bab);
  });
});

describe('requests against the emulator', () => {
  const { setup } = pageSetup({}, 'Kecamatan Contoh – 2023');
  const plan = planReport(BLOCKS, setup);

  it('the skeleton appends at the end of the body only; the fill runs from the end of the document to its start', () => {
    const skeleton = skeletonRequests(plan);
    for (const r of skeleton.slice(2)) {
      const body = Object.values(r)[0] as { endOfSegmentLocation?: unknown };
      expect(body.endOfSegmentLocation).toBeDefined();
    }
    const em = createEmulator();
    const { Docs } = em.globals;
    const id = Docs.Documents.create({ title: 'uji' }).documentId!;
    const replies = Docs.Documents.batchUpdate({ requests: skeleton as never }, id).replies!;
    const footerId = (replies[1] as { createFooter: { footerId: string } }).createFooter.footerId;
    const fill = [...fillRequests(plan, Docs.Documents.get(id) as SchemaDocument, footerId)];
    // Every body insert is at an index no higher than the one before it.
    const inserts = fill
      .map((r) => (r.insertText as { location?: { index: number; segmentId?: string } } | undefined)?.location)
      .filter((l): l is { index: number } => l !== undefined && !('segmentId' in l));
    expect(inserts.length).toBe(2 * 8);
    for (let i = 1; i < inserts.length; i++) expect(inserts[i].index).toBeLessThanOrEqual(inserts[i - 1].index);
    Docs.Documents.batchUpdate({ requests: fill as never }, id);
    const tree = em.docTree(em.documents[0]);
    const table = tree.find((b) => b.type === 'table') as { rows: string[][]; header?: true; landscape?: true };
    expect(table.rows[1][3]).toBe('1.738.126.580');
    // One body row: kept whole on one page, so no header row to repeat.
    expect(table.header).toBeUndefined();
    expect(table.landscape).toBe(true);
    expect(tree.find((b) => b.type === 'list' && b.ordered)).toEqual({
      type: 'list',
      items: ['satu', 'dua'],
      ordered: true,
    });
    // The image comes last, in its own batch (write-document.test.ts): here its paragraph waits empty.
    expect(tree.some((b) => b.type === 'image')).toBe(false);
  });
});

describe('rows kept whole and signature blocks', () => {
  const { setup } = pageSetup({}, 'Kecamatan Contoh – 2023');
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: 'BAB IV PENUTUP' },
    {
      type: 'table',
      caption: 'Tabel 4.1 Uji',
      header: ['No', 'Uraian'],
      rows: [
        ['1', 'Satu'],
        ['2', 'Dua'],
      ],
      align: ['center', 'left'],
    },
    DPA,
    { type: 'paragraph', text: 'Perupuk, 31 Januari 2024', align: 'signature', spaceBefore: 24, keepWithNext: true },
    { type: 'paragraph', text: 'CAMAT LIMA PULUH', align: 'signature', bold: true },
  ];

  function written() {
    const plan = planReport(blocks, setup);
    const em = createEmulator();
    const { Docs } = em.globals;
    const id = Docs.Documents.create({ title: 'uji' }).documentId!;
    const replies = Docs.Documents.batchUpdate({ requests: skeletonRequests(plan) as never }, id).replies!;
    const footerId = (replies[1] as { createFooter: { footerId: string } }).createFooter.footerId;
    const fill = [...fillRequests(plan, Docs.Documents.get(id) as SchemaDocument, footerId)];
    Docs.Documents.batchUpdate({ requests: fill as never }, id);
    return { fill, doc: Docs.Documents.get(id) as SchemaDocument };
  }

  it('every table asks updateTableRowStyle preventOverflow for all its rows, and the Doc read back has it on every row', () => {
    const { fill, doc } = written();
    const rowStyles = fill.filter((r) => r.updateTableRowStyle).map((r) => r.updateTableRowStyle);
    expect(rowStyles).toHaveLength(2);
    for (const r of rowStyles) {
      expect(r).toMatchObject({ tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' });
      expect(r).not.toHaveProperty('rowIndices'); // none listed: every row
    }
    const tables = (doc.body?.content ?? []).filter((e) => e.table);
    expect(tables.map((t) => t.table?.tableRows?.map((r) => r.tableRowStyle?.preventOverflow))).toEqual([
      [true, true, true],
      [true, true],
    ]);
  });

  it('a signature line is centred within the right half: indentStart half the A4 text width, CENTER', () => {
    const { doc } = written();
    const para = (text: string) =>
      (doc.body?.content ?? []).find((e) =>
        (e.paragraph?.elements ?? []).some((x) => x.textRun?.content === `${text}\n`),
      )?.paragraph?.paragraphStyle;
    // A4 portrait text width 595,28 − 85,04 − 70,87 = 439,37 pt; half of it, 2 decimals down: 219,68 pt.
    for (const line of ['Perupuk, 31 Januari 2024', 'CAMAT LIMA PULUH']) {
      expect(para(line)).toMatchObject({ alignment: 'CENTER', indentStart: { magnitude: 219.68, unit: 'PT' } });
    }
    // A body paragraph has no indent of its own.
    expect(para('Tabel 4.1 Uji')?.indentStart).toBeUndefined();
  });
});

describe('blocks of lines side by side', () => {
  const { setup } = pageSetup({});
  const side = (columns: string[][], extra: object = {}) =>
    planDocument(
      [{ type: 'signatures', columns: columns.map((c) => c.map((text) => ({ text, bold: true }))), ...extra }],
      setup,
    )[0];

  it("the parties' names sit level: a jabatan that wraps in one half pushes the other half's next line down", () => {
    // Half the A4 text width is 219,68 pt, 209,68 pt inside the cell padding. Bold Arial 12 pt:
    // `CAMAT LIMA PULUH PESISIR` ≈ 193 pt fits one line; `SEKRETARIS KECAMATAN LIMA PULUH PESISIR` ≈ 302 pt takes two.
    const el = side([
      ['PIHAK KEDUA,', 'CAMAT LIMA PULUH PESISIR', 'SABRI'],
      ['PIHAK PERTAMA,', 'SEKRETARIS KECAMATAN LIMA PULUH PESISIR', 'RAHMAT'],
    ]);
    expect(el.kind === 'signatures' && el.columns.map((c) => c.map((l) => l.spaceBefore ?? 0))).toEqual([
      [0, 0, 12 * 1.15],
      [0, 0, 0],
    ]);
  });

  it("shares set the widths; `left` lays the lines from the column's edge, unshifted (a party's Nama/Jabatan)", () => {
    const el = side(
      [
        ['Nama', 'Jabatan'],
        [':', ':'],
        ['SABRI', 'SEKRETARIS KECAMATAN LIMA PULUH PESISIR YANG SANGAT PANJANG SEKALI'],
      ],
      { align: 'left', shares: [16, 4, 80] },
    );
    expect(el).toMatchObject({ kind: 'signatures', align: 'START', widths: [70.29, 17.57, 351.49] });
    expect(el.kind === 'signatures' && el.columns.flat().every((l) => l.spaceBefore === undefined)).toBe(true);
  });
});

describe('batches', () => {
  it('at most 500 requests and 2 MB (UTF-8) per batch, in order, nothing lost', async () => {
    const { toBatches, batchBytes, MAX_BATCH_BYTES } = await import('../../../src/core/docs/batches');
    const n = (k: number) => Array.from({ length: k }, (_, i) => ({ i }));
    expect([...toBatches(n(500))].map((c) => c.length)).toEqual([500]);
    expect([...toBatches(n(1201))].map((c) => c.length)).toEqual([500, 500, 201]);
    expect([...toBatches(n(0))]).toEqual([]);
    // 30 requests of ~100 kB each (2-byte characters count twice): 2 MB holds 19 of them.
    const fat = Array.from({ length: 30 }, () => ({ insertText: { text: 'é'.repeat(50_000) } }));
    const batches = [...toBatches(fat)];
    expect(batches.map((b) => b.length)).toEqual([19, 11]);
    for (const b of batches) expect(batchBytes(b)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(batches.flat()).toEqual(fat);
  });
});
