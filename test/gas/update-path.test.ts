import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, saveWorkbook, type WorkbookJson } from '../../emulator/index';
import { exampleJson } from '../fixtures/example';
import { formsWorkbook, RESPONSE_SHEET, RESPONSE_VALUES } from '../fixtures/skm-forms';

// The update path of docs/panduan-pemasangan.md (B.8), the part that is code, on the built bundle:
// a clerk's spreadsheet with a year of work (Forms answers imported to IKM, the office's own
// Skala SKM, a Riwayat row) is moved into a fresh copy of the new master the way the guide says:
// every sheet copied over with Sheets' "Salin ke → Spreadsheet yang ada" (which names the copy
// "Salinan IKU"), Buat Template, the copies renamed, the Form's responses sent to the new copy
// (Forms writes every response so far into a new "Respons Formulir 1" there). Nothing is lost:
// no response is imported twice, the Skala SKM still reads "Lumayan", Riwayat keeps its rows.

const CARRIED = ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi', 'Riwayat', 'Skala SKM'];

/** The old spreadsheet after a year: imported, scored, a report generated. */
function oldSpreadsheet(): WorkbookJson {
  const em = createEmulator({ workbook: formsWorkbook(exampleJson(), true) });
  const ctx = loadBundle(em);
  const imported = ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping) as { counts: { baru: number } };
  expect(imported.counts.baru).toBe(7);
  expect((ctx.generateLkjip(true) as { status: string }).status).toBe('ok');
  return saveWorkbook(em.spreadsheet);
}

function sheetOf(wb: WorkbookJson, name: string) {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('updating to a new version without losing anything (guide B.8)', () => {
  const old = oldSpreadsheet();

  // Steps 2–3: a fresh copy of the master (one empty sheet), every sheet copied in as "Salinan …".
  const fresh: WorkbookJson = {
    name: 'LKjIP Kecamatan (versi baru)',
    sheets: [
      { name: 'Sheet1', values: [] },
      ...CARRIED.map((name) => ({ ...structuredClone(sheetOf(old, name)), name: `Salinan ${name}` })),
    ],
  };

  it('Buat Template before the renaming creates none of the copied sheets beside its copy, and says to rename', () => {
    const em = createEmulator({ workbook: structuredClone(fresh) });
    const r = loadBundle(em).buatTemplate() as { dibuat: string[]; pesan: string };
    // Renaksi and PK Pejabat are new in this version: the old spreadsheet had none to copy.
    expect(r.dibuat).toEqual(['Renaksi', 'PK Pejabat']);
    for (const name of ['Profil', 'IKU', 'DPA', 'IKM', 'AKIP', 'Narasi'])
      expect(r.pesan).toContain(`ganti namanya menjadi "${name}"`);
    expect(em.spreadsheet.fakeSheets().map((s) => s.sheetName())).toEqual([
      ...fresh.sheets.map((s) => s.name),
      'Renaksi',
      'PK Pejabat',
    ]);
  });

  // Steps 4–5: the copies renamed; the Form sends its responses here (all so far, plus a new one).
  const renamed: WorkbookJson = structuredClone(fresh);
  for (const s of renamed.sheets) s.name = s.name.replace(/^Salinan /, '');
  const newResponse = [...RESPONSE_VALUES[1]];
  newResponse[0] = '2024-06-01T09:00:00';
  renamed.sheets.push({ name: RESPONSE_SHEET, values: [...structuredClone(RESPONSE_VALUES), newResponse] });

  it('the renamed sheets give the same findings as the old spreadsheet', () => {
    const before = loadBundle(createEmulator({ workbook: structuredClone(old) })).periksaData() as {
      findings: { code: string; sheet: string; cell: string }[];
    };
    const after = loadBundle(createEmulator({ workbook: structuredClone(renamed) })).periksaData() as typeof before;
    const key = (f: { code: string; sheet: string; cell: string }) => `${f.code} ${f.sheet}!${f.cell}`;
    expect(after.findings.map(key)).toEqual(before.findings.map(key));
  });

  it('Impor Survei on the relinked Form adds only the new response; Skala SKM still reads the office wording', () => {
    const em = createEmulator({ workbook: structuredClone(renamed) });
    const ctx = loadBundle(em);
    const plan = ctx.bacaSurvei() as { counts: Record<string, number>; unread: unknown[] };
    expect(plan.unread).toEqual([]);
    expect(plan.counts).toMatchObject({ dibaca: 8, baru: 1, sudahAda: 7, tertunda: 0, manual: 0 });
    ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    // Header + 7 old respondents + 1 new one.
    expect(sheetOf(saveWorkbook(em.spreadsheet), 'IKM').values).toHaveLength(9);
  });

  it('Generate appends to the carried Riwayat: the old report stays listed', () => {
    const em = createEmulator({ workbook: structuredClone(renamed) });
    expect((loadBundle(em).generateLkjip(true) as { status: string }).status).toBe('ok');
    const riwayat = sheetOf(saveWorkbook(em.spreadsheet), 'Riwayat').values;
    expect(riwayat).toHaveLength(3);
    expect(riwayat[1]).toEqual(sheetOf(old, 'Riwayat').values[1]);
  });
});
