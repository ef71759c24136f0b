/**
 * The quarters of each IKU indicator as the reports print them (docs/rules.md#laporan-triwulan): the
 * Renaksi figures of rules/triwulan.ts in Indonesian form, with the claims (claims.ts) and the
 * sentences both the Laporan Triwulan and the LKjIP's BAB III state about them.
 */
import type { Target } from '../capaian';
import { type Decimal, round } from '../decimal';
import { kategoriCapaian } from '../kategori-capaian';
import type { RenaksiRow, Workbook } from '../layout/model';
import { renaksiHasData } from '../layout/read-renaksi';
import { formatId } from '../numbers';
import { type QuarterFigures, quartersOfRow, romawi, TRIWULAN, type Triwulan } from '../rules/triwulan';
import { type ClaimData, type Stated, gabung, nyatakan } from './claims';
import type { ReportContext } from './report-context';
import { alasanTanpaCapaian, type IndikatorFigures, KATEGORI_TINGGI, NO_VALUE } from './report-figures';
import { daftarKata, denganSatuan, kapital } from './sentences';

/** `Triwulan II`. */
export const namaTriwulan = (n: Triwulan): string => `Triwulan ${romawi(n)}`;

const BULAN_AKHIR = ['Maret', 'Juni', 'September', 'Desember'];

/** The months from the start of the year to the end of quarter n: `Januari–Juni`. */
export function bulanSampai(n: Triwulan): string {
  return `Januari–${BULAN_AKHIR[n - 1]}`;
}

/** A capaian up to a quarter as printed: rounded to 2 decimals, its kategori on the printed value. */
interface CapaianTriwulan {
  value: Decimal | null;
  text: string;
  kategori: string;
  /** Why there is none although both figures are there (target 0 …). */
  error?: string;
}

export interface IndikatorTriwulan {
  f: IndikatorFigures;
  /** The indicator's Renaksi row, null when it has none. */
  row: RenaksiRow | null;
  /** Its four quarters; null without a row, or a row without a Cara Hitung. */
  quarters: QuarterFigures[] | null;
  /** A figure of its quarters as printed: the indicator's decimals, 2 where a quarter's figure has decimals. */
  angka(d: Decimal | null): string;
  target(t: Target | null): string;
  capaian(n: Triwulan): CapaianTriwulan;
}

function placesOf(f: IndikatorFigures, quarters: QuarterFigures[] | null): number {
  if (f.places > 0 || !quarters) return f.places;
  const values: (Decimal | null)[] = quarters.flatMap((q) => {
    const t = q.targetSampai;
    const bounds = t === null ? [] : t.kind === 'single' ? [t.value] : [t.lower, t.upper];
    return [q.targetTriwulan, q.realisasiTriwulan, q.realisasiSampai, ...bounds];
  });
  return values.some((v) => v !== null && !v.isInteger()) ? 2 : 0;
}

/** Each IKU indicator (in IKU order) with its Renaksi row and quarters. */
export function indikatorTriwulan(ctx: ReportContext): IndikatorTriwulan[] {
  const rows = ctx.wb.renaksi?.rows ?? [];
  return ctx.fig.indikator.map((f) => {
    const row = rows.find((r) => r.iku === f.ind) ?? null;
    const quarters = row ? quartersOfRow(row) : null;
    const places = placesOf(f, quarters);
    const angka = (d: Decimal | null) => (d === null ? NO_VALUE : formatId(d, places));
    const cache = new Map<Triwulan, CapaianTriwulan>();
    return {
      f,
      row,
      quarters,
      angka,
      target: (t) =>
        t === null ? NO_VALUE : t.kind === 'range' ? `${angka(t.lower)} – ${angka(t.upper)}` : angka(t.value),
      capaian(n) {
        let c = cache.get(n);
        if (!c) {
          const q = quarters?.[n - 1];
          const value = q?.capaianSampai ? round(q.capaianSampai) : null;
          c = value
            ? { value, text: formatId(value), kategori: kategoriCapaian(value) }
            : { value: null, text: NO_VALUE, kategori: '', ...(q?.capaianError ? { error: q.capaianError } : {}) };
          cache.set(n, c);
        }
        return c;
      },
    };
  });
}

/** The Renaksi is in use: a row with data is linked to an indicator and has a realisasi of some quarter. */
export function renaksiDiisi(wb: Workbook): boolean {
  return (wb.renaksi?.rows ?? []).some(
    (r) => r.iku !== null && renaksiHasData(r) && r.realisasi.some((x) => x.value !== null),
  );
}

/** A quarter whose capaian can be measured: a target up to it and a realisasi. */
const terukur = (t: IndikatorTriwulan, n: Triwulan) => t.capaian(n).value !== null;

