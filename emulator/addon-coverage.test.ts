/// <reference types="vite/client" />
/**
 * Keeps the emulator honest as the add-on grows: every service method the built add-on calls in
 * its main flows must be called by the emulator's own tests too, which check it against what Apps
 * Script documents, not only reached through the add-on.
 *
 * Both sides are real calls recorded by the call counter. The emulator's test files are imported
 * here, so their suites run first in this file; the keys their calls hit are taken before the
 * add-on flows run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formsWorkbook, RESPONSE_SHEET } from '../test/fixtures/skm-forms';
import { keysSeen } from './call-counter.ts';
import { createEmulator, loadBundle } from './index.ts';

const emulatorTests = import.meta.glob(['./*.test.ts', '!./addon-coverage.test.ts'], { eager: true });

function addonCalls(): Set<string> {
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
  for (const key of Object.keys(emu.counter.counts())) used.add(key);
  emu = createEmulator();
  ctx = loadBundle(emu);
  ctx.buatTemplate();
  for (const key of Object.keys(emu.counter.counts())) used.add(key);
  emu = createEmulator({ workbook: formsWorkbook() });
  ctx = loadBundle(emu);
  ctx.imporSurvei(RESPONSE_SHEET, ctx.bacaSurvei().mapping);
  for (const key of Object.keys(emu.counter.counts())) used.add(key);
  return used;
}

describe('emulator coverage of the add-on', () => {
  it('every service method the add-on calls is called by an emulator test', () => {
    expect(Object.keys(emulatorTests).length).toBeGreaterThan(3);
    const exercised = new Set(keysSeen());
    const used = addonCalls();
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !exercised.has(key)).sort()).toEqual([]);
  });
});
