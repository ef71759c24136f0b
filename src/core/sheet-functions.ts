import { capaianPersen, capaianUnrounded, parsePolaritas, parseTarget, type Polaritas, type Target } from './capaian';
import { type Arg, mapCells, mapRows, type Result, runAggregate } from './cell-map';
import { type Decimal, toSheetNumber } from './decimal';
import { hitungIkm, mutuIkm, parseBobot } from './ikm';
import { InputError } from './input-error';
import { kategoriCapaian, kategoriOfNumber, parseSkala, SKALA_PERMENDAGRI_86 } from './kategori-capaian';
import { type CellValue, describeValue, isBlank, parseNumber } from './numbers';
import { type Predikat, predikatAkip, predikatAkipOfNumber } from './predikat-akip';
import { labelTriwulan, parseCaraHitung, realisasiSampai, type Triwulan } from './rules/triwulan';
import { skalaFromRange } from './skm/skala-sheet';

/** The custom functions' logic, free of Apps Script globals. Names and argument order are a contract. */

function notANumberArg(what: string, v: CellValue): InputError {
  return new InputError(`${what} ${describeValue(v)} bukan angka.`, `${what} bukan angka`);
}

function readNumberArg(what: string, v: CellValue) {
  try {
    return parseNumber(v);
  } catch {
    throw notANumberArg(what, v);
  }
}

function readFlag(v: CellValue): boolean {
  if (isBlank(v)) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' && /^(true|ya|benar|1)$/i.test(v.trim())) return true;
  if (typeof v === 'string' && /^(false|tidak|salah|0)$/i.test(v.trim())) return false;
  throw new InputError(`Pilihan ${describeValue(v)} tidak dikenal; isi TRUE atau FALSE.`, 'Pilihan bukan TRUE/FALSE');
}

export function CAPAIAN(realisasi: Arg, target: Arg, polaritas?: Arg): Result {
  // A whole column usually shares one polaritas: parse each distinct spelling once, and check
  // the previous cell's first.
  const polaritasOf = new Map<CellValue, Polaritas>();
  let lastSpelling: CellValue;
  let lastPolaritas: Polaritas | undefined;
  return mapCells(['realisasi', 'target', 'polaritas'], [realisasi, target, polaritas], (r, t, p) => {
    let pol = p === lastSpelling ? lastPolaritas : polaritasOf.get(p);
    if (pol === undefined) {
      pol = parsePolaritas(p);
      polaritasOf.set(p, pol);
    }
    lastSpelling = p;
    lastPolaritas = pol;
    // The common case, two finite numbers (x − x is 0 only for those): the float fast path.
    if (typeof r === 'number' && typeof t === 'number' && r - r === 0 && t - t === 0) {
      return capaianPersen(r, t, pol);
    }
    const real = readNumberArg('Realisasi', r);
    let tgt: Target | null;
    try {
      tgt = parseTarget(t);
    } catch {
      throw notANumberArg('Target', t);
    }
    if (real === null || tgt === null) return '';
    return toSheetNumber(capaianUnrounded(real, tgt, pol));
  });
}

/**
 * The capaian up to a quarter (docs/rules.md#rencana-aksi-per-triwulan): per row, the realisasi of
 * TW I up to TW N (N = the range's columns), the target up to TW N (its last column, or one column),
 * the Cara Hitung (blank: Kumulatif) and the polaritas. Blank while TW N is not reported.
 */
