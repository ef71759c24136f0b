import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../../src/core/layout/model';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { createEmulator } from '../../../emulator/index';
import { columnNeeds } from '../../../src/core/docs/column-widths';
import type { SchemaDocument } from '../../../src/core/docs/docs-schema';
import { pageSetup } from '../../../src/core/docs/page-setup';
import { planDocument } from '../../../src/core/docs/plan';
import { planReport } from '../../../src/core/docs/requests';
import { writeDocument } from '../../../src/core/docs/write-document';
import { buildReport } from '../../../src/core/report/build-report';
import type { Block, ReportDocument, TableBlock } from '../../../src/core/report/report-types';
import { loadExample, loadRawWorkbook } from '../layout/example-workbook';

/**
 * Defects found reading the three generated reports as the camat who signs them and the
 * inspektorat who reviews them. Expected texts come from the workbooks' numbers worked by hand
 * and from the regulations named in each test.
 */

const GENERATED = new Date('2025-02-01T03:00:00Z');

function build(raw: RawWorkbook): ReportDocument {
  return buildReport(readWorkbook(raw).workbook, { generatedAt: GENERATED });
}

function fixture(name: string): RawWorkbook {
  return loadRawWorkbook(new URL(`../../fixtures/${name}`, import.meta.url));
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function table(doc: ReportDocument, part: string): TableBlock {
  const t = doc.blocks.find((b): b is TableBlock => b.type === 'table' && b.caption.includes(part));
  if (!t) throw new Error(`no table ${part}`);
  return t;
}

const example = build(loadExample());
const tanpaIkm = build(fixture('report-2024-tanpa-ikm.json'));
const kegiatan = build(fixture('report-dpa-kegiatan.json'));
const ALL = [
  ['example 2023', example],
  ['2024 without IKM', tanpaIkm],
  ['kegiatan-level DPA', kegiatan],
] as const;

describe('final read of the official report', () => {
  it.each(ALL)('%s: table numbers never read as another chapter (IE.n / 1.n–4.n / L.n), each used once', (_, doc) => {
    const numbers = doc.blocks
      .filter((b): b is TableBlock => b.type === 'table')
      .map((t) => /^Tabel (\S+)/.exec(t.caption)?.[1] ?? '');
    // Chapters BAB I–IV are numbered 1–4; parts outside a chapter carry letters.
    for (const n of numbers) expect(n).toMatch(/^(?:IE|[1-4]|L)\.\d+$/);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[0]).toBe('IE.1');
  });

  it('example: a "Sangat Tinggi" next to a missed target is explained once, where the reader first meets it (the Ikhtisar)', () => {
    // IKM 88,12 / 88,37 = 99,72 % and AKIP 70,20 / 72,60 = 96,69 %: both ≥ 91 (Sangat Tinggi,
    // Permendagri 86/2017) and both < 100 (target not met).
    const explain =
      'Kategori Sangat Tinggi pada Indeks Kepuasan Masyarakat (IKM) dan Nilai AKIP menunjukkan capaian yang sudah mendekati target, tetapi karena capaiannya masih di bawah 100%, targetnya belum tercapai sepenuhnya.';
    const texts = paragraphs(example.blocks);
    const ikhtisar = texts.find((p) => p.startsWith('Dari indikator tersebut'));
    expect(ikhtisar).toBe(
      `Dari indikator tersebut, belum ada yang mencapai target. ${explain} Capaian setiap indikator adalah sebagai berikut.`,
    );
    expect(texts.filter((p) => p.includes('targetnya belum tercapai sepenuhnya'))).toHaveLength(1);
    const bab3 = texts.find((p) => p.startsWith('Dari tabel tersebut terlihat'));
    expect(bab3).toBe(
      'Dari tabel tersebut terlihat bahwa target Indeks Kepuasan Masyarakat (IKM) dengan capaian 99,72% dan Nilai AKIP dengan capaian 96,69% belum tercapai.',
    );
  });

  it('2024: only the missed indicators with a high category are named (83,33 % Tinggi, 97,06 % Sangat Tinggi)', () => {
    // (2 × 12 − 14) / 12 = 83,33 % → Tinggi (76–90,99); 66 / 68 = 97,06 % → Sangat Tinggi; 93 / 92 met.
    const ikhtisar = paragraphs(tanpaIkm.blocks).find((p) => p.startsWith('Dari indikator tersebut'));
    expect(ikhtisar).toContain(
      'Kategori Tinggi dan Sangat Tinggi pada Jumlah pengaduan masyarakat yang belum ditindaklanjuti dan Nilai AKIP Kecamatan menunjukkan',
    );
    expect(ikhtisar).not.toContain('Persentase layanan administrasi');
  });

  it('kegiatan-level DPA: every target met, so no explanation is added', () => {
    const ikhtisar = paragraphs(kegiatan.blocks).find((p) => p.startsWith('Dari indikator tersebut'));
    expect(ikhtisar).toBe(
      'Dari indikator tersebut, seluruhnya mencapai target. Capaian setiap indikator adalah sebagai berikut.',
    );
  });

  it('a Renstra 2021-2026 is not called "lima tahunan" (it spans six calendar years)', () => {
    const renstra = paragraphs(tanpaIkm.blocks).find((p) => p.startsWith('Rencana Strategis (Renstra)'));
    expect(renstra).toContain('periode 2021-2026 merupakan dokumen perencanaan jangka menengah');
    expect(renstra).not.toContain('lima tahunan');
  });

  it('a count indicator moves by its unit, not by "poin": 16 → 14 Pengaduan, 14 → target 8 Pengaduan', () => {
    const text = paragraphs(tanpaIkm.blocks).join('\n');
    // 22; 17; 16; 14 fell every year, the last step by 2 Pengaduan.
    expect(text).toContain('Dibandingkan Tahun 2023, realisasi Tahun 2024 turun 2 Pengaduan.');
    expect(text).toContain('masih diperlukan penurunan sebesar 6 Pengaduan hingga Tahun 2026');
    // A score keeps "poin": AKIP 63,00 → 66,00.
    expect(text).toContain('Dibandingkan Tahun 2023, realisasi Tahun 2024 naik 3,00 poin.');
  });

  it('example: the drop into 2023 (72,59 → 70,20) is said once in the trend paragraph, not twice', () => {
    const trend = paragraphs(example.blocks).find((p) => p.startsWith('Realisasi Nilai AKIP Tahun 2020–2023'));
    // LHE values 66,87; 69,91; 72,59; 70,20: up, up, down by 2,39. Capaian 102,88; 99,87; 99,99; 96,69 (targets 65; 70; 72,6; 72,6).
    expect(trend).toBe(
      'Realisasi Nilai AKIP Tahun 2020–2023 berturut-turut 66,87; 69,91; 72,59; dan 70,20: naik pada Tahun 2021 dan 2022, lalu turun 2,39 poin pada Tahun 2023. Capaiannya turun pada Tahun 2021, lalu naik pada Tahun 2022, lalu turun pada Tahun 2023 (102,88%; 99,87%; 99,99%; dan 96,69%).',
    );
  });

  it('example: the DPA note says what "-" means for a sub kegiatan with pagu 18.500.000 and no realisasi', () => {
    const t = table(example, 'per Program, Kegiatan dan Sub Kegiatan');
    const row = t.rows.find((r) => r[0] === '7.01.01.2.07.0002') ?? [];
    expect([row[t.header.indexOf('Pagu (Rp)')], row[t.header.indexOf('Realisasi (Rp)')]]).toEqual(['18.500.000', '-']);
    // "-" there is a realisasi of nil, not "no budget".
    expect(t.note).not.toContain('tidak ada anggaran');
    expect(t.note).toContain('"-" menunjukkan nihil');
  });

  it.each(ALL)('%s: a comparison with earlier years is one row per year and stays on a portrait page', (_, doc) => {
    const { setup } = pageSetup({});
    const tables = planDocument(doc.blocks, setup).flatMap((e) => (e.kind === 'table' ? [e] : []));
    const trend = tables.filter((t) => t.block.caption.includes('Perbandingan Realisasi dan Capaian'));
    expect(trend.length).toBeGreaterThan(0);
    for (const t of trend) {
      expect(t.block.header).toEqual(['Indikator Kinerja', 'Satuan', 'Tahun', 'Target', 'Realisasi', 'Capaian (%)']);
      expect(t.landscape, t.block.caption).toBe(false);
    }
  });

  it('example: the AKIP trend rows read target, realisasi and capaian per year (66,87 / 65 = 102,88 %)', () => {
    const t = table(example, 'Perbandingan Realisasi dan Capaian Sasaran 2');
    // Targets from the Renstra table (65 / 70 / 72,60 / 72,60); realisasi the LHE Nilai Akhir as the
    // example report prints it (66,87 / 69,91 / 72,59 / 70,20); capaian 66,87/65 = 102,88;
    // 69,91/70 = 99,87; 72,59/72,60 = 99,99; 70,20/72,60 = 96,69.
    expect(t.rows).toEqual([
      ['Nilai AKIP', 'Nilai', '2020', '65,00', '66,87', '102,88'],
      ['', '', '2021', '70,00', '69,91', '99,87'],
      ['', '', '2022', '72,60', '72,59', '99,99'],
      ['', '', '2023', '72,60', '70,20', '96,69'],
    ]);
  });

  it('example: a DPA performance figure stays on the line of its unit (4 Dokumen, not 4 / Dokumen)', () => {
    const t = table(example, 'per Program, Kegiatan dan Sub Kegiatan');
    const row = t.rows.find((r) => r[0] === '7.01.01.2.01.0001') ?? [];
    // Seed DPA: 4 Dokumen target and 4 Dokumen realisasi; percentages keep their % sign glued.
    expect(row[t.header.indexOf('Target Kinerja')]).toBe('4\u00a0Dokumen');
    expect(row[t.header.indexOf('Realisasi Kinerja')]).toBe('4\u00a0Dokumen');
    // The column is sized for the whole `4 Dokumen`: its unbreakable minimum is the full text.
    const [glued] = columnNeeds([['4\u00a0Dokumen']], new Set(), 9);
    const [spaced] = columnNeeds([['4 Dokumen']], new Set(), 9);
    expect(glued.min).toBe(spaced.max);
    expect(spaced.min).toBeLessThan(spaced.max);
  });

  it('2024: the two parties of the Perjanjian Kinerja sign side by side on one page: a borderless row kept whole', () => {
    const { setup } = pageSetup({}, 'Kecamatan Tanjung Makmur Tahun 2024');
    const plan = planReport(tanpaIkm.blocks, setup);
    const em = createEmulator();
    const D = em.globals.Docs.Documents;
    const { id } = writeDocument(
      {
        create: (title) => D.create({ title }),
        get: (docId) => D.get(docId) as SchemaDocument,
        batchUpdate: (docId, requests) => D.batchUpdate({ requests } as never, docId),
      },
      plan,
      'uji',
    );
    const content = (D.get(id) as SchemaDocument).body?.content ?? [];
    const text = (e: (typeof content)[number]) =>
      (e.paragraph?.elements ?? [])
        .map((x) => x.textRun?.content ?? '')
        .join('')
        .trim();
    // The PK date (Profil Tanggal PK 15 Januari 2024) in the right half, kept with the row that follows.
    const at = content.findIndex((e) => text(e) === 'Tanjung Makmur, 15 Januari 2024');
    const date = content[at].paragraph?.paragraphStyle as Record<string, unknown>;
    expect(date.keepWithNext).toBe(true);
    expect(date.alignment).toBe('CENTER');
    // A4 text width 595,28 − 85,04 − 70,87 = 439,37 pt: the right half starts at 219,68 pt.
    expect(date.indentStart).toEqual({ magnitude: 219.68, unit: 'PT' });
    const table = content.slice(at + 1).find((e) => e.table || text(e) !== '')?.table;
    const cells = table?.tableRows?.[0]?.tableCells ?? [];
    expect(table?.tableRows).toHaveLength(1);
    // PIHAK KEDUA (the Wali Kota) left, PIHAK PERTAMA (the camat) right, each line its own centred paragraph.
    expect(cells.map((c) => (c.content ?? []).map(text))).toEqual([
      ['PIHAK KEDUA,', 'WALI KOTA CONTOH', 'Drs. H. AHMAD FAUZI, M.Si'],
      [
        'PIHAK PERTAMA,',
        'CAMAT TANJUNG MAKMUR',
        'RINA ASTUTI, S.STP, M.AP',
        'PEMBINA (IV/a)',
        'NIP. 19800101 200501 2 003',
      ],
    ]);
    for (const c of cells) {
      expect((c.content ?? []).every((p) => p.paragraph?.paragraphStyle?.alignment === 'CENTER')).toBe(true);
      const style = (c as { tableCellStyle?: Record<string, { width?: { magnitude?: number } }> }).tableCellStyle ?? {};
      expect(['borderTop', 'borderBottom', 'borderLeft', 'borderRight'].map((b) => style[b]?.width?.magnitude)).toEqual(
        [0, 0, 0, 0],
      );
    }
    // Two halves of the text width (439,37 / 2, 2 decimals down), the row never split across pages.
    expect(table?.tableStyle?.tableColumnProperties?.map((p) => p.width?.magnitude)).toEqual([219.68, 219.68]);
    expect(table?.tableRows?.[0]?.tableRowStyle?.preventOverflow).toBe(true);
  });

  it('the BAB II budget section is named for the DPA level: Program for the example, Kegiatan for a kegiatan-level DPA', () => {
    const heading = (doc: ReportDocument) =>
      doc.blocks.flatMap((b) => (b.type === 'heading' && / dan Anggaran Tahun /.test(b.text) ? [b.text] : []))[0];
    expect(heading(example)).toBe('2.5 Program dan Anggaran Tahun 2023');
    // The fixture's DPA starts at Kegiatan rows (no Program row above them).
    expect(heading(kegiatan)).toBe('2.4 Kegiatan dan Anggaran Tahun 2023');
  });

  it('2024: a DPA figure measured as a score prints without the unit word (68 / 66, not 68 Nilai)', () => {
    const t = table(tanpaIkm, 'per Program, Kegiatan dan Sub Kegiatan');
    const row = t.rows.find((r) => r[0] === '7.01.01') ?? [];
    // DPA program 7.01.01: Nilai AKIP Kecamatan, target 68, realisasi 66 (Satuan `Nilai`).
    expect([row[t.header.indexOf('Target Kinerja')], row[t.header.indexOf('Realisasi Kinerja')]]).toEqual(['68', '66']);
    const sub = t.rows.find((r) => r[0] === '7.01.01.2.02.0001') ?? [];
    expect(sub[t.header.indexOf('Target Kinerja')]).toBe('12\u00a0Bulan');
  });

  it('the report writes a year as "Tahun 2023" in its own sentences, also in the IKM and AKIP paragraphs', () => {
    const own = paragraphs(example.blocks).filter((p) =>
      /^(Survei Kepuasan|IKM Kecamatan|Nilai evaluasi AKIP)/.test(p),
    );
    expect(own).toHaveLength(3);
    for (const p of own) expect(p).not.toMatch(/\btahun (?:19|20)\d\d/);
    expect(own[2]).toMatch(
      /^Nilai evaluasi AKIP Tahun 2023 sebesar 70,20 dengan predikat BB \(Sangat Baik\)\. Dibandingkan Tahun 2022 \(72,59, BB\), nilai Tahun 2023 turun 2,39 poin\./,
    );
  });

  it('example: the AKIP component scored in 2020 and 2021 only (Capaian Kinerja 9,13 / 9,88) is explained under its table', () => {
    // 2020: five components (Capaian Kinerja included, PermenPAN-RB 12/2015); 2022: four (88/2021).
    const i = example.blocks.findIndex((b) => b.type === 'table' && b.caption.includes('Nilai Komponen Evaluasi AKIP'));
    expect(example.blocks[i + 1]).toEqual({
      type: 'paragraph',
      text: 'Bobot komponen evaluasi Tahun 2020 dan 2021 berbeda dengan bobot Tahun 2022 dan 2023 (Capaian Kinerja hanya dinilai pada Tahun 2020 dan 2021), sehingga nilai komponennya tidak dapat dibandingkan langsung antarkelompok tahun.',
      align: 'justify',
    });
  });

  it('2024: the AKIP indicator prints as its AKIP sheet sum does (66,00), in the IKU tables and sentences too', () => {
    // AKIP 2024: 20 + 18 + 10 + 18 = 66 → Nilai Akhir 66,00 (two decimals, PermenPAN-RB 88/2021 table);
    // the IKU typed 66 and target 68 print as 66,00 and 68,00 beside it, not as 66 and 68.
    const ringkasan = table(tanpaIkm, 'Ringkasan Capaian IKU');
    expect(ringkasan.rows.find((r) => r[1] === 'Nilai AKIP Kecamatan')?.slice(2, 5)).toEqual([
      '68,00',
      '66,00',
      '97,06',
    ]);
    const akhir = table(tanpaIkm, 'Nilai Akhir dan Predikat AKIP');
    expect(akhir.rows.find((r) => r[0] === '2024')?.[1]).toBe('66,00');
    const text = paragraphs(tanpaIkm.blocks).join('\n');
    expect(text).toContain('Pada Tahun 2024 realisasi Nilai AKIP Kecamatan sebesar 66,00 dari target 68,00');
    expect(text).toContain('berturut-turut 58,00; 61,00; 63,00; dan 66,00: naik setiap tahun.');
    // An indicator with no sheet of its own keeps its own form: 93% of 92%.
    expect(text).toContain(
      'realisasi Persentase layanan administrasi yang selesai tepat waktu sebesar 93% dari target 92%',
    );
  });

  it('quotes a sasaran with the same curly quotes as the Visi and Misi (“…”), never straight ones', () => {
    const text = paragraphs(example.blocks).join('\n');
    // The example's Visi, from Narasi, is quoted “Menjadikan …”; the report's own sentences match it.
    expect(text).toContain('“Menjadikan Masyarakat Kabupaten Batu Bara');
    expect(text).toContain(
      'Sasaran “Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik” diukur dengan 1 (satu) indikator',
    );
    const items = example.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items).toContain(
      'Sasaran 2 “Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah”: Nilai AKIP 96,69% (Sangat Tinggi), target belum tercapai.',
    );
    for (const doc of [example, tanpaIkm, kegiatan]) {
      const all = [...paragraphs(doc.blocks), ...doc.blocks.flatMap((b) => (b.type === 'list' ? b.items : []))];
      expect(all.filter((t) => /Sasaran[^"]*"/.test(t))).toEqual([]);
    }
  });
});
