/**
 * `lkjip import-skm WORKBOOK.json --out NEW.json [--sheet "Respons Formulir 1"]`: "Impor Survei"
 * of the panel, run on a workbook file by the BUILT add-on in the emulator. Shows the mapping it
 * used, the counts, every unread answer with its cell and the NIK, and writes the workbook with
 * the new IKM rows to NEW.json (never over WORKBOOK.json). Exit 1 when some answers could not be
 * read (those responses wait for the next import), 0 otherwise.
 */
import { writeFileSync } from 'node:fs';
import { createEmulator, loadBundle, saveWorkbook } from '../emulator/index';
import { DIST } from './ensure-built';
import { inputPath, outputPath } from './read-json';
import type { Finding } from '../src/core/layout/model';
import type { HasilImpor, RencanaSurvei } from '../src/gas/skm-api';

export interface CliContext {
  ensureBuilt(): Promise<void>;
  readWorkbookFile(path: string | undefined): unknown;
  usageError(message: string): Error;
}

const CARA: Record<string, string> = {
  teks: 'dari teks pertanyaan',
  urutan: 'menurut urutan',
  pilihan: 'pilihan',
  'tidak ada': 'tidak ada',
};

function printFindings(findings: Finding[]): void {
  for (const f of findings) console.log(`  ${`${f.sheet}!${f.cell}`.padEnd(24)} ${f.message}`);
}

export async function importSkm(
  [file]: string[],
  values: Record<string, string | boolean | undefined>,
  cli: CliContext,
): Promise<number> {
  const out = values.out;
  if (typeof out !== 'string' || out === '')
    throw cli.usageError('Berkas keluaran belum disebutkan: tambahkan --out <baru.json>.');
  const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
  const outPath = outputPath(out, 'file');
  const workbook = cli.readWorkbookFile(file);
  if (outPath === inputPath(file as string)) {
    throw cli.usageError('Berkas keluaran sama dengan berkas masukan; pilih nama lain agar data asli tidak tertimpa.');
  }
  await cli.ensureBuilt();
  const emu = createEmulator({ workbook, distDir: DIST });
  const ctx = loadBundle(emu, DIST);
  let plan: RencanaSurvei;
  let result: HasilImpor;
  try {
    plan = ctx.bacaSurvei(sheet ?? '') as RencanaSurvei;
    if (plan.sheets.length === 0) {
      // Nothing failed: there is nothing to import yet. No output file is written.
      console.log([plan.pesan, ...plan.petunjuk.map((step, i) => `  ${i + 1}. ${step}`)].join('\n'));
      return 1;
    }
    result = ctx.imporSurvei(plan.sheet, plan.mapping) as HasilImpor;
  } catch (e) {
    console.error(`Kesalahan: ${(e as Error).message}`);
    return 1;
  }
  const column = (i: number) => plan.columns.find((c) => c.index === i);
  console.log(
    `Sheet respons: ${plan.sheet}${plan.sheets.length > 1 ? ` (ada juga: ${plan.sheets.filter((s) => s !== plan.sheet).join(', ')})` : ''}`,
  );
  plan.mapping.unsur.forEach((c, u) => {
    const col = column(c);
    console.log(`  U${u + 1} ← ${col ? `${col.letter} "${col.header}"` : '-'} (${CARA[plan.mapping.cara[u]] ?? ''})`);
  });
  const layanan = column(plan.mapping.layanan);
  console.log(`  Jenis Layanan ← ${layanan ? `${layanan.letter} "${layanan.header}"` : 'tidak ada'}`);
  console.log(`\n${result.pesan}`);
  if (result.unread.length > 0) {
    console.log('\nJawaban yang tidak terbaca (tambahkan ke sheet "Skala SKM" dengan nilainya 1–4):');
    for (const u of result.unread)
      console.log(`  "${u.teks}" ${u.jumlah}× (${u.unsur.join(', ')}): ${u.sel.join(', ')}`);
    printFindings(result.findings);
  }
  if (result.skalaFindings.length > 0) {
    console.log('\nMasalah di sheet Skala SKM (baris ini tidak dipakai):');
    printFindings(result.skalaFindings);
  }
  if (result.nik !== null)
    console.log(`\nNIK sheet IKM: ${result.nik.toFixed(2).replace('.', ',')} — mutu ${result.mutu}`);
  else if (result.nikError) console.log(`\nNIK belum dapat dihitung: ${result.nikError}`);
  writeFileSync(outPath, `${JSON.stringify(saveWorkbook(emu.spreadsheet), null, 1)}\n`);
  console.log(`Workbook dengan sheet IKM yang diperbarui: ${out}`);
  return result.unread.length > 0 ? 1 : 0;
}
