import type { Workbook } from '../layout/model';
import { formatCount } from '../numbers';
import { bab1Blocks } from './bab1-pendahuluan';
import { bab2Blocks } from './bab2-perencanaan';
import { anggaranBlocks } from './bab3-anggaran';
import { capaianBlocks } from './bab3-capaian';
import { pengantarRingkas } from './bab3-ringkas';
import { bab4Blocks } from './bab4-penutup';
import { coverBlocks } from './cover';
import { daftarIsiBlocks, daftarTabelBlocks } from './daftar-isi';
import { ikhtisarEksekutifBlocks } from './ikhtisar-eksekutif';
import { kataPengantarBlocks } from './kata-pengantar';
import { lampiranBlocks } from './lampiran';
import { pernyataanReviuBlocks } from './pernyataan-reviu';
import { blocksChars, FULL_FORM_MAX_CHARS, reportChars } from './report-size';
import { createContext } from './report-context';
import type { ReportContext } from './report-context';
import type { Block, BuildOptions, ReportDocument } from './report-types';
import { paragraf } from './sentences';
import { subNumbering } from './table';
import { renaksiDiisi } from './triwulan-figures';

const JUDUL_BAB_III = 'BAB III AKUNTABILITAS KINERJA';

/** The chapters' parts, in order: each a step the progress display can name. */
type ReportPart = 'BAB I' | 'BAB II' | 'BAB III' | 'BAB IV';

function bab3Blocks(ctx: ReportContext): Block[] {
  const sub = subNumbering('3.1');
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: JUDUL_BAB_III },
    paragraf(
      `Akuntabilitas kinerja adalah perwujudan kewajiban ${ctx.instansiLengkap} untuk mempertanggungjawabkan keberhasilan dan kegagalan pelaksanaan misi organisasi dalam mencapai sasaran yang telah ditetapkan. Bab ini menyajikan capaian kinerja Tahun ${ctx.tahun} untuk setiap sasaran strategis dan realisasi anggaran.`,
    ),
    { type: 'heading', level: 2, text: '3.1 Capaian Kinerja' },
    ctx.ringkas
      ? pengantarRingkas(ctx)
      : paragraf(
          `Untuk setiap sasaran strategis disajikan perbandingan target dan realisasi Tahun ${ctx.tahun}${renaksiDiisi(ctx.wb) ? ' beserta perkembangannya per triwulan' : ''}, perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, perbandingan dengan standar nasional bila tersedia, analisis penyebab keberhasilan atau kegagalan beserta solusinya, efisiensi penggunaan sumber daya, serta program dan kegiatan yang menunjang pencapaiannya.`,
        ),
    ...capaianBlocks(ctx, sub),
  ];
  blocks.push(...anggaranBlocks(ctx, '3.2 Realisasi Anggaran'), { type: 'pagebreak' });
  return blocks;
}

type ReportOptions = BuildOptions & { onPart?: (part: ReportPart) => void };

/**
 * The whole LKjIP (PermenPAN-RB 53/2014): cover, Kata Pengantar, Daftar Isi, BAB I–IV, Lampiran.
 * `onPart` is told when each chapter starts (for the progress display). In its full form unless
 * that is longer than FULL_FORM_MAX_CHARS, then in its compact form (or as `opts.ringkas` asks).
 */
export function buildReport(wb: Workbook, opts: ReportOptions = {}): ReportDocument {
  if (opts.ringkas !== undefined) return buildForm(wb, opts);
  // Each chapter is named once to the progress display: the full form's tried ones, then the rest.
  const named = new Set<ReportPart>();
  const onPart = (part: ReportPart) => {
    if (named.has(part)) return;
    named.add(part);
    opts.onPart?.(part);
  };
  const full = fullFormIfItFits(wb, { ...opts, onPart });
  if (full) return full;
  const compact = buildForm(wb, { ...opts, onPart, ringkas: true });
  const n = wb.iku?.indikator.length ?? 0;
  compact.catatan = [
    `Laporan memuat ${formatCount(n)} indikator kinerja; dalam bentuk lengkap panjangnya melebihi ${formatCount(FULL_FORM_MAX_CHARS)} karakter. Karena itu laporan disusun dalam bentuk ringkas: capaian disajikan per sasaran, dengan satu tabel dan satu analisis untuk setiap sasaran.`,
  ];
  return compact;
}

/** Thrown through the full form's parts once what they have built is longer than FULL_FORM_MAX_CHARS. */
const TOO_LONG = Symbol('too long');

/**
 * The full form when it is at most FULL_FORM_MAX_CHARS long, else null. It stops as soon as the
 * parts built so far (a lower bound of its length) pass the limit, so a workbook of 500
 * indicators never holds a full form of 1,3 million characters beside its model (issue #21).
 */
function fullFormIfItFits(wb: Workbook, opts: ReportOptions): ReportDocument | null {
  try {
    const full = buildForm(wb, { ...opts, ringkas: false }, FULL_FORM_MAX_CHARS);
    return reportChars(full) <= FULL_FORM_MAX_CHARS ? full : null;
  } catch (e) {
    if (e === TOO_LONG) return null;
    throw e;
  }
}

/** The report in one form; with `maxChars`, TOO_LONG is thrown once its parts are longer than that. */
function buildForm(wb: Workbook, opts: ReportOptions, maxChars = Infinity): ReportDocument {
  const ctx = createContext(wb, opts);
  let done = 0;
  const check = (chars: number) => {
    if (chars > maxChars) throw TOO_LONG;
  };
  if (maxChars < Infinity) ctx.partChars = (chars) => check(done + chars);
  // Built in reading order, so an explanation is given where the reader first meets it and a name
  // is spelled out at its first use in each chapter (ReportContext.sekali, sebut).
  const part = (bab: string, build: () => Block[], progress?: ReportPart) => {
    ctx.bab = bab;
    if (progress) opts.onPart?.(progress);
    const blocks = build();
    done += blocksChars(blocks);
    check(done);
    return blocks;
  };
  const front = part('KP', () => kataPengantarBlocks(ctx));
  const ikhtisar = part('IE', () => ikhtisarEksekutifBlocks(ctx));
  const body: Block[] = [
    ...part('1', () => bab1Blocks(ctx), 'BAB I'),
    ...part('2', () => bab2Blocks(ctx), 'BAB II'),
    ...part('3', () => bab3Blocks(ctx), 'BAB III'),
    ...part('4', () => bab4Blocks(ctx), 'BAB IV'),
    ...part('L', () => {
      const pk = lampiranBlocks(ctx);
      return [...pk, ...pernyataanReviuBlocks(ctx, pk.length === 0)];
    }),
  ];
  const blocks = [
    ...coverBlocks(ctx, opts.logoUrl),
    ...front,
    ...daftarIsiBlocks([...front, ...ikhtisar, ...body]),
    ...daftarTabelBlocks([...ikhtisar, ...body]),
    ...ikhtisar,
    ...body,
  ];
  while (blocks.length > 0 && blocks[blocks.length - 1].type === 'pagebreak') blocks.pop();
  return { title: `Laporan Kinerja ${ctx.instansiLengkap} Tahun ${ctx.tahun}`, blocks };
}
