/**
 * "Buat Perjanjian Kinerja": the year's PK documents from the same workbook — the PK of the
 * instansi (its head with the kepala daerah) and one PK per official of `PK Pejabat` — each in the
 * form of perjanjian-kinerja.ts. The targets are the IKU targets of the year (the officials' own
 * from PK Pejabat), the anggaran the DPA pagu of each code (docs/rules.md#perjanjian-kinerja).
 */
import { decimalOf } from '../amount';
import type { Target } from '../capaian';
import { type Decimal, ZERO } from '../decimal';
import type { Dpa, DpaLevel, PkPejabat, Workbook } from '../layout/model';
import { formatId } from '../numbers';
import { dpaRowOf } from '../rules/dpa-code';
import { paguBerubah, paguMurniOf } from '../rules/pagu-murni';
import { type PkAnggaran, type PkForm, perjanjianKinerjaBlocks } from './perjanjian-kinerja';
import { createContext, type ReportContext } from './report-context';
import type { Block, BuildOptions, ReportDocument } from './report-types';
import { hurufJudul } from './sentences';

/** A PK Perubahan: Profil `Jenis PK` says so, or the DPA's Pagu Murni differs from its Pagu. */
function isPkPerubahan(wb: Workbook): boolean {
  return /perubahan/i.test(wb.profil?.jenisPk ?? '') || paguBerubah(wb.dpa);
}

