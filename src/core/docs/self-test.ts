/**
 * The Docs self-test: a small report using every block and request kind, and the checks that the
 * Doc read back with `documents.get` holds what was asked (page mode, F4 paper, margins, column
 * widths, pinned and shaded header rows, merged cells, the landscape section, cell texts, bullets,
 * links, footer, image). Run against Google by `ujiDokumenLkjip` and against the emulator in the
 * tests: one contract for both. `documents.get` leaves out a field at its zero value (a border of
 * width 0, a false flag), so an absent field is read as that zero value, never as a failure.
 */
import { MAX_BATCH_REQUESTS } from './batches';
import type { SchemaDocument, StructuralElement, Table } from './docs-schema';
import type { Block } from '../report/report-types';
import type { PageSetup } from './page-setup';
import type { PlanSignatures } from './plan';
import type { DocPlan } from './requests';

/** A public image Google can fetch (Google's own logo), for insertInlineImage. */
const SELF_TEST_IMAGE = 'https://www.google.com/images/branding/googlelogo/1x/googlelogo_color_272x92dp.png';

export function selfTestBlocks(): Block[] {
  const wide = [
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator Kinerja',
    'Pagu (Rp)',
    'Realisasi (Rp)',
    'Serapan (%)',
    'Target Kinerja',
    'Realisasi Kinerja',
  ];
  return [
    { type: 'heading', level: 0, text: 'UJI DOKUMEN' },
    { type: 'paragraph', text: 'KECAMATAN CONTOH', align: 'center', bold: true, spaceBefore: 72 },
    { type: 'pagebreak' },
    { type: 'heading', level: 1, text: 'DAFTAR ISI' },
    { type: 'list', items: ['BAB I PENDAHULUAN'] },
    { type: 'pagebreak' },
    { type: 'heading', level: 1, text: 'BAB I PENDAHULUAN' },
    { type: 'heading', level: 2, text: '1.1 Latar Belakang' },
    { type: 'paragraph', text: 'Paragraf rata kiri-kanan dengan spasi 1,5.' },
    { type: 'list', items: ['Butir pertama', 'Butir kedua'], ordered: true },
    { type: 'list', items: ['Butir berpoin'] },
    { type: 'heading', level: 3, text: '1.1.1 Tabel' },
    {
      type: 'table',
      caption: 'Tabel 1.1 Uji Tabel',
      header: ['No', 'Uraian', 'Jumlah (Rp)'],
      rows: [
        ['1', 'Belanja pegawai', '1.738.126.580'],
        ['', 'Belanja barang', '0'],
        ['', 'JUMLAH', '1.738.126.580'],
      ],
      align: ['center', 'left', 'right'],
      totalRow: true,
      merges: [{ row: 0, col: 0, rowSpan: 2, colSpan: 1 }],
      note: 'Sumber: uji.',
    },
    {
      type: 'table',
      caption: 'Tabel 1.2 Uji Tabel Mendatar',
      header: wide,
      rows: [
        [
          '7.01.01.2.01.0001',
          'Penyusunan Dokumen Perencanaan Perangkat Daerah',
          'Jumlah Dokumen',
          '1.738.126.580',
          '1.733.126.580',
          '99,71',
          '3 Dokumen',
          '3 Dokumen',
        ],
      ],
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
      landscape: true,
    },
    { type: 'image', url: SELF_TEST_IMAGE, caption: 'Gambar 1.1 Uji Gambar' },
    { type: 'paragraph', text: 'Contoh, 31 Januari 2024', align: 'signature', spaceBefore: 24, keepWithNext: true },
    { type: 'paragraph', text: 'CAMAT CONTOH', align: 'signature', bold: true },
    {
      type: 'signatures',
      columns: [
        [
          { text: 'PIHAK KEDUA,', bold: true },
          { text: 'WALI KOTA CONTOH', bold: true },
        ],
        [{ text: 'PIHAK PERTAMA,', bold: true }, { text: 'CAMAT CONTOH', bold: true }, { text: 'NIP. 1' }],
      ],
    },
  ];
}

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

const near = (a: number | undefined, b: number) => typeof a === 'number' && Math.abs(a - b) < 0.01;
/** A number field documents.get left out is at its zero value. */
const zero = (v: number | undefined) => v ?? 0;

