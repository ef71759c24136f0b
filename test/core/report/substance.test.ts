import { describe, expect, it } from 'vitest';
import type { RawWorkbook, Workbook } from '../../../src/core/layout/model';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { buildReport } from '../../../src/core/report/build-report';
import type {
  Block,
  ImageBlock,
  ParagraphBlock,
  ReportDocument,
  TableBlock,
} from '../../../src/core/report/report-types';
import { loadExample, loadRawWorkbook } from '../layout/example-workbook';
import { tables } from './report-blocks';

/**
 * The report's substance per PermenPAN-RB 53/2014 (issue 10), on three workbooks: the example
 * (Narasi in rows), a 2024 workbook without IKM (with Standar Nasional, Jenis Belanja, Pagu Murni,
 * the superior for the Perjanjian Kinerja and a Gambar row) and a DPA kept at kegiatan level.
 */

function loadFixture(name: string): RawWorkbook {
  return loadRawWorkbook(new URL(`../../fixtures/${name}`, import.meta.url));
}

const GENERATED = new Date('2025-02-01T03:00:00Z');

const CASES: { name: string; raw: () => RawWorkbook }[] = [
  { name: 'example 2023', raw: loadExample },
  { name: '2024 without IKM', raw: () => loadFixture('report-2024-tanpa-ikm.json') },
  { name: 'kegiatan-level DPA', raw: () => loadFixture('report-dpa-kegiatan.json') },
];

function build(raw: RawWorkbook): { wb: Workbook; r: ReportDocument } {
  const wb = readWorkbook(raw).workbook;
  return { wb, r: buildReport(wb, { generatedAt: GENERATED }) };
}

/** Every string a reader sees: headings, paragraphs, list items, table captions, headers, cells, notes. */
function prose(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'heading' || b.type === 'paragraph') return [b.text];
    if (b.type === 'list') return b.items;
    if (b.type === 'table') return [b.caption, ...b.header, ...b.rows.flat(), b.note ?? ''];
    if (b.type === 'image') return [b.caption];
    if (b.type === 'signatures') return b.columns.flat().map((l) => l.text);
    return [];
  });
}

/** Nama and Jabatan of each party of a Perjanjian Kinerja: the value column of its left-aligned grid. */
function parties(blocks: Block[]): string[][] {
  return blocks.flatMap((b) =>
    b.type === 'signatures' && b.align === 'left' ? [b.columns[2].map((l) => l.text)] : [],
  );
}

/** Words of the spreadsheet tool, which an official report never uses. */
const TOOL_WORDS =
  /\b(sheet|kolom|baris|sel|isi angka|buat template|spreadsheet|workbook|sidebar|panel|menu|generate|add-on|google|=CAPAIAN|PREDIKAT_AKIP|NIK_IKM)\b/i;