/** The claim about an indicator up to quarter n (claims.ts `triwulan`); with its quarter's own figures when `sendiri`. */
export function klaimTriwulan(t: IndikatorTriwulan, n: Triwulan, sendiri = false): ClaimData {
  const q = t.quarters?.[n - 1] ?? null;
  const c = t.capaian(n);
  const alasan = !q
    ? 'tanpa-rencana-aksi'
    : q.targetSampai === null
      ? 'tanpa-target'
      : q.realisasiSampai === null
        ? 'belum-dilaporkan'
        : c.value === null
          ? 'tidak-terhitung'
          : null;
  return {
    jenis: 'triwulan',
    indikator: t.f.ind.indikator,
    triwulan: n,
    target: q?.targetSampai ? t.target(q.targetSampai) : null,
    realisasi: q?.realisasiSampai ? t.angka(q.realisasiSampai) : null,
    ...(sendiri && q
      ? {
          targetTriwulan: q.targetTriwulan ? t.angka(q.targetTriwulan) : null,
          realisasiTriwulan: q.realisasiTriwulan ? t.angka(q.realisasiTriwulan) : null,
        }
      : {}),
    capaian: c.value === null ? null : c.text,
    kategori: c.kategori,
    tercapai: c.value === null ? null : c.value.gte(100),
    alasan,
  };
}

/** Whether the target up to quarter n was met: true, false, or null when it cannot be measured. */
export function tercapaiTriwulan(t: IndikatorTriwulan, n: Triwulan): boolean | null {
  const c = t.capaian(n).value;
  return c === null ? null : c.gte(100);
}

/**
 * The Laporan Triwulan's sentence about one indicator: the quarter's own target and realisasi where
 * they differ from those up to it (Kumulatif, Rata-rata after TW I), the figures up to the quarter,
 * the capaian with its kategori and whether the target up to the quarter was met; or why there is
 * no capaian. The polaritas formula once for an indicator where lower is better.
 */
export function kalimatTriwulan(ctx: ReportContext, t: IndikatorTriwulan, n: Triwulan): Stated {
  const nama = ctx.sebut(t.f.ind.indikator);
  const satuan = t.f.ind.satuan;
  const tw = namaTriwulan(n);
  const q = t.quarters?.[n - 1] ?? null;
  const cara = t.row?.caraHitung;
  // The quarter's own figures are stated where they differ from those up to it.
  const sendiri = cara !== 'nilai-akhir' && n > 1;
  const claim = klaimTriwulan(t, n);
  const s = (x: string) => denganSatuan(x, satuan);
  if (!q)
    return nyatakan(
      `Target dan realisasi triwulanan ${nama} belum ditetapkan dalam rencana aksi, sehingga capaiannya sampai dengan ${tw} belum dapat diukur.`,
      claim,
    );
  if (q.targetSampai === null)
    return nyatakan(
      `${kapital(nama)} belum memiliki target sampai dengan ${tw}, sehingga capaiannya belum dapat diukur pada triwulan ini.`,
      claim,
    );
  const target = s(t.target(q.targetSampai));
  if (q.realisasiSampai === null)
    return nyatakan(
      `Realisasi ${nama} ${tw} belum dilaporkan, sehingga capaian terhadap target sampai dengan ${tw} sebesar ${target} belum dapat diukur.`,
      claim,
    );
  const realisasi = s(t.angka(q.realisasiSampai));
  const c = t.capaian(n);
  if (c.value === null)
    return nyatakan(
      `Sampai dengan ${tw} realisasi ${nama} sebesar ${realisasi} dari target ${target}; capaiannya tidak dapat dihitung karena ${alasanTanpaCapaian(c.error ?? '', ctx.tahun)}.`,
      claim,
    );
  const met = c.value.gte(100);
  const hasil = met
    ? `sehingga capaian kinerjanya ${c.text}% dengan kategori ${c.kategori} dan target sampai dengan ${tw} tercapai`
    : KATEGORI_TINGGI.has(c.kategori)
      ? `sehingga capaian kinerjanya ${c.text}% dengan kategori ${c.kategori}, tetapi karena masih di bawah 100% target sampai dengan ${tw} belum tercapai`
      : `sehingga capaian kinerjanya ${c.text}% dengan kategori ${c.kategori} dan target sampai dengan ${tw} belum tercapai`;
  const realisasiSendiri = q.realisasiTriwulan !== null ? s(t.angka(q.realisasiTriwulan)) : null;
  const targetSendiri = q.targetTriwulan !== null ? s(t.angka(q.targetTriwulan)) : null;
  let text: string;
  if (cara === 'nilai-akhir')
    text = `Realisasi ${nama} pada akhir ${tw} sebesar ${realisasi} dari target ${target}, ${hasil}.`;
  else if (!sendiri) text = `Pada ${tw} realisasi ${nama} sebesar ${realisasi} dari target ${target}, ${hasil}.`;
  else {
    const triwulanIni = `Pada ${tw} realisasi ${nama} sebesar ${realisasiSendiri}${targetSendiri ? ` dari target triwulan ${targetSendiri}` : ''}`;
    const sampai =
      cara === 'rata-rata'
        ? `rata-rata Triwulan I sampai dengan ${tw} sebesar ${realisasi} dari target ${target}`
        : `sampai dengan ${tw} realisasinya ${realisasi} dari target ${target}`;
    text = `${triwulanIni}; ${sampai}, ${hasil}.`;
  }
  const parts: (string | Stated)[] = [nyatakan(text, klaimTriwulan(t, n, sendiri))];
  if (t.f.ind.polaritas === 'negatif' && ctx.sekali('polaritas-negatif'))
    parts.push(
      'Untuk indikator berpolaritas negatif (makin rendah makin baik), capaian dihitung dengan rumus (2 × target − realisasi) ÷ target × 100%.',
    );
  if (t.f.ind.polaritas === 'terbalik' && ctx.sekali('polaritas-terbalik'))
    parts.push(
      'Untuk indikator berpolaritas negatif yang dihitung terbalik (makin rendah makin baik), capaian dihitung dengan rumus target ÷ realisasi × 100%.',
    );
  return gabung(parts);
}