export function CAPAIAN_TW(realisasiTw: Arg, targetTw: Arg, caraHitung?: Arg, polaritas?: Arg): Result {
  return mapRows(
    ['realisasi_TW', 'target_TW', 'cara_hitung', 'polaritas'],
    [realisasiTw, targetTw, caraHitung, polaritas],
    ([real, tgt, cara, pol]) => {
      const n = real.length;
      if (n > 4) {
        throw new InputError(
          `realisasi_TW berisi ${n} kolom; isi paling banyak 4 kolom, TW I sampai TW IV.`,
          'Lebih dari 4 triwulan',
        );
      }
      if (tgt.length !== 1 && tgt.length !== n) {
        throw new InputError(
          `target_TW berisi ${tgt.length} kolom; isi 1 kolom (target sampai dengan triwulan itu) atau ${n} kolom seperti realisasi_TW.`,
          'Kolom target tidak sesuai',
        );
      }
      if (cara.length !== 1 || pol.length !== 1) {
        throw new InputError('cara_hitung dan polaritas berisi satu sel per baris.', 'Satu sel per baris');
      }
      const quarters = real.map((v, i) => readNumberArg(`Realisasi ${labelTriwulan((i + 1) as Triwulan)}`, v));
      if (quarters[n - 1] === null) return '';
      let target: Target | null;
      try {
        target = parseTarget(tgt[tgt.length - 1]);
      } catch {
        throw notANumberArg(`Target ${labelTriwulan(n as Triwulan)}`, tgt[tgt.length - 1]);
      }
      if (target === null) return '';
      const realisasi = realisasiSampai(quarters, n as Triwulan, parseCaraHitung(cara[0]) ?? 'kumulatif');
      return toSheetNumber(capaianUnrounded(realisasi as Decimal, target, parsePolaritas(pol[0])));
    },
  );
}

export function KATEGORI_CAPAIAN(nilaiCapaian: Arg, skala?: Arg): Result {
  const bands = Array.isArray(skala) ? runAggregate(() => parseSkala(skala)) : SKALA_PERMENDAGRI_86;
  if (!Array.isArray(skala) && !isBlank(skala as CellValue)) {
    throw new Error('Skala harus berupa rentang 2 kolom: batas bawah dan label.');
  }
  const kategori = kategoriOfNumber(bands);
  return mapCells(['capaian'], [nilaiCapaian], (c) => {
    if (typeof c === 'number' && c - c === 0) return kategori(c);
    const value = readNumberArg('Capaian', c);
    return value === null ? '' : kategoriCapaian(value, bands);
  });
}

export function PREDIKAT_AKIP(nilai: Arg, denganInterpretasi?: Arg): Result {
  return mapCells(['nilai', 'dengan_interpretasi'], [nilai, denganInterpretasi], (n, f) => {
    const withText = readFlag(f);
    let p: Predikat;
    if (typeof n === 'number' && n - n === 0) p = predikatAkipOfNumber(n);
    else {
      const value = readNumberArg('Nilai AKIP', n);
      if (value === null) return '';
      p = predikatAkip(value);
    }
    return withText ? `${p.predikat} (${p.interpretasi})` : p.predikat;
  });
}

export function NIK_IKM(jawaban: Arg, bobot?: Arg, skala?: Arg): number | '' {
  return runAggregate(() => {
    if (Array.isArray(bobot)) throw new InputError('Bobot harus satu nilai: kosong, "0,11", atau "0,111".');
    const mode = parseBobot(bobot);
    if (skala !== undefined && skala !== null && skala !== '' && !Array.isArray(skala))
      throw new InputError(
        "Skala harus rentang dua kolom Teks dan Nilai, mis. 'Skala SKM'!A:B.",
        'Skala bukan rentang',
      );
    const sendiri = Array.isArray(skala) ? skalaFromRange(skala) : undefined;
    const rows: CellValue[][] = Array.isArray(jawaban) ? jawaban : [[jawaban]];
    if (rows.every((row) => row.every((v) => isBlank(v)))) return '';
    return toSheetNumber(hitungIkm(rows, mode, sendiri).nik);
  });
}

export function MUTU_IKM(nik: Arg, denganKeterangan?: Arg): Result {
  return mapCells(['nik', 'dengan_keterangan'], [nik, denganKeterangan], (n, f) => {
    const withText = readFlag(f);
    const value = readNumberArg('NIK', n);
    if (value === null) return '';
    const m = mutuIkm(value);
    return withText ? `${m.mutu} (${m.kinerja})` : m.mutu;
  });
}
