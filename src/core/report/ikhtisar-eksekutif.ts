import { formatId, formatRupiah } from '../numbers';
import { kalimatKategoriTinggi, tercapai } from './bab3-capaian';
import { narasiPart } from './narasi-part';
import type { ReportContext } from './report-context';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, jumlahKata, kalimat, kapital, paragraf, tanpaPenanda } from './sentences';
import { tabel } from './table';

const JUDUL_IKHTISAR = 'IKHTISAR EKSEKUTIF';

/** Lines of a Narasi part (any Kunci) or of an IKU column, without list markers, deduplicated. */
function butir(ctx: ReportContext, parts: string[], kolom: (s: string) => string): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const keys = ['', ...ctx.fig.indikator.map((f) => f.ind.no.trim()).filter((n) => n !== '')];
    for (const k of keys) {
      const text = ctx.narasi(k ? `${part} ${k}` : part);
      if (text) out.push(...text.split('\n').map(tanpaPenanda));
    }
  }
  if (out.length === 0) out.push(...ctx.fig.indikator.map((f) => kolom(f.ind.analisis) || ''));
  return [...new Set(out.map((s) => s.trim()).filter((s) => s !== ''))].map((s) => kalimat(kapital(s)));
}

/**
 * Ikhtisar Eksekutif (PermenPAN-RB 53/2014): the year's sasaran, how many indicators met their
 * target, the capaian of each IKU in one short table, budget, AKIP and IKM, the main problems and
 * the next steps, all from the data (Narasi `Ikhtisar Eksekutif` opens it when given).
 */
export function ikhtisarEksekutifBlocks(ctx: ReportContext): Block[] {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const blocks: Block[] = [{ type: 'heading', level: 1, text: JUDUL_IKHTISAR }];
  const own = narasiPart(ctx, 'Ikhtisar Eksekutif', 'IE');
  if (own) blocks.push(...own);
  blocks.push(
    paragraf(
      `Laporan Kinerja ${ctx.instansiLengkap} Tahun ${t} disusun sebagai wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun ${t}, sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.`,
    ),
  );
  const sasaran = fig.sasaran.map((s) => s.sasaran.nama.trim()).filter((s) => s !== '');
  if (sasaran.length > 0) {
    blocks.push(
      paragraf(
        `Pada Tahun ${t} ditetapkan ${jumlahKata(sasaran.length)} sasaran strategis yang diukur dengan ${jumlahKata(fig.indikator.length)} indikator kinerja utama, yaitu:`,
      ),
      { type: 'list', items: sasaran, ordered: true },
    );
  }
  if (fig.indikator.length > 0) {
    const met = fig.indikator.filter((f) => tercapai(f, t) === true).length;
    const missed = fig.indikator.filter((f) => tercapai(f, t) === false).length;
    let s = `Dari ${jumlahKata(fig.indikator.length)} indikator kinerja utama, `;
    if (met === fig.indikator.length) s += 'seluruhnya mencapai target.';
    else if (met === 0 && missed > 0)
      s +=
        missed === fig.indikator.length
          ? 'belum ada yang mencapai target.'
          : `belum ada yang mencapai target; ${jumlahKata(missed)} masih di bawah target.`;
    else s += `${jumlahKata(met)} mencapai target dan ${jumlahKata(missed)} belum mencapai target.`;
    const tinggi = kalimatKategoriTinggi(
      fig.indikator.filter((f) => tercapai(f, t) === false),
      t,
    );
    if (tinggi) s += ` ${tinggi}`;
    blocks.push(
      paragraf(`${s} Capaian setiap indikator adalah sebagai berikut.`),
      tabel(
        ctx,
        'IE',
        `Ringkasan Capaian IKU Tahun ${t}`,
        ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
        fig.indikator.map((f) => {
          const c = f.capaian(t);
          return [
            String(f.nomor),
            f.ind.indikator,
            f.targetText(t),
            f.realisasiText(t),
            c.text,
            c.kategori || NO_VALUE,
          ];
        }),
        ['center', 'left', 'right', 'right', 'right', 'left'],
      ),
    );
  }
  const hasil: string[] = [];
  if (fig.anggaran)
    hasil.push(
      `realisasi anggaran sebesar ${formatRupiah(fig.anggaran.realisasi)} dari pagu ${formatRupiah(fig.anggaran.pagu)} dengan serapan ${fig.anggaran.text}%`,
    );
  const akip = fig.akip.find((y) => y.year === t && y.total !== null);
  if (akip?.total)
    hasil.push(
      `nilai evaluasi AKIP ${formatId(akip.total)}${akip.predikat ? ` dengan predikat ${akip.predikat.predikat} (${akip.predikat.interpretasi})` : ''}`,
    );
  if (fig.ikm)
    hasil.push(
      `Indeks Kepuasan Masyarakat ${formatId(fig.ikm.nik)} dengan mutu pelayanan ${fig.ikm.mutu.mutu} (${fig.ikm.mutu.kinerja})`,
    );
  if (hasil.length > 0) blocks.push(paragraf(`Pada Tahun ${t} dicapai ${daftarKata(hasil)}.`));

  const masalah = butir(ctx, ['Faktor Penghambat'], (a) => a);
  if (masalah.length > 0)
    blocks.push(paragraf('Permasalahan utama yang dihadapi adalah sebagai berikut.'), { type: 'list', items: masalah });
  const langkah = butir(ctx, ['Upaya'], () => '');
  const solusi =
    langkah.length > 0
      ? langkah
      : [...new Set(fig.indikator.map((f) => f.ind.solusi.trim()).filter((s) => s))].map((s) => kalimat(s));
  if (solusi.length > 0)
    blocks.push(paragraf(`Langkah yang akan ditempuh ${ctx.instansi} ke depan adalah sebagai berikut.`), {
      type: 'list',
      items: solusi,
      ordered: true,
    });
  blocks.push({ type: 'pagebreak' });
  return blocks;
}
