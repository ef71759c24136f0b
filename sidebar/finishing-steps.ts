/**
 * After "Generate LKjIP": what the report was written without (notes from the server), and the two
 * clicks only the user can make in Google Docs, since the Docs API cannot insert a page-number field
 * or Google's own table of contents. The box closes with "Sudah". The guide (docs/panduan-
 * pemasangan.md, "Sentuhan akhir") gives the same two clicks.
 */
import { el } from './dom';
import { TEKS } from './texts';

export function notesView(catatan: readonly string[]): HTMLElement | null {
  if (catatan.length === 0) return null;
  return el('ul', { className: 'notes' }, ...catatan.map((c) => el('li', { className: 'message warning' }, c)));
}

export function finishingSteps(): HTMLElement {
  const done = el('button', { className: 'secondary', attrs: { type: 'button' } }, TEKS.sudah);
  const box = el(
    'div',
    { className: 'finishing', attrs: { role: 'note', 'aria-labelledby': 'judul-sentuhan-akhir' } },
    el('p', { id: 'judul-sentuhan-akhir', className: 'finishing-title' }, TEKS.sentuhanAkhir),
    el('ol', {}, el('li', {}, TEKS.klikNomorHalaman), el('li', {}, TEKS.klikDaftarIsi)),
    el('div', { className: 'buttons' }, done),
  );
  done.addEventListener('click', () => box.remove());
  return box;
}
