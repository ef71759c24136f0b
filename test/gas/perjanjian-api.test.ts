import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, type WorkbookJson } from '../../emulator/index';
import { exampleJson } from '../fixtures/example';
import { docsCalls, text } from './doc-json';
import { sheet } from '../fixtures/messy-workbooks';
import { withPkPejabat } from '../fixtures/pk-pejabat';

// "Buat Perjanjian Kinerja" through the built bundle (dist/) in the emulator. Every figure is read
// back from the Doc as documents.get returns it (what `lkjip perjanjian` writes as document.json)
// and compared with the workbook's own cells: the IKU Target of the year, the DPA Pagu of the code.

type ApiDoc = GoogleAppsScript.Docs.Schema.Document;
type Cell = string | number | boolean;

interface Result {
  status: string;
  url?: string;
  name?: string;
  langkah?: string[];
  findings?: { severity: string; code: string; sheet: string; cell: string; message: string }[];
  counts: { error: number; warning: number };
}

function run(workbook: WorkbookJson) {
  const em = createEmulator({ workbook: structuredClone(workbook) });
  const ctx = loadBundle(em);
  return {
    em,
    buat: (lanjut = false) => ctx.buatPerjanjianKinerja(lanjut) as Result,
    generate: (lanjut = false) => ctx.generateLkjip(lanjut) as Result,
  };
}

interface DocTable {
  rows: string[][];
  /** Width-0 borders: a party's Nama/Jabatan grid or the signatures. */
  borderless: boolean;
}

/** Body elements in order: a paragraph's text, or a table's cell texts. */
function body(api: ApiDoc): (string | DocTable)[] {
  return (api.body?.content ?? []).flatMap((e): (string | DocTable)[] => {
    if (e.table) {
      const rows = (e.table.tableRows ?? []).map((r) => (r.tableCells ?? []).map((c) => text(c.content)));
      const first = e.table.tableRows?.[0]?.tableCells?.[0] as {
        tableCellStyle?: { borderTop?: { width?: { magnitude?: number } } };
      };
      return [{ rows, borderless: first?.tableCellStyle?.borderTop?.width?.magnitude === 0 }];
    }
    const t = text([e]);
    return t ? [t] : [];
  });
}

/** One Perjanjian Kinerja as read back: its parties, signatures, date lines, target and anggaran rows. */
interface Pk {
  title: string;
  /** [pertama, kedua]: [Nama, Jabatan] each. */
  parties: string[][];
  /** Each signature row: [PIHAK KEDUA's lines, PIHAK PERTAMA's lines]. */
  signatures: string[][][];
  dates: string[];
  targets: string[][];
  anggaran: string[][];
}

/** The PKs of a document: each starts at its `PERJANJIAN KINERJA … TAHUN` title. */
function pks(api: ApiDoc): Pk[] {
  const out: Pk[] = [];
  let pk: Pk | null = null;
  for (const el of body(api)) {
    if (typeof el === 'string') {
      // The title and the unit's lines are one paragraph, a line break between them.
      const [first] = el.split('\u000b');
      if (/^PERJANJIAN KINERJA( PERUBAHAN)? TAHUN \d{4}$/.test(first)) {
        pk = { title: el, parties: [], signatures: [], dates: [], targets: [], anggaran: [] };
        out.push(pk);
      } else if (pk && /^[^,]+, (\d{1,2} \S+|\.+) \d{4}$/.test(el)) pk.dates.push(el);
      continue;
    }
    if (!pk) continue;
    if (el.borderless && el.rows[0][0].startsWith('Nama')) pk.parties.push(el.rows[0][2].split('\n'));
    else if (el.borderless) pk.signatures.push(el.rows[0].map((c) => c.split('\n')));
    else if (el.rows[0].includes('Indikator Kinerja')) pk.targets = el.rows;
    else pk.anggaran = el.rows;
  }
  return out;
}

/** Indonesian money text to a number of rupiah (exact for these sizes). */
const rupiah = (s: string) => Number(s.replace(/\./g, ''));

