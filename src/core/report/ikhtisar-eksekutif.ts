import { formatId, formatRupiah } from '../numbers';
import { kalimatKategoriTinggi, tercapai } from './bab3-capaian';
import { tabelRingkasanSasaran } from './bab3-ringkas';
import { type Stated, gabung, nyatakan } from './claims';
import { langkahDiBab3, langkahKeDepan } from './langkah';
import { narasiLines, narasiLinesSemua, narasiPart } from './narasi-part';
import type { ReportContext } from './report-context';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { daftarKantor, daftarKata, jumlahKata, kalimat, kapital, paragraf, paragrafKlaim } from './sentences';
import { tabel } from './table';

const JUDUL_IKHTISAR = 'IKHTISAR EKSEKUTIF';

/**
 * The main problems, each in its own role: Narasi `Faktor Penghambat` (any Kunci); else the IKU
 * `Analisis` of the indicators whose target was missed (the office's analysis of a shortfall).
 */
function permasalahan(ctx: ReportContext): string[] {
  const out = narasiLinesSemua(ctx, 'Faktor Penghambat');
  if (out.length === 0)
    out.push(...ctx.fig.indikator.filter((f) => tercapai(f, ctx.tahun) === false).map((f) => f.ind.analisis));
  return unik(out);
}

const unik = (lines: string[]) =>
  [...new Set(lines.map((s) => s.trim()).filter((s) => s !== ''))].map((s) => kalimat(kapital(s)));

/**
 * The compact form's problems: only the office's general `Faktor Penghambat` (blank Kunci); each
 * indicator's stands beside its analysis in BAB III, which `diBab3` says.
 */
function permasalahanRingkas(ctx: ReportContext): { umum: string[]; diBab3: boolean } {
  return { umum: unik(narasiLines(ctx, 'Faktor Penghambat')), diBab3: permasalahan(ctx).length > 0 };
}

/** How many indicators met their target, as a claim (claims.ts `jumlah`). */
function kalimatJumlahTercapai(ctx: ReportContext): Stated {
  const fig = ctx.fig;
  const t = ctx.tahun;
  const n = fig.indikator.length;
  const met = fig.indikator.filter((f) => tercapai(f, t) === true).length;
  const missed = fig.indikator.filter((f) => tercapai(f, t) === false).length;
  const unknown = n - met - missed;
  let s: string;
  if (met === n) s = 'Dari indikator tersebut, seluruhnya mencapai target.';
  else if (met === 0 && missed === n) s = 'Dari indikator tersebut, belum ada yang mencapai target.';
  else {
    const parts = [`${jumlahKata(met)} mencapai target`, `${jumlahKata(missed)} belum mencapai target`];
    if (unknown > 0) parts.push(`${jumlahKata(unknown)} belum dapat diukur`);
    s = `Dari indikator tersebut, ${daftarKata(parts)}.`;
  }
  return nyatakan(
    s,
    { jenis: 'jumlah', apa: 'indikator-tercapai', n: met },
    { jenis: 'jumlah', apa: 'indikator-belum-tercapai', n: missed },
  );
}