const HEAD_OF: Record<string, string> = { kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' };

/**
 * The superior who signs the instansi's PK as PIHAK KEDUA: Profil `Jabatan Atasan`, else the head
 * of the Pemerintah Daerah (Kabupaten X → Bupati X, Kota X → Wali Kota X, Provinsi X → Gubernur X).
 */
function jabatanAtasan(ctx: ReportContext): string {
  const typed = ctx.profil?.jabatanAtasan?.trim() ?? '';
  if (typed) return hurufJudul(typed);
  const m = /^(?:pemerintah\s+)?(kabupaten|kota|provinsi)\s+(.+)$/i.exec(ctx.pemda.trim());
  if (m) return `${HEAD_OF[m[1].toLowerCase()]} ${hurufJudul(m[2].trim())}`;
  return ctx.pemda ? `Kepala Daerah ${ctx.pemda}` : '';
}

const LEVEL_LABEL: Record<DpaLevel, string> = { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan' };

/** The budget rows of a PK: each DPA row with its pagu, and its Pagu Murni where the DPA keeps one. */
function anggaranOf(dpa: Dpa | null, indexes: number[]): Pick<PkForm, 'anggaran' | 'anggaranLabel' | 'jumlah'> {
  if (!dpa || indexes.length === 0)
    return { anggaran: [], anggaranLabel: 'Program', jumlah: { pagu: ZERO, murni: null } };
  const hasMurni = dpa.rows.some((r) => r.paguMurni != null);
  const murniOf = (i: number) => paguMurniOf(dpa, i) ?? (hasMurni ? decimalOf(dpa.rows[i].pagu) : null);
  const anggaran: PkAnggaran[] = indexes.map((i) => ({
    kode: dpa.rows[i].kode,
    uraian: dpa.rows[i].uraian,
    pagu: decimalOf(dpa.rows[i].pagu),
    murni: murniOf(i),
  }));
  // A row under another listed row (a kegiatan under its own program) is already in that row's pagu.
  const listed = new Set(indexes);
  const under = (i: number): boolean => {
    for (let p = dpa.rows[i].parent; p >= 0; p = dpa.rows[p].parent) if (listed.has(p)) return true;
    return false;
  };
  const counted = [...listed].filter((i) => !under(i));
  const murni = counted.map(murniOf);
  const levels = [...new Set(indexes.map((i) => LEVEL_LABEL[dpa.rows[i].level]))];
  return {
    anggaran,
    anggaranLabel: levels.length === 1 ? levels[0] : 'Program/Kegiatan',
    jumlah: {
      pagu: counted.reduce((s, i) => s.plus(dpa.rows[i].pagu), ZERO),
      murni: murni.every((m) => m !== null) ? murni.reduce((s: Decimal, m) => s.plus(m as Decimal), ZERO) : null,
    },
  };
}

/** Place, date and the year of every PK of the workbook. */
function bersama(ctx: ReportContext): Pick<PkForm, 'tahun' | 'perubahan' | 'tempat' | 'tanggal'> {
  return {
    tahun: ctx.tahun,
    perubahan: isPkPerubahan(ctx.wb),
    tempat: ctx.profil?.tempat.trim() ?? '',
    tanggal: ctx.profil?.tanggalPk ?? null,
  };
}

/** The instansi's PK: its head (Profil) with the kepala daerah; IKU targets of the year, the DPA's top rows. */
export function formInstansi(ctx: ReportContext): PkForm {
  const p = ctx.profil;
  return {
    ...bersama(ctx),
    unit: [ctx.instansi.toUpperCase(), ctx.pemda.toUpperCase()],
    pertama: {
      nama: p?.namaPimpinan.trim() ?? '',
      jabatan: ctx.jabatan || `Pimpinan ${ctx.instansiLengkap}`,
      pangkat: p?.pangkat ?? '',
      nip: p?.nip ?? '',
    },
    kedua: { nama: p?.namaAtasan?.trim() ?? '', jabatan: jabatanAtasan(ctx) },
    sasaranLabel: 'Sasaran Strategis',
    targets: ctx.fig.indikator.map((f) => ({
      nomor: String(f.nomor),
      sasaran: f.ind.sasaran,
      indikator: f.ind.indikator,
      satuan: f.ind.satuan,
      target: f.targetText(ctx.tahun),
    })),
    ...anggaranOf(ctx.wb.dpa, ctx.fig.programs),
  };
}

/** A typed figure as a target prints: whole as typed (`100`), else at least 2 decimals (`72,60`), never rounded. */
function angkaTarget(d: Decimal): string {
  return formatId(d, d.isInteger() ? 0 : Math.max(2, d.decimalPlaces()));
}

/** A target as typed, in Indonesian form: `100`, `88,37`, `80 – 90`. */
function targetTeks(t: Target | null): string {
  if (t === null) return '-';
  if (t.kind === 'range') return `${angkaTarget(t.lower)} – ${angkaTarget(t.upper)}`;
  return angkaTarget(t.value);
}

/** An official's PK (PK Pejabat): their indicators and targets, the DPA rows of their codes. */
function formPejabat(ctx: ReportContext, p: PkPejabat): PkForm {
  const dpa = ctx.wb.dpa;
  const rows = p.anggaran.map((a) => dpaRowOf(dpa, a.kode)).filter((r) => r !== null);
  return {
    ...bersama(ctx),
    unit: [p.jabatan.toUpperCase(), ctx.instansi.toUpperCase(), ctx.pemda.toUpperCase()],
    pertama: { nama: p.nama, jabatan: hurufJudul(p.jabatan), nip: p.nip },
    kedua: { nama: p.namaAtasan, jabatan: hurufJudul(p.jabatanAtasan), nip: p.nipAtasan },
    sasaranLabel: 'Sasaran',
    targets: p.indikator.map((ind, i) => ({
      nomor: String(i + 1),
      sasaran: ind.sasaran,
      indikator: ind.indikator,
      satuan: ind.satuan,
      target: targetTeks(ind.target.target),
    })),
    ...anggaranOf(dpa, dpa ? rows.map((r) => dpa.rows.indexOf(r)) : []),
  };
}

/**
 * The PK document: the instansi's PK, then each official's, every one starting on a new page.
 * `onPart` hears the name of each PK as it is built (for the progress display).
 */
export function buildPerjanjianKinerja(
  wb: Workbook,
  opts: BuildOptions & { onPart?: (part: string) => void } = {},
): ReportDocument {
  const ctx = createContext(wb, opts);
  const forms: { name: string; form: PkForm }[] = [{ name: ctx.instansi, form: formInstansi(ctx) }];
  for (const p of wb.pkPejabat ?? []) forms.push({ name: hurufJudul(p.jabatan || p.nama), form: formPejabat(ctx, p) });
  const blocks: Block[] = [];
  for (const { name, form } of forms) {
    opts.onPart?.(name);
    if (blocks.length > 0) blocks.push({ type: 'pagebreak' });
    blocks.push(...perjanjianKinerjaBlocks(form));
  }
  const jenis = isPkPerubahan(wb) ? 'Perjanjian Kinerja Perubahan' : 'Perjanjian Kinerja';
  return { title: `${jenis} ${ctx.instansiLengkap} Tahun ${ctx.tahun}`, blocks };
}