describe.each(CASES)('report substance: $name', ({ raw }) => {
  const { wb, r } = build(raw());
  const text = prose(r.blocks);

  it('has an Ikhtisar Eksekutif right after the Daftar Isi, with a table of the capaian of each IKU', () => {
    const chapters = r.blocks
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => (b as { text: string }).text);
    expect(chapters.slice(0, 5)).toEqual([
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'IKHTISAR EKSEKUTIF',
      'BAB I PENDAHULUAN',
    ]);
    const start = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'IKHTISAR EKSEKUTIF');
    const end = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'BAB I PENDAHULUAN');
    const part = r.blocks.slice(start, end);
    const t = part.find((b): b is TableBlock => b.type === 'table');
    expect(t?.caption).toMatch(/Ringkasan Capaian IKU Tahun \d{4}$/);
    expect(t?.rows).toHaveLength(wb.iku!.indikator.length);
    expect(prose(part).join('\n')).toMatch(/Dari indikator tersebut, (seluruhnya|belum ada|\d)/);
    if (wb.dpa)
      expect(prose(part).join('\n')).toMatch(/realisasi anggaran sebesar Rp [\d.]+ dari pagu Rp [\d.]+ dengan serapan/);
  });

  it('gives each sasaran the analyses of the regulation, lettered in order (the standard only where IKU has one)', () => {
    const headings = r.blocks
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => b.type === 'heading' && b.level === 3 && / Sasaran \d+: /.test(b.text));
    expect(headings).toHaveLength(wb.iku!.sasaran.length);
    headings.forEach(({ i }, n) => {
      const next = r.blocks.findIndex((b, j) => j > i && b.type === 'heading' && b.level <= 3);
      const labels = r.blocks
        .slice(i + 1, next)
        .filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.bold === true)
        .map((b) => b.text);
      const sasaran = wb.iku!.sasaran[n];
      const standar = sasaran.indikator.some((ind) => (ind.standarNasional ?? '').trim() !== '');
      // Causes and solutions only where the office gave them (IKU Analisis/Solusi, Narasi factors/Upaya): none invented.
      const narasi = Object.keys(wb.narasi);
      const penyebab = sasaran.indikator.some(
        (ind) =>
          ind.analisis.trim() !== '' ||
          ind.solusi.trim() !== '' ||
          ['Faktor Pendukung', 'Faktor Penghambat', 'Upaya'].some((p) => narasi.includes(`${p} ${ind.no.trim()}`)),
      );
      const titles = [
        'Target dan realisasi Tahun \\d{4}',
        'Perbandingan dengan tahun-tahun sebelumnya',
        'Perbandingan dengan target akhir Renstra',
        ...(standar ? ['Perbandingan dengan standar nasional'] : []),
        ...(penyebab ? ['Penyebab keberhasilan/kegagalan dan solusi'] : []),
        'Efisiensi penggunaan sumber daya',
        wb.dpa!.rows.some((row) => row.level === 'program') ? 'Program dan kegiatan pendukung' : 'Kegiatan pendukung',
      ];
      expect(labels).toHaveLength(titles.length);
      labels.forEach((l, k) => {
        expect(l).toMatch(new RegExp(`^${'abcdefg'[k]}\\. ${titles[k]}$`));
      });
    });
  });

  it('repeats no paragraph of 60 characters or more', () => {
    const seen = new Map<string, number>();
    for (const b of r.blocks) {
      if (b.type !== 'paragraph' || b.text.length < 60) continue;
      seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([, n]) => n > 1).map(([t]) => t);
    expect(repeated).toEqual([]);
  });

  it('uses no word of the spreadsheet tool anywhere in the report', () => {
    const hits = text.filter((s) => TOOL_WORDS.test(s));
    expect(hits).toEqual([]);
  });

  it('ends sentences with one full stop and writes no label before a colon in running text', () => {
    const paragraphs = r.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.text);
    for (const p of paragraphs) {
      expect(p, p).not.toMatch(/[^.]\.\.(?!\.)|\s\.$|\.\s*\.$/);
      expect(p, p).not.toMatch(/^(Penyebab|Solusi|Analisis)[^.]{0,80}:\s/);
    }
  });

  it("writes the head's jabatan in title case in running text (capitals only in signatures)", () => {
    const jabatan = wb.profil!.jabatanPimpinan;
    const running = r.blocks.filter(
      (b): b is ParagraphBlock => b.type === 'paragraph' && !b.bold && b.align !== 'signature',
    );
    expect(running.filter((b) => b.text.includes(jabatan)).map((b) => b.text)).toEqual([]);
  });

  it('states one value per indicator and year across the tables', () => {
    const names = new Set(wb.iku!.indikator.map((i) => i.indikator));
    const values = new Map<string, Set<string>>();
    for (const t of tables(r)) {
      if (/Renstra/.test(t.caption)) continue;
      const captionYear = /Tahun (\d{4})$/.exec(t.caption)?.[1];
      t.header.forEach((h, c) => {
        const m = /^(Realisasi|Capaian)(?: (\d{4}))?(?: \(%\))?$/.exec(h);
        const year = m?.[2] ?? captionYear;
        if (!m || !year) return;
        for (const row of t.rows) {
          const name = row.find((cell) => names.has(cell));
          if (!name) continue;
          const key = `${name} | ${m[1]} ${year}`;
          values.set(key, (values.get(key) ?? new Set()).add(row[c]));
        }
      });
    }
    expect(values.size).toBeGreaterThan(0);
    const conflicting = [...values].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(' / ')}`);
    expect(conflicting).toEqual([]);
  });

  it('explains the polarity formula only for an indicator where lower is better', () => {
    const negatif = wb.iku!.indikator.some((i) => i.polaritas !== 'positif');
    expect(text.some((s) => s.includes('(2 × target − realisasi)') || s.includes('target ÷ realisasi'))).toBe(negatif);
  });

  it('says met or not met with each capaian, and explains a high category next to a missed target once', () => {
    const t = wb.profil!.tahun;
    const all = text.join('\n');
    const capaian = text.filter((x) => x.startsWith(`Pada Tahun ${t} realisasi `));
    expect(capaian).toHaveLength(wb.iku!.indikator.length);
    for (const c of capaian) expect(c).toMatch(/ dan target Tahun \d{4} (belum )?tercapai\./);
    const missedHigh = /kategori (Sangat Tinggi|Tinggi) dan target Tahun \d{4} belum tercapai/.test(all);
    expect(all.split('menunjukkan capaian yang sudah mendekati target').length - 1).toBe(missedHigh ? 1 : 0);
  });
});

describe('report substance: what the optional columns and Narasi rows add', () => {
  const a = build(loadFixture('report-2024-tanpa-ikm.json'));
  const textA = prose(a.r.blocks).join('\n');

  it('the trend sentence names a drop in between, not only the end points', () => {
    expect(textA).toContain(
      'Realisasi Persentase layanan administrasi yang selesai tepat waktu Tahun 2021–2024 berturut-turut 84; 89; 88; dan 93: naik pada Tahun 2022, lalu turun pada Tahun 2023, lalu naik 5 poin pada Tahun 2024.',
    );
  });

  it('compares with the Standar Nasional (93 against 90) and says what remains of the Renstra target (97 − 93 = 4)', () => {
    expect(textA).toContain(
      'Standar nasional untuk Persentase layanan administrasi yang selesai tepat waktu adalah 90%. Realisasi Tahun 2024 sebesar 93% berada di atas standar tersebut, artinya kinerja lebih baik daripada standar nasional.',
    );
    expect(textA).toContain('masih diperlukan peningkatan sebesar 4 poin hingga Tahun 2026');
  });

  it('negative indicator: 14 against target 12 is (2 × 12 − 14) / 12 = 83,33% (Tinggi), explained as not yet met', () => {
    expect(textA).toContain(
      'Pada Tahun 2024 realisasi Jumlah pengaduan masyarakat yang belum ditindaklanjuti sebesar 14 Pengaduan dari target 12 Pengaduan, sehingga capaian kinerjanya 83,33% dengan kategori Tinggi dan target Tahun 2024 belum tercapai.',
    );
  });

  it('Narasi Faktor Penghambat and Upaya keyed by indicator No become lists under that indicator', () => {
    const i = a.r.blocks.findIndex(
      (b) => b.type === 'paragraph' && b.text.startsWith('Faktor yang menghambat pencapaian kinerja Jumlah pengaduan'),
    );
    expect(a.r.blocks[i + 1]).toEqual({
      type: 'list',
      items: [
        'Sebagian pengaduan menyangkut kewenangan perangkat daerah lain;',
        'Keterbatasan petugas penanganan pengaduan.',
      ],
      fromOffice: true,
    });
  });

  it('Belanja Operasi / Belanja Modal from Jenis Belanja: 1.020.000.000 + 80.000.000 = 1.100.000.000', () => {
    const t = tables(a.r).find((x) => x.caption.includes('per Jenis Belanja'))!;
    expect(t.rows).toEqual([
      ['1', 'Belanja Operasi', '1.020.000.000', '962.000.000', '94,31'],
      ['2', 'Belanja Modal', '80.000.000', '71.500.000', '89,38'],
      ['', 'JUMLAH', '1.100.000.000', '1.033.500.000', '93,95'],
    ]);
  });

  it('Pagu Murni against Pagu Perubahan: 1.120.000.000 murni, 1.100.000.000 after P-APBD (−20.000.000)', () => {
    const t = tables(a.r).find((x) => x.caption.includes('Pagu Murni dan Pagu Perubahan'))!;
    expect(t.rows[t.rows.length - 1]).toEqual(['', 'JUMLAH', '1.120.000.000', '1.100.000.000', '-20.000.000']);
    expect(textA).toContain(
      'setelah perubahan APBD (P-APBD) pagu menjadi Rp 1.100.000.000 atau berkurang Rp 20.000.000.',
    );
  });

  it('Lampiran: the two-party Perjanjian Kinerja, PIHAK KEDUA the Wali Kota, dated Tanggal PK', () => {
    const i = a.r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'LAMPIRAN');
    const lampiran = a.r.blocks.slice(i);
    // Nama / Jabatan of each party, colons aligned: PIHAK PERTAMA first, then the superior.
    expect(parties(lampiran)).toEqual([
      ['RINA ASTUTI, S.STP, M.AP', 'Camat Tanjung Makmur'],
      ['Drs. H. AHMAD FAUZI, M.Si', 'Wali Kota Contoh'],
    ]);
    const text = prose(lampiran).join('\n');
    expect(text).toContain('Tanjung Makmur, 15 Januari 2024');
    expect(text).toContain('PIHAK KEDUA,');
    expect(text).toContain('PIHAK PERTAMA,');
  });

  it('a Gambar row gives a numbered figure in its section; none without one', () => {
    const images = a.r.blocks.filter((b): b is ImageBlock => b.type === 'image');
    expect(images).toEqual([
      {
        type: 'image',
        url: 'https://example.org/peta-tanjung-makmur.png',
        caption: 'Gambar 1.1 Peta Wilayah Kecamatan Tanjung Makmur',
      },
    ]);
    expect(build(loadExample()).r.blocks.some((b) => b.type === 'image')).toBe(false);
  });

  it('without Nama Atasan in Profil the Lampiran still has both parties: the Bupati of the pemda on a dotted name line, dated in the PK year, never the LKjIP date', () => {
    const { r } = build(loadExample());
    const i = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'LAMPIRAN');
    const lampiran = r.blocks.slice(i);
    const dots = '.'.repeat(45);
    expect(parties(lampiran)).toEqual([
      ['SABRI, SH.I, MH', 'Camat Lima Puluh Pesisir'],
      [dots, 'Bupati Batu Bara'],
    ]);
    const signatures = lampiran.filter((b) => b.type === 'signatures' && b.align === undefined);
    // Signed on the statement and again on its lampiran, PIHAK KEDUA left with the blank name line.
    expect(signatures).toHaveLength(2);
    for (const b of signatures) {
      expect(b.type === 'signatures' && b.columns[0].map((l) => l.text)).toEqual([
        'PIHAK KEDUA,',
        'BUPATI BATU BARA',
        dots,
      ]);
    }
    const text = prose(lampiran).join('\n');
    expect(text).toContain(`Perupuk, ${'.'.repeat(30)} 2023`);
    expect(text).not.toContain('31 Januari 2024');
  });

  it('a kegiatan-level DPA is told as kegiatan, mapped to its sasaran by the Sasaran column', () => {
    const { r } = build(loadFixture('report-dpa-kegiatan.json'));
    const text = prose(r.blocks).join('\n');
    expect(text).toContain('dilaksanakan 4 (empat) kegiatan dengan total pagu Rp 1.150.000.000');
    expect(text).toContain('Pencapaian Sasaran 1 didukung oleh 2 (dua) kegiatan');
    expect(text).not.toMatch(/\d+ \(\w+\) program/);
  });
});
