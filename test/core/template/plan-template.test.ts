import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { LAYOUT, normalizeName, PROFIL_KEYS, NARASI_PARTS } from '../../../src/core/layout/spec';
import {
  formulaBlocks,
  planTemplate,
  templateMessage,
  widthRuns,
  type SheetPlan,
} from '../../../src/core/template/plan-template';
import { ikuRowsHint } from '../../../src/core/template/template-years';
import { exampleJson } from '../../fixtures/example';
import { RENAKSI_HEADER } from '../../fixtures/renaksi-workbook';

const NOW = new Date(2024, 0, 15);
const ALL = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi', 'Renaksi', 'PK Pejabat'];

function sheet(plan: { create: SheetPlan[] }, name: string): SheetPlan {
  const s = plan.create.find((x) => x.name === name);
  if (!s) throw new Error(`no planned ${name}`);
  return s;
}

function col(s: SheetPlan, header: string): number {
  const i = s.values[0].indexOf(header);
  if (i < 0) throw new Error(`no header ${header}`);
  return i;
}

describe('planTemplate', () => {
  describe('which sheets', () => {
    it('creates the seven standard sheets on an empty workbook, never Riwayat (the report writes it)', () => {
      const plan = planTemplate(['Sheet1'], undefined, NOW);
      expect(plan.create.map((s) => s.name)).toEqual(ALL);
      expect(plan.leftAlone).toEqual([]);
    });

    it('leaves an existing sheet alone, matched like the reader matches names (`iku ` is IKU)', () => {
      const plan = planTemplate(['iku ', 'PROFIL', 'Riwayat'], undefined, NOW);
      expect(plan.create.map((s) => s.name)).toEqual(['DPA', 'IKM', 'AKIP', 'Narasi', 'Renaksi', 'PK Pejabat']);
      expect(plan.leftAlone).toEqual(['Profil', 'IKU']);
    });

    it('is idempotent: planning again with the created sheets present creates nothing', () => {
      const first = planTemplate(['Sheet1', 'IKU'], undefined, NOW);
      const second = planTemplate(['Sheet1', 'IKU', ...first.create.map((s) => s.name)], undefined, NOW);
      expect(second.create).toEqual([]);
      expect(second.leftAlone).toEqual(ALL);
      expect(templateMessage(second)).toBe('Semua sheet standar sudah ada; tidak ada yang diubah.');
    });
  });

  describe('Skala SKM', () => {
    it('planned only when the spreadsheet has a Forms response sheet (skalaTexts given): Teks | Nilai, 1–4 enforced', () => {
      expect(planTemplate(['Sheet1'], undefined, NOW).create.map((s) => s.name)).toEqual(ALL);
      const plan = planTemplate(['Sheet1', 'Respons Formulir 1'], undefined, NOW, [], ['Lumayan']);
      const skala = sheet(plan, 'Skala SKM');
      expect(skala.values).toEqual([
        ['Teks', 'Nilai'],
        ['Lumayan', ''],
      ]);
      expect(skala.validations).toEqual([
        expect.objectContaining({ kind: 'whole-between', min: 1, max: 4, range: 'B2:B' }),
      ]);
      expect(plan.skalaTexts).toBe(1);
    });

    it('an existing Skala SKM (any case) is left alone', () => {
      const plan = planTemplate([...ALL, 'skala skm'], undefined, NOW, [], ['Lumayan']);
      expect(plan.create).toEqual([]);
      expect(plan.leftAlone).toEqual([...ALL, 'Skala SKM']);
    });
  });

  describe('headers', () => {
    it('uses the layout canonical names, so the reader understands every header without a synonym note', () => {
      const plan = planTemplate([], { tahun: 2023, periodeRenstra: '2019-2023' }, NOW);
      for (const s of plan.create) {
        const spec = LAYOUT.find((l) => l.id === s.name)!;
        const headers = s.values[0].map((h) => normalizeName(h));
        for (const c of spec.columns) expect(headers, `${s.name}: ${c.name}`).toContain(normalizeName(c.name));
      }
      expect(sheet(plan, 'DPA').values[0]).toContain('Pagu (Rp)');
    });

    it('a fresh template read by readWorkbook gives no structural finding: only the blank required Profil values', () => {
      const plan = planTemplate([], { tahun: 2023, periodeRenstra: '2019-2023' }, NOW);
      const result = readWorkbook({
        name: 'Template',
        sheets: plan.create.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas })),
      });
      expect(result.workbook.headerNotes).toEqual([]);
      const required = PROFIL_KEYS.filter((k) => k.required).length;
      expect(result.findings.filter((f) => f.severity === 'error')).toHaveLength(required);
      for (const f of result.findings) expect([f.code, f.sheet, f.cell[0]]).toEqual(['missing-value', 'Profil', 'B']);
      expect(result.workbook.iku?.years).toEqual([2019, 2020, 2021, 2022, 2023]);
      expect(result.workbook.akip?.komponen.map((k) => k.nama)).toHaveLength(4);
    });
  });

  describe('IKU', () => {
    const plan = planTemplate([], { tahun: 2023, periodeRenstra: '2019-2023' }, NOW);
    const iku = sheet(plan, 'IKU');

    it('puts Target, Realisasi and Capaian of each Renstra year after Formula, prose columns last', () => {
      const h = iku.values[0];
      expect(h.slice(0, 7)).toEqual([
        'No',
        'Tujuan',
        'Sasaran Strategis',
        'Indikator Kinerja',
        'Satuan',
        'Polaritas',
        'Formula',
      ]);
      expect(h.slice(7, 12)).toEqual(['Target 2019', 'Target 2020', 'Target 2021', 'Target 2022', 'Target 2023']);
      expect(h.slice(12, 17)).toEqual([
        'Realisasi 2019',
        'Realisasi 2020',
        'Realisasi 2021',
        'Realisasi 2022',
        'Realisasi 2023',
      ]);
      expect(h.slice(17, 22)).toEqual(['Capaian 2019', 'Capaian 2020', 'Capaian 2021', 'Capaian 2022', 'Capaian 2023']);
      expect(h.slice(22)).toEqual(['Analisis', 'Solusi', 'Standar Nasional']);
    });

    it('Capaian 2023 in row 2 is =CAPAIAN(realisasi, target, polaritas) in en-US syntax: Q2 (Realisasi 2023), L2 (Target 2023), F2', () => {
      // Hand count: A No … G Formula, H–L Target 2019–2023, M–Q Realisasi 2019–2023, R–V Capaian.
      expect(iku.formulas[1][col(iku, 'Capaian 2023')]).toBe('=CAPAIAN(Q2,L2,F2)');
      expect(iku.formulas[1][21]).toBe('=CAPAIAN(Q2,L2,F2)');
      expect(iku.formulas[2][col(iku, 'Capaian 2019')]).toBe('=CAPAIAN(M3,H3,F3)');
    });

    it('every formula points at its own row and year', () => {
      iku.formulas.slice(1).forEach((line, r) => {
        for (const year of [2019, 2020, 2021, 2022, 2023]) {
          const f = line[col(iku, `Capaian ${year}`)];
          const letter = (h: string) => String.fromCharCode(65 + col(iku, h));
          expect(f).toBe(
            `=CAPAIAN(${letter(`Realisasi ${year}`)}${r + 2},${letter(`Target ${year}`)}${r + 2},F${r + 2})`,
          );
        }
      });
    });

    it('formulas only in Capaian columns, written as one block; values and formulas have the same shape', () => {
      expect(iku.formulas.length).toBe(iku.values.length);
      expect(iku.formulas.every((l, i) => l.length === iku.values[i].length)).toBe(true);
      const blocks = formulaBlocks(iku.formulas);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]).toMatchObject({ row: 2, column: 18 });
      expect(blocks[0].formulas[0]).toHaveLength(5);
      expect(
        iku.values
          .slice(1)
          .flat()
          .every((v) => v === ''),
      ).toBe(true);
    });

    it('Polaritas is a Positif/Negatif dropdown that rejects other text; Capaian shows 2 decimals (0.00)', () => {
      expect(iku.validations).toEqual([
        expect.objectContaining({ range: 'F2:F', kind: 'list', values: ['Positif', 'Negatif'], allowInvalid: false }),
      ]);
      expect(iku.numberFormats).toEqual([{ range: 'R2:V', format: '0.00' }]);
    });

    it('has a header note on the columns it explains, in Indonesian, and a frozen bold header', () => {
      expect(iku.headerNotes).toHaveLength(iku.values[0].length);
      expect(iku.headerNotes[col(iku, 'Capaian 2019')]).toMatch(/CAPAIAN/);
      expect(iku.headerNotes[col(iku, 'Capaian 2020')]).toBe('');
      expect(iku.headerNotes[col(iku, 'Polaritas')]).toMatch(/Negatif/);
      expect(iku).toMatchObject({ frozenRows: 1, boldHeader: true });
    });
  });

  describe('year columns', () => {
    const headersOf = (hint: Parameters<typeof planTemplate>[1]) =>
      sheet(planTemplate([], hint, NOW), 'AKIP').values[0].slice(2);

    it('from Profil Periode Renstra (2019-2023 → five years)', () => {
      expect(headersOf({ periodeRenstra: '2019-2023' })).toEqual(['2019', '2020', '2021', '2022', '2023']);
    });

    it('widened to the reporting year when it is outside the Renstra (transition year 2024)', () => {
      expect(headersOf({ tahun: 2024, periodeRenstra: '2019 – 2023' })).toEqual([
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
      ]);
    });

    it('from Profil Tahun and the four before when there is no period', () => {
      expect(headersOf({ tahun: 2023 })).toEqual(['2019', '2020', '2021', '2022', '2023']);
    });

    it('the current year and the four before when Profil gives nothing usable', () => {
      expect(headersOf(undefined)).toEqual(['2020', '2021', '2022', '2023', '2024']);
      expect(headersOf({ periodeRenstra: 'lima tahun' })).toEqual(['2020', '2021', '2022', '2023', '2024']);
    });
  });

  describe('Narasi', () => {
    it('writes the row form Bagian | Kunci | Teks with the known parts in Bagian, Kunci and Teks blank', () => {
      const narasi = sheet(planTemplate([], undefined, NOW), 'Narasi');
      expect(narasi.values[0]).toEqual(['Bagian', 'Kunci', 'Teks']);
      const bagian = narasi.values.slice(1).map((r) => r[0]);
      for (const part of [
        'Kata Pengantar',
        'Tugas dan Fungsi',
        'Struktur Organisasi',
        'Isu Strategis',
        'Hasil Reviu',
      ]) {
        expect(bagian).toContain(part);
      }
      for (const part of ['Faktor Pendukung', 'Faktor Penghambat', 'Upaya', 'Kesimpulan', 'Saran', 'Gambar']) {
        expect(bagian).toContain(part);
      }
      expect(narasi.values.slice(1).every((r) => r[1] === '' && r[2] === '')).toBe(true);
      expect(narasi.headerNotes[1]).toMatch(/No indikator/);
    });
  });

  describe('DPA and IKM', () => {
    const plan = planTemplate([], undefined, NOW);

    it('DPA: rupiah columns as #,##0, Kode as plain text so 7.01.01 stays a code', () => {
      const dpa = sheet(plan, 'DPA');
      expect(dpa.numberFormats).toEqual([
        { range: 'A2:A', format: '@' },
        { range: 'E2:E', format: '#,##0' },
        { range: 'H2:H', format: '#,##0' },
        // Pagu Murni (optional, after Sasaran and Jenis Belanja), then Realisasi TW I–IV.
        { range: 'L2:P', format: '#,##0' },
      ]);
      expect(dpa.values).toHaveLength(1);
      expect(dpa.headerNotes[0]).toMatch(/7\.01\.01/);
    });

    it('IKM: U1–U9 accept whole numbers 1–4 only (PermenPAN-RB 14/2017), with no example respondent', () => {
      const ikm = sheet(plan, 'IKM');
      expect(ikm.validations).toEqual([
        expect.objectContaining({
          range: 'G2:O',
          kind: 'whole-between',
          min: 1,
          max: 4,
          allowInvalid: false,
          formula: '=AND(ISNUMBER(G2),G2=INT(G2),G2>=1,G2<=4)',
        }),
      ]);
      expect(ikm.values).toHaveLength(1);
    });
  });

  describe('Profil, Narasi, AKIP rows', () => {
    const plan = planTemplate([], { tahun: 2023, periodeRenstra: '2019-2023' }, NOW);

    it('Profil lists every key in column A with an empty Nilai; the NIP cell is plain text', () => {
      const profil = sheet(plan, 'Profil');
      expect(profil.values.slice(1).map((r) => r[0])).toEqual(PROFIL_KEYS.map((k) => k.key));
      expect(profil.values.slice(1).every((r) => r[1] === '')).toBe(true);
      expect(profil.numberFormats).toEqual([{ range: 'B9', format: '@' }]);
      expect(profil.values[8][0]).toBe('NIP');
    });

    it('Narasi lists the report parts in column A', () => {
      expect(
        sheet(plan, 'Narasi')
          .values.slice(1)
          .map((r) => r[0]),
      ).toEqual([...NARASI_PARTS]);
    });

    it('AKIP: PermenPAN-RB 88/2021 components weighted 30/30/15/25, then Nilai Akhir (SUM) and Predikat (PREDIKAT_AKIP)', () => {
      const akip = sheet(plan, 'AKIP');
      expect(akip.values.slice(1).map((r) => [r[0], r[1]])).toEqual([
        ['Perencanaan Kinerja', 30],
        ['Pengukuran Kinerja', 30],
        ['Pelaporan Kinerja', 15],
        ['Evaluasi Akuntabilitas Kinerja Internal', 25],
        ['Nilai Akhir', ''],
        ['Predikat', ''],
      ]);
      // Column C is 2019; components in rows 2–5, Nilai Akhir row 6, Predikat row 7.
      expect(akip.formulas[5][1]).toBe('=SUM(B2:B5)');
      expect(akip.formulas[5][2]).toBe('=IF(COUNT(C2:C5)=0,"",SUM(C2:C5))');
      expect(akip.formulas[6][6]).toBe('=PREDIKAT_AKIP(G6)');
      expect(formulaBlocks(akip.formulas).map((b) => [b.row, b.column, b.formulas[0].length])).toEqual([
        [6, 2, 6],
        [7, 3, 5],
      ]);
    });
  });

  describe('templateMessage', () => {
    it('says what was created and what was left alone, in Indonesian', () => {
      const plan = planTemplate(['Profil', 'IKU', 'DPA', 'Narasi'], { tahun: 2023, periodeRenstra: '2019-2023' }, NOW);
      expect(templateMessage(plan)).toBe(
        'Dibuat: IKM, AKIP, Renaksi, PK Pejabat. Dibiarkan (sudah ada): Profil, IKU, DPA, Narasi. Kolom tahun 2019–2023 (dari Periode Renstra di Profil).',
      );
    });
  });
});