function workbookPagu(wb: WorkbookJson): Map<string, number> {
  const [header, ...rows] = sheet(wb, 'DPA').values as Cell[][];
  const kode = header.indexOf('Kode');
  const pagu = header.indexOf('Pagu (Rp)');
  return new Map(
    rows.map((r) => [
      String(r[kode]),
      typeof r[pagu] === 'number' ? (r[pagu] as number) : rupiah(String(r[pagu]).replace(/,00$/, '')),
    ]),
  );
}

const DOTS = '.'.repeat(45);
const TARGETS_2023 = [
  // The example's IKU, Target 2023 (columns Indikator Kinerja, Satuan, Target 2023): 88.37 and 72.6,
  // printed with the report's 2 decimals as the IKU rows carry decimals.
  [
    '1',
    'Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik',
    'Indeks Kepuasan Masyarakat (IKM)',
    'Nilai',
    '88,37',
  ],
  ['2', 'Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah', 'Nilai AKIP', 'Nilai', '72,60'],
];

describe('buatPerjanjianKinerja on the example (no Nama Atasan, no Tanggal PK in Profil)', () => {
  const wb = exampleJson();
  const { em, buat } = run(wb);
  em.counter.reset();
  const result = buat(false);
  const api = em.docApiJson(em.documents[0]);
  const [pk] = pks(api);

  it('is not held by the LKjIP warnings (capaian, AKIP, DPA output targets): one click, a new Doc PK <Instansi> Tahun 2023', () => {
    expect(result.status).toBe('ok');
    expect(result.counts).toEqual({ error: 0, warning: 0 });
    expect(result.name).toMatch(/^PK Kecamatan Lima Puluh Pesisir Tahun 2023 – \d{1,2} \w+ \d{4} \d{2}\.\d{2}$/);
    expect(result.langkah).toEqual([
      'Membaca data',
      'Memeriksa data',
      'Menyusun PK Kecamatan Lima Puluh Pesisir',
      'Menulis dokumen',
      'Selesai',
    ]);
  });

  it('writes the Doc in at most 10 Docs calls', () => {
    expect(docsCalls(em)).toBeLessThanOrEqual(10);
    expect(em.counter.counts()['Docs.Documents.create']).toBe(1);
  });

  it('one PK with both parties: the camat, and the Bupati of the pemda on a dotted name line', () => {
    expect(pks(api)).toHaveLength(1);
    expect(pk.title.split('\u000b')).toEqual([
      'PERJANJIAN KINERJA TAHUN 2023',
      'KECAMATAN LIMA PULUH PESISIR',
      'KABUPATEN BATU BARA',
    ]);
    expect(pk.parties).toEqual([
      ['SABRI, SH.I, MH', 'Camat Lima Puluh Pesisir'],
      [DOTS, 'Bupati Batu Bara'],
    ]);
    // Signed on the statement and again on the lampiran, PIHAK KEDUA left.
    expect(pk.signatures).toHaveLength(2);
    for (const [kedua, pertama] of pk.signatures) {
      expect(kedua).toEqual(['PIHAK KEDUA,', 'BUPATI BATU BARA', DOTS]);
      expect(pertama).toEqual([
        'PIHAK PERTAMA,',
        'CAMAT LIMA PULUH PESISIR',
        'SABRI, SH.I, MH',
        'PENATA TK.I',
        'NIP. 19780607 201001 1 013',
      ]);
    }
  });

  it('dated with a dotted line in 2023, never the LKjIP date 31 Januari 2024', () => {
    expect(pk.dates).toEqual([`Perupuk, ${'.'.repeat(30)} 2023`, `Perupuk, ${'.'.repeat(30)} 2023`]);
    expect(JSON.stringify(api)).not.toContain('31 Januari 2024');
  });

  it('every target is the IKU Target 2023 of its indicator', () => {
    expect(pk.targets.slice(1)).toEqual(TARGETS_2023);
  });

  it('every anggaran is the DPA pagu of its code, and JUMLAH is their sum: 2.216.552.780', () => {
    const pagu = workbookPagu(wb);
    const rows = pk.anggaran.slice(1, -1);
    expect(rows.map((r) => r[1])).toEqual(['7.01.01', '7.01.02', '7.01.03', '7.01.04', '7.01.05', '7.01.06']);
    for (const r of rows) expect(rupiah(r[3]), r[1]).toBe(pagu.get(r[1]));
    const total = pk.anggaran[pk.anggaran.length - 1];
    expect(total.slice(2)).toEqual(['JUMLAH', '2.216.552.780']);
    expect(rows.reduce((s, r) => s + rupiah(r[3]), 0)).toBe(2_216_552_780);
  });

  it('logs a Riwayat row for the Perjanjian Kinerja', () => {
    const riwayat = em.spreadsheet.inspectSheet('Riwayat');
    expect(riwayat.cellAt(1, 6)?.value).toBe('Jenis');
    expect(riwayat.cellAt(2, 3)?.value).toBe(result.url);
    expect(riwayat.cellAt(2, 6)?.value).toBe('Perjanjian Kinerja');
  });
});

