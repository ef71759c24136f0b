/**
 * The claim walk: every statement of fact in a report model (claims.ts, carried by paragraphs and
 * lists) re-derived from the workbook's own figures with the rules worked by hand here — the
 * Permendagri 86/2017 bands, the PermenPAN-RB 88/2021 and 14/2017 scales, capaian by polarity,
 * DPA sums — and checked three ways:
 *
 * 1. the claim is true for the figures (a target said missed is missed, a series said to rise rose);
 * 2. its words are in its block and say what the claim says (`belum tercapai` for a missed target);
 * 3. no factual word of a report sentence (tercapai, naik, efisien, Rp …, `2 (dua) program`) stands
 *    outside every claim's words: a sentence the walk cannot check fails it.
 *
 * Text the office typed (Narasi, IKU Analisis/Solusi, Renaksi's rencana aksi: `fromOffice`) is
 * quoted, not claimed. The quarters (Renaksi, DPA `Realisasi TW`) are re-derived here too, with the
 * cara hitung worked by hand: Kumulatif adds the filled quarters, Nilai Akhir takes the quarter,
 * Rata-rata the mean of the filled quarters.
 * Reusable: `claimProblems(doc, wb)` returns [] for a sound LKjIP, `claimProblems(doc, wb, { triwulan: n })`
 * for a sound Laporan Triwulan of quarter n.
 */
import Decimal from 'decimal.js';
import type { Target } from '../../../src/core/capaian';
import type { Indikator, RenaksiRow, Workbook } from '../../../src/core/layout/model';
import type { Claim } from '../../../src/core/report/claims';
import type { Block, ReportDocument } from '../../../src/core/report/report-types';
import { akipIndikator, ikmIndikator } from '../../../src/core/rules/linked-indicators';

const D = (x: Decimal.Value) => new Decimal(x);
const HALF_UP = Decimal.ROUND_HALF_UP;
const r2 = (d: Decimal) => d.toDecimalPlaces(2, HALF_UP);

/** `1.234.567,89` → Decimal; `Rp 1.234` too. */
function num(s: string): Decimal {
  return D(
    s
      .replace(/^Rp\s*/, '')
      .replace(/%$/, '')
      .replace(/\./g, '')
      .replace(',', '.'),
  );
}

