import { formatId, formatRupiah } from '../numbers';
import { type ClaimData, type Stated, gabung, nyatakan } from './claims';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures, Serapan } from './report-figures';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, paragrafKlaim } from './sentences';
import { tabel } from './table';

interface EfisiensiFigure {
  capaian: string;
  serapan: string;
  efisiensi: string;
}

/**
 * Tingkat efisiensi = capaian kinerja (%) − serapan anggaran (%) of the programs the DPA
 * `Sasaran` column links to the sasaran, from the printed values so the printed row adds up
 * (docs/rules.md#efficiency).
 */
function efisiensiIndikator(ctx: ReportContext, serapan: Serapan, f: IndikatorFigures): EfisiensiFigure {
  const c = f.capaian(ctx.tahun);
  const efisiensi = c.value !== null && serapan.persen !== null ? formatId(c.value.minus(serapan.persen)) : NO_VALUE;
  return { capaian: c.text, serapan: serapan.text, efisiensi };
}

type Putusan = Extract<ClaimData, { jenis: 'efisiensi' }>['putusan'];

/** The claim of one indicator's efficiency. */
function klaim(s: SasaranFigures, f: IndikatorFigures, putusan: Putusan): ClaimData {
  return { jenis: 'efisiensi', sasaran: s.nomor, indikator: f.ind.indikator, putusan };
}

/**
 * Analysis 6: capaian against the serapan of the programs linked to the sasaran. When no program is
 * linked to it, or every program is linked to every sasaran, the efficiency of the sasaran cannot
 * be attributed and the report says so rather than computing a ratio that means nothing.
 */
export function efisiensiSasaranBlocks(ctx: ReportContext, s: SasaranFigures): Block[] {
  const t = ctx.tahun;
  if (!ctx.fig.anggaran) {
    return [
      paragrafKlaim(
        gabung([
          ctx.sekali('efisiensi-tanpa-anggaran')
            ? `Data anggaran Tahun ${t} belum tersedia, sehingga efisiensi penggunaan sumber daya belum dapat diukur.`
            : `Efisiensi Sasaran ${s.nomor} juga belum dapat diukur.`,
        ]),
      ),
    ];
  }
  if (s.serapan === null) {
    const why =
      s.atribusi === 'semua-sasaran'
        ? `setiap ${ctx.unit} dalam DPA dikaitkan dengan seluruh sasaran`
        : `belum ada ${ctx.unit} dalam DPA yang dikaitkan dengan Sasaran ${s.nomor}`;
    const text = ctx.sekali(`efisiensi-${s.atribusi}`)
      ? `Efisiensi Sasaran ${s.nomor} tidak dapat diukur karena ${why}, sehingga anggaran tidak dapat diatribusikan kepada sasaran ini; perbandingan capaian dengan serapan seluruh anggaran tidak menggambarkan efisiensi sasaran tersebut.`
      : `Efisiensi Sasaran ${s.nomor} juga tidak dapat diukur karena ${why}.`;
    return [paragrafKlaim(nyatakan(text, ...s.indikator.map((f) => klaim(s, f, 'tidak-teratribusi'))))];
  }
  const serapan = s.serapan;
  const rows = s.indikator.map((f) => ({ f, e: efisiensiIndikator(ctx, serapan, f) }));
  const parts: (string | Stated)[] = [];
  if (ctx.sekali('efisiensi-definisi'))
    parts.push(
      `Efisiensi diukur sebagai selisih antara persentase capaian kinerja dan persentase serapan anggaran ${ctx.unit} pendukung sasaran.`,
    );
  parts.push(
    nyatakan(
      `Serapan anggaran ${ctx.unit} pendukung Sasaran ${s.nomor} sebesar ${serapan.text}% (${formatRupiah(serapan.realisasi)} dari pagu ${formatRupiah(serapan.pagu)}).`,
      {
        jenis: 'anggaran',
        lingkup: `Sasaran ${s.nomor}`,
        pagu: formatRupiah(serapan.pagu),
        realisasi: formatRupiah(serapan.realisasi),
        serapan: serapan.text,
      },
    ),
  );
  const group = (putusan: Putusan, words: string) => {
    const fs = rows.filter((r) => putusanOf(r.e.efisiensi) === putusan).map((r) => r.f);
    if (fs.length > 0)
      parts.push(
        nyatakan(
          `Capaian ${daftarKata(fs.map((f) => ctx.sebut(f.ind.indikator)))} ${words}.`,
          ...fs.map((f) => klaim(s, f, putusan)),
        ),
      );
  };
  group('efisien', 'lebih tinggi daripada serapan anggarannya, sehingga penggunaan sumber daya dinilai efisien');
  group('sebanding', 'sebanding dengan serapan anggarannya');
  group('tidak-efisien', 'lebih rendah daripada serapan anggarannya, sehingga penggunaan sumber daya belum efisien');
  group(
    'tidak-terukur',
    serapan.persen === null
      ? 'tidak dapat dibandingkan dengan serapan anggaran karena pagu pendukungnya nihil'
      : 'belum dapat diukur, sehingga efisiensinya belum dapat dinilai',
  );
  return [
    tabel(
      ctx,
      '3',
      `Efisiensi Penggunaan Sumber Daya Sasaran ${s.nomor}`,
      ['Indikator Kinerja', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      rows.map(({ f, e }) => [f.ind.indikator, e.capaian, e.serapan, e.efisiensi]),
      ['left', 'right', 'right', 'right'],
    ),
    paragrafKlaim(gabung(parts)),
  ];
}

function putusanOf(efisiensi: string): Putusan {
  if (efisiensi === NO_VALUE) return 'tidak-terukur';
  if (efisiensi.startsWith('-')) return 'tidak-efisien';
  return efisiensi === '0,00' ? 'sebanding' : 'efisien';
}