describe('buatPerjanjianKinerja with Nama Atasan and Tanggal PK in Profil', () => {
  const wb = exampleJson();
  (sheet(wb, 'Profil').values as Cell[][]).push(['Nama Atasan', 'Ir. H. ZAHIR, M.AP'], ['Tanggal PK', '2023-01-05']);
  const { em, buat } = run(wb);
  const result = buat(false);
  const [pk] = pks(em.docApiJson(em.documents[0]));

  it('names PIHAK KEDUA and dates both signatures 5 Januari 2023', () => {
    expect(result.status).toBe('ok');
    expect(pk.parties[1]).toEqual(['Ir. H. ZAHIR, M.AP', 'Bupati Batu Bara']);
    expect(pk.signatures.map(([kedua]) => kedua)).toEqual([
      ['PIHAK KEDUA,', 'BUPATI BATU BARA', 'Ir. H. ZAHIR, M.AP'],
      ['PIHAK KEDUA,', 'BUPATI BATU BARA', 'Ir. H. ZAHIR, M.AP'],
    ]);
    expect(pk.dates).toEqual(['Perupuk, 5 Januari 2023', 'Perupuk, 5 Januari 2023']);
    expect(pk.targets.slice(1)).toEqual(TARGETS_2023);
  });
});

describe('buatPerjanjianKinerja with a PK Pejabat sheet of three officials', () => {
  const wb = withPkPejabat();
  const { em, buat } = run(wb);
  em.counter.reset();
  const result = buat(false);
  const all = pks(em.docApiJson(em.documents[0]));
  const pagu = workbookPagu(wb);

  it('the instansi PK and one per official, each step named, in at most 10 Docs calls', () => {
    expect(result.status).toBe('ok');
    expect(result.langkah).toEqual([
      'Membaca data',
      'Memeriksa data',
      'Menyusun PK Kecamatan Lima Puluh Pesisir',
      'Menyusun PK Sekretaris Kecamatan Lima Puluh Pesisir',
      'Menyusun PK Kepala Seksi Pemerintahan',
      'Menyusun PK Kepala Sub Bagian Perencanaan dan Keuangan',
      'Menulis dokumen',
      'Selesai',
    ]);
    expect(all).toHaveLength(4);
    expect(docsCalls(em)).toBeLessThanOrEqual(10);
  });

  it('both parties on every PK, the official with their atasan (a dotted line for a blank Nama Atasan)', () => {
    expect(all.map((pk) => pk.parties)).toEqual([
      [
        ['SABRI, SH.I, MH', 'Camat Lima Puluh Pesisir'],
        [DOTS, 'Bupati Batu Bara'],
      ],
      [
        ['RAHMAT HIDAYAT, S.Sos', 'Sekretaris Kecamatan Lima Puluh Pesisir'],
        ['SABRI, SH.I, MH', 'Camat Lima Puluh Pesisir'],
      ],
      [
        ['SITI AMINAH, SE', 'Kepala Seksi Pemerintahan'],
        ['SABRI, SH.I, MH', 'Camat Lima Puluh Pesisir'],
      ],
      [
        ['M. YUSUF, A.Md', 'Kepala Sub Bagian Perencanaan dan Keuangan'],
        [DOTS, 'Sekretaris Kecamatan Lima Puluh Pesisir'],
      ],
    ]);
    for (const pk of all) {
      expect(pk.signatures).toHaveLength(2);
      for (const [kedua, pertama] of pk.signatures) {
        expect(kedua[0]).toBe('PIHAK KEDUA,');
        expect(pertama[0]).toBe('PIHAK PERTAMA,');
      }
    }
    expect(all[3].signatures[0]).toEqual([
      ['PIHAK KEDUA,', 'SEKRETARIS KECAMATAN LIMA PULUH PESISIR', DOTS, 'NIP. 19800312 200501 1 004'],
      ['PIHAK PERTAMA,', 'KEPALA SUB BAGIAN PERENCANAAN DAN KEUANGAN', 'M. YUSUF, A.Md', 'NIP. 19900101 201503 1 002'],
    ]);
  });

  it("each official's targets as typed in PK Pejabat, Sasaran carried down; the instansi's the IKU targets", () => {
    expect(all[0].targets.slice(1)).toEqual(TARGETS_2023);
    expect(all[1].targets.slice(1)).toEqual([
      [
        '1',
        'Meningkatnya kualitas perencanaan dan pelaporan kinerja',
        'Persentase dokumen perencanaan dan pelaporan yang tersusun tepat waktu',
        '%',
        '100',
      ],
      // The IKU indicator the sekretaris shares prints as IKU prints it: 72,60.
      ['2', '', 'Nilai AKIP', 'Nilai', '72,60'],
    ]);
    expect(all[3].targets.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['Jumlah dokumen perencanaan yang disusun', '4'],
      ['Persentase laporan keuangan tepat waktu', '80 – 90'],
    ]);
  });

  it('every anggaran is the DPA pagu of its code, the DPA Uraian beside it, and each JUMLAH adds up', () => {
    const expected: [string[], number][] = [
      [['7.01.01'], 1_738_126_580],
      [['7.01.05', '7.01.06'], 149_872_369 + 6_202_500],
      // 7.01.01.2.01.0001 is inside 7.01.01.2.01's pagu: counted once.
      [['7.01.01.2.01', '7.01.01.2.01.0001', '7.01.01.2.02'], 5_049_000 + 1_118_540_168],
    ];
    expected.forEach(([codes, total], i) => {
      const rows = all[i + 1].anggaran.slice(1, -1);
      expect(rows.map((r) => r[1])).toEqual(codes);
      for (const r of rows) expect(rupiah(r[3]), r[1]).toBe(pagu.get(r[1]));
      const jumlah = all[i + 1].anggaran[all[i + 1].anggaran.length - 1];
      expect(jumlah[2]).toBe('JUMLAH');
      expect(rupiah(jumlah[3])).toBe(total);
    });
    expect(all[3].anggaran[0][2]).toBe('Program/Kegiatan');
    expect(all[3].anggaran[3][2]).toBe('Administrasi Keuangan Perangkat Daerah');
  });

  it('the LKjIP is not held up by PK Pejabat, and ignores it', () => {
    const broken = run(withPkPejabat((rows) => (rows[0][9] = '')));
    expect(broken.buat(true).status).toBe('blocked');
    expect(broken.generate(true).status).toBe('ok');
  });
});

