import { capaianRounded } from '../capaian';
import { Decimal } from '../decimal';
import { isInputError } from '../input-error';
import { SKALA_PERMENDAGRI_86 } from '../kategori-capaian';
import { formatId, formatMoney, formatRupiah } from '../numbers';
import { akipBlocks } from './bab3-akip';
import { efisiensiIndikator } from './bab3-efisiensi';
import { ikmBlocks } from './bab3-ikm';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { NO_VALUE, serapanOf } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, denganSatuan, jumlahKata, narasiBlocks, paragraf, perubahan } from './sentences';
import { sekaliPerKelompok, tabel } from './table';

const IKM_INDIKATOR = /kepuasan masyarakat|\bIKM\b|\bSKM\b/i;
const AKIP_INDIKATOR = /\bS?AKIP\b|akuntabilitas kinerja/i;

export function isIkmIndikator(nama: string): boolean {
  return IKM_INDIKATOR.test(nama);
}

export function isAkipIndikator(nama: string): boolean {
  return AKIP_INDIKATOR.test(nama);
}

/** Permendagri 86/2017 bands as printed ranges on the 2-decimal capaian: `76,00 – 90,99`. */
function skalaRows(): string[][] {
  const bands = SKALA_PERMENDAGRI_86;
  return bands.map((b, i) => {
    const above = i > 0 ? bands[i - 1].lower : null;
    let range: string;
    if (b.lower === null) range = `< ${formatId(bands[i - 1].lower as Decimal)}`;
    else if (above === null) range = `≥ ${formatId(b.lower)}`;
    else range = `${formatId(b.lower)} – ${formatId(above.minus('0.01'))}`;
    return [String(i + 1), range, b.label];
  });
}

