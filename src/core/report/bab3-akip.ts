import type { Decimal } from '../decimal';
import type { AkipKomponen } from '../layout/model';
import { formatId, formatNumberLoose } from '../numbers';
import { SKALA_AKIP } from '../predikat-akip';
import { type ClaimData, type Langkah, type Stated, daftarStated, gabung, nyatakan } from './claims';
import type { ReportContext } from './report-context';
import { type AkipYear, NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { daftarKata, paragraf, paragrafKlaim } from './sentences';
import { tabel } from './table';

function skalaAkipRows(): string[][] {
  return SKALA_AKIP.map((b, i) => {
    const upper = i === 0 ? 100 : SKALA_AKIP[i - 1].above;
    const range = b.above < 0 ? `0 – ${upper}` : `> ${b.above} – ${upper}`;
    return [range, b.predikat, b.interpretasi];
  });
}

type Scored = AkipYear & { total: Decimal };

/** For a caption or header: `2020`, `2020–2023` (consecutive years), `2020, 2022, dan 2023`. */
function tahunTahun(ys: number[]): string {
  const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
  if (ys.length > 1 && consecutive) return `${ys[0]}–${ys[ys.length - 1]}`;
  return daftarKata(ys.map(String));
}

/** For a sentence: `2020 dan 2021`, `2020–2023` for three or more consecutive years. */
function tahunKalimat(ys: number[]): string {
  return ys.length === 2 ? daftarKata(ys.map(String)) : tahunTahun(ys);
}

/** The weights as printed, one per component; `null` when the year's weights are unknown. */
function bobotKey(y: Scored): string | null {
  return y.bobot === null ? null : y.bobot.map((b) => (b === null ? '' : b.toString())).join('|');
}

/**
 * Consecutive years scored under the same weights (rules/akip.ts `akipBobotTahun`): each group gets
 * its own Bobot column, so a year scored under other weights (the five components of PermenPAN-RB
 * 12/2015) is never printed under the weights of PermenPAN-RB 88/2021.
 */
function kelompokBobot(years: Scored[]): Scored[][] {
  const groups: Scored[][] = [];
  for (const y of years) {
    const last = groups[groups.length - 1];
    if (last && bobotKey(last[0]) === bobotKey(y)) last.push(y);
    else groups.push([y]);
  }
  return groups;
}

function komponenTable(ctx: ReportContext, komponen: AkipKomponen[], years: Scored[]): Block {
  const groups = kelompokBobot(years);
  const oneColumn = groups.length === 1;
  const header = ['No', 'Komponen'];
  const align: ('left' | 'right' | 'center')[] = ['center', 'left'];
  for (const g of groups) {
    if (g[0].bobot !== null) {
      header.push(oneColumn ? 'Bobot' : `Bobot ${tahunTahun(g.map((y) => y.year))}`);
      align.push('right');
    }
    for (const y of g) {
      header.push(String(y.year));
      align.push('right');
    }
  }
  const nilai = (k: AkipKomponen, y: number) => {
    const v = k.nilai[y]?.value;
    return v == null ? NO_VALUE : formatId(v);
  };
  const rows = komponen.map((k, i) => {
    const row = [String(i + 1), k.nama];
    for (const g of groups) {
      if (g[0].bobot !== null) row.push(g[0].bobot[i] === null ? NO_VALUE : formatNumberLoose(g[0].bobot[i]!));
      for (const y of g) row.push(nilai(k, y.year));
    }
    return row;
  });
  const total = ['', 'Nilai Akhir'];
  for (const g of groups) {
    if (g[0].bobot !== null) {
      const weights = g[0].bobot.filter((b): b is Decimal => b !== null);
      total.push(weights.length > 0 ? formatNumberLoose(weights.reduce((s, b) => s.plus(b))) : NO_VALUE);
    }
    for (const y of g) total.push(formatId(y.total));
  }
  rows.push(total);
  return tabel(
    ctx,
    '3',
    `Nilai Komponen Evaluasi AKIP Tahun ${tahunTahun(years.map((y) => y.year))}`,
    header,
    rows,
    align,
    { totalRow: true },
  );
}

/**
 * Under the component table: the years whose weights differ from the others (their components
 * differ), and the years whose components do not add up to the Nilai Akhir — their sum and the
 * difference, in one sentence each.
 */
function catatanKomponen(komponen: AkipKomponen[], years: Scored[]): Block[] {
  const blocks: Block[] = [];
  const groups = kelompokBobot(years);
  if (groups.length > 1) {
    const only = komponen.filter((k) => {
      const scored = years.filter((y) => k.nilai[y.year]?.value != null);
      return scored.length > 0 && scored.length < years.length;
    });
    const parts = groups.map((g) => `Tahun ${tahunKalimat(g.map((y) => y.year))}`);
    let s =
      parts.length === 2
        ? `Bobot komponen evaluasi ${parts[0]} berbeda dengan bobot ${parts[1]}`
        : `Bobot komponen evaluasi berbeda antara ${daftarKata(parts)}`;
    if (only.length > 0) {
      const named = only.map((k) => {
        const ys = years.filter((y) => k.nilai[y.year]?.value != null).map((y) => y.year);
        return `${k.nama} hanya dinilai pada Tahun ${tahunKalimat(ys)}`;
      });
      s += ` (${daftarKata(named)})`;
    }
    blocks.push(paragraf(`${s}, sehingga nilai komponennya tidak dapat dibandingkan langsung antarkelompok tahun.`));
  }
  const off = years.filter((y) => y.jumlahKomponen !== null && !y.jumlahKomponen.eq(y.total));
  if (off.length > 0) {
    const parts: Stated[] = off.map((y) => {
      const jumlah = y.jumlahKomponen as Decimal;
      const selisih = formatId(jumlah.minus(y.total).abs());
      return nyatakan(
        `Tahun ${y.year} sebesar ${formatId(jumlah)} (selisih ${selisih} dari Nilai Akhir ${formatId(y.total)})`,
        {
          jenis: 'akip-jumlah-komponen',
          tahun: y.year,
          jumlah: formatId(jumlah),
          nilaiAkhir: formatId(y.total),
          selisih,
        },
      );
    });
    const list = daftarStated(parts);
    blocks.push(
      paragrafKlaim({
        text: `Jumlah nilai komponen ${list.text}; Nilai Akhir yang digunakan dalam laporan ini adalah nilai hasil evaluasi.`,
        claims: list.claims,
      }),
    );
  }
  return blocks;
}

function arahOf(d: Decimal): Langkah {
  return d.isZero() ? 'tetap' : d.isPositive() ? 'naik' : 'turun';
}

/** The change of the AKIP value between the last two years, by component when both used the same weights. */
function perubahanAkip(komponen: AkipKomponen[], prev: Scored, last: Scored): Stated {
  const d = last.total.minus(prev.total);
  const arah = arahOf(d);
  const head = `Dibandingkan Tahun ${prev.year} (${formatId(prev.total)}${prev.predikat ? `, ${prev.predikat.predikat}` : ''}), nilai Tahun ${last.year} ${arah === 'tetap' ? 'tetap' : `${arah} ${formatId(d.abs())} poin`}.`;
  const sameWeights = bobotKey(prev) !== null && bobotKey(prev) === bobotKey(last);
  const changes = komponen
    .map((k) => ({ k, a: k.nilai[prev.year]?.value, b: k.nilai[last.year]?.value }))
    .filter((x): x is { k: AkipKomponen; a: Decimal; b: Decimal } => x.a != null && x.b != null)
    .map(({ k, a, b }) => ({ nama: k.nama, a, b, d: b.minus(a), arah: arahOf(b.minus(a)) }));
  const claim: ClaimData = {
    jenis: 'akip-perubahan',
    dari: prev.year,
    ke: last.year,
    arah,
    selisih: formatId(d.abs()),
    komponen: sameWeights ? changes.map((c) => ({ nama: c.nama, arah: c.arah, selisih: formatId(c.d.abs()) })) : null,
  };
  if (!sameWeights || changes.length === 0) {
    const tail = sameWeights
      ? ''
      : ` Nilai komponen kedua tahun tidak dibandingkan satu per satu karena bobot komponennya berbeda.`;
    return nyatakan(`${head}${tail}`, claim);
  }
  const phrase = (c: (typeof changes)[number]) =>
    c.arah === 'tetap'
      ? `${c.nama} tetap (${formatId(c.a)})`
      : `${c.nama} ${c.arah} ${formatId(c.d.abs())} poin (${formatId(c.a)} menjadi ${formatId(c.b)})`;
  const down = changes.filter((c) => c.arah === 'turun');
  const up = changes.filter((c) => c.arah === 'naik');
  const same = changes.filter((c) => c.arah === 'tetap');
  const groups = [down, up, same].filter((g) => g.length > 0).map((g) => daftarKata(g.map(phrase)));
  const body =
    groups.length === 1 ? groups[0] : `${groups.slice(0, -1).join(', ')}, sedangkan ${groups[groups.length - 1]}`;
  return nyatakan(`${head} Menurut komponennya, ${body}.`, claim);
}

/**
 * AKIP (PermenPAN-RB 88/2021): the scale; the components by year as they are, each group of years
 * with the weights it was scored under; the official Nilai Akhir (the LHE, rules/akip.ts) and,
 * where the components do not add up to it, their sum and the difference; the predikat by year;
 * the change of the last year, by component.
 */
export function akipBlocks(ctx: ReportContext): Block[] {
  const akip = ctx.wb.akip;
  if (!akip) return [];
  const years = ctx.fig.akip.filter((y): y is Scored => y.total !== null);
  if (akip.komponen.length === 0 || years.length === 0) {
    return [paragraf('Nilai komponen hasil evaluasi AKIP belum tersedia, sehingga rinciannya belum dapat disajikan.')];
  }
  const ys = years.map((y) => y.year);
  const blocks: Block[] = [
    paragraf(
      'Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) dilaksanakan menurut Peraturan Menteri PAN-RB Nomor 88 Tahun 2021 dengan menilai komponen Perencanaan Kinerja (bobot 30), Pengukuran Kinerja (30), Pelaporan Kinerja (15) dan Evaluasi Akuntabilitas Kinerja Internal (25). Nilai akhir hasil evaluasi menentukan predikat menurut skala berikut.',
    ),
    tabel(
      ctx,
      '3',
      'Skala Nilai dan Predikat AKIP',
      ['Nilai', 'Predikat', 'Interpretasi'],
      skalaAkipRows(),
      ['center', 'center', 'left'],
      { note: 'Sumber: Peraturan Menteri PAN-RB Nomor 88 Tahun 2021.' },
    ),
    komponenTable(ctx, akip.komponen, years),
    ...catatanKomponen(akip.komponen, years),
    tabel(
      ctx,
      '3',
      `Nilai Akhir dan Predikat AKIP Tahun ${tahunTahun(ys)}`,
      ['Tahun', 'Nilai Akhir', 'Predikat', 'Interpretasi'],
      years.map((y) => [
        String(y.year),
        formatId(y.total),
        y.predikat?.predikat ?? NO_VALUE,
        y.predikat?.interpretasi ?? NO_VALUE,
      ]),
      ['center', 'right', 'center', 'left'],
    ),
  ];
  const last = years[years.length - 1];
  const prev = years.length > 1 ? years[years.length - 2] : null;
  const nilai = last.predikat
    ? nyatakan(
        `Nilai evaluasi AKIP Tahun ${last.year} sebesar ${formatId(last.total)} dengan predikat ${last.predikat.predikat} (${last.predikat.interpretasi}).`,
        { jenis: 'predikat-akip', tahun: last.year, nilai: formatId(last.total), predikat: last.predikat.predikat },
      )
    : `Nilai evaluasi AKIP Tahun ${last.year} sebesar ${formatId(last.total)}.`;
  blocks.push(paragrafKlaim(gabung([nilai, prev ? perubahanAkip(akip.komponen, prev, last) : null])));
  return blocks;
}
