import type { SheetContext } from './cells';
import { finding } from './findings';
import { foldHeaderRows } from './header-rows';
import { matchHeaders } from './headers';
import type { Finding, HeaderNote, RawSheet, RawWorkbook, ReadResult, Workbook } from './model';
import { readAkip } from './read-akip';
import { readDpa } from './read-dpa';
import { readIkm } from './read-ikm';
import { readIku } from './read-iku';
import { readNarasi } from './read-narasi';
import { readProfil } from './read-profil';
import { normalizeName, sheetSpec, type SheetId } from './spec';

/** The sheets the reader looks at, in layout order (Riwayat is the add-on's own log). */
export const LAYOUT_SHEETS: readonly SheetId[] = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi'];

/** The layout sheet a tab name stands for (`iku `, `PROFIL`), or null. */
export function layoutSheetId(name: string): SheetId | null {
  const n = normalizeName(name);
  return LAYOUT_SHEETS.find((id) => normalizeName(id) === n) ?? null;
}

export function findSheet(raw: RawWorkbook, id: SheetId): RawSheet | null {
  return raw.sheets.find((s) => layoutSheetId(s.name) === id) ?? null;
}

/** What each required sheet holds, for the missing-sheet message. */
const SHEET_PURPOSE: Partial<Record<SheetId, string>> = {
  Profil: 'identitas instansi, tahun laporan dan penandatangan',
  IKU: 'sasaran, indikator kinerja, target dan realisasi',
  DPA: 'program, kegiatan, sub kegiatan dan anggarannya',
};

/**
 * Read a workbook laid out as standard layout v1 into the Workbook model, with the structural
 * findings met on the way (missing sheet/column, duplicate column, unreadable number, required
 * value left blank, unknown polaritas). The consistency checks are in validate/.
 */
export function readWorkbook(raw: RawWorkbook): ReadResult {
  const findings: Finding[] = [];
  const headerNotes: HeaderNote[] = [];
  const sheetNames: Record<string, string> = {};
  const workbook: Workbook = {
    name: raw.name,
    profil: null,
    iku: null,
    dpa: null,
    ikm: null,
    akip: null,
    narasi: {},
    sheetNames,
    headerNotes,
  };

  const open = (id: SheetId) => {
    const found = findSheet(raw, id);
    const spec = sheetSpec(id);
    if (!found) {
      if (spec.required) {
        findings.push(
          finding(
            'missing-sheet',
            id,
            '',
            `Sheet "${id}" belum ada; sheet ini wajib dan berisi ${SHEET_PURPOSE[id] ?? 'data laporan'}. Buat dengan tombol Buat Template di panel, atau tambahkan sheet bernama "${id}".`,
          ),
        );
      }
      return null;
    }
    sheetNames[id] = found.name;
    const { sheet: folded, note } = foldHeaderRows(found);
    if (note) headerNotes.push(note);
    const sheet = folded;
    const header = matchHeaders(sheet.name, sheet.values[0] ?? [], spec);
    findings.push(...header.findings);
    headerNotes.push(...header.notes);
    const ctx: SheetContext = { sheet: sheet.name, findings, tzOffsetMinutes: raw.tzOffsetMinutes };
    return { sheet, map: header.map, ctx };
  };

  const profil = open('Profil');
  if (profil) workbook.profil = readProfil(profil.ctx, profil.sheet, profil.map, headerNotes);
  const iku = open('IKU');
  if (iku) {
    // Without a readable Tahun the reporting year is the latest year with realisasi, so the
    // rest of the sheet can still be read and checked.
    const realisasiYears = Object.keys(iku.map.realisasi).map(Number);
    const tahun = workbook.profil?.tahun || (realisasiYears.length ? Math.max(...realisasiYears) : 0);
    workbook.iku = readIku(iku.ctx, iku.sheet, iku.map, tahun);
  }
  const dpa = open('DPA');
  if (dpa) workbook.dpa = readDpa(dpa.ctx, dpa.sheet, dpa.map);
  const ikm = open('IKM');
  if (ikm) workbook.ikm = readIkm(ikm.ctx, ikm.sheet, ikm.map);
  const akip = open('AKIP');
  if (akip) workbook.akip = readAkip(akip.ctx, akip.sheet, akip.map);
  const narasi = open('Narasi');
  if (narasi) workbook.narasi = readNarasi(narasi.ctx, narasi.sheet, narasi.map);

  return { workbook, findings };
}
