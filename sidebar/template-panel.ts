/** "Buat Template": creates the missing standard sheets, never touches existing ones. */
import type { TemplateResult } from './api-types';
import { runAction } from './busy';
import { byId, el, message, replace, type Child } from './dom';
import { callServer } from './server';
import { TEKS } from './texts';

function sheetList(title: string, names: string[], className: string): Child {
  if (names.length === 0) return null;
  return el(
    'div',
    { className },
    el('p', {}, title),
    el('ul', { className: 'plain' }, ...names.map((n) => el('li', {}, n))),
  );
}

function renderTemplate(output: HTMLElement, result: TemplateResult): void {
  replace(
    output,
    message(result.pesan, 'ok'),
    sheetList(TEKS.sheetDibuat, result.dibuat ?? [], 'dibuat'),
    sheetList(TEKS.sheetDibiarkan, result.dibiarkan ?? [], 'dibiarkan gray'),
  );
}

export function setupTemplatePanel(sheetsChanged: () => Promise<void>): void {
  const output = byId('hasil-template');
  byId('tombol-template').addEventListener('click', () =>
    runAction(TEKS.membuatTemplate, output, async () => {
      const result = await callServer('buatTemplate');
      renderTemplate(output, result);
      if ((result.dibuat ?? []).length > 0) await sheetsChanged();
    }),
  );
}
