import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/core/decimal';
import { buildPerjanjianKinerja } from '../../../src/core/report/build-perjanjian';
import { buildReport } from '../../../src/core/report/build-report';
import type { Block, ParagraphBlock } from '../../../src/core/report/report-types';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { exampleWith, loadExample } from '../layout/example-workbook';
import { tables } from './report-blocks';

// The Perjanjian Kinerja form (src/core/report/perjanjian-kinerja.ts), as the PK document and the
// LKjIP's Lampiran print it. The words are PermenPAN-RB 53/2014 Lampiran I's, typed here from the
// regulation's format, not from the code.

const OPTS = { hariIni: '2024-02-01' };

function pkOf(raw = loadExample()) {
  return buildPerjanjianKinerja(validateWorkbook(raw).workbook, OPTS);
}

const paragraphs = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');

describe('the PK form of PermenPAN-RB 53/2014', () => {
  const doc = pkOf();
  const texts = paragraphs(doc.blocks).map((p) => p.text);

  it('the lembar pernyataan in the regulation words, in order', () => {
    const at = (t: string) => texts.indexOf(t);
    const order = [
      'PERJANJIAN KINERJA TAHUN 2023\nKECAMATAN LIMA PULUH PESISIR\nKABUPATEN BATU BARA',
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
      'selanjutnya disebut PIHAK PERTAMA.',
      'selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.',
      'PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
      'PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('then on its own page the lampiran, titled as such, its tables without numbers', () => {
    const i = doc.blocks.findIndex((b) => b.type === 'pagebreak');
    expect(doc.blocks[i + 1]).toMatchObject({
      text: 'LAMPIRAN PERJANJIAN KINERJA TAHUN 2023\nKECAMATAN LIMA PULUH PESISIR\nKABUPATEN BATU BARA',
      bold: true,
    });
    expect(tables(doc).map((t) => t.caption)).toEqual(['', '']);
    expect(tables(doc)[0].header).toEqual(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2023']);
  });

  it('no signature alone on a page: the text above the date is kept with it, the date with the signatures', () => {
    for (let i = 0; i < doc.blocks.length; i++) {
      const b = doc.blocks[i];
      if (b.type !== 'signatures' || b.align === 'left') continue;
      const date = doc.blocks[i - 1] as ParagraphBlock;
      expect(date.text).toMatch(/^Perupuk, /);
      expect(date.keepWithNext).toBe(true);
      // Before the date: the last promise (kept with the date) or the lampiran's last table.
      const before = doc.blocks[i - 2];
      expect(before.type === 'table' || (before.type === 'paragraph' && before.keepWithNext === true)).toBe(true);
    }
  });

  it('a typed Jabatan Atasan and Nama Atasan name PIHAK KEDUA; a Pemerintah Kota gives the Wali Kota', () => {
    const typed = pkOf(
      exampleWith({}, (raw) => {
        const profil = raw.sheets.find((s) => s.name === 'Profil')!;
        profil.values.push(['Jabatan Atasan', 'SEKRETARIS DAERAH'], ['Nama Atasan', 'Drs. ABDUL']);
      }),
    );
    const grids = typed.blocks.filter((b) => b.type === 'signatures' && b.align === 'left');
    expect(grids[1]).toMatchObject({
      columns: [
        [{ text: 'Nama' }, { text: 'Jabatan' }],
        expect.anything(),
        [{ text: 'Drs. ABDUL' }, { text: 'Sekretaris Daerah' }],
      ],
    });
    const kota = pkOf(exampleWith({ Profil: { B3: 'Pemerintah Kota Medan' } }));
    const kedua = kota.blocks.filter((b) => b.type === 'signatures' && b.align === 'left')[1];
    expect(kedua.type === 'signatures' && kedua.columns[2][1].text).toBe('Wali Kota Medan');
  });
});

describe('the LKjIP Lampiran is the same form, its tables numbered L', () => {
  const report = buildReport(validateWorkbook(loadExample()).workbook, OPTS);
  const i = report.blocks.findIndex((b) => b.type === 'heading' && b.text === 'LAMPIRAN');
  const lampiran = report.blocks.slice(i);
  const pk = pkOf();

  it('LAMPIRAN, then the PK blocks exactly as the PK document prints them but for the captions', () => {
    const strip = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? { ...b, caption: '' } : b));
    expect(strip(lampiran.slice(1))).toEqual(strip(pk.blocks));
    expect(tables({ title: '', blocks: lampiran }).map((t) => t.caption)).toEqual([
      'Tabel L.1 Sasaran dan Target Kinerja Tahun 2023',
      'Tabel L.2 Program dan Pagu Anggaran Tahun 2023',
    ]);
  });

  it("BAB II's Perjanjian Kinerja table is the lampiran's target table", () => {
    const bab2 = tables(report).find(
      (t) => t.caption.startsWith('Tabel 2.') && t.caption.includes('Perjanjian Kinerja'),
    )!;
    const l1 = tables({ title: '', blocks: lampiran })[0];
    expect(bab2.rows).toEqual(l1.rows);
    expect(bab2.header).toEqual(l1.header);
  });
});

describe('PK targets as typed', () => {
  it('a whole target prints whole, a decimal one with at least two decimals, never rounded', () => {
    const doc = buildPerjanjianKinerja(
      {
        ...validateWorkbook(loadExample()).workbook,
        pkPejabat: [
          {
            row: 2,
            nama: 'A',
            nip: '',
            jabatan: 'Kepala Seksi',
            namaAtasan: '',
            nipAtasan: '',
            jabatanAtasan: 'Camat',
            cells: {},
            anggaran: [],
            indikator: [7, 72.6, 0.125].map((v, k) => ({
              row: 2 + k,
              sasaran: 'S',
              indikator: `I${k}`,
              satuan: '%',
              target: { target: { kind: 'single' as const, value: new Decimal(v) }, raw: v, cell: '' },
            })),
          },
        ],
      },
      OPTS,
    );
    const official = tables(doc)[2];
    expect(official.rows.map((r) => r[4])).toEqual(['7', '72,60', '0,125']);
  });
});
