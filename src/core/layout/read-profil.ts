import { isInputError } from '../input-error';
import { parseNumber, type CellValue } from '../numbers';
import { plausibleYear } from '../rules/periode';
import { a1 } from './a1';
import {
  calendarDate,
  cellText,
  describeCell,
  isDate,
  isEmptyRow,
  parseDateText,
  sheetErrorOf,
  type SheetContext,
} from './cells';
import { finding } from './findings';
import type { HeaderNote, Profil, RawSheet } from './model';
import { normalizeName, PROFIL_KEYS } from './spec';
import type { HeaderMap } from './headers';

function profilKey(typed: string): { key: string; viaSynonym: boolean } | null {
  const n = normalizeName(typed);
  if (n === '') return null;
  for (const k of PROFIL_KEYS) if (normalizeName(k.key) === n) return { key: k.key, viaSynonym: false };
  for (const k of PROFIL_KEYS) {
    if ((k.synonyms ?? []).some((s) => normalizeName(s) === n)) return { key: k.key, viaSynonym: true };
  }
  return null;
}

/**
 * An 18-digit NIP stored as a number shows in full in the sheet but reaches the script as a
 * double; print its integer digits rather than `1.97806072010011e+17`.
 */
export function nipText(v: CellValue): string {
  if (typeof v === 'number' && Number.isFinite(v)) return v.toFixed(0);
  return cellText(v);
}

/** Profil: `Kunci` / `Nilai` rows; the first row for a key wins; unknown keys are ignored. */
export function readProfil(ctx: SheetContext, sheet: RawSheet, map: HeaderMap, notes: HeaderNote[]): Profil {
  const kunciCol = map.columns['Kunci'];
  const nilaiCol = map.columns['Nilai'];
  const raw: Record<string, { value: CellValue; row: number }> = {};
  const cells: Record<string, string> = {};
  if (kunciCol !== undefined && nilaiCol !== undefined) {
    sheet.values.forEach((row, i) => {
      if (i === 0 || isEmptyRow(row)) return;
      const typed = cellText(row[kunciCol]);
      const hit = profilKey(typed);
      if (!hit) return;
      if (hit.key in raw) {
        // `Tahun` and `Tahun Laporan`, an old `Nama Pimpinan` left above the new one: never a
        // report for the wrong year or signed by the former camat.
        const first = raw[hit.key];
        const again = row[nilaiCol];
        if (cellText(first.value) === '' && cellText(again) !== '') {
          // A blank row for the key and a filled one: the filled one.
          raw[hit.key] = { value: again, row: i + 1 };
          cells[hit.key] = a1(i + 1, nilaiCol);
        } else if (cellText(again) !== '' && cellText(again) !== cellText(first.value)) {
          ctx.findings.push(
            finding(
              'duplicate-key',
              ctx.sheet,
              a1(i + 1, nilaiCol),
              `${hit.key} diisi dua kali dengan nilai berbeda: "${cellText(first.value)}" di ${cells[hit.key]} dan "${cellText(again)}" di ${a1(i + 1, nilaiCol)} (Kunci "${typed}"). Hapus baris yang lama agar laporan memakai nilai yang benar.`,
            ),
          );
        }
        return;
      }
      raw[hit.key] = { value: row[nilaiCol], row: i + 1 };
      cells[hit.key] = a1(i + 1, nilaiCol);
      if (hit.viaSynonym)
        notes.push({ sheet: ctx.sheet, cell: a1(i + 1, kunciCol), found: typed, understoodAs: hit.key });
    });
  }
  const text = (key: string) => (raw[key] ? cellText(raw[key].value) : '');

  for (const k of PROFIL_KEYS) {
    if (!k.required || text(k.key) !== '') continue;
    const cell = cells[k.key] ?? '';
    const fix = cell
      ? `${k.key} wajib diisi, tetapi selnya kosong. Isi sel ini (kolom Nilai).`
      : `Baris dengan Kunci "${k.key}" wajib ada, tetapi tidak ditemukan. Tambahkan baris itu dan isi kolom Nilainya.`;
    ctx.findings.push(finding('missing-value', ctx.sheet, cell, fix));
  }

  return {
    namaInstansi: text('Nama Instansi'),
    pemerintahDaerah: text('Pemerintah Daerah'),
    tahun: readTahun(ctx, raw['Tahun']?.value, cells['Tahun']),
    periodeRenstra: text('Periode Renstra'),
    namaPimpinan: text('Nama Pimpinan'),
    jabatanPimpinan: text('Jabatan Pimpinan'),
    pangkat: text('Pangkat'),
    nip: raw['NIP'] ? nipText(raw['NIP'].value) : '',
    tempat: text('Tempat'),
    tanggal: readTanggal(ctx, raw['Tanggal']?.value, cells['Tanggal']),
    jabatanAtasan: text('Jabatan Atasan'),
    namaAtasan: text('Nama Atasan'),
    tanggalPk: readTanggal(ctx, raw['Tanggal PK']?.value, cells['Tanggal PK'], 'Tanggal PK'),
    reviu: {
      nama: text('Nama Reviu'),
      nip: raw['NIP Reviu'] ? nipText(raw['NIP Reviu'].value) : '',
      jabatan: text('Jabatan Reviu'),
      tanggal: readTanggal(ctx, raw['Tanggal Reviu']?.value, cells['Tanggal Reviu'], 'Tanggal Reviu'),
    },
    jenisPk: text('Jenis PK'),
    halaman: {
      ukuranKertas: text('Ukuran Kertas'),
      margin: text('Margin (cm)'),
      huruf: text('Huruf'),
      logoUrl: text('Logo (URL)'),
    },
    cells,
  };
}

/** The reporting year: a four-digit year; 0 when blank or unreadable (with a finding, except blank, which missing-value covers). */
function readTahun(ctx: SheetContext, v: CellValue, cell: string | undefined): number {
  // A formula error is already a formula-error finding at the cell.
  if (cell === undefined || cellText(v) === '' || sheetErrorOf(v)) return 0;
  let n: number | null = null;
  try {
    const d = parseNumber(v);
    if (d?.isInteger() && plausibleYear(d.toNumber())) n = d.toNumber();
  } catch (e) {
    if (!isInputError(e)) throw e;
  }
  if (n === null) {
    ctx.findings.push(
      finding(
        'not-a-number',
        ctx.sheet,
        cell,
        `Tahun berisi ${describeCell(v)}, bukan tahun empat angka. Isi tahun laporan, mis. 2023.`,
      ),
    );
    return 0;
  }
  return n;
}

/**
 * Tanggal: a date cell, or text `31 Januari 2024`, `31/01/2024`, `2024-01-31`. Unreadable text is
 * reported under not-a-number (a date is a number in Sheets) and read as no date.
 */
function readTanggal(ctx: SheetContext, v: CellValue, cell: string | undefined, label = 'Tanggal'): string | null {
  if (cell === undefined || v === null || v === undefined || (!isDate(v) && cellText(v) === '') || sheetErrorOf(v))
    return null;
  const iso = isDate(v) ? calendarDate(v) : typeof v === 'string' ? parseDateText(v) : null;
  if (iso) return iso;
  ctx.findings.push(
    finding(
      'not-a-number',
      ctx.sheet,
      cell,
      `${label} berisi ${describeCell(v)}, bukan tanggal. Isi tanggal penandatanganan, mis. 31 Januari 2024 atau 31/01/2024.`,
    ),
  );
  return null;
}