function text(el: StructuralElement): string {
  return (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

export function checkDocument(plan: DocPlan, doc: SchemaDocument): Check[] {
  const checks: Check[] = [];
  const check = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });
  const setup: PageSetup = plan.setup;
  const ds = (doc.documentStyle ?? {}) as Record<string, { magnitude?: number } & Record<string, unknown>>;
  const size = ds.pageSize as unknown as
    | { width?: { magnitude?: number }; height?: { magnitude?: number } }
    | undefined;
  const mode = doc.documentStyle?.documentFormat?.documentMode;
  check('mode halaman (bukan tanpa halaman)', mode === 'PAGES', mode ?? '(tidak ada documentFormat)');
  check(
    `ukuran kertas ${setup.paper}`,
    near(size?.width?.magnitude, setup.width) && near(size?.height?.magnitude, setup.height),
    `${size?.width?.magnitude} × ${size?.height?.magnitude} pt (diminta ${setup.width} × ${setup.height})`,
  );
  check(
    'margin',
    near(ds.marginLeft?.magnitude, setup.margins.left) && near(ds.marginTop?.magnitude, setup.margins.top),
    `kiri ${ds.marginLeft?.magnitude}, atas ${ds.marginTop?.magnitude} pt`,
  );
  const content = doc.body?.content ?? [];
  const tables = content.filter((e) => e.table);
  // Data tables and the signature row (a borderless table) are both tables in the Doc, in plan order.
  const planned = plan.elements.filter((e) => e.kind === 'table' || e.kind === 'signatures');
  check('jumlah tabel', tables.length === planned.length, `${tables.length} dari ${planned.length}`);
  planned.forEach((t, i) => {
    const el = tables[i]?.table;
    if (t.kind === 'signatures' && el) checkSignatures(t, el, check);
    if (t.kind !== 'table' || !el) return;
    const props = el.tableStyle?.tableColumnProperties ?? [];
    // The widest column is left EVENLY_DISTRIBUTED (table-requests.ts): it takes what the others leave.
    const widest = t.widths.indexOf(Math.max(...t.widths));
    const widthsOk =
      props.length === t.widths.length &&
      props.every((p, c) =>
        c === widest
          ? p.widthType !== 'FIXED_WIDTH'
          : p.widthType === 'FIXED_WIDTH' && near(p.width?.magnitude, t.widths[c]),
      );
    check(`tabel ${i + 1} lebar kolom`, widthsOk, props.map((p) => p.width?.magnitude ?? 'sisa').join(' / '));
    const rows = el.tableRows ?? [];
    // A short table is kept on one page: only a longer one repeats its header row.
    const pinned = (rows[0]?.tableRowStyle as { tableHeader?: boolean } | undefined)?.tableHeader === true;
    check(
      `tabel ${i + 1} baris judul ${t.whole ? 'tidak perlu diulang' : 'diulang di tiap halaman'}`,
      pinned === !t.whole,
      pinned ? 'disematkan' : 'tidak disematkan',
    );
    const cellsOk = rows.every((r, ri) =>
      (r.tableCells ?? []).every((c, ci) => {
        const got = (c.content ?? []).map(text).join('').replace(/\n$/, '');
        return got === (t.cells[ri]?.[ci] ?? '');
      }),
    );
    check(`tabel ${i + 1} isi sel`, cellsOk, `${rows.length} baris`);
    const whole = rows.filter((r) => r.tableRowStyle?.preventOverflow === true).length;
    check(`tabel ${i + 1} baris tidak terpotong halaman`, whole === rows.length, `${whole} dari ${rows.length} baris`);
    if (t.whole) {
      // Every paragraph of a short table kept with the next (an omitted keepWithNext is false); a
      // cell merged into another holds no text of its own.
      const mergedAway = (r: number, c: number) =>
        t.merges.some(
          (m) =>
            r >= m.row && r < m.row + m.rowSpan && c >= m.col && c < m.col + m.colSpan && (r !== m.row || c !== m.col),
        );
      const kept = rows.filter((r, ri) =>
        (r.tableCells ?? []).every(
          (c, ci) =>
            mergedAway(ri, ci) || (c.content ?? []).every((p) => p.paragraph?.paragraphStyle?.keepWithNext === true),
        ),
      ).length;
      check(`tabel ${i + 1} utuh di satu halaman`, kept === rows.length, `${kept} dari ${rows.length} baris`);
    }
    const shaded = (rows[0]?.tableCells ?? []).filter((c) => {
      const rgb = c.tableCellStyle?.backgroundColor?.color?.rgbColor;
      return [rgb?.red, rgb?.green, rgb?.blue].every((v) => Math.abs(zero(v) - 217 / 255) < 0.01);
    }).length;
    check(`tabel ${i + 1} baris judul diarsir`, shaded === t.widths.length, `${shaded} dari ${t.widths.length} sel`);
    for (const m of t.merges) {
      const head = rows[m.row]?.tableCells?.[m.col]?.tableCellStyle;
      const spans = `${head?.rowSpan ?? 1} × ${head?.columnSpan ?? 1}`;
      check(
        `tabel ${i + 1} sel digabung`,
        spans === `${m.rowSpan} × ${m.colSpan}`,
        `${spans} (diminta ${m.rowSpan} × ${m.colSpan})`,
      );
    }
    // The section holding the table: the last section break before it.
    const at = content.indexOf(tables[i]);
    const breakBefore = [...content.slice(0, at)].reverse().find((e) => e.sectionBreak);
    const flipped =
      (breakBefore?.sectionBreak?.sectionStyle as { flipPageOrientation?: boolean } | undefined)
        ?.flipPageOrientation === true;
    check(`tabel ${i + 1} orientasi`, flipped === t.landscape, t.landscape ? 'mendatar' : 'tegak');
  });
  const footerId = String((doc.documentStyle as { defaultFooterId?: string } | undefined)?.defaultFooterId ?? '');
  const footers = (doc.footers ?? {}) as Record<string, { content?: StructuralElement[] }>;
  const footer = (footers[footerId]?.content ?? []).map(text).join('').trim();
  check('kaki halaman', footer === setup.footer, footer || '(kosong)');
  checkLists(plan, content, check);
  checkLinks(plan, content, check);
  const images = Object.keys((doc.inlineObjects ?? {}) as object).length;
  const wanted = plan.elements.filter((e) => e.kind === 'paragraph' && e.image).length;
  check('gambar', images === wanted, `${images} dari ${wanted}`);
  const h1 = content.filter((e) => e.paragraph?.paragraphStyle?.namedStyleType === 'HEADING_1');
  check(
    'judul bab rata tengah (Heading 1)',
    h1.length > 0 && h1.every((e) => e.paragraph?.paragraphStyle?.alignment === 'CENTER'),
    `${h1.length} judul`,
  );
  // Signature lines: centred, indented by what was asked (half the text width), in the Doc read back.
  const asked = plan.elements.flatMap((e) => (e.kind === 'paragraph' && e.indentStart !== undefined ? [e] : []));
  const placed = asked.filter((p) =>
    content.some((e) => {
      const ps = e.paragraph?.paragraphStyle;
      return (
        text(e) === `${p.text}\n` && ps?.alignment === 'CENTER' && near(ps.indentStart?.magnitude, p.indentStart ?? -1)
      );
    }),
  );
  check(
    'tanda tangan di belahan kanan',
    asked.length > 0 && placed.length === asked.length,
    `${placed.length} dari ${asked.length} baris, menjorok ${asked[0]?.indentStart ?? 0} pt`,
  );
  return checks;
}

