import { isEmptyRow, type SheetContext } from './cells';
import { finding } from './findings';
import { foldHeaderRows } from './header-rows';
import { matchHeaders } from './headers';
import type { Finding, HeaderNote, RawSheet, RawWorkbook, ReadResult, Workbook } from './model';
import { readAkip } from './read-akip';
import { readDpa } from './read-dpa';
import { readIkm } from './read-ikm';
import { readIku } from './read-iku';
import { readNarasi } from './read-narasi';
import { readPkPejabat } from './read-pk-pejabat';
import { readProfil } from './read-profil';
import { linkRenaksi, readRenaksi } from './read-renaksi';
import { reportingYear } from '../rules/reporting-year';
import { LAYOUT, normalizeSheetName, sheetSpec, type SheetId } from './spec';

/** The sheets the reader looks at, in layout order (Riwayat is the add-on's own log). */
export const LAYOUT_SHEETS: readonly SheetId[] = LAYOUT.map((s) => s.id).filter((id) => id !== 'Riwayat');

/** The layout sheet a tab name stands for (`iku `, `PROFIL`; not `IKU (2022 lama)`), or null. */
export function layoutSheetId(name: string): SheetId | null {
  const n = normalizeSheetName(name);
  return LAYOUT_SHEETS.find((id) => normalizeSheetName(id) === n) ?? null;
}

/** The first tab that is the layout sheet `id`; a second one is a duplicate-sheet finding. */
export function findSheet(raw: RawWorkbook, id: SheetId): RawSheet | null {
  return raw.sheets.find((s) => layoutSheetId(s.name) === id) ?? null;
}

function duplicateSheets(raw: RawWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const id of LAYOUT_SHEETS) {
    const tabs = raw.sheets.filter((s) => layoutSheetId(s.name) === id);
    if (tabs.length < 2) continue;
    const names = tabs.map((s) => `"${s.name}"`);
    for (const extra of tabs.slice(1)) {
      out.push(
        finding(
          'duplicate-sheet',
          extra.name,
          '',
          `Ada ${tabs.length} sheet yang sama-sama bernama ${id}: ${names.join(' dan ')}. Hanya satu yang boleh menjadi sheet ${id}; ganti nama sheet lainnya (mis. "${id} lama") atau hapus.`,
        ),
      );
    }
  }
  return out;
}

/** What an optional sheet gives the report, for the message when it is left completely empty. */
const EMPTY_SHEET_PART: Partial<Record<SheetId, string>> = {
  IKM: 'survei kepuasan masyarakat',
  AKIP: 'AKIP',
  Renaksi: 'rencana aksi per triwulan',
};

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
  const findings: Finding[] = duplicateSheets(raw);
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
    renaksi: null,
    pkPejabat: null,
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
    // An empty PK Pejabat is no official yet: nothing to say.
    if (id === 'PK Pejabat' && found.values.every((row) => isEmptyRow(row))) return null;
    const emptyPart = EMPTY_SHEET_PART[id];
    if (emptyPart && found.values.every((row) => isEmptyRow(row))) {
      // An optional sheet (IKM, AKIP, Renaksi) left completely empty: nothing to read, no missing-column errors.
      findings.push(
        finding(
          'no-data',
          found.name,
          '',
          `Sheet ${id} kosong sama sekali, sehingga bagian ${emptyPart} tidak disajikan dalam laporan. Isi sheet ini (menu Buat Template membuat judul kolomnya pada sheet baru), atau hapus bila memang tidak dipakai.`,
          'warning',
        ),
      );
      return null;
    }
    const { sheet: folded, note } = foldHeaderRows(found);
    if (note) headerNotes.push(note);
    const sheet = folded;
    const header = matchHeaders(sheet.name, sheet.values[0] ?? [], spec);
    findings.push(...header.findings);
    headerNotes.push(...header.notes);
    const ctx: SheetContext = { sheet: sheet.name, findings };
    return { sheet, map: header.map, ctx };
  };

  const profil = open('Profil');
  if (profil) workbook.profil = readProfil(profil.ctx, profil.sheet, profil.map, headerNotes);
  const iku = open('IKU');
  if (iku) {
    // Without a readable Tahun the reporting year is the latest year with realisasi, so the
    // rest of the sheet can still be read and checked.
    const tahun = reportingYear(workbook.profil?.tahun, Object.keys(iku.map.realisasi).map(Number));
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
  const renaksi = open('Renaksi');
  if (renaksi) {
    workbook.renaksi = readRenaksi(renaksi.ctx, renaksi.sheet, renaksi.map);
    if (workbook.iku) linkRenaksi(renaksi.ctx, workbook.renaksi, workbook.iku);
  }
  const pk = open('PK Pejabat');
  if (pk) workbook.pkPejabat = readPkPejabat(pk.ctx, pk.sheet, pk.map);

  return { workbook, findings };
}