/** The measured quarters of an indicator, each with its printed capaian and whether it fell behind. */
function jalan(t: IndikatorTriwulan): { n: Triwulan; text: string; kurang: boolean }[] {
  return TRIWULAN.filter((n) => terukur(t, n)).map((n) => {
    const c = t.capaian(n);
    return { n, text: c.text, kurang: (c.value as Decimal).lt(100) };
  });
}

/** `Triwulan I`, `Triwulan I dan II`, `Triwulan I, II, dan III`. */
function triwulanDaftar(ns: Triwulan[]): string {
  return `Triwulan ${daftarKata(ns.map(romawi))}`;
}

/**
 * How the year went (BAB III): the capaian up to each quarter, which quarters fell below the target
 * up to them, and whether the shortfall was made up by the last measured quarter (claims.ts
 * `jalan-triwulan`). null with fewer than two measured quarters.
 */
export function kalimatJalanTriwulan(ctx: ReportContext, t: IndikatorTriwulan): Stated | null {
  const steps = jalan(t);
  if (steps.length < 2) return null;
  const nama = ctx.sebut(t.f.ind.indikator);
  const tertinggal = steps.filter((x) => x.kurang).map((x) => x.n);
  const last = steps[steps.length - 1];
  let terkejarPada: Triwulan | null = null;
  if (tertinggal.length > 0 && !last.kurang) {
    const lastBehind = tertinggal[tertinggal.length - 1];
    terkejarPada = (steps.find((x) => x.n > lastBehind) as { n: Triwulan }).n;
  }
  const claim: ClaimData = {
    jenis: 'jalan-triwulan',
    indikator: t.f.ind.indikator,
    triwulan: steps.map((x) => x.n),
    capaian: steps.map((x) => x.text),
    tertinggal,
    terkejarPada,
  };
  const persen = (xs: typeof steps) => daftarKata(xs.map((x) => `${x.text}%`));
  const awal = `Sepanjang Tahun ${ctx.tahun}, capaian ${nama} sampai dengan setiap triwulan`;
  if (tertinggal.length === 0)
    return nyatakan(
      `${awal} memenuhi target, yaitu ${persen(steps)} pada ${triwulanDaftar(steps.map((x) => x.n))}.`,
      claim,
    );
  // Runs of quarters on the same side of the target, in order.
  const runs: (typeof steps)[] = [];
  for (const x of steps) {
    const run = runs[runs.length - 1];
    if (run && run[0].kurang === x.kurang) run.push(x);
    else runs.push([x]);
  }
  const seen = new Set<boolean>();
  const said = runs.map((run, i) => {
    const again = seen.has(run[0].kurang) ? 'kembali ' : '';
    seen.add(run[0].kurang);
    const side = run[0].kurang ? 'berada di bawah target' : 'memenuhi target';
    const lalu = i > 0 && i === runs.length - 1 ? 'lalu ' : '';
    return `${lalu}${again}${side} pada ${triwulanDaftar(run.map((x) => x.n))} (${persen(run)})`;
  });
  const akhir = terkejarPada
    ? `, sehingga ketertinggalan pada ${triwulanDaftar(tertinggal)} terkejar pada ${namaTriwulan(terkejarPada)}.`
    : last.n === 4
      ? ', sehingga ketertinggalan itu belum terkejar hingga akhir tahun.'
      : `, sehingga hingga ${namaTriwulan(last.n)} ketertinggalan itu belum terkejar.`;
  return nyatakan(`${awal} ${said.join(', ')}${akhir}`, claim);
}
