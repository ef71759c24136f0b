// What `lkjip generate` writes about the Doc besides report.html: document.json, the Doc exactly
// as documents.get returns it from the emulator.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, FakeDocument } from '../emulator/index';

export function writeDocumentJson(out: string, emu: Emulator, doc: FakeDocument): string {
  const file = join(out, 'document.json');
  writeFileSync(file, `${JSON.stringify(emu.docApiJson(doc), null, 1)}\n`);
  return file;
}
