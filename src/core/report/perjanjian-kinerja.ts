/**
 * The Perjanjian Kinerja form: its one home, used by the PK document (build-perjanjian.ts) and by
 * the LKjIP's Lampiran (lampiran.ts).
 *
 * The form is that of PermenPAN-RB 53/2014 (Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja
 * dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah), Lampiran I "Penyusunan Perjanjian
 * Kinerja Instansi Pemerintah", its format of the perjanjian kinerja as reproduced from
 * jdih.menpan.go.id at https://coesmanafamily.com/2022/02/Petunjuk-Teknis-Penyusunan-Perjanjian-Kinerja.html
 * and quoted by the Kementerian Perdagangan's SAKIP pedoman (Kepmendag 794/2015, "B.2 Format
 * Perjanjian Kinerja", https://123dok.com/article/format-perjanjian-kinerja-perjanjian-kinerja.q75jdrrz):
 *  - a lembar pernyataan: `PERJANJIAN KINERJA TAHUN …`; "Dalam rangka mewujudkan manajemen
 *    pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang
 *    bertanda tangan di bawah ini:"; Nama / Jabatan "selanjutnya disebut pihak pertama"; Nama /
 *    Jabatan "selaku atasan pihak pertama, selanjutnya disebut pihak kedua"; the pihak pertama's
 *    promise and the pihak kedua's supervision, in the words below; place and date; Pihak Kedua
 *    (left) and Pihak Pertama (right) signing side by side;
 *  - its lampiran, "bagian yang tidak terpisahkan": Sasaran Strategis | Indikator Kinerja | Target,
 *    then Program | Anggaran with the sum, signed again by both.
 * Who signs with whom (the cascade): the kepala perangkat daerah with the kepala daerah, an eselon
 * III official with the kepala perangkat daerah, an eselon IV official with the eselon III above
 * (as the pemda rules implementing 53/2014 set it out, e.g. Perwali Kota Mojokerto 11/2017,
 * https://peraturan.bpk.go.id/Details/86366).
 */
import type { Decimal } from '../decimal';
import type { IsoDate } from '../layout/model';
import { formatMoney } from '../numbers';
import { tanggalIndonesia } from './indonesian-date';
import type { Block, ParagraphBlock, SignatureLine, TableBlock } from './report-types';
import { RUANG_TANDA_TANGAN } from './signature';
import { sekaliPerKelompok } from './table';

/** One party: the official who promises (pihak pertama) or the atasan (pihak kedua). */
interface PihakPk {
  /** "" when not known: the form then leaves a dotted line to write the name on. */
  nama: string;
  jabatan: string;
  pangkat?: string;
  nip?: string;
}

interface PkTarget {
  /** The indicator's number in its own list (IKU `No` order for the instansi). */
  nomor: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  /** As printed: `88,37`, `80 – 90`. */
  target: string;
}

export interface PkAnggaran {
  kode: string;
  uraian: string;
  pagu: Decimal;
  /** Before the P-APBD change; null when not known. */
  murni: Decimal | null;
}

export interface PkForm {
  tahun: number;
  /** A PK Perubahan (after the APBD-P): the title says so, murni and perubahan side by side. */
  perubahan: boolean;
  /** Upper-case lines under the title: the instansi, or an official's jabatan and instansi. */
  unit: string[];
  pertama: PihakPk;
  kedua: PihakPk;
  tempat: string;
  /** `Tanggal PK`; null prints a dotted line for the day and month of the year. */
  tanggal: IsoDate | null;
  /** `Sasaran Strategis` (instansi) or `Sasaran` (an official). */
  sasaranLabel: string;
  targets: PkTarget[];
  /** What the budget rows are: `Program`, `Kegiatan`, `Sub Kegiatan`, `Program/Kegiatan`. */
  anggaranLabel: string;
  anggaran: PkAnggaran[];
  /** The JUMLAH row: the rows' sum, a kegiatan listed under its own program counted once. */
  jumlah: { pagu: Decimal; murni: Decimal | null };
}

