import { romawi, TRIWULAN } from '../rules/triwulan';
import type { ReportContext } from './report-context';
import type { SasaranFigures } from './report-figures';
import type { Block } from './report-types';
import { paragraf, paragrafKlaim } from './sentences';
import { sekaliPerKelompok, tabel } from './table';
import { type IndikatorTriwulan, kalimatJalanTriwulan } from './triwulan-figures';

/**
 * The columns of a quarters table: the quarter's own figures, those up to it, its capaian (its
 * kategori left out, so the table fits a portrait page at 9 pt).
 */
const HEADER_TRIWULAN = [
  'Target Triwulan',
  'Realisasi Triwulan',
  'Target s.d. Triwulan',
  'Realisasi s.d. Triwulan',
  'Capaian s.d. Triwulan (%)',
];

/** The four quarters of one indicator as table rows: `I` … `IV` and the quarters' figures. */
function barisTriwulan(t: IndikatorTriwulan): string[][] {
  return TRIWULAN.map((n) => {
    const q = t.quarters?.[n - 1];
    return [
      romawi(n),
      t.angka(q?.targetTriwulan ?? null),
      t.angka(q?.realisasiTriwulan ?? null),
      t.target(q?.targetSampai ?? null),
      t.angka(q?.realisasiSampai ?? null),
      t.capaian(n).text,
    ];
  });
}

/**
 * BAB III, under a sasaran's target and realisasi, when the Renaksi is filled: its indicators'
 * quarters in one table (target and realisasi of each quarter and up to it, the capaian up to it)
 * and, per indicator, how the year went (claims.ts `jalan-triwulan`). [] when none of its
 * indicators has quarters.
 */
export function triwulanSasaranBlocks(ctx: ReportContext, s: SasaranFigures, semua: IndikatorTriwulan[]): Block[] {
  const own = semua.filter((t) => t.quarters && s.indikator.includes(t.f));
  if (own.length === 0) return [];
  const t = ctx.tahun;
  const names = sekaliPerKelompok(own.flatMap((x) => TRIWULAN.map(() => x.f.ind.indikator)));
  const rows = own.flatMap(barisTriwulan).map((r, i) => [names[i], ...r]);
  const cara = ctx.sekali('triwulan-cara')
    ? ' Target setiap triwulan adalah target sampai dengan akhir triwulan itu menurut rencana aksi Perjanjian Kinerja, dan capaian setiap triwulan dihitung dari target dan realisasi sampai dengan triwulan tersebut.'
    : '';
  const blocks: Block[] = [
    paragraf(
      `Perkembangan capaian Sasaran ${s.nomor} per triwulan sepanjang Tahun ${t} disajikan pada tabel berikut.${cara}`,
    ),
    tabel(
      ctx,
      '3',
      `Capaian per Triwulan Sasaran ${s.nomor} Tahun ${t}`,
      ['Indikator Kinerja', 'Triwulan', ...HEADER_TRIWULAN],
      rows,
      ['left', 'center', 'right', 'right', 'right', 'right', 'right'],
    ),
  ];
  // The compact form (report-size.ts) leaves the quarters to the table: no sentence per indicator.
  for (const x of ctx.ringkas ? [] : own) {
    const jalan = kalimatJalanTriwulan(ctx, x);
    if (jalan) blocks.push(paragrafKlaim(jalan));
  }
  return blocks;
}
