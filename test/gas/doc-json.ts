/** Reading a written Doc back in gas tests: its text as documents.get returns it, and the Docs calls made. */
import type { Emulator } from '../../emulator/index';

/** The text of structural elements (a cell's content, a paragraph), trimmed. */
export const text = (content: GoogleAppsScript.Docs.Schema.StructuralElement[] = []): string =>
  content
    .map((e) => (e.paragraph?.elements ?? []).map((x) => x.textRun?.content ?? '').join(''))
    .join('')
    .trim();

/** How many Docs advanced-service calls the emulator counted. */
export function docsCalls(em: Emulator): number {
  return Object.entries(em.counter.counts())
    .filter(([k]) => k.startsWith('Docs.'))
    .reduce((s, [, n]) => s + n, 0);
}