/** Captions for the two lampiran tables: numbered in the LKjIP (`Tabel L.1 …`), none in the PK document. */
export type PkCaption = (title: string) => string;

const TANPA_KETERANGAN: PkCaption = () => '';

/** A dotted line to write on: the name of a party not yet known, the day and month of a date. */
const GARIS_NAMA = '.'.repeat(45);
const GARIS_TANGGAL = '.'.repeat(30);

/** The words of the form, PermenPAN-RB 53/2014 Lampiran I. */
const PEMBUKA =
  'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:';
const SEBUTAN_PERTAMA = 'selanjutnya disebut PIHAK PERTAMA.';
const SEBUTAN_KEDUA = 'selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.';
const JANJI_PERTAMA =
  'PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.';
const JANJI_KEDUA =
  'PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.';

/** `PERJANJIAN KINERJA TAHUN 2023`, `PERJANJIAN KINERJA PERUBAHAN TAHUN 2023`. */
function judulPk(form: Pick<PkForm, 'tahun' | 'perubahan'>): string {
  return `PERJANJIAN KINERJA${form.perubahan ? ' PERUBAHAN' : ''} TAHUN ${form.tahun}`;
}

function teks(text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return { type: 'paragraph', text, align: 'justify', ...extra };
}

/** The title and the unit's lines, centred and bold, as one paragraph (one line each): the page holds the whole statement. */
function judul(form: PkForm, prefix: string): Block[] {
  const lines = [`${prefix}${judulPk(form)}`, ...form.unit.filter((u) => u.trim() !== '')];
  return [{ type: 'paragraph', text: lines.join('\n'), align: 'center', bold: true, keepWithNext: true }];
}

/** Nama and Jabatan of a party, their colons aligned: a borderless grid of label, colon and value. */
function identitas(pihak: PihakPk): Block {
  return {
    type: 'signatures',
    align: 'left',
    shares: [16, 4, 80],
    columns: [
      [{ text: 'Nama' }, { text: 'Jabatan' }],
      [{ text: ':' }, { text: ':' }],
      [{ text: pihak.nama.trim() || GARIS_NAMA }, { text: pihak.jabatan }],
    ],
  };
}

/** Place and date of signing: `Perupuk, 2 Januari 2023`, or `Perupuk, ………… 2023` when not yet dated. */
function tempatTanggalPk(form: Pick<PkForm, 'tempat' | 'tanggal' | 'tahun'>): string {
  const tanggal = (form.tanggal && tanggalIndonesia(form.tanggal)) || `${GARIS_TANGGAL} ${form.tahun}`;
  const tempat = form.tempat.trim();
  return tempat ? `${tempat}, ${tanggal}` : tanggal;
}

function kolomTandaTangan(sebutan: string, pihak: PihakPk): SignatureLine[] {
  const lines: SignatureLine[] = [
    { text: sebutan, bold: true },
    { text: pihak.jabatan.toUpperCase(), bold: true },
    { text: pihak.nama.trim() || GARIS_NAMA, bold: true, spaceBefore: RUANG_TANDA_TANGAN },
  ];
  if (pihak.pangkat?.trim()) lines.push({ text: pihak.pangkat.trim() });
  if (pihak.nip?.trim()) lines.push({ text: `NIP. ${pihak.nip.trim()}` });
  return lines;
}

/**
 * Place and date above PIHAK PERTAMA's half, then both parties side by side on one row kept whole
 * on one page: PIHAK KEDUA (the atasan) left, PIHAK PERTAMA right. The date is kept with the row,
 * and the caller keeps the text above with the date, so a signature never stands on a page alone.
 */
