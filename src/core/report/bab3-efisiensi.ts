import { formatId } from '../numbers';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { paragraf } from './sentences';
import { sekaliPerKelompok, tabel } from './table';

export interface EfisiensiFigure {
  capaian: string;
  serapan: string;
  efisiensi: string;
}

/**
 * Tingkat efisiensi = capaian kinerja (%) − serapan anggaran (%) of the programs serving the
 * sasaran (DPA `Sasaran`; the whole budget when none is mapped), from the printed values so the
 * printed row adds up (docs/rules.md#efficiency).
 */
export function efisiensiIndikator(ctx: ReportContext, s: SasaranFigures, f: IndikatorFigures): EfisiensiFigure {
  const c = f.capaian(ctx.tahun);
  const serapan = s.serapan.persen;
  const efisiensi = c.value !== null && serapan !== null ? formatId(c.value.minus(serapan)) : NO_VALUE;
  return { capaian: c.text, serapan: s.serapan.text, efisiensi };
}

function rowsPerIndikator(ctx: ReportContext): { s: SasaranFigures; f: IndikatorFigures }[] {
  return ctx.fig.sasaran.flatMap((s) => s.indikator.map((f) => ({ s, f })));
}

/** Analisis penyebab keberhasilan/kegagalan dan solusi, one row per indicator. */
export function analisisBlocks(ctx: ReportContext, heading: string): Block[] {
  const items = rowsPerIndikator(ctx);
  if (items.length === 0) return [];
  const t = ctx.tahun;
  const sasaran = sekaliPerKelompok(items.map(({ s }) => s.sasaran.nama));
  const narasiOrDash = (s: SasaranFigures, text: string) =>
    text.trim() || (ctx.narasi(`Analisis ${s.sasaran.key}`) ?? NO_VALUE);
  return [
    { type: 'heading', level: 3, text: heading },
    tabel(
      ctx,
      '3',
      'Analisis Keberhasilan, Kegagalan dan Solusi',
      [
        'No',
        'Sasaran',
        'Indikator Kinerja',
        'Target',
        'Realisasi',
        'Capaian (%)',
        'Analisis Keberhasilan/Kegagalan',
        'Solusi',
      ],
      items.map(({ s, f }, i) => [
        String(f.nomor),
        sasaran[i],
        f.ind.indikator,
        f.targetText(t),
        f.realisasiText(t),
        f.capaian(t).text,
        narasiOrDash(s, f.ind.analisis),
        f.ind.solusi.trim() || NO_VALUE,
      ]),
      ['center', 'left', 'left', 'right', 'right', 'right', 'left', 'left'],
    ),
  ];
}

/** Analisis efisiensi penggunaan sumber daya, one row per indicator. */
export function efisiensiBlocks(ctx: ReportContext, heading: string): Block[] {
  const items = rowsPerIndikator(ctx);
  if (items.length === 0 || !ctx.fig.anggaran) return [];
  const sasaran = sekaliPerKelompok(items.map(({ s }) => s.sasaran.nama));
  const unmapped = ctx.fig.sasaran.filter((s) => !s.programsMapped).map((s) => s.nomor);
  return [
    { type: 'heading', level: 3, text: heading },
    paragraf(
      'Tingkat efisiensi dihitung sebagai selisih antara persentase capaian kinerja dan persentase serapan anggaran program yang mendukung setiap sasaran (kolom Sasaran pada sheet DPA). Nilai positif berarti capaian kinerja lebih tinggi daripada anggaran yang digunakan.',
    ),
    tabel(
      ctx,
      '3',
      'Analisis Efisiensi Penggunaan Sumber Daya',
      ['No', 'Sasaran', 'Indikator Kinerja', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      items.map(({ s, f }, i) => {
        const e = efisiensiIndikator(ctx, s, f);
        return [String(f.nomor), sasaran[i], f.ind.indikator, e.capaian, e.serapan, e.efisiensi];
      }),
      ['center', 'left', 'left', 'right', 'right', 'right'],
      unmapped.length > 0
        ? {
            note: `Sasaran ${unmapped.join(', ')} tidak memiliki program yang dipetakan pada sheet DPA; serapannya memakai seluruh anggaran.`,
          }
        : {},
    ),
  ];
}
