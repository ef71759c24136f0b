/**
 * Busy state: while a server call runs, the action controls (buttons, the quarter picked for a
 * Laporan Triwulan) are disabled and the status line shows a spinner and what is happening
 * (aria-live, so screen readers hear it too).
 */
import { byId, el, message, replace } from './dom';
import { messageOf } from './server';
import { TEKS } from './texts';

let busy = false;

function actionControls(): (HTMLButtonElement | HTMLSelectElement)[] {
  return Array.from(document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('[data-action]'));
}

export function setStatus(text: string, spinning = false, isError = false): void {
  const status = byId('status');
  status.className = isError ? 'status error' : 'status gray';
  if (text === '') replace(status);
  else replace(status, spinning ? el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }) : null, text);
}

function setBusy(on: boolean): void {
  busy = on;
  for (const control of actionControls()) control.disabled = on;
  byId('panel').setAttribute('aria-busy', on ? 'true' : 'false');
}

/**
 * Runs one user action: one at a time, buttons disabled meanwhile; a failure is shown in `output`
 * (next to the button the user pressed) as the server's own message. The action may return the
 * status line to leave when it is done.
 */
export async function runAction(
  label: string,
  output: HTMLElement,
  // biome-ignore lint/suspicious/noConfusingVoidType: an action may end with no status line to leave
  action: () => Promise<string | void>,
): Promise<void> {
  if (busy) return;
  setBusy(true);
  setStatus(label, true);
  let done = '';
  try {
    done = (await action()) ?? '';
  } catch (error) {
    replace(output, message(TEKS.gagal(messageOf(error)), 'error'));
  } finally {
    setBusy(false);
    setStatus(done);
  }
}