function tandaTangan(form: PkForm): Block[] {
  return [
    { type: 'paragraph', text: tempatTanggalPk(form), align: 'signature', spaceBefore: 12, keepWithNext: true },
    {
      type: 'signatures',
      columns: [kolomTandaTangan('PIHAK KEDUA,', form.kedua), kolomTandaTangan('PIHAK PERTAMA,', form.pertama)],
    },
  ];
}

/** The lembar pernyataan: title, the two parties, the two commitments, the signatures. */
function pernyataan(form: PkForm): Block[] {
  return [
    ...judul(form, ''),
    teks(PEMBUKA, { spaceBefore: 12 }),
    identitas(form.pertama),
    teks(SEBUTAN_PERTAMA),
    identitas(form.kedua),
    teks(SEBUTAN_KEDUA),
    teks(JANJI_PERTAMA),
    teks(JANJI_KEDUA, { keepWithNext: true }),
    ...tandaTangan(form),
  ];
}

function tabel(
  caption: string,
  header: string[],
  rows: string[][],
  align: TableBlock['align'],
  totalRow = false,
): TableBlock {
  const block: TableBlock = { type: 'table', caption, header, rows, align };
  if (totalRow) block.totalRow = true;
  return block;
}

/** Sasaran | Indikator Kinerja | Satuan | Target of the PK's year. */
export function tabelTargetPk(form: PkForm, caption: PkCaption, title: string): TableBlock {
  const sasaran = sekaliPerKelompok(form.targets.map((t) => t.sasaran.trim()));
  return tabel(
    caption(title),
    ['No', form.sasaranLabel, 'Indikator Kinerja', 'Satuan', `Target ${form.tahun}`],
    form.targets.map((t, i) => [t.nomor, sasaran[i], t.indikator, t.satuan, t.target]),
    ['center', 'left', 'left', 'left', 'right'],
  );
}

const uang = (d: Decimal | null) => (d === null ? '-' : formatMoney(d));

/** Program | Anggaran with the JUMLAH row; for a PK Perubahan, Anggaran Murni beside Anggaran Perubahan. */
function tabelAnggaranPk(form: PkForm, caption: PkCaption, title: string): TableBlock | null {
  if (form.anggaran.length === 0) return null;
  const kolom = form.perubahan ? ['Anggaran Murni (Rp)', 'Anggaran Perubahan (Rp)'] : ['Anggaran (Rp)'];
  const rows = form.anggaran.map((a, n) => [
    String(n + 1),
    a.kode,
    a.uraian,
    ...(form.perubahan ? [uang(a.murni), uang(a.pagu)] : [uang(a.pagu)]),
  ]);
  rows.push([
    '',
    '',
    'JUMLAH',
    ...(form.perubahan ? [uang(form.jumlah.murni), uang(form.jumlah.pagu)] : [uang(form.jumlah.pagu)]),
  ]);
  return tabel(
    caption(title),
    ['No', 'Kode', form.anggaranLabel, ...kolom],
    rows,
    ['center', 'left', 'left', ...kolom.map(() => 'right' as const)],
    true,
  );
}

/** The lampiran: its title, the targets, the budget, signed again by both parties. */
function lampiran(form: PkForm, caption: PkCaption, titles: { target: string; anggaran: string }): Block[] {
  const blocks: Block[] = [...judul(form, 'LAMPIRAN '), tabelTargetPk(form, caption, titles.target)];
  const anggaran = tabelAnggaranPk(form, caption, titles.anggaran);
  if (anggaran) blocks.push(anggaran);
  blocks.push(...tandaTangan(form));
  return blocks;
}

/**
 * One Perjanjian Kinerja: the lembar pernyataan, then on its own page the lampiran. `caption`
 * numbers the lampiran's tables where the PK sits inside another document (the LKjIP).
 */
export function perjanjianKinerjaBlocks(
  form: PkForm,
  caption: PkCaption = TANPA_KETERANGAN,
  titles = { target: '', anggaran: '' },
): Block[] {
  return [...pernyataan(form), { type: 'pagebreak' }, ...lampiran(form, caption, titles)];
}
