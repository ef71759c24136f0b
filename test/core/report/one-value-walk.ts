/**
 * "One value per indicator-year": walks a whole report model and collects every printed target,
 * realisasi and capaian of an IKU indicator for a year — from the tables (year columns, the
 * reporting-year tables, the AKIP and IKM result tables) and from the sentences that quote them —
 * so a test can fail when one indicator-year is printed with two different values.
 *
 * Reusable: any report test can call `indicatorYearConflicts(doc, opts)` and expect `[]`.
 */
import type { Block, ReportDocument, TableBlock } from '../../../src/core/report/report-types';

export type Quantity = 'target' | 'realisasi' | 'capaian';

interface Sighting {
  /** The printed text, e.g. `66,56`. */
  printed: string;
  /** Where it was seen: a table caption or the start of a sentence. */
  where: string;
}

export interface WalkOptions {
  /** The reporting year: the year of a table whose caption names no year (e.g. the analysis table). */
  tahun: number;
  /** The IKU name of the indicator measured by the AKIP sheet (its Nilai Akhir is its realisasi). */
  akipIndikator?: string;
  /** The IKU name of the indicator measured by the IKM sheet (its NIK is its realisasi). */
  ikmIndikator?: string;
}

/** `indikator|quantity|year` → every sighting. */
export type Sightings = Map<string, Sighting[]>;

export function key(indikator: string, quantity: Quantity, year: number): string {
  return `${indikator.trim()}|${quantity}|${year}`;
}

/** A printed value compared by its number when it is one (`75` = `75,00`), else as text. */
function canonical(printed: string): string {
  const t = printed
    .trim()
    .replace(/%$/, '')
    .replace(/\s+\S*$/, (m) => (/\d/.test(m) ? m : ''))
    .trim();
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(t)) {
    const n = Number(t.replace(/\./g, '').replace(',', '.'));
    return String(n);
  }
  return t;
}

const NUMBER = String.raw`-?\d[\d.]*(?:,\d+)?`;

function add(out: Sightings, indikator: string, q: Quantity, year: number, printed: string, where: string) {
  const p = printed.trim();
  if (p === '' || p === '-') return;
  const k = key(indikator, q, year);
  const list = out.get(k) ?? [];
  list.push({ printed: p, where });
  out.set(k, list);
}