describe('Renaksi', () => {
  const ikuValues = exampleJson().sheets.find((s) => s.name === 'IKU')?.values ?? [];
  const plan = planTemplate(['Profil', 'IKU', 'DPA'], { tahun: 2023 }, NOW, ikuRowsHint(ikuValues));
  const renaksi = sheet(plan, 'Renaksi');

  it('lists each IKU indicator (No and name) under the LAYOUT headers, quarters left blank', () => {
    expect(renaksi.values[0]).toEqual(RENAKSI_HEADER);
    expect(renaksi.values.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['1', 'Indeks Kepuasan Masyarakat (IKM)', ''],
      ['2', 'Nilai AKIP', ''],
    ]);
    expect(renaksi.values.slice(1).every((r) => r.slice(2).every((v) => v === ''))).toBe(true);
    expect(templateMessage(plan)).toContain('Renaksi berisi 2 indikator dari sheet IKU.');
  });

  it('Cara Hitung is a dropdown of the three ways; notes say how targets and realisasi are written', () => {
    expect(renaksi.validations).toEqual([
      expect.objectContaining({
        range: 'C2:C',
        kind: 'list',
        values: ['Kumulatif', 'Nilai Akhir', 'Rata-rata'],
        allowInvalid: false,
      }),
    ]);
    expect(renaksi.headerNotes[col(renaksi, 'Target TW I')]).toMatch(/sampai dengan akhir triwulan/);
    expect(renaksi.headerNotes[col(renaksi, 'Target TW II')]).toBe('');
    expect(renaksi.headerNotes[col(renaksi, 'Realisasi TW I')]).toMatch(/triwulan itu saja/);
  });

  it('read back with the example IKU: linked to both indicators and no finding', () => {
    const raw = {
      name: 'x',
      sheets: [
        { name: 'IKU', values: ikuValues },
        { name: 'Renaksi', values: renaksi.values },
      ],
    };
    const { workbook, findings } = readWorkbook(raw);
    expect(findings.filter((f) => f.sheet === 'Renaksi')).toEqual([]);
    expect(workbook.renaksi?.rows.map((r) => r.iku?.no)).toEqual(['1', '2']);
  });

  it('without IKU, Renaksi is the header row alone', () => {
    expect(sheet(planTemplate([], undefined, NOW), 'Renaksi').values).toHaveLength(1);
  });
});

describe('formulaBlocks', () => {
  it('never covers a cell without a formula (setFormulas would clear it)', () => {
    const blocks = formulaBlocks([
      ['', '=A', '=B', ''],
      ['', '=C', '', '=D'],
      ['', '=E', '', '=F'],
    ]);
    expect(blocks).toEqual([
      { row: 1, column: 2, formulas: [['=A', '=B']] },
      { row: 2, column: 2, formulas: [['=C'], ['=E']] },
      { row: 2, column: 4, formulas: [['=D'], ['=F']] },
    ]);
  });
});

describe('widthRuns', () => {
  it('merges neighbouring equal widths into one setColumnWidths call', () => {
    expect(widthRuns([45, 220, 220, 90])).toEqual([
      { start: 1, count: 1, width: 45 },
      { start: 2, count: 2, width: 220 },
      { start: 4, count: 1, width: 90 },
    ]);
  });
});
