import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formsWorkbook, RESPONSE_SHEET } from '../test/fixtures/skm-forms';
import { createEmulator, loadBundle } from './index.ts';

// Keeps the emulator honest as the add-on grows: every service method the built add-on calls in
// its main flows must be exercised by the emulator's own tests (which check it against what Apps
// Script documents), not only through the add-on.
describe('emulator coverage of the add-on', () => {
  it('every service method the add-on calls is exercised by an emulator test', () => {
    const used = new Set<string>();
    const example = JSON.parse(readFileSync('examples/lima-puluh-pesisir-2023.json', 'utf8'));
    let emu = createEmulator({ workbook: example });
    let ctx = loadBundle(emu);
    ctx.onOpen({});
    ctx.bukaPanel();
    ctx.periksaData();
    ctx.pilihSel('IKU', 'Q2');
    ctx.tandaiDiSheet();
    ctx.hapusTanda();
    ctx.generateLkjip(true);
    ctx.statusGenerate();
    Object.keys(emu.counter.counts()).forEach((k) => used.add(k));
    emu = createEmulator();
    ctx = loadBundle(emu);
    ctx.buatTemplate();
    Object.keys(emu.counter.counts()).forEach((k) => used.add(k));
    emu = createEmulator({ workbook: formsWorkbook() });
    ctx = loadBundle(emu);
    ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
    for (const k of Object.keys(emu.counter.counts())) used.add(k);

    const tests = readdirSync('emulator')
      .filter((f) => f.endsWith('.test.ts') && f !== 'addon-coverage.test.ts')
      .map((f) => readFileSync(`emulator/${f}`, 'utf8'))
      .join('\n');
    const uncovered = [...used].filter((key) => !new RegExp(`\\.${key.split('.').pop()}\\(`).test(tests));
    expect(used.size).toBeGreaterThan(30);
    expect(uncovered).toEqual([]);
  });
});