/** Every list item of the plan is a bulleted or numbered paragraph in the Doc, one list per list. */
function checkLists(plan: DocPlan, content: StructuralElement[], check: (n: string, p: boolean, d: string) => void) {
  const items = plan.elements.filter((e) => e.kind === 'paragraph' && e.list);
  const bulleted = content.filter((e) => e.paragraph?.bullet?.listId);
  const lists = new Set(items.map((e) => (e.kind === 'paragraph' ? e.list?.id : 0))).size;
  const got = new Set(bulleted.map((e) => e.paragraph?.bullet?.listId)).size;
  check(
    'butir dan penomoran',
    bulleted.length === items.length && got === lists,
    `${bulleted.length} dari ${items.length} butir, ${got} dari ${lists} daftar`,
  );
}

/** Each Daftar Isi entry links to a heading of the Doc (its headingId). */
function checkLinks(plan: DocPlan, content: StructuralElement[], check: (n: string, p: boolean, d: string) => void) {
  const wanted = plan.elements.filter((e) => e.kind === 'paragraph' && e.linkTo !== undefined).length;
  const headings = new Set(content.map((e) => e.paragraph?.paragraphStyle?.headingId).filter((h) => h));
  const linked = content.filter((e) =>
    (e.paragraph?.elements ?? []).some((x) => headings.has(x.textRun?.textStyle?.link?.headingId)),
  ).length;
  check('tautan daftar isi ke judul', wanted > 0 && linked === wanted, `${linked} dari ${wanted} entri`);
}

/** The two parties side by side: one row kept whole, fixed halves, every border hidden, each line in its cell. */
function checkSignatures(s: PlanSignatures, el: Table, check: (name: string, pass: boolean, detail: string) => void) {
  const row = el.tableRows?.[0];
  const cells = row?.tableCells ?? [];
  const props = el.tableStyle?.tableColumnProperties ?? [];
  const widthsOk = props.length === s.widths.length && props.every((p, c) => near(p.width?.magnitude, s.widths[c]));
  // A width of 0 is left out of the reply: read as 0.
  const borders = cells.flatMap((c) =>
    (['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const).map((b) =>
      zero(c.tableCellStyle?.[b]?.width?.magnitude),
    ),
  );
  const linesOk = cells.every(
    (c, ci) =>
      (c.content ?? []).map((p) => text(p).replace(/\n$/, '')).join('|') ===
      (s.columns[ci] ?? []).map((l) => l.text).join('|'),
  );
  check(
    'tanda tangan berdampingan tanpa garis',
    el.tableRows?.length === 1 &&
      row?.tableRowStyle?.preventOverflow === true &&
      widthsOk &&
      borders.length > 0 &&
      borders.every((w) => w === 0) &&
      linesOk,
    `${cells.length} kolom, lebar ${props.map((p) => p.width?.magnitude).join(' / ')} pt, garis ${borders.every((w) => w === 0) ? 'tersembunyi' : 'tampak'}`,
  );
}

/**
 * One batch one request over the add-on's bound (MAX_BATCH_REQUESTS + 1 one-letter inserts), sent
 * once by the self-test to a throw-away Doc: whether Google takes it tells the deployer the truth
 * about the cap that batches.ts assumes.
 */
export function limitProbeRequests(): Record<string, unknown>[] {
  return Array.from({ length: MAX_BATCH_REQUESTS + 1 }, () => ({
    insertText: { text: 'x', endOfSegmentLocation: { segmentId: '' } },
  }));
}