describe('buatPerjanjianKinerja refuses on PK Pejabat errors, at their cells', () => {
  it('an indicator without target, an anggaran unlike the DPA pagu, an unknown code, an official without atasan', () => {
    const wb = withPkPejabat((rows) => {
      rows[1][9] = ''; // J3: Nilai AKIP without target
      rows[4][12] = 5_000_000; // M6: 5.000.000 typed, DPA pagu of 7.01.01.2.01 is 5.049.000
      rows[3][10] = '7.01.09'; // K5: no such DPA code
      rows[2][5] = ''; // F4: Kepala Seksi Pemerintahan without Jabatan Atasan
    });
    const { em, buat } = run(wb);
    const r = buat(true);
    expect(r.status).toBe('blocked');
    expect(r.findings!.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      'missing-value PK Pejabat!J3',
      'missing-value PK Pejabat!F4',
      'unknown-code PK Pejabat!K5',
      'anggaran-mismatch PK Pejabat!M6',
    ]);
    expect(r.findings![3].message).toContain('Rp 5.000.000');
    expect(r.findings![3].message).toContain('pagu DPA Rp 5.049.000 (DPA!E3)');
    expect(em.documents).toHaveLength(0);
  });

  it('a PK Pejabat warning (a NIP of 17 digits) asks first; Lanjutkan writes the Doc', () => {
    const { em, buat } = run(withPkPejabat((rows) => (rows[0][1] = '19800312 200501 1 04')));
    const first = buat(false);
    expect(first.status).toBe('needs-confirmation');
    expect(first.findings!.map((f) => `${f.code} ${f.cell}`)).toEqual(['bad-nip B2']);
    expect(em.documents).toHaveLength(0);
    expect(buat(true).status).toBe('ok');
  });
});

