import { Decimal, HUNDRED, round } from '../decimal';
import { SKALA_MUTU_IKM, UNSUR_IKM } from '../ikm';
import { formatCount, formatId } from '../numbers';
import { ikmPerLayanan } from '../skm/per-layanan';
import type { Ikm } from '../layout/model';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { gabung, nyatakan } from './claims';
import { jumlahKata, kapital, paragraf, paragrafKlaim } from './sentences';
import { tabel } from './table';

const TIDAK_DIISI = 'Tidak diisi';

/**
 * NRR is printed with 4 decimals: the mutu scale of PermenPAN-RB 14/2017 draws its interval
 * bounds at 4 decimals (3,0644 / 3,5324), and at 2 decimals most unsur would look alike.
 */
const NRR_PLACES = 4;

function unsurName(header: string, i: number): string {
  const name = header.replace(/^\s*U\s*\d+\s*[.:-]?\s*/i, '').trim();
  return name || UNSUR_IKM[i] || `Unsur ${i + 1}`;
}

/**
 * Respondent profile: each percentage is its own count over the group total, rounded half up
 * (216/365 = 59,18%), so a group's printed percentages may add up to 100,01 or 99,99; we do not
 * bend a value to force 100,00, and say so under the table when it happens.
 */
const PENDIDIKAN = [
  'tidak sekolah',
  'sd',
  'smp',
  'sltp',
  'sma',
  'slta',
  'smk',
  'd1',
  'di',
  'd2',
  'dii',
  'd3',
  'diii',
  'd4',
  'div',
  's1',
  'si',
  's2',
  'sii',
  's3',
  'siii',
];

/** Where a category sorts: education by level, ages and other ranges by their first number. */
function rank(label: string): number | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[\s./-]/g, '');
  const edu = PENDIDIKAN.indexOf(key);
  if (edu >= 0) return edu;
  const m = /^\s*([<>≤≥]?)\s*(\d+)/.exec(label);
  if (!m) return null;
  const n = Number(m[2]);
  return m[1] === '<' || m[1] === '≤' ? n - 0.5 : m[1] === '>' || m[1] === '≥' ? n + 0.5 : n;
}

/** Categories in a reader's order: by level or range when every label has one, else most frequent first; `Tidak diisi` last. */
function ordered(counts: { label: string; count: number }[]): { label: string; count: number }[] {
  const filled = counts.filter((c) => c.label !== TIDAK_DIISI);
  const blank = counts.filter((c) => c.label === TIDAK_DIISI);
  const ranks = filled.map((c) => rank(c.label));
  const sorted = ranks.every((r) => r !== null)
    ? filled
        .map((c, i) => ({ c, r: ranks[i] as number }))
        .sort((a, b) => a.r - b.r)
        .map((x) => x.c)
    : [...filled].sort((a, b) => b.count - a.count);
  return [...sorted, ...blank];
}

function profilTable(ctx: ReportContext): Block[] {
  const ikm = ctx.wb.ikm!;
  const groups = ikm.profile.filter((g) => g.counts.some((c) => c.count > 0));
  if (groups.length === 0) return [];
  const rows: string[][] = [];
  const boldRows: number[] = [];
  let uneven = false;
  groups.forEach((g, gi) => {
    const counts = ordered(g.counts);
    const total = counts.reduce((s, c) => s + c.count, 0);
    let sum = new Decimal(0);
    counts.forEach((c, i) => {
      const p = round(new Decimal(c.count).div(total).times(HUNDRED));
      sum = sum.plus(p);
      rows.push([i === 0 ? String(gi + 1) : '', i === 0 ? g.name : '', c.label, formatCount(c.count), formatId(p)]);
    });
    if (!sum.eq(100)) uneven = true;
    boldRows.push(rows.length);
    rows.push(['', '', 'Jumlah', formatCount(total), formatId(new Decimal(100))]);
  });
  return [
    tabel(
      ctx,
      '3',
      `Profil Responden Survei Kepuasan Masyarakat Tahun ${ctx.tahun}`,
      ['No', 'Karakteristik', 'Kategori', 'Jumlah', 'Persentase (%)'],
      rows,
      ['center', 'left', 'left', 'right', 'right'],
      {
        boldRows,
        note: uneven
          ? 'Setiap persentase dibulatkan dua desimal, sehingga jumlahnya dapat berselisih 0,01 dari 100,00.'
          : undefined,
      },
    ),
  ];
}

