import { Decimal, round } from '../decimal';
import { formatId, formatNumberLoose } from '../numbers';
import { SKALA_AKIP } from '../predikat-akip';
import type { ReportContext } from './report-context';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, paragraf, perubahan } from './sentences';
import { tabel } from './table';

function skalaAkipRows(): string[][] {
  return SKALA_AKIP.map((b, i) => {
    const upper = i === 0 ? 100 : SKALA_AKIP[i - 1].above;
    const range = b.above < 0 ? `0 – ${upper}` : `> ${b.above} – ${upper}`;
    return [range, b.predikat, b.interpretasi];
  });
}

/**
 * A component scored in some years only (the 2020–2021 `Capaian Kinerja` of the evaluations before
 * PermenPAN-RB 88/2021) is named with its years, so the reader sees why its row has gaps and why
 * the Nilai Akhir of those years sums five components.
 */
function komponenSebagianTahun(komponen: NonNullable<ReportContext['wb']['akip']>['komponen'], ys: number[]): Block[] {
  const out: string[] = [];
  for (const k of komponen) {
    const scored = ys.filter((y) => k.nilai[y]?.value != null);
    if (scored.length === 0 || scored.length === ys.length) continue;
    const kedua =
      scored.length === 1 ? 'tahun tersebut' : scored.length === 2 ? 'kedua tahun tersebut' : 'tahun-tahun tersebut';
    out.push(
      `Komponen ${k.nama} hanya dinilai pada evaluasi Tahun ${daftarKata(scored.map(String))} menurut pedoman evaluasi yang berlaku saat itu, sehingga nilai akhir ${kedua} juga memuat komponen ini.`,
    );
  }
  return out.map(paragraf);
}

/** AKIP: the scale, the components by year with computed totals, and the predikat by year (PermenPAN-RB 88/2021). */
export function akipBlocks(ctx: ReportContext): Block[] {
  const akip = ctx.wb.akip;
  if (!akip) return [];
  const years = ctx.fig.akip.filter((y) => y.total !== null);
  if (akip.komponen.length === 0 || years.length === 0) {
    return [paragraf('Nilai komponen hasil evaluasi AKIP belum tersedia, sehingga rinciannya belum dapat disajikan.')];
  }
  const ys = years.map((y) => y.year);
  let bobotTotal = new Decimal(0);
  let anyBobot = false;
  const rows = akip.komponen.map((k, i) => {
    const b = k.bobot.value;
    if (b !== null) {
      bobotTotal = bobotTotal.plus(b);
      anyBobot = true;
    }
    return [
      String(i + 1),
      k.nama,
      b === null ? NO_VALUE : formatNumberLoose(b),
      ...ys.map((y) => (k.nilai[y]?.value != null ? formatId(round(k.nilai[y].value as Decimal)) : NO_VALUE)),
    ];
  });
  rows.push([
    '',
    'Nilai Akhir',
    anyBobot ? formatNumberLoose(bobotTotal) : NO_VALUE,
    ...years.map((y) => formatId(y.total as Decimal)),
  ]);

  const blocks: Block[] = [
    paragraf(
      'Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) dilaksanakan menurut Peraturan Menteri PAN-RB Nomor 88 Tahun 2021 dengan menilai komponen Perencanaan Kinerja (bobot 30), Pengukuran Kinerja (30), Pelaporan Kinerja (15) dan Evaluasi Akuntabilitas Kinerja Internal (25). Nilai akhir adalah jumlah nilai komponen, dengan predikat menurut skala berikut.',
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai dan Predikat AKIP',
      ['Nilai', 'Predikat', 'Interpretasi'],
      skalaAkipRows(),
      ['center', 'center', 'left'],
      {
        note: 'Sumber: Peraturan Menteri PAN-RB Nomor 88 Tahun 2021.',
      },
    ),
    tabel(
      ctx,
      '3',
      `Nilai Komponen Evaluasi AKIP Tahun ${ys[0]}–${ys[ys.length - 1]}`,
      ['No', 'Komponen', 'Bobot', ...ys.map(String)],
      rows,
      ['center', 'left', 'right', ...ys.map(() => 'right' as const)],
      { totalRow: true },
    ),
    ...komponenSebagianTahun(akip.komponen, ys),
    tabel(
      ctx,
      '3',
      `Nilai Akhir dan Predikat AKIP Tahun ${ys[0]}–${ys[ys.length - 1]}`,
      ['Tahun', 'Nilai Akhir', 'Predikat', 'Interpretasi'],
      years.map((y) => [
        String(y.year),
        formatId(y.total as Decimal),
        y.predikat?.predikat ?? NO_VALUE,
        y.predikat?.interpretasi ?? NO_VALUE,
      ]),
      ['center', 'right', 'center', 'left'],
    ),
  ];
  const last = years[years.length - 1];
  const prev = years.length > 1 ? years[years.length - 2] : null;
  let s = `Nilai evaluasi AKIP Tahun ${last.year} sebesar ${formatId(last.total as Decimal)}${last.predikat ? ` dengan predikat ${last.predikat.predikat} (${last.predikat.interpretasi})` : ''}`;
  if (prev) {
    const change = perubahan(prev.total as Decimal, last.total as Decimal, 2, false).replace(/^realisasi /, '');
    s += `; dibandingkan Tahun ${prev.year} (${formatId(prev.total as Decimal)}${prev.predikat ? `, ${prev.predikat.predikat}` : ''}) nilai ${change}`;
  }
  blocks.push(paragraf(`${s}.`));
  return blocks;
}