/** Indonesian form with `places` decimals: 1234.5 → `1.234,50`. */
function id(d: Decimal, places = 2): string {
  const [int, frac] = d.abs().toFixed(places, HALF_UP).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

const rp = (d: Decimal) => `Rp ${id(d, 0)}`;

/** Permendagri 86/2017, on the printed capaian. */
function kategori(c: Decimal): string {
  if (c.gte(91)) return 'Sangat Tinggi';
  if (c.gte(76)) return 'Tinggi';
  if (c.gte(66)) return 'Sedang';
  if (c.gte(51)) return 'Rendah';
  return 'Sangat Rendah';
}

/** PermenPAN-RB 88/2021: lower bounds exclusive. */
function predikat(v: Decimal): string {
  if (v.gt(90)) return 'AA';
  if (v.gt(80)) return 'A';
  if (v.gt(70)) return 'BB';
  if (v.gt(60)) return 'B';
  if (v.gt(50)) return 'CC';
  if (v.gt(30)) return 'C';
  return 'D';
}

/** PermenPAN-RB 14/2017 on the printed NIK. */
function mutu(nik: Decimal): string {
  if (nik.gte('88.31')) return 'A';
  if (nik.gte('76.61')) return 'B';
  if (nik.gte(65)) return 'C';
  return 'D';
}

/** NRR per unsur (blanks skipped), IKM = mean NRR, NIK = IKM × 25 — one row is a row of NRR. */
function ikmOf(rows: unknown[][]): { nrr: (Decimal | null)[]; nik: Decimal | null; responden: number } {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const nrr: (Decimal | null)[] = [];
  for (let c = 0; c < cols; c++) {
    const xs = rows.map((r) => r[c]).filter((v): v is number => typeof v === 'number');
    nrr.push(xs.length === 0 ? null : xs.reduce((s, x) => s.plus(x), D(0)).div(xs.length));
  }
  const ok = nrr.filter((x): x is Decimal => x !== null);
  const responden = rows.filter((r) => r.some((v) => typeof v === 'number')).length;
  if (ok.length !== cols || cols === 0) return { nrr, nik: null, responden };
  return {
    nrr,
    nik: r2(
      ok
        .reduce((s, x) => s.plus(x), D(0))
        .div(cols)
        .times(25),
    ),
    responden,
  };
}

interface Fakta {
  wb: Workbook;
  tahun: number;
  /** The official realisasi of an indicator-year (unrounded), as docs/rules.md defines it. */
  realisasi(ind: Indikator, y: number): Decimal | null;
  capaian(ind: Indikator, y: number): Decimal | null;
  /** Capaian of a target and a realisasi by the indicator's polaritas, printed (2 decimals). */
  capaianDari(t: Target | null | undefined, r: Decimal | null, ind: Indikator): Decimal | null;
  /** The indicator's Renaksi row. */
  renaksi(ind: Indikator): RenaksiRow | undefined;
  places(ind: Indikator): number;
  find(nama: string): Indikator | undefined;
  /** Top-level DPA rows linked to sasaran n (1-based), and whether the budget is attributable. */
  linked(n: number): { rows: number[]; atribusi: boolean };
  renstraEnd: number | null;
}

function fakta(wb: Workbook): Fakta {
  const iku = wb.iku;
  const tahun = wb.profil?.tahun || Math.max(0, ...(iku?.realisasiYears ?? []));
  const akipInd = wb.akip ? akipIndikator(wb) : null;
  const ikmInd = wb.ikm ? ikmIndikator(wb) : null;
  const ikm = wb.ikm && wb.ikm.answers.length > 0 ? ikmOf(wb.ikm.answers) : null;
  const realisasi = (ind: Indikator, y: number): Decimal | null => {
    if (ind === akipInd && wb.akip) {
      const typed = wb.akip.nilaiAkhir[y]?.value;
      if (typed != null) return r2(typed);
      const own = ind.realisasi[y]?.value;
      if (own != null) return r2(own);
      const parts = wb.akip.komponen.map((k) => k.nilai[y]?.value).filter((v): v is Decimal => v != null);
      if (parts.length > 0) return r2(parts.reduce((s, x) => s.plus(x), D(0)));
    }
    if (ind === ikmInd && y === tahun && ikm?.nik) return ikm.nik;
    return ind.realisasi[y]?.value ?? null;
  };
  const capaian = (ind: Indikator, y: number): Decimal | null =>
    capaianDari(ind.target[y]?.target, realisasi(ind, y), ind);
  const capaianDari = (t: Target | null | undefined, r: Decimal | null, ind: Indikator): Decimal | null => {
    if (!t || r === null) return null;
    let target: Decimal;
    if (t.kind === 'range') {
      if (r.gte(t.lower) && r.lte(t.upper)) return D(100);
      target = r.gt(t.upper) ? t.upper : t.lower;
    } else target = t.value;
    // Negatif with target 0 (docs/rules.md): none is the target met (100), any is missed (0).
    if (target.isZero()) return ind.polaritas === 'negatif' ? D(r.isZero() ? 100 : 0) : null;
    if (ind.polaritas === 'negatif') return r2(target.times(2).minus(r).div(target).times(100));
    if (ind.polaritas === 'terbalik') return r.isZero() ? null : r2(target.div(r).times(100));
    return r2(r.div(target).times(100));
  };
  const places = (ind: Indikator) => {
    const vs: Decimal[] = [];
    for (const t of Object.values(ind.target)) {
      if (t.target?.kind === 'single') vs.push(t.target.value);
      if (t.target?.kind === 'range') vs.push(t.target.lower, t.target.upper);
    }
    for (const y of Object.keys({ ...ind.realisasi, ...ind.target }).map(Number)) {
      const r = realisasi(ind, y);
      if (r) vs.push(r);
    }
    return ind === akipInd || ind === ikmInd || vs.some((v) => !v.isInteger()) ? 2 : 0;
  };
  const top = (wb.dpa?.rows ?? []).map((r, i) => (r.parent === -1 ? i : -1)).filter((i) => i >= 0);
  const keys = (s: string) =>
    s
      .split(/\s*(?:[,;/&]|\bdan\b)\s*/i)
      .map((k) => k.trim())
      .filter(Boolean);
  const sasaran = iku?.sasaran ?? [];
  const linkedToAll =
    sasaran.length > 1 &&
    top.length > 0 &&
    top.every((i) => sasaran.every((s) => keys(wb.dpa!.rows[i].sasaran).includes(s.key)));
  const periode = /(\d{4})\s*$/.exec(wb.profil?.periodeRenstra.trim() ?? '');
  return {
    wb,
    tahun,
    realisasi,
    capaian,
    capaianDari,
    renaksi: (ind) => wb.renaksi?.rows.find((r) => r.iku === ind),
    places,
    find: (nama) => iku?.indikator.find((i) => i.indikator === nama),
    linked(n) {
      const s = sasaran[n - 1];
      const rows = s ? top.filter((i) => keys(wb.dpa!.rows[i].sasaran).includes(s.key)) : [];
      return { rows, atribusi: rows.length > 0 && !linkedToAll };
    },
    renstraEnd: periode ? Number(periode[1]) : Math.max(...(iku?.targetYears ?? [0])) || null,
  };
}

function sums(f: Fakta, rows: number[]): { pagu: Decimal; realisasi: Decimal } {
  return rows.reduce(
    (acc, i) => ({
      pagu: acc.pagu.plus(f.wb.dpa!.rows[i].pagu),
      realisasi: acc.realisasi.plus(f.wb.dpa!.rows[i].realisasi),
    }),
    { pagu: D(0), realisasi: D(0) },
  );
}

/** Serapan of a pagu and realisasi (a DPA row keeps them as numbers where exact: src/core/amount.ts). */
const serapan = (pagu: Decimal.Value, real: Decimal.Value) =>
  new Decimal(pagu).isZero() ? null : r2(new Decimal(real).div(pagu).times(100));

/** Realisasi up to quarter n by cara hitung: Kumulatif the sum, Nilai Akhir the quarter, Rata-rata the mean; null while blank. */
function realisasiTw(row: RenaksiRow, n: number): Decimal | null {
  const values = row.realisasi.map((x) => x.value);
  if (values[n - 1] === null) return null;
  const filled = values.slice(0, n).filter((v): v is Decimal => v !== null);
  if (row.caraHitung === 'nilai-akhir') return values[n - 1];
  const sum = filled.reduce((s, x) => s.plus(x), D(0));
  return row.caraHitung === 'kumulatif' ? sum : sum.div(filled.length);
}

/** The quarter's own target from targets up to each quarter. */
function targetSendiri(row: RenaksiRow, n: number): Decimal | null {
  const single = (i: number) => {
    const t = row.target[i]?.target;
    return t?.kind === 'single' ? t.value : null;
  };
  const now = single(n - 1);
  if (now === null || row.caraHitung === 'nilai-akhir' || n === 1) return now;
  const before = single(n - 2);
  if (before === null) return null;
  return row.caraHitung === 'kumulatif' ? now.minus(before) : now.times(n).minus(before.times(n - 1));
}

/** The printed capaian up to quarter n of an indicator, null where none. */
function capaianTw(f: Fakta, ind: Indikator, n: number): Decimal | null {
  const row = f.renaksi(ind);
  if (!row?.caraHitung) return null;
  return f.capaianDari(row.target[n - 1]?.target, realisasiTw(row, n), ind);
}

/** A printed figure equals the value rounded to the printed decimals. */
function sama(printed: string, value: Decimal | null): boolean {
  if (value === null) return false;
  const places = printed.includes(',') ? printed.split(',')[1].length : 0;
  return num(printed).eq(value.toDecimalPlaces(places, HALF_UP));
}

/** Money spent up to quarter n by DPA row i: its own quarters, else its rows below. */
function belanjaTw(f: Fakta, i: number, n: number): Decimal {
  const rows = f.wb.dpa!.rows;
  const own = rows[i].realisasiTw ?? [];
  if (own.some((q) => q.value !== null)) return own.slice(0, n).reduce((s, q) => s.plus(q.value ?? 0), D(0));
  return rows.reduce((s, r, k) => (r.parent === i ? s.plus(belanjaTw(f, k, n)) : s), D(0));
}

const ROMAWI = ['I', 'II', 'III', 'IV'];

/** The money of a claim's lingkup: `total`, `Sasaran n`, a jenis belanja, or a DPA row's Uraian. */
function uang(f: Fakta, lingkup: string): { pagu: Decimal; realisasi: Decimal } | null {
  const dpa = f.wb.dpa;
  if (!dpa) return null;
  const top = dpa.rows.map((r, i) => (r.parent === -1 ? i : -1)).filter((i) => i >= 0);
  if (lingkup === 'total') return sums(f, top);
  const m = /^Sasaran (\d+)$/.exec(lingkup);
  if (m) return sums(f, f.linked(Number(m[1])).rows);
  const row = dpa.rows.findIndex((r) => r.uraian === lingkup);
  if (row >= 0) return sums(f, [row]);
  const jenisOf = (i: number): string => {
    for (let p = i; p >= 0; p = dpa.rows[p].parent) {
      const j = (dpa.rows[p].jenisBelanja ?? '').trim();
      if (j) return j.toLowerCase().replace(/\s+/g, ' ');
    }
    return '';
  };
  const leaves = dpa.rows
    .map((r, i) => (r.children.length === 0 && jenisOf(i) === lingkup.toLowerCase() ? i : -1))
    .filter((i) => i >= 0);
  return leaves.length > 0 ? sums(f, leaves) : null;
}

const has = (kata: string, s: string) => kata.includes(s);

/** The capaian of the reporting year's realisasi against the Renstra end target, worked as docs/rules.md says. */
function capaianAkhir(f: Fakta, ind: Indikator, tahun = f.tahun, end = f.renstraEnd): Decimal | null {
  if (end === null || !ind.target[end]?.target || !f.realisasi(ind, tahun)) return null;
  return f.capaian({ ...ind, target: { ...ind.target, [tahun]: ind.target[end] } } as Indikator, tahun);
}

/** Whether an indicator is one a `jumlah` claim about indicators counts (up to a quarter: the Laporan Triwulan). */
function counted(f: Fakta, apa: string, ind: Indikator, triwulan?: number): boolean {
  const cap = () => (triwulan ? capaianTw(f, ind, triwulan) : f.capaian(ind, f.tahun));
  const step = () => {
    const a = f.realisasi(ind, f.tahun - 1);
    const b = f.realisasi(ind, f.tahun);
    return a === null || b === null ? null : b.gt(a) ? 'naik' : b.lt(a) ? 'turun' : 'tetap';
  };
  switch (apa) {
    case 'indikator':
      return true;
    case 'indikator-tercapai':
      return cap()?.gte(100) === true;
    case 'indikator-belum-tercapai':
      return cap()?.lt(100) === true;
    case 'indikator-naik':
    case 'indikator-turun':
    case 'indikator-tetap':
      return step() === apa.slice('indikator-'.length);
    case 'indikator-renstra-tercapai':
      return capaianAkhir(f, ind)?.gte(100) === true;
  }
  throw new Error(`no rule for counting ${apa}`);
}

/** What is wrong with one claim: its truth for the figures and its words. */
function check(f: Fakta, c: Claim): string[] {
  const out: string[] = [];
  const k = c.kata;
  const want = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const ind = 'indikator' in c ? f.find(c.indikator) : undefined;
  if ('indikator' in c && !ind) return [`unknown indicator ${c.indikator}`];
  switch (c.jenis) {
    case 'tercapai': {
      const cap = f.capaian(ind!, c.tahun);
      want((cap === null) === (c.capaian === null), `capaian ${c.capaian} vs ${cap}`);
      if (cap && c.capaian) want(num(c.capaian).eq(cap), `capaian ${c.capaian} ≠ ${id(cap)}`);
      const met = cap === null ? null : cap.gte(100);
      want(met === c.tercapai, `tercapai ${c.tercapai} ≠ ${met}`);
      if (cap) want(c.kategori === kategori(cap), `kategori ${c.kategori} ≠ ${kategori(cap)}`);
      const neg = /\b(belum|tidak)\s+(?:ada yang\s+)?(tercapai|mencapai)/.test(k);
      if (met === true) want(/\btercapai\b|\bmencapai target\b/.test(k) && !neg, 'met, but the words do not say so');
      if (met === false) want(neg, 'missed, but the words do not say so');
      if (met === null)
        want(/belum dapat diukur|tidak dapat dihitung/.test(k), 'unmeasured, but the words do not say so');
      break;
    }
    case 'jumlah': {
      const wb = f.wb;
      const rows = wb.dpa?.rows ?? [];
      const top = rows.filter((r) => r.parent === -1);
      const topLevel = top[0]?.level;
      const lvl = (apa: string) => (apa === 'sub kegiatan' ? 'subkegiatan' : apa);
      let n: number;
      const m = c.lingkup ? /^Sasaran (\d+)$/.exec(c.lingkup) : null;
      // The indicators counted: a sasaran's, or all of them.
      const scope = m ? wb.iku!.sasaran[Number(m[1]) - 1].indikator : (wb.iku?.indikator ?? []);
      const ofIndicators = c.apa === 'indikator' || c.apa.startsWith('indikator-');
      if (ofIndicators) n = scope.filter((i) => counted(f, c.apa, i, c.triwulan)).length;
      else if (m) n = f.linked(Number(m[1])).rows.length;
      else if (c.apa === 'sasaran') n = wb.iku!.sasaran.length;
      else if (c.apa === 'tujuan') n = new Set(wb.iku!.indikator.map((i) => i.tujuan.trim()).filter(Boolean)).size;
      else if (c.apa === 'responden') n = ikmOf(wb.ikm!.answers).responden;
      else if (c.apa === 'unsur') n = wb.ikm!.unsurColumns.length;
      else if (lvl(c.apa) === topLevel) n = top.length;
      else n = rows.filter((r) => r.level === lvl(c.apa)).length;
      want(n === c.n, `${c.apa}${c.lingkup ? ` ${c.lingkup}` : ''}: ${c.n} ≠ ${n}`);
      const total = scope.length;
      const words =
        has(k, `${c.n} (`) ||
        (c.apa === 'responden' && has(k, `${c.n} responden`)) ||
        (c.apa === 'indikator-tercapai' &&
          ((c.n === 0 && /belum ada/.test(k)) || (c.n === total && /seluruhnya/.test(k)))) ||
        (c.apa === 'indikator-belum-tercapai' &&
          ((c.n === 0 && /seluruhnya/.test(k)) || (c.n === total && /belum ada/.test(k))));
      want(words, `count ${c.n} not in its words`);
      break;
    }
    case 'tren': {
      const vals = c.tahun.map((y) => (c.seri === 'realisasi' ? f.realisasi(ind!, y) : f.capaian(ind!, y)));
      vals.forEach((v, i) => {
        want(v?.eq(num(c.nilai[i])) === true, `${c.seri} ${c.tahun[i]}: ${c.nilai[i]} ≠ ${v}`);
        want(has(k, c.nilai[i]), `${c.nilai[i]} not in its words`);
      });
      const steps = vals
        .slice(1)
        .map((v, i) =>
          v === null || vals[i] === null ? '?' : v.gt(vals[i]!) ? 'naik' : v.lt(vals[i]!) ? 'turun' : 'tetap',
        );
      want(steps.join() === c.langkah.join(), `steps ${c.langkah} ≠ ${steps}`);
      if (c.seri === 'realisasi') {
        const years = Object.keys({ ...ind!.realisasi, ...ind!.target })
          .map(Number)
          .filter((y) => y <= f.tahun && f.realisasi(ind!, y) !== null)
          .sort((a, b) => a - b);
        want(years.join() === c.tahun.join(), `years ${c.tahun} ≠ ${years}`);
      }
      for (const w of ['naik', 'turun'] as const)
        want(c.langkah.includes(w) === new RegExp(`\\b${w}\\b`).test(k), `"${w}" in the words ≠ the steps`);
      want(
        /setiap tahun/.test(k) ===
          (c.langkah.length > 1 && c.langkah.every((l) => l === c.langkah[0]) && c.langkah[0] !== 'tetap'),
        '"setiap tahun" ≠ the steps',
      );
      break;
    }
    case 'perubahan': {
      const a = f.realisasi(ind!, c.dari);
      const b = f.realisasi(ind!, c.ke);
      if (!a || !b) {
        out.push('no values');
        break;
      }
      const d = b.minus(a);
      want(id(d.abs(), f.places(ind!)) === c.selisih, `selisih ${c.selisih} ≠ ${id(d.abs(), f.places(ind!))}`);
      want((d.isZero() ? 'tetap' : d.isPositive() ? 'naik' : 'turun') === c.arah, `arah ${c.arah}`);
      want(c.arah === 'tetap' ? /tidak berubah/.test(k) : has(k, `${c.arah} ${c.selisih}`), 'change not in its words');
      break;
    }
    case 'renstra': {
      const t = f.renstraEnd;
      want(t === c.tahunAkhir, `end year ${c.tahunAkhir} ≠ ${t}`);
      const target = ind!.target[c.tahunAkhir]?.target;
      const r = f.realisasi(ind!, c.tahun);
      const cap = capaianAkhir(f, ind!, c.tahun, c.tahunAkhir);
      const keadaan =
        cap === null ? 'tidak-terukur' : cap.gte(100) ? 'tercapai' : c.tahunAkhir > c.tahun ? 'belum' : 'tidak';
      want(keadaan === c.keadaan, `keadaan ${c.keadaan} ≠ ${keadaan}`);
      if (keadaan === 'tercapai') want(/telah tercapai/.test(k), 'met, words do not say so');
      if (keadaan === 'belum') want(has(k, `hingga Tahun ${c.tahunAkhir}`), 'no "hingga Tahun X" while X is ahead');
      if (keadaan !== 'belum')
        want(!/masih diperlukan|hingga Tahun/.test(k), '"masih diperlukan … hingga" for an end year not ahead');
      if (keadaan === 'tidak') want(/tidak tercapai/.test(k), 'missed end target not said');
      if (target?.kind === 'single' && r && keadaan !== 'tercapai' && keadaan !== 'tidak-terukur') {
        const neg = ind!.polaritas !== 'positif';
        const gap = id((neg ? r.minus(target.value) : target.value.minus(r)).abs(), f.places(ind!));
        want(c.selisih === gap && has(k, gap), `gap ${c.selisih} ≠ ${gap}`);
      }
      break;
    }
    case 'standar': {
      const std = num(c.standar);
      const r = f.realisasi(ind!, f.tahun)!;
      const p = r.eq(std) ? 'sama' : r.gt(std) ? 'di atas' : 'di bawah';
      want(p === c.posisi, `posisi ${c.posisi} ≠ ${p}`);
      const better = p === 'sama' ? null : r.gt(std) !== (ind!.polaritas !== 'positif');
      want(better === c.lebihBaik, 'lebih baik');
      want(
        p === 'sama' ? /sama dengan/.test(k) : has(k, `${p} standar`) && /lebih baik/.test(k) === !!better,
        'standard words',
      );
      break;
    }
    case 'efisiensi': {
      const l = f.linked(c.sasaran);
      if (!l.atribusi) {
        want(c.putusan === 'tidak-teratribusi', `attributable? ${c.putusan}`);
        want(/tidak dapat diukur/.test(k), 'not-attributable words');
        break;
      }
      const s = sums(f, l.rows);
      const ser = serapan(s.pagu, s.realisasi);
      const cap = f.capaian(ind!, f.tahun);
      const e = cap && ser ? cap.minus(ser) : null;
      const p = e === null ? 'tidak-terukur' : e.isZero() ? 'sebanding' : e.isPositive() ? 'efisien' : 'tidak-efisien';
      want(p === c.putusan, `putusan ${c.putusan} ≠ ${p}`);
      const words = {
        efisien: /dinilai efisien/,
        sebanding: /sebanding/,
        'tidak-efisien': /belum efisien/,
        'tidak-terukur': /belum dapat|tidak dapat/,
        'tidak-teratribusi': /tidak dapat diukur/,
      }[c.putusan];
      want(words.test(k), 'efficiency words');
      break;
    }
    case 'anggaran': {
      const m = uang(f, c.lingkup);
      if (!m) {
        out.push(`no money for ${c.lingkup}`);
        break;
      }
      want(c.pagu === rp(m.pagu) && has(k, c.pagu), `pagu ${c.pagu} ≠ ${rp(m.pagu)}`);
      if (c.realisasi) want(c.realisasi === rp(m.realisasi) && has(k, c.realisasi), `realisasi ${c.realisasi}`);
      if (c.serapan) {
        const s = serapan(m.pagu, m.realisasi);
        want(s !== null && c.serapan === id(s) && has(k, `${c.serapan}%`), `serapan ${c.serapan} ≠ ${s}`);
      }
      if (c.porsi) {
        const all = uang(f, 'total')!;
        const p = serapan(all.pagu, m.pagu);
        want(p !== null && c.porsi === id(p) && has(k, `${c.porsi}%`), `porsi ${c.porsi} ≠ ${p}`);
      }
      break;
    }
    case 'pagu-murni': {
      want(has(k, c.murni) && has(k, c.perubahan), 'pagu murni words');
      const total = uang(f, 'total')!;
      want(c.perubahan === rp(total.pagu), `pagu perubahan ${c.perubahan}`);
      const d = total.pagu.minus(num(c.murni));
      want(
        c.arah === (d.isZero() ? 'tetap' : d.isPositive() ? 'bertambah' : 'berkurang') && c.selisih === rp(d.abs()),
        'pagu murni change',
      );
      break;
    }
    case 'serapan-rendah': {
      const m = uang(f, c.lingkup);
      const s = m ? serapan(m.pagu, m.realisasi) : null;
      want(
        s !== null && id(s) === c.serapan && s.lt(66),
        `serapan ${c.serapan} of ${c.lingkup} (${s}) is not below 66%`,
      );
      want(has(k, `${c.serapan}%`), 'serapan not in its words');
      if (c.hambatan) want(has(k, c.hambatan.replace(/[.;]+$/, '')), 'hambatan not quoted');
      break;
    }
    case 'predikat-akip': {
      const ai = akipIndikator(f.wb);
      const v = ai ? f.realisasi(ai, c.tahun) : (f.wb.akip?.nilaiAkhir[c.tahun]?.value ?? null);
      want(v !== null && id(v) === c.nilai, `AKIP ${c.tahun} ${c.nilai} ≠ ${v}`);
      if (v) want(predikat(v) === c.predikat, `predikat ${c.predikat} ≠ ${predikat(v)}`);
      want(has(k, c.nilai) && has(k, `predikat ${c.predikat}`), 'predikat words');
      break;
    }
    case 'akip-jumlah-komponen': {
      const parts = f.wb.akip!.komponen.map((x) => x.nilai[c.tahun]?.value).filter((v): v is Decimal => v != null);
      const sum = r2(parts.reduce((s, x) => s.plus(x), D(0)));
      want(id(sum) === c.jumlah, `sum ${c.jumlah} ≠ ${id(sum)}`);
      const ai = akipIndikator(f.wb);
      const official = ai ? f.realisasi(ai, c.tahun) : f.wb.akip!.nilaiAkhir[c.tahun]?.value;
      want(!!official && id(official) === c.nilaiAkhir && id(sum.minus(official).abs()) === c.selisih, 'difference');
      want(!!official && !sum.eq(official), 'components said not to add up, but they do');
      want(has(k, c.jumlah) && has(k, c.selisih), 'sum words');
      break;
    }
    case 'akip-perubahan': {
      const ai = akipIndikator(f.wb);
      const va = ai ? f.realisasi(ai, c.dari) : null;
      const vb = ai ? f.realisasi(ai, c.ke) : null;
      if (va && vb) {
        const d = vb.minus(va);
        want(
          id(d.abs()) === c.selisih && c.arah === (d.isZero() ? 'tetap' : d.isPositive() ? 'naik' : 'turun'),
          'AKIP change',
        );
      }
      want(has(k, `${c.arah} ${c.selisih}`) || c.arah === 'tetap', 'AKIP change words');
      for (const x of c.komponen ?? []) {
        const kom = f.wb.akip!.komponen.find((y) => y.nama === x.nama);
        const a = kom?.nilai[c.dari]?.value;
        const b = kom?.nilai[c.ke]?.value;
        if (!a || !b) {
          out.push(`no component ${x.nama}`);
          continue;
        }
        const d = b.minus(a);
        want(
          id(d.abs()) === x.selisih && x.arah === (d.isZero() ? 'tetap' : d.isPositive() ? 'naik' : 'turun'),
          `${x.nama}`,
        );
        want(
          has(k, x.arah === 'tetap' ? `${x.nama} tetap` : `${x.nama} ${x.arah} ${x.selisih}`),
          `${x.nama} not in its words`,
        );
      }
      break;
    }
    case 'triwulan': {
      const row = f.renaksi(ind!);
      const n = c.triwulan;
      const target = row?.caraHitung ? (row.target[n - 1]?.target ?? null) : null;
      const r = row?.caraHitung ? realisasiTw(row, n) : null;
      const cap = capaianTw(f, ind!, n);
      const alasan = !row?.caraHitung
        ? 'tanpa-rencana-aksi'
        : target === null
          ? 'tanpa-target'
          : r === null
            ? 'belum-dilaporkan'
            : cap === null
              ? 'tidak-terhitung'
              : null;
      want(alasan === c.alasan, `alasan ${c.alasan} ≠ ${alasan}`);
      want((cap === null) === (c.capaian === null), `capaian TW ${ROMAWI[n - 1]} ${c.capaian} vs ${cap}`);
      if (cap && c.capaian) {
        want(num(c.capaian).eq(cap), `capaian TW ${ROMAWI[n - 1]} ${c.capaian} ≠ ${id(cap)}`);
        want(c.kategori === kategori(cap), `kategori ${c.kategori} ≠ ${kategori(cap)}`);
        want(has(k, `${c.capaian}%`), 'capaian not in its words');
      }
      const met = cap === null ? null : cap.gte(100);
      want(met === c.tercapai, `tercapai TW ${ROMAWI[n - 1]} ${c.tercapai} ≠ ${met}`);
      if (target?.kind === 'single') want(c.target !== null && sama(c.target, target.value), `target ${c.target}`);
      want(
        (r === null) === (c.realisasi === null) && (r === null || sama(c.realisasi!, r)),
        `realisasi ${c.realisasi} ≠ ${r}`,
      );
      if (/realisasi/i.test(k)) {
        if (c.realisasi) want(has(k, c.realisasi), 'realisasi not in its words');
        if (c.target) want(has(k, c.target), 'target not in its words');
      }
      if (c.realisasiTriwulan !== undefined && row) {
        const own = row.realisasi[n - 1].value;
        want(
          c.realisasiTriwulan !== null && sama(c.realisasiTriwulan, own) && has(k, c.realisasiTriwulan),
          'own realisasi',
        );
        const t = targetSendiri(row, n);
        if (t !== null) want(!!c.targetTriwulan && sama(c.targetTriwulan, t) && has(k, c.targetTriwulan), 'own target');
      }
      const tw = `Triwulan ${ROMAWI[n - 1]}`;
      const neg = /\bbelum\s+(?:ada yang\s+)?tercapai/.test(k);
      if (met === true) want(/\btercapai\b/.test(k) && !neg, 'met, but the words do not say so');
      if (met === false) want(neg, 'missed, but the words do not say so');
      if (met !== null) want(has(k, tw), `${tw} not in its words`);
      const why = {
        'tanpa-rencana-aksi': /belum ditetapkan/,
        'tanpa-target': /belum memiliki target/,
        'belum-dilaporkan': /belum dilaporkan/,
        'tidak-terhitung': /tidak dapat dihitung/,
      };
      if (alasan) want(why[alasan].test(k) || /belum dapat diukur/.test(k), `no reason "${alasan}" in the words`);
      break;
    }
    case 'jalan-triwulan': {
      const steps = [1, 2, 3, 4]
        .map((n) => ({ n, cap: capaianTw(f, ind!, n) }))
        .filter((x): x is { n: number; cap: Decimal } => x.cap !== null);
      want(steps.map((x) => x.n).join() === c.triwulan.join(), `quarters ${c.triwulan} ≠ ${steps.map((x) => x.n)}`);
      want(
        steps.map((x) => id(x.cap)).join() === c.capaian.join(),
        `capaian ${c.capaian} ≠ ${steps.map((x) => id(x.cap))}`,
      );
      const behind = steps.filter((x) => x.cap.lt(100)).map((x) => x.n);
      want(behind.join() === c.tertinggal.join(), `tertinggal ${c.tertinggal} ≠ ${behind}`);
      const last = steps[steps.length - 1];
      const caught =
        behind.length > 0 && last && last.cap.gte(100)
          ? (steps.find((x) => x.n > behind[behind.length - 1])?.n ?? null)
          : null;
      want(caught === c.terkejarPada, `terkejar ${c.terkejarPada} ≠ ${caught}`);
      for (const cap of c.capaian) want(has(k, `${cap}%`), `${cap}% not in its words`);
      if (caught)
        want(has(k, `terkejar pada Triwulan ${ROMAWI[caught - 1]}`), 'caught up, but the words do not say when');
      want(/belum terkejar/.test(k) === (behind.length > 0 && caught === null), '"belum terkejar" ≠ the quarters');
      want(/di bawah target/.test(k) === behind.length > 0, '"di bawah target" ≠ the quarters');
      for (const n of behind)
        want(new RegExp(`\\b${ROMAWI[n - 1]}\\b`).test(k), `quarter ${ROMAWI[n - 1]} behind, not named`);
      break;
    }
    case 'anggaran-triwulan': {
      const rows = f.wb.dpa?.rows ?? [];
      const top = rows.map((r, i) => (r.parent === -1 ? i : -1)).filter((i) => i >= 0);
      const scope = c.lingkup === 'total' ? top : top.filter((i) => rows[i].uraian === c.lingkup);
      const pagu = scope.reduce((s, i) => s.plus(rows[i].pagu), D(0));
      const spent = scope.reduce((s, i) => s.plus(belanjaTw(f, i, c.triwulan)), D(0));
      want(c.pagu === rp(pagu) && has(k, c.pagu), `pagu ${c.pagu} ≠ ${rp(pagu)}`);
      want(c.realisasi === rp(spent) && has(k, c.realisasi), `realisasi s.d. TW ${c.realisasi} ≠ ${rp(spent)}`);
      const ser = serapan(pagu, spent);
      want((ser === null ? null : id(ser)) === c.serapan, `serapan ${c.serapan} ≠ ${ser}`);
      if (c.serapan) want(has(k, `${c.serapan}%`), 'serapan not in its words');
      want(has(k, `Triwulan ${ROMAWI[c.triwulan - 1]}`), 'quarter not in its words');
      break;
    }
    case 'mutu-ikm': {
      const nik = ikmOf(f.wb.ikm!.answers).nik;
      want(nik !== null && id(nik) === c.nik && mutu(nik) === c.mutu, `NIK ${c.nik} ${c.mutu} ≠ ${nik}`);
      want(has(k, c.nik) && has(k, `mutu pelayanan ${c.mutu}`), 'mutu words');
      break;
    }
    case 'peringkat': {
      if (c.lingkup === 'unsur-ikm') {
        const { nrr } = ikmOf(f.wb.ikm!.answers);
        const name = (i: number) => f.wb.ikm!.unsurHeaders[i].replace(/^\s*U\s*\d+\s*[.:-]?\s*/i, '').trim();
        const printed = nrr.map((x) => (x ? x.toDecimalPlaces(4, HALF_UP) : null));
        let lo = 0;
        let hi = 0;
        printed.forEach((x, i) => {
          if (x?.lt(printed[lo]!)) lo = i;
          if (x?.gt(printed[hi]!)) hi = i;
        });
        want(
          name(lo) === c.terendah && name(hi) === c.tertinggi,
          `unsur ${c.terendah}/${c.tertinggi} ≠ ${name(lo)}/${name(hi)}`,
        );
      } else {
        const ikm = f.wb.ikm!;
        const groups = new Map<string, unknown[][]>();
        ikm.answers.forEach((a, i) => {
          const l = (ikm.layanan?.[i] ?? '').trim();
          if (l) groups.set(l, [...(groups.get(l) ?? []), a]);
        });
        const niks = [...groups].map(([l, rows]) => ({ l, nik: ikmOf(rows).nik })).filter((g) => g.nik);
        const lo = niks.reduce((a, b) => (b.nik!.lt(a.nik!) ? b : a));
        const hi = niks.reduce((a, b) => (b.nik!.gt(a.nik!) ? b : a));
        want(lo.l === c.terendah && hi.l === c.tertinggi, `layanan ${c.terendah}/${c.tertinggi} ≠ ${lo.l}/${hi.l}`);
      }
      want(has(k, c.terendah) && has(k, c.tertinggi), 'ranking words');
      break;
    }
  }
  return out;
}

/** Factual words of a report sentence: each must lie inside some claim's words. */
const TRIGGERS: RegExp[] = [
  /\b(?:belum |tidak )?tercapai\b/g,
  /\bmencapai target(?! kinerja)/g,
  /\b(?:naik|turun)\b/g,
  /\b(?:membaik|memburuk|menurun)\b/g,
  /\befisien\b/g,
  /masih diperlukan/g,
  /\bresponden\b/g,
  /\b\d+ \([a-z ]+\) (?:sasaran|indikator|program|kegiatan|sub kegiatan|tujuan|unsur)\b/g,
  /Rp [\d.]+/g,
  /predikat (?:AA|A|BB|B|CC|C|D)\b/g,
  /mutu pelayanan [A-D]\b/g,
  /\b(?:terendah|tertinggi)\b/g,
  /\bselisih \d/g,
  /di (?:atas|bawah) standar/g,
  /serapan yang rendah/gi,
  /kategori (?:Sangat )?(?:Tinggi|Sedang|Rendah)\b/gi,
  /\b(?:belum )?terkejar\b/g,
  /\b(?:berada )?di bawah target\b/g,
  /\bmemenuhi target\b/g,
];

function texts(b: Block): string[] {
  if (b.type === 'paragraph') return [b.text];
  if (b.type === 'list') return b.items;
  return [];
}

function claimsOf(b: Block): Claim[] {
  return b.type === 'paragraph' || b.type === 'list' ? (b.claims ?? []) : [];
}

/**
 * Everything wrong with the report's claims and sentences; [] for a sound report. `triwulan`: the
 * report is the Laporan Triwulan of that quarter (every IKU indicator has its claim for it).
 */
export function claimProblems(doc: ReportDocument, wb: Workbook, opts: { triwulan?: number } = {}): string[] {
  const f = fakta(wb);
  const out: string[] = [];
  for (const b of doc.blocks) {
    if ((b.type === 'paragraph' || b.type === 'list') && b.fromOffice) continue;
    const ts = texts(b);
    const claims = claimsOf(b);
    for (const c of claims) {
      const where = `${c.jenis} "${c.kata.slice(0, 70)}"`;
      if (!ts.some((t) => t.includes(c.kata))) out.push(`${where}: its words are not in its block`);
      for (const p of check(f, c)) out.push(`${where}: ${p}`);
    }
    for (const t of ts) {
      const spans = claims.flatMap((c) => {
        const at = t.indexOf(c.kata);
        return at < 0 ? [] : [[at, at + c.kata.length] as const];
      });
      for (const re of TRIGGERS) {
        for (const m of t.matchAll(re)) {
          const at = m.index ?? 0;
          if (!spans.some(([a, z]) => at >= a && at + m[0].length <= z))
            out.push(`unclaimed "${m[0]}" in "${t.slice(Math.max(0, at - 50), at + 40)}"`);
        }
      }
    }
  }
  if (opts.triwulan) {
    // Completeness: every IKU indicator is reported up to the quarter.
    const said = new Set(
      doc.blocks
        .flatMap(claimsOf)
        .flatMap((c) => (c.jenis === 'triwulan' && c.triwulan === opts.triwulan ? [c.indikator] : [])),
    );
    for (const ind of wb.iku?.indikator ?? [])
      if (!said.has(ind.indikator)) out.push(`"${ind.indikator}" not reported up to quarter ${opts.triwulan}`);
    return out;
  }
  // Completeness: every top-level budget row with a low serapan (below 66%) is named as such.
  const named = new Set(doc.blocks.flatMap(claimsOf).flatMap((c) => (c.jenis === 'serapan-rendah' ? [c.lingkup] : [])));
  for (const r of wb.dpa?.rows ?? []) {
    const s = r.parent === -1 ? serapan(r.pagu, r.realisasi) : null;
    if (s?.lt(66) && !named.has(r.uraian)) out.push(`low serapan of "${r.uraian}" (${id(s)}%) not named`);
  }
  return out;
}

/** Every claim of the report (for tests that count them). */
export function allClaims(doc: ReportDocument): Claim[] {
  return doc.blocks.flatMap(claimsOf);
}