/** NIK and mutu per Jenis Layanan with their respondents, and the whole as the last row. */
function layananBlocks(ctx: ReportContext, ikm: Ikm, responden: number, nik: Decimal, mutu: string): Block[] {
  const groups = ikmPerLayanan(ikm);
  if (groups.length < 2) return [];
  const rows = groups.map((g, i) => [
    String(i + 1),
    g.layanan,
    formatCount(g.responden),
    g.nik ? formatId(g.nik) : '-',
    g.mutu ? `${g.mutu.mutu} (${g.mutu.kinerja})` : '-',
  ]);
  rows.push(['', 'Seluruh layanan', formatCount(responden), formatId(nik), mutu]);
  const scored = groups.flatMap((g) => (g.nik ? [{ ...g, nik: g.nik }] : []));
  const blocks: Block[] = [
    tabel(
      ctx,
      '3',
      `Indeks Kepuasan Masyarakat per Jenis Layanan Tahun ${ctx.tahun}`,
      ['No', 'Jenis Layanan', 'Jumlah Responden', 'NIK', 'Mutu Pelayanan'],
      rows,
      ['center', 'left', 'right', 'right', 'left'],
      {
        totalRow: true,
        note:
          scored.length < groups.length
            ? 'Tanda "-": pada layanan tersebut ada unsur yang tidak dijawab satu responden pun, sehingga NIK-nya tidak dapat dihitung.'
            : undefined,
      },
    ),
  ];
  if (scored.length >= 2) {
    const high = scored.reduce((a, b) => (b.nik.gt(a.nik) ? b : a));
    const low = scored.reduce((a, b) => (b.nik.lt(a.nik) ? b : a));
    if (!high.nik.eq(low.nik)) {
      const nama = ctx.sebut('Indeks Kepuasan Masyarakat (IKM)');
      blocks.push(
        paragrafKlaim(
          nyatakan(
            `Menurut jenis layanan, ${nama} tertinggi diperoleh layanan ${high.layanan} (NIK ${formatId(high.nik)}, ${formatCount(high.responden)} responden) dan terendah layanan ${low.layanan} (NIK ${formatId(low.nik)}, ${formatCount(low.responden)} responden).`,
            { jenis: 'peringkat', lingkup: 'layanan-ikm', terendah: low.layanan, tertinggi: high.layanan },
          ),
        ),
      );
    }
  }
  return blocks;
}