/** The year before the reporting year with a realisasi, if any. */
function tahunSebelumnya(f: IndikatorFigures, tahun: number): number | null {
  const earlier = f.trendYears.filter((y) => y < tahun);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

export function tercapai(f: IndikatorFigures, tahun: number): boolean | null {
  const c = f.capaian(tahun).value;
  return c === null ? null : c.gte(100);
}

/** `Capaian indikator X tahun 2023 sebesar 99,72% (realisasi 88,12 dari target 88,37), kategori …`. */
export function kalimatCapaian(f: IndikatorFigures, tahun: number): string {
  const c = f.capaian(tahun);
  const nama = f.ind.indikator;
  if (c.value === null) return `Capaian indikator ${nama} tahun ${tahun} tidak dapat dihitung karena ${c.reason}.`;
  let s = `Capaian indikator ${nama} tahun ${tahun} sebesar ${c.text}% (realisasi ${denganSatuan(f.realisasiText(tahun), f.ind.satuan)} dari target ${denganSatuan(f.targetText(tahun), f.ind.satuan)})${c.kategori ? `, kategori ${c.kategori}` : ''}`;
  const prev = tahunSebelumnya(f, tahun);
  const now = f.realisasi(tahun);
  const before = prev === null ? null : f.realisasi(prev);
  if (prev !== null && now !== null && before !== null) {
    s += `; dibandingkan tahun ${prev} (${f.realisasiText(prev)}) ${perubahan(before, now, f.places, f.ind.polaritas !== 'positif')}`;
  }
  s += c.value.gte(100) ? `. Target tahun ${tahun} tercapai.` : `. Target tahun ${tahun} belum tercapai.`;
  return s;
}

function ringkasanTercapai(ctx: ReportContext): Block[] {
  const fig = ctx.fig;
  const met = fig.indikator.filter((f) => tercapai(f, ctx.tahun) === true);
  const missed = fig.indikator.filter((f) => tercapai(f, ctx.tahun) === false);
  const unknown = fig.indikator.filter((f) => tercapai(f, ctx.tahun) === null);
  const daftarMissed = () =>
    daftarKata(missed.map((f) => `${f.ind.indikator} dengan capaian ${f.capaian(ctx.tahun).text}%`));
  let s = `Dari ${jumlahKata(fig.indikator.length)} indikator kinerja utama, `;
  if (met.length > 0) {
    s += `${met.length} indikator mencapai target (capaian 100% atau lebih)`;
    if (missed.length > 0) s += `, sedangkan ${missed.length} indikator belum mencapai target, yaitu ${daftarMissed()}`;
  } else if (missed.length > 0) {
    s += `belum ada yang mencapai target (capaian 100% atau lebih): ${daftarMissed()}`;
  } else {
    s += 'belum ada yang dapat dinilai pencapaian targetnya';
  }
  s += '.';
  if (unknown.length > 0) s += ` Capaian ${daftarKata(unknown.map((f) => f.ind.indikator))} tidak dapat dihitung.`;
  return [paragraf(s), { type: 'list', items: fig.indikator.map((f) => kalimatCapaian(f, ctx.tahun)) }];
}

function targetRealisasi(ctx: ReportContext, heading: string): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const sasaran = sekaliPerKelompok(fig.indikator.map((f) => f.ind.sasaran.trim()));
  return [
    { type: 'heading', level: 3, text: heading },
    paragraf(
      `Capaian kinerja diukur dengan membandingkan realisasi terhadap target setiap indikator: realisasi dibagi target dikali 100% untuk indikator berpolaritas positif, dan (2 × target − realisasi) dibagi target dikali 100% untuk indikator berpolaritas negatif (makin rendah makin baik). Capaian dibulatkan dua desimal, lalu dikategorikan menurut skala berikut.`,
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai Peringkat Kinerja',
      ['No', 'Capaian (%)', 'Kategori'],
      skalaRows(),
      ['center', 'center', 'left'],
      {
        note: 'Sumber: Permendagri Nomor 86 Tahun 2017.',
      },
    ),
    tabel(
      ctx,
      '3',
      `Capaian Indikator Kinerja Utama Tahun ${t}`,
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      fig.indikator.map((f, i) => {
        const c = f.capaian(t);
        return [
          String(f.nomor),
          sasaran[i],
          f.ind.indikator,
          f.ind.satuan,
          f.targetText(t),
          f.realisasiText(t),
          c.text,
          c.kategori || NO_VALUE,
        ];
      }),
      ['center', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
    ),
    ...ringkasanTercapai(ctx),
  ];
}

function trendTable(ctx: ReportContext, s: SasaranFigures): Block[] {
  const years = [...new Set(s.indikator.flatMap((f) => f.trendYears))].sort((a, b) => a - b);
  if (years.length < 2) {
    return [
      paragraf(
        `Data realisasi tahun-tahun sebelum ${ctx.tahun} untuk sasaran ini tidak tersedia pada sheet IKU, sehingga perbandingan dengan tahun sebelumnya tidak dapat disajikan.`,
      ),
    ];
  }
  const blocks: Block[] = [
    tabel(
      ctx,
      '3',
      `Perbandingan Realisasi dan Capaian Sasaran ${s.nomor} Tahun ${years[0]}–${years[years.length - 1]}`,
      ['Indikator Kinerja', 'Satuan', ...years.map((y) => `Realisasi ${y}`), ...years.map((y) => `Capaian ${y} (%)`)],
      s.indikator.map((f) => [
        f.ind.indikator,
        f.ind.satuan,
        ...years.map((y) => f.realisasiText(y)),
        ...years.map((y) => f.capaian(y).text),
      ]),
      ['left', 'left', ...years.map(() => 'right' as const), ...years.map(() => 'right' as const)],
    ),
  ];
  for (const f of s.indikator) {
    const ys = f.trendYears;
    if (ys.length < 2) {
      blocks.push(paragraf(`Indikator ${f.ind.indikator} belum memiliki data realisasi tahun sebelumnya.`));
      continue;
    }
    const first = f.realisasi(ys[0]) as Decimal;
    const last = f.realisasi(ys[ys.length - 1]) as Decimal;
    blocks.push(
      paragraf(
        `Realisasi indikator ${f.ind.indikator} pada tahun ${ys[0]} sebesar ${f.realisasiText(ys[0])} dan pada tahun ${ys[ys.length - 1]} sebesar ${f.realisasiText(ys[ys.length - 1])}; selama periode tersebut ${perubahan(first, last, f.places, f.ind.polaritas !== 'positif')}.`,
      ),
    );
  }
  return blocks;
}

function renstraTable(ctx: ReportContext, s: SasaranFigures): Block[] {
  const end = ctx.fig.renstraEndYear;
  const t = ctx.tahun;
  const withTarget = s.indikator.filter((f) => end !== null && f.ind.target[end]?.target);
  if (end === null || withTarget.length === 0) {
    return [paragraf('Target akhir Renstra untuk indikator sasaran ini tidak tersedia pada sheet IKU.')];
  }
  const rows = withTarget.map((f) => {
    const target = f.ind.target[end].target!;
    const realisasi = f.ind.realisasi[t]?.value ?? null;
    let capaian: Decimal | null = null;
    if (realisasi !== null) {
      try {
        capaian = capaianRounded(realisasi, target, f.ind.polaritas);
      } catch (e) {
        if (!isInputError(e)) throw e;
      }
    }
    return {
      f,
      capaian,
      cells: [
        f.ind.indikator,
        f.ind.satuan,
        f.targetText(end),
        f.realisasiText(t),
        capaian ? formatId(capaian) : NO_VALUE,
      ],
    };
  });
  const sentences = rows.map(({ f, capaian, cells: row }) => {
    if (capaian === null)
      return `Realisasi ${f.ind.indikator} tahun ${t} belum dapat dibandingkan dengan target akhir Renstra.`;
    const met = capaian.gte(100);
    return `Realisasi ${f.ind.indikator} tahun ${t} sebesar ${row[3]} dibandingkan target akhir Renstra tahun ${end} sebesar ${row[2]} mencapai ${row[4]}%, sehingga target akhir Renstra ${met ? 'telah tercapai' : 'belum tercapai'}.`;
  });
  return [
    tabel(
      ctx,
      '3',
      `Realisasi Tahun ${t} terhadap Target Akhir Renstra Sasaran ${s.nomor}`,
      ['Indikator Kinerja', 'Satuan', `Target Akhir Renstra (${end})`, `Realisasi ${t}`, 'Capaian (%)'],
      rows.map((r) => r.cells),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    paragraf(sentences.join(' ')),
  ];
}

function analisisBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const blocks: Block[] = [];
  for (const f of s.indikator) {
    const analisis = f.ind.analisis.trim();
    const solusi = f.ind.solusi.trim();
    if (analisis) blocks.push(paragraf(`Penyebab keberhasilan/kegagalan ${f.ind.indikator}: ${analisis}`));
    if (solusi) blocks.push(paragraf(`Solusi yang telah dan akan dilakukan: ${solusi}`));
  }
  const narasi = ctx.narasi(`Analisis ${s.sasaran.key}`);
  if (narasi) blocks.push(...narasiBlocks(narasi));
  if (blocks.length === 0) {
    blocks.push(
      paragraf(
        'Analisis penyebab keberhasilan/kegagalan dan solusinya untuk sasaran ini tidak tersedia (kolom Analisis dan Solusi pada sheet IKU kosong).',
      ),
    );
  }
  return blocks;
}

function efisiensiBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const sumber = s.programsMapped
    ? 'program pendukung sasaran ini'
    : 'seluruh program (tidak ada program yang dipetakan ke sasaran ini pada kolom Sasaran sheet DPA)';
  const sentences = s.indikator.map((f) => {
    const e = efisiensiIndikator(ctx, s, f);
    if (e.efisiensi === NO_VALUE) return `Tingkat efisiensi ${f.ind.indikator} tidak dapat dihitung.`;
    return `Dengan capaian ${f.ind.indikator} sebesar ${e.capaian}% dan serapan anggaran ${e.serapan}%, tingkat efisiensi sebesar ${e.efisiensi}%.`;
  });
  return [
    paragraf(
      `Serapan anggaran ${sumber} sebesar ${s.serapan.text}% (${formatRupiah(s.serapan.realisasi)} dari pagu ${formatRupiah(s.serapan.pagu)}). ${sentences.join(' ')}`,
    ),
  ];
}

function programBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const dpa = ctx.wb.dpa;
  if (!dpa || s.programs.length === 0) {
    return [paragraf('Program pendukung sasaran ini belum dipetakan pada kolom Sasaran sheet DPA.')];
  }
  const rows = s.programs.map((i, n) => {
    const r = dpa.rows[i];
    return [
      String(n + 1),
      r.uraian,
      formatMoney(r.pagu),
      formatMoney(r.realisasi),
      serapanOf(r.pagu, r.realisasi).text,
    ];
  });
  rows.push(['', 'JUMLAH', formatMoney(s.serapan.pagu), formatMoney(s.serapan.realisasi), s.serapan.text]);
  return [
    paragraf(`Program yang mendukung pencapaian sasaran ini adalah sebagai berikut.`),
    tabel(
      ctx,
      '3',
      `Program Pendukung Sasaran ${s.nomor}`,
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'],
      rows,
      ['center', 'left', 'right', 'right', 'right'],
      {
        totalRow: true,
      },
    ),
  ];
}

function sasaranBlocks(
  ctx: ReportContext,
  s: SasaranFigures,
  heading: string,
  extras: { ikm: boolean; akip: boolean },
): Block[] {
  const t = ctx.tahun;
  const names = s.indikator.map((f) => f.ind.indikator);
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: heading },
    paragraf(`Sasaran "${s.sasaran.nama}" diukur dengan ${jumlahKata(names.length)} indikator: ${daftarKata(names)}.`),
    { type: 'paragraph', text: `a. Target dan realisasi tahun ${t}`, bold: true },
    ...s.indikator.map((f) => paragraf(kalimatCapaian(f, t))),
    { type: 'paragraph', text: `b. Perbandingan dengan tahun sebelumnya`, bold: true },
    ...trendTable(ctx, s),
    { type: 'paragraph', text: 'c. Perbandingan dengan target akhir Renstra', bold: true },
    ...renstraTable(ctx, s),
  ];
  if (extras.ikm)
    blocks.push({ type: 'paragraph', text: 'd. Hasil survei kepuasan masyarakat', bold: true }, ...ikmBlocks(ctx));
  if (extras.akip)
    blocks.push(
      { type: 'paragraph', text: `${extras.ikm ? 'e' : 'd'}. Hasil evaluasi AKIP`, bold: true },
      ...akipBlocks(ctx),
    );
  const letter = (n: number) => String.fromCharCode('a'.charCodeAt(0) + n);
  let n = 3 + (extras.ikm ? 1 : 0) + (extras.akip ? 1 : 0);
  blocks.push(
    { type: 'paragraph', text: `${letter(n++)}. Penyebab keberhasilan/kegagalan dan solusi`, bold: true },
    ...analisisBlocks(ctx, s),
  );
  blocks.push(
    { type: 'paragraph', text: `${letter(n++)}. Efisiensi penggunaan sumber daya`, bold: true },
    ...efisiensiBlocks(ctx, s),
  );
  blocks.push({ type: 'paragraph', text: `${letter(n++)}. Program pendukung`, bold: true }, ...programBlocks(ctx, s));
  return blocks;
}