/** The year's capaian of every indicator, in one short table. */
function tabelCapaianIku(ctx: ReportContext): Block {
  const t = ctx.tahun;
  return tabel(
    ctx,
    'IE',
    `Ringkasan Capaian IKU Tahun ${t}`,
    ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
    ctx.fig.indikator.map((f) => {
      const c = f.capaian(t);
      return [String(f.nomor), f.ind.indikator, f.targetText(t), f.realisasiText(t), c.text, c.kategori || NO_VALUE];
    }),
    ['center', 'left', 'right', 'right', 'right', 'left'],
  );
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
    // The compact form names the sasaran once, in its summary table below.
    blocks.push(
      paragrafKlaim(
        nyatakan(
          `Pada Tahun ${t} ditetapkan ${jumlahKata(sasaran.length)} sasaran strategis yang diukur dengan ${jumlahKata(fig.indikator.length)} indikator kinerja utama${ctx.ringkas ? '.' : ', yaitu:'}`,
          { jenis: 'jumlah', apa: 'sasaran', n: sasaran.length },
          { jenis: 'jumlah', apa: 'indikator', n: fig.indikator.length },
        ),
      ),
    );
    if (!ctx.ringkas) blocks.push({ type: 'list', items: sasaran, ordered: true });
  }
  if (fig.indikator.length > 0) {
    const missed = fig.indikator.filter((f) => tercapai(f, t) === false);
    blocks.push(
      paragrafKlaim(
        gabung([
          kalimatJumlahTercapai(ctx),
          kalimatKategoriTinggi(ctx, missed, t),
          ctx.ringkas
            ? 'Capaian indikator setiap sasaran dirangkum sebagai berikut; rinciannya per indikator disajikan pada BAB III.'
            : 'Capaian setiap indikator adalah sebagai berikut.',
        ]),
      ),
      // The compact form counts per sasaran (bab3-ringkas.ts); the full one lists every indicator.
      ctx.ringkas ? tabelRingkasanSasaran(ctx, 'IE') : tabelCapaianIku(ctx),
    );
  }
  const hasil: Stated[] = [];
  if (fig.anggaran)
    hasil.push(
      nyatakan(
        `realisasi anggaran sebesar ${formatRupiah(fig.anggaran.realisasi)} dari pagu ${formatRupiah(fig.anggaran.pagu)} dengan serapan ${fig.anggaran.text}%`,
        {
          jenis: 'anggaran',
          lingkup: 'total',
          pagu: formatRupiah(fig.anggaran.pagu),
          realisasi: formatRupiah(fig.anggaran.realisasi),
          serapan: fig.anggaran.text,
        },
      ),
    );
  const akip = fig.akip.find((y) => y.year === t && y.total !== null);
  if (akip?.total)
    hasil.push(
      akip.predikat
        ? nyatakan(
            `nilai evaluasi AKIP ${formatId(akip.total)} dengan predikat ${akip.predikat.predikat} (${akip.predikat.interpretasi})`,
            { jenis: 'predikat-akip', tahun: t, nilai: formatId(akip.total), predikat: akip.predikat.predikat },
          )
        : gabung([`nilai evaluasi AKIP ${formatId(akip.total)}`]),
    );
  if (fig.ikm)
    hasil.push(
      nyatakan(
        `nilai ${ctx.sebut('Indeks Kepuasan Masyarakat (IKM)')} ${formatId(fig.ikm.nik)} dengan mutu pelayanan ${fig.ikm.mutu.mutu} (${fig.ikm.mutu.kinerja})`,
        { jenis: 'mutu-ikm', nik: formatId(fig.ikm.nik), mutu: fig.ikm.mutu.mutu },
      ),
    );
  if (hasil.length > 0) {
    const list = hasil.map((h) => h.text);
    blocks.push(
      paragrafKlaim({ text: `Pada Tahun ${t} dicapai ${daftarKata(list)}.`, claims: hasil.flatMap((h) => h.claims) }),
    );
  }

  const ringkas = ctx.ringkas ? permasalahanRingkas(ctx) : null;
  const masalah = ringkas ? ringkas.umum : permasalahan(ctx);
  if (masalah.length > 0)
    blocks.push(paragraf('Permasalahan utama yang dihadapi adalah sebagai berikut.'), daftarKantor(masalah));
  const langkah = langkahKeDepan(ctx);
  if (langkah.length > 0)
    blocks.push(
      paragraf(`Langkah yang akan ditempuh ${ctx.instansi} ke depan adalah sebagai berikut.`),
      daftarKantor(langkah, true),
    );
  if (ringkas?.diBab3 || langkahDiBab3(ctx))
    blocks.push(
      paragraf(
        `Permasalahan dan langkah perbaikan setiap indikator diuraikan bersama analisis capaiannya pada setiap sasaran di BAB III.`,
      ),
    );
  blocks.push({ type: 'pagebreak' });
  return blocks;
}