describe('a PK is signed at the start of the year, before any realisasi', () => {
  it('with Realisasi 2023 still blank the LKjIP is refused, the PK is written', () => {
    const wb = exampleJson();
    const iku = sheet(wb, 'IKU').values as Cell[][];
    const col = iku[0].indexOf('Realisasi 2023');
    for (const row of iku.slice(1)) row[col] = '';
    // Nor the year's survey and LHE, which would give the IKM and AKIP indicators their realisasi.
    wb.sheets = wb.sheets.filter((s) => s.name !== 'IKM' && s.name !== 'AKIP');
    const { generate, buat } = run(wb);
    const lkjip = generate(true);
    expect(lkjip.status).toBe('blocked');
    expect(lkjip.findings!.map((f) => f.cell)).toEqual(['P2', 'P3']);
    expect(buat(false).status).toBe('ok');
  });
});

describe('PK Perubahan', () => {
  it('Pagu Murni differing on one program: the title says PERUBAHAN, murni beside perubahan, both totals', () => {
    const wb = exampleJson();
    const dpa = sheet(wb, 'DPA').values as Cell[][];
    dpa[0].push('Pagu Murni (Rp)');
    // 7.01.01 was 1.758.126.580 before the APBD-P (20.000.000 more); the others unchanged.
    for (const row of dpa.slice(1)) row.push(row[0] === '7.01.01' ? 1_758_126_580 : '');
    const { em, buat } = run(wb);
    expect(buat(false).status).toBe('ok');
    const [pk] = pks(em.docApiJson(em.documents[0]));
    expect(pk.title.split('\u000b')[0]).toBe('PERJANJIAN KINERJA PERUBAHAN TAHUN 2023');
    expect(pk.anggaran[0]).toEqual(['No', 'Kode', 'Program', 'Anggaran Murni (Rp)', 'Anggaran Perubahan (Rp)']);
    expect(pk.anggaran[1].slice(3)).toEqual(['1.758.126.580', '1.738.126.580']);
    expect(pk.anggaran[2].slice(3)).toEqual(['3.146.000', '3.146.000']);
    expect(pk.anggaran[pk.anggaran.length - 1].slice(2)).toEqual(['JUMLAH', '2.236.552.780', '2.216.552.780']);
    expect(em.documents[0].name).toMatch(/^PK /);
  });

  it('Profil Jenis PK = Perubahan without Pagu Murni: PERUBAHAN, the murni not known (-)', () => {
    const wb = exampleJson();
    (sheet(wb, 'Profil').values as Cell[][]).push(['Jenis PK', 'Perubahan']);
    const { em, buat } = run(wb);
    expect(buat(false).status).toBe('ok');
    const [pk] = pks(em.docApiJson(em.documents[0]));
    expect(pk.title.split('\u000b')[0]).toBe('PERJANJIAN KINERJA PERUBAHAN TAHUN 2023');
    expect(pk.anggaran[1].slice(3)).toEqual(['-', '1.738.126.580']);
  });
});

describe('one document at a time', () => {
  it('while the LKjIP holds the lock, the PK says a document is being written', () => {
    const { em, buat } = run(exampleJson());
    const release = em.locks.hold('document');
    expect(() => buat(true)).toThrow(/Sebuah dokumen sedang disusun .*Tunggu/);
    release();
    expect(em.documents).toHaveLength(0);
  });
});