export function ikmBlocks(ctx: ReportContext): Block[] {
  const ikm = ctx.wb.ikm;
  const fig = ctx.fig.ikm;
  if (!ikm) return [];
  if (!fig) {
    return [paragraf('Data survei kepuasan masyarakat belum lengkap, sehingga hasil survei belum dapat disajikan.')];
  }
  const r = fig.result;
  const n = r.nrr.length;
  const names = r.nrr.map((_, i) => unsurName(ikm.unsurHeaders[i] ?? '', i));
  const nrr = r.nrr.map((x) => round(x, NRR_PLACES));
  const tertimbang = r.nrr.map((x) => round(x.div(n), NRR_PLACES));
  const ikmPrinted = round(r.ikm, NRR_PLACES);
  const sumPrinted = tertimbang.reduce((s, x) => s.plus(x), new Decimal(0));
  let low = 0;
  let high = 0;
  nrr.forEach((x, i) => {
    if (x.lt(nrr[low])) low = i;
    if (x.gt(nrr[high])) high = i;
  });
  const mutu = `${fig.mutu.mutu} (${fig.mutu.kinerja})`;
  // One row of values is a row of NRR (docs/rules.md#ikm): the sheet then gives averages, not respondents.
  const barisNrr = ikm.answers.length === 1;
  const survei = barisNrr
    ? nyatakan(
        `Survei Kepuasan Masyarakat Tahun ${ctx.tahun} dilaksanakan menurut Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 dengan ${jumlahKata(n)} unsur pelayanan; hasilnya tersedia sebagai nilai rata-rata (NRR) setiap unsur.`,
        { jenis: 'jumlah', apa: 'unsur', n },
      )
    : nyatakan(
        `Survei Kepuasan Masyarakat dilaksanakan menurut Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 terhadap ${formatCount(r.responden)} responden penerima layanan pada Tahun ${ctx.tahun}, dengan ${jumlahKata(n)} unsur pelayanan yang masing-masing dinilai 1 sampai 4.`,
        { jenis: 'jumlah', apa: 'responden', n: r.responden },
        { jenis: 'jumlah', apa: 'unsur', n },
      );
  const nama = ctx.sebut('Indeks Kepuasan Masyarakat (IKM)');
  return [
    paragrafKlaim(
      gabung([
        survei,
        `Nilai ${nama} dikonversi menjadi Nilai Interval Konversi (NIK) dan mutu pelayanan menurut skala berikut.`,
      ]),
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai Indeks Kepuasan Masyarakat',
      [
        'Nilai Persepsi',
        'Nilai Interval (NI)',
        'Nilai Interval Konversi (NIK)',
        'Mutu Pelayanan',
        'Kinerja Unit Pelayanan',
      ],
      [...SKALA_MUTU_IKM].reverse().map((b, i) => [String(i + 1), b.nilaiInterval, b.nik, b.mutu, b.kinerja]),
      ['center', 'center', 'center', 'center', 'left'],
      { note: 'Sumber: Peraturan Menteri PAN-RB Nomor 14 Tahun 2017.' },
    ),
    ...profilTable(ctx),
    tabel(
      ctx,
      '3',
      `Nilai Rata-rata (NRR) per Unsur Pelayanan Tahun ${ctx.tahun}`,
      ['No', 'Unsur Pelayanan', ...(barisNrr ? [] : ['Jumlah Jawaban']), 'NRR', `NRR × Bobot (1/${n})`],
      [
        ...names.map((name, i) => [
          String(i + 1),
          name,
          ...(barisNrr ? [] : [formatCount(r.jumlahJawaban[i])]),
          formatId(nrr[i], NRR_PLACES),
          formatId(tertimbang[i], NRR_PLACES),
        ]),
        ['', 'IKM (jumlah NRR × bobot)', ...(barisNrr ? [] : ['']), '', formatId(ikmPrinted, NRR_PLACES)],
      ],
      ['center', 'left', ...(barisNrr ? [] : ['right' as const]), 'right', 'right'],
      {
        totalRow: true,
        note: sumPrinted.eq(ikmPrinted)
          ? undefined
          : 'IKM dihitung dari NRR tanpa pembulatan, sehingga dapat berselisih 0,0001 dari jumlah nilai yang tercetak.',
      },
    ),
    tabel(
      ctx,
      '3',
      `Hasil Indeks Kepuasan Masyarakat Tahun ${ctx.tahun}`,
      ['Uraian', 'Nilai'],
      [
        ...(barisNrr ? [] : [['Jumlah responden', formatCount(r.responden)]]),
        ['Indeks Kepuasan Masyarakat (IKM)', formatId(ikmPrinted, NRR_PLACES)],
        ['Nilai Interval Konversi (NIK = IKM × 25)', formatId(fig.nik)],
        ['Mutu pelayanan', mutu],
      ],
      ['left', 'right'],
    ),
    ...layananBlocks(ctx, ikm, r.responden, fig.nik, mutu),
    paragrafKlaim(
      gabung([
        nyatakan(
          `${kapital(ctx.sebut('Indeks Kepuasan Masyarakat (IKM)'))} ${ctx.instansi} Tahun ${ctx.tahun} sebesar ${formatId(fig.nik)} (NIK) dengan mutu pelayanan ${mutu}.`,
          { jenis: 'mutu-ikm', nik: formatId(fig.nik), mutu: fig.mutu.mutu },
        ),
        nrr[low].eq(nrr[high])
          ? null
          : nyatakan(
              `Unsur dengan nilai terendah adalah ${names[low]} (NRR ${formatId(nrr[low], NRR_PLACES)}) dan tertinggi ${names[high]} (NRR ${formatId(nrr[high], NRR_PLACES)}).`,
              { jenis: 'peringkat', lingkup: 'unsur-ikm', terendah: names[low], tertinggi: names[high] },
            ),
      ]),
    ),
  ];
}
