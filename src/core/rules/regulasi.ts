/**
 * The regulations the report applies, and the older ones an evaluator would flag in a Landasan
 * Hukum: one home for the report's standard Landasan Hukum and the validator's `legal-basis`
 * (docs/rules.md#landasan-hukum).
 */

export interface Regulasi {
  /** As a Landasan Hukum lists it. */
  judul: string;
  /** Short form for a message: `PermenPAN-RB 88/2021`. */
  singkat: string;
  /** Finds it in a line of text (number, year and the issuing body). */
  pola: RegExp;
}

/** `Nomor 88 Tahun 2021`, `No. 88 Th. 2021`, `88/2021`. */
function nomor(n: number, tahun: number): string {
  return String.raw`(?:(?:nomor|no\.?)\s*${n}\s*(?:tahun|th\.?)\s*${tahun}|\b${n}\s*\/\s*${tahun}\b)`;
}

const PANRB = String.raw`(?:pendayagunaan\s+aparatur|\bpan\b|pan[\s-]*rb|menpan|permenpan|kepmenpan|m\.pan)`;
const MENDAGRI = String.raw`(?:dalam\s+negeri|mendagri|permendagri)`;

function pola(body: string, n: number, tahun: number): RegExp {
  return new RegExp(`${body}.*${nomor(n, tahun)}|${nomor(n, tahun)}.*${body}`, 'i');
}

export const PERMENPAN_88_2021: Regulasi = {
  judul:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
  singkat: 'PermenPAN-RB 88/2021',
  pola: pola(PANRB, 88, 2021),
};

export const PERMENPAN_14_2017: Regulasi = {
  judul:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
  singkat: 'PermenPAN-RB 14/2017',
  pola: pola(PANRB, 14, 2017),
};

export const PERMENDAGRI_86_2017: Regulasi = {
  judul:
    'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
  singkat: 'Permendagri 86/2017',
  pola: pola(MENDAGRI, 86, 2017),
};

export interface Dicabut {
  /** The repealed regulation as a message names it. */
  singkat: string;
  pola: RegExp;
  /** What replaced it. */
  pengganti: string;
  /** Where the repeal was found (checked with the `search` tool). */
  sumber: string;
}

/**
 * Regulations a Landasan Hukum still lists although they no longer apply. Each with where the
 * repeal is stated.
 */
export const DICABUT: readonly Dicabut[] = [
  {
    singkat: 'PermenPAN-RB 12/2015 tentang Pedoman Evaluasi atas Implementasi SAKIP',
    pola: pola(PANRB, 12, 2015),
    pengganti: PERMENPAN_88_2021.singkat,
    // Berita Negara 2021 No. 1569 "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah. Pencabutan.";
    // 88/2021 Menimbang b: 12/2015 "perlu diganti" (id.scribd.com/document/580120421).
    sumber: 'PermenPAN-RB 88/2021, Menimbang huruf b dan ketentuan penutup',
  },
  {
    singkat: 'KepMenPAN KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat',
    pola: new RegExp(String.raw`kep\s*[/.-]?\s*25\s*[/.-]\s*m\.?\s*pan|${PANRB}.*${nomor(25, 2004)}`, 'i'),
    pengganti: PERMENPAN_14_2017.singkat,
    sumber: 'PermenPAN-RB 14/2017, ketentuan penutup (dicabut bersama PermenPAN-RB 16/2014)',
  },
  {
    singkat: 'PermenPAN-RB 16/2014 tentang Pedoman Survei Kepuasan Masyarakat',
    pola: pola(PANRB, 16, 2014),
    pengganti: PERMENPAN_14_2017.singkat,
    // sippn.menpan.go.id: "Permenpan-RB No. 16/2014 kemudian disempurnakan melalui Permenpan-RB No. 14/2017".
    sumber: 'PermenPAN-RB 14/2017, ketentuan penutup',
  },
  {
    singkat: 'PermenPAN-RB 29/2010 tentang Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Akuntabilitas Kinerja',
    pola: pola(PANRB, 29, 2010),
    pengganti: 'PermenPAN-RB 53/2014',
    sumber: 'PermenPAN-RB 53/2014, ketentuan penutup',
  },
  {
    singkat:
      'Permendagri 54/2010 tentang Tahapan, Tata Cara Penyusunan, Pengendalian dan Evaluasi Rencana Pembangunan Daerah',
    pola: pola(MENDAGRI, 54, 2010),
    pengganti: PERMENDAGRI_86_2017.singkat,
    sumber: 'Permendagri 86/2017, ketentuan penutup',
  },
  {
    singkat:
      'Undang-Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
    pola: new RegExp(String.raw`undang.*${nomor(33, 2004)}|\buu\b.*${nomor(33, 2004)}`, 'i'),
    pengganti:
      'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
    // meridianhukum.com/peraturan/uu-no-1-tahun-2022: "UU ini mencabut UU No. 33/2004 dan UU No. 28/2009".
    sumber: 'Undang-Undang 1/2022, ketentuan penutup',
  },
  {
    singkat: 'Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah',
    pola: new RegExp(String.raw`undang.*${nomor(32, 2004)}|\buu\b.*${nomor(32, 2004)}`, 'i'),
    pengganti: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
    sumber: 'Undang-Undang 23/2014, Pasal 409',
  },
  {
    singkat: 'Instruksi Presiden Nomor 7 Tahun 1999 tentang Akuntabilitas Kinerja Instansi Pemerintah',
    pola: new RegExp(String.raw`(?:instruksi\s+presiden|inpres).*${nomor(7, 1999)}`, 'i'),
    pengganti: 'Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP',
    sumber: 'Peraturan Presiden 29/2014, ketentuan penutup',
  },
];