/** 3.1 Capaian Kinerja: the scale, the IKU table, then each sasaran; IKM and AKIP details where they belong. */
export function capaianBlocks(ctx: ReportContext, sub: () => string): Block[] {
  const fig = ctx.fig;
  const blocks: Block[] = [];
  if (fig.indikator.length === 0) {
    blocks.push(paragraf('Sheet IKU tidak memuat indikator kinerja, sehingga capaian kinerja tidak dapat disajikan.'));
  } else {
    blocks.push(...targetRealisasi(ctx, `${sub()} Target dan Realisasi Kinerja Tahun ${ctx.tahun}`));
  }
  const ikmSasaran = ctx.wb.ikm
    ? fig.sasaran.find((s) => s.indikator.some((f) => isIkmIndikator(f.ind.indikator)))
    : undefined;
  const akipSasaran = ctx.wb.akip
    ? fig.sasaran.find((s) => s.indikator.some((f) => isAkipIndikator(f.ind.indikator)))
    : undefined;
  for (const s of fig.sasaran) {
    blocks.push(
      ...sasaranBlocks(ctx, s, `${sub()} Sasaran ${s.nomor}: ${s.sasaran.nama}`, {
        ikm: s === ikmSasaran,
        akip: s === akipSasaran,
      }),
    );
  }
  if (ctx.wb.ikm && !ikmSasaran)
    blocks.push(
      { type: 'heading', level: 3, text: `${sub()} Survei Kepuasan Masyarakat Tahun ${ctx.tahun}` },
      ...ikmBlocks(ctx),
    );
  if (ctx.wb.akip && !akipSasaran)
    blocks.push(
      { type: 'heading', level: 3, text: `${sub()} Evaluasi Akuntabilitas Kinerja Instansi Pemerintah` },
      ...akipBlocks(ctx),
    );
  return blocks;
}