function captionYears(caption: string): number[] {
  return [...caption.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
}

const YEAR_HEADER = /^(Target|Realisasi|Capaian)\s+((?:19|20)\d{2})(?:\s*\(%\))?$/i;
const PLAIN_HEADER = /^(Target|Realisasi|Capaian|Capaian Kinerja)(?:\s*\(%\))?$/i;

function walkTable(t: TableBlock, opts: WalkOptions, out: Sightings): void {
  const where = t.caption;
  const indCol = t.header.findIndex((h) => /^Indikator Kinerja(?: Utama)?$/i.test(h.trim()));
  if (indCol >= 0) {
    const years = captionYears(t.caption);
    // Against the Renstra end target: another quantity than the year's capaian.
    const renstra = /renstra/i.test(t.caption);
    const plainYear = years.length === 0 ? opts.tahun : years.length === 1 ? years[0] : null;
    // One row per year (`Tahun` column), the indicator named on the first row of its group.
    const yearCol = t.header.indexOf('Tahun');
    if (yearCol >= 0) {
      let indikator = '';
      for (const row of t.rows) {
        if (row[indCol]) indikator = row[indCol];
        const year = Number(row[yearCol]);
        if (!indikator || !Number.isInteger(year)) continue;
        t.header.forEach((h, c) => {
          const p = PLAIN_HEADER.exec(h.trim());
          if (!p) return;
          const q = (/^capaian/i.test(p[1]) ? 'capaian' : p[1].toLowerCase()) as Quantity;
          add(out, indikator, q, year, row[c], where);
        });
      }
      return;
    }
    t.header.forEach((h, c) => {
      const m = YEAR_HEADER.exec(h.trim());
      let q: Quantity | null = null;
      let year: number | null = null;
      if (m) {
        q = m[1].toLowerCase() as Quantity;
        year = Number(m[2]);
      } else {
        const p = PLAIN_HEADER.exec(h.trim());
        if (p && plainYear !== null && !(renstra && /^capaian/i.test(p[1]))) {
          q = (/^capaian/i.test(p[1]) ? 'capaian' : p[1].toLowerCase()) as Quantity;
          year = plainYear;
        }
      }
      if (q === null || year === null) return;
      for (const row of t.rows) if (row[indCol]) add(out, row[indCol], q, year, row[c], where);
    });
  }
  // AKIP: the Nilai Akhir row under bare year columns, and the Tahun / Nilai Akhir table.
  const akipName = opts.akipIndikator;
  if (akipName) {
    const komponen = t.header.indexOf('Komponen');
    if (komponen >= 0) {
      const total = t.rows.find((r) => /^nilai akhir$/i.test(r[komponen].trim()));
      t.header.forEach((h, c) => {
        if (total && /^(?:19|20)\d{2}$/.test(h.trim())) add(out, akipName, 'realisasi', Number(h), total[c], where);
      });
    }
    const tahunCol = t.header.indexOf('Tahun');
    const nilaiCol = t.header.indexOf('Nilai Akhir');
    if (tahunCol >= 0 && nilaiCol >= 0) {
      for (const r of t.rows) add(out, akipName, 'realisasi', Number(r[tahunCol]), r[nilaiCol], where);
    }
  }
  // IKM: the NIK row of the survey result table.
  if (opts.ikmIndikator && /Hasil Indeks Kepuasan Masyarakat/i.test(t.caption)) {
    const year = captionYears(t.caption)[0] ?? opts.tahun;
    const nik = t.rows.find((r) => /^Nilai Interval Konversi/i.test(r[0]));
    if (nik) add(out, opts.ikmIndikator, 'realisasi', year, nik[nik.length - 1], where);
  }
}

function walkSentence(text: string, names: string[], opts: WalkOptions, out: Sightings): void {
  const where = text.slice(0, 60);
  for (const name of names) {
    // Every pattern below quotes the name: a text without it has none of them.
    if (!text.includes(name)) continue;
    const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(
      new RegExp(
        String.raw`Capaian indikator ${n} tahun (\d{4}) sebesar (${NUMBER})% \(realisasi (${NUMBER})[^)]*? dari target (${NUMBER}(?:\s*–\s*${NUMBER})?)`,
        'g',
      ),
    )) {
      const y = Number(m[1]);
      add(out, name, 'capaian', y, m[2], where);
      add(out, name, 'realisasi', y, m[3], where);
      add(out, name, 'target', y, m[4], where);
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const prev = new RegExp(String.raw`^[^.]*?dibandingkan tahun (\d{4}) \((${NUMBER})`).exec(rest);
      if (prev) add(out, name, 'realisasi', Number(prev[1]), prev[2], where);
    }
    for (const m of text.matchAll(
      new RegExp(
        String.raw`Realisasi indikator ${n} pada tahun (\d{4}) sebesar (${NUMBER})[^;]*? dan pada tahun (\d{4}) sebesar (${NUMBER})`,
        'g',
      ),
    )) {
      add(out, name, 'realisasi', Number(m[1]), m[2], where);
      add(out, name, 'realisasi', Number(m[3]), m[4], where);
    }
    for (const m of text.matchAll(new RegExp(String.raw`Realisasi ${n} tahun (\d{4}) sebesar (${NUMBER})`, 'g'))) {
      add(out, name, 'realisasi', Number(m[1]), m[2], where);
    }
    for (const m of text.matchAll(new RegExp(`Dengan capaian ${n} sebesar (${NUMBER})%`, 'g'))) {
      add(out, name, 'capaian', opts.tahun, m[1], where);
    }
  }
  if (opts.akipIndikator) {
    const m = new RegExp(String.raw`Nilai evaluasi AKIP tahun (\d{4}) sebesar (${NUMBER})`, 'i').exec(text);
    if (m) {
      add(out, opts.akipIndikator, 'realisasi', Number(m[1]), m[2], where);
      const prev = new RegExp(String.raw`dibandingkan tahun (\d{4}) \((${NUMBER})`, 'i').exec(
        text.slice(m.index + m[0].length),
      );
      if (prev) add(out, opts.akipIndikator, 'realisasi', Number(prev[1]), prev[2], where);
    }
    // Under the component table: `Tahun 2020 sebesar 66,56 (selisih 0,31 dari Nilai Akhir 66,87)` —
    // the official value of the year is the Nilai Akhir, not the component sum before it.
    for (const n of text.matchAll(
      new RegExp(String.raw`Tahun (\d{4}) sebesar ${NUMBER} \(selisih ${NUMBER} dari Nilai Akhir (${NUMBER})\)`, 'g'),
    ))
      add(out, opts.akipIndikator, 'realisasi', Number(n[1]), n[2], where);
  }
}

function texts(b: Block): string[] {
  if (b.type === 'paragraph') return [b.text];
  if (b.type === 'list') return b.items;
  if (b.type === 'table') return b.note ? [b.note] : [];
  return [];
}

/** Every printed indicator-year value of the report. */
export function walkIndicatorYears(doc: ReportDocument, opts: WalkOptions): Sightings {
  const out: Sightings = new Map();
  const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
  for (const t of tables) walkTable(t, opts, out);
  const names = [...new Set([...out.keys()].map((k) => k.split('|')[0]))].sort((a, b) => b.length - a.length);
  for (const b of doc.blocks) for (const s of texts(b)) walkSentence(s, names, opts, out);
  return out;
}

/** `Nilai AKIP realisasi 2020: 66,87 (Tabel 3.10 …) ≠ 66,56 (Tabel 3.13 …)` for each indicator-year printed two ways. */
export function indicatorYearConflicts(doc: ReportDocument, opts: WalkOptions): string[] {
  const out: string[] = [];
  for (const [k, list] of walkIndicatorYears(doc, opts)) {
    const values = new Map<string, Sighting>();
    for (const s of list) if (!values.has(canonical(s.printed))) values.set(canonical(s.printed), s);
    if (values.size < 2) continue;
    const [indikator, q, year] = k.split('|');
    out.push(`${indikator} ${q} ${year}: ${[...values.values()].map((s) => `${s.printed} (${s.where})`).join(' ≠ ')}`);
  }
  return out;
}
