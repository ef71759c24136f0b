/**
 * "Generate LKjIP": the server is the gate (it re-checks the data, which may have changed since
 * the last "Periksa data"): errors block, warnings need the user's "Lanjutkan". While the report
 * is built, statusGenerate is polled (Apps Script runs server calls concurrently) to show the steps.
 */
import type { CheckResult, Finding, GenerateResult } from './api-types';
import type { ShownFindings } from './check-panel';
import { runAction, setStatus } from './busy';
import { byId, el, message, replace, safeHttpUrl } from './dom';
import { countsView, findingsView } from './findings-view';
import { selectCell } from './select-cell';
import { callServer, messageOf } from './server';
import { TEKS } from './texts';

const POLL_MS = 1500;

function stepsView(langkah: string[], finished: boolean): HTMLOListElement {
  const list = el('ol', { className: 'steps' });
  langkah.forEach((step, i) => {
    const running = !finished && i === langkah.length - 1;
    const item = el('li', { className: running ? 'running' : 'done' }, running ? step : `✓ ${step}`);
    if (running) item.setAttribute('aria-current', 'step');
    list.appendChild(item);
  });
  return list;
}

/** Polls statusGenerate every POLL_MS until stopped; one request at a time. */
function pollSteps(progress: HTMLElement): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async (): Promise<void> => {
    try {
      const status = await callServer('statusGenerate');
      if (!stopped && Array.isArray(status?.langkah) && status.langkah.length > 0) {
        replace(progress, stepsView(status.langkah, false));
      }
    } catch (error) {
      // Only the progress display is affected; the report call itself carries on.
      if (!stopped) replace(progress, el('p', { className: 'gray' }, TEKS.gagal(messageOf(error))));
    }
    if (!stopped) timer = setTimeout(tick, POLL_MS);
  };
  timer = setTimeout(tick, POLL_MS);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}

function docLink(url: string, name: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return message(TEKS.tautanTidakSah, 'warning');
  const link = el('a', { className: 'doc-link', attrs: { target: '_blank', rel: 'noopener' } }, TEKS.bukaLaporan);
  link.href = href;
  link.title = name;
  return link;
}

/** Google's consent screen had a permission unticked: which one, and the page that asks again. */
function authorizationView(result: Extract<GenerateResult, { status: 'needs-authorization' }>): HTMLElement {
  const href = safeHttpUrl(result.url);
  const link = href
    ? el('a', { className: 'doc-link', attrs: { target: '_blank', rel: 'noopener' } }, TEKS.berikanIzin)
    : null;
  if (link && href) link.href = href;
  return el(
    'div',
    {},
    message(TEKS.izinKurang(result.izin.map((i) => `${i.untuk} ("${i.consentText}")`)), 'warning'),
    link ?? el('p', {}, TEKS.izinLewatMenu),
    el('p', { className: 'gray' }, TEKS.izinLalu),
  );
}

/**
 * `showFindings` puts findings in the Periksa data list and returns that list (focusable, with an
 * id), so the confirmation links to it instead of listing the warnings a second time.
 */
export function createGeneratePanel(showFindings: (found: ShownFindings) => HTMLElement): {
  noteCheck(result: CheckResult): void;
} {
  const button = byId<HTMLButtonElement>('tombol-generate');
  const note = byId('catatan-generate');
  const output = byId('hasil-generate');

  const render = (result: GenerateResult): string => {
    replace(note);
    if (result.status === 'ok') {
      replace(
        output,
        message(TEKS.laporanSelesai(result.name), 'ok'),
        stepsView(result.langkah ?? [], true),
        TEKS.dengan(result.counts) ? el('p', { className: 'gray' }, TEKS.dengan(result.counts)) : null,
        docLink(result.url, result.name),
      );
      return TEKS.laporanSelesaiSingkat;
    }
    if (result.status === 'needs-authorization') {
      replace(output, authorizationView(result));
      return TEKS.menungguIzin;
    }
    if (result.status === 'needs-confirmation') return confirm(result);
    const shown = (result.findings ?? []).filter((f: Finding) => f.severity === 'error');
    replace(
      output,
      message(TEKS.diblokir(result.counts.error), 'error'),
      countsView(result.counts),
      findingsView(shown, selectCell, result.omitted ?? []),
    );
    return '';
  };

  /**
   * Warnings only: the question, a link to the warnings (listed once, in Periksa data), and
   * Lanjutkan in view with the keyboard focus on it, so Enter continues.
   */
  const confirm = (result: Extract<GenerateResult, { status: 'needs-confirmation' }>): string => {
    const list = showFindings(result);
    const link = el(
      'a',
      { className: 'to-findings', attrs: { href: `#${list.id}` } },
      TEKS.lihatPeringatan(result.counts.warning),
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      list.scrollIntoView({ block: 'start' });
      // Not under the sticky status line at the top.
      byId('panel').scrollBy(0, -(byId('status').offsetHeight + 8));
      list.focus({ preventScroll: true });
    });
    const lanjut = el('button', { className: 'create', attrs: { type: 'button', 'data-action': '' } }, TEKS.lanjutkan);
    const batal = el('button', { attrs: { type: 'button', 'data-action': '' } }, TEKS.batal);
    lanjut.addEventListener('click', () => start(true));
    batal.addEventListener('click', () => {
      replace(output, message(TEKS.dibatalkan));
      setStatus(TEKS.dibatalkan);
      button.focus();
    });
    replace(
      output,
      el(
        'div',
        { className: 'confirm', attrs: { role: 'group', 'aria-label': TEKS.judulKonfirmasi } },
        message(TEKS.perluKonfirmasi(result.counts.warning), 'warning'),
        el('p', {}, link),
        el('div', { className: 'buttons' }, lanjut, batal),
      ),
    );
    lanjut.scrollIntoView({ block: 'nearest' });
    lanjut.focus();
    return TEKS.menungguKonfirmasi(result.counts.warning);
  };

  const start = (lanjutWalauAdaPeringatan: boolean): Promise<void> =>
    runAction(TEKS.menyusun, output, async () => {
      const progress = el(
        'div',
        { className: 'progress', attrs: { 'aria-live': 'polite' } },
        el('p', { className: 'gray' }, TEKS.langkahMenunggu),
      );
      replace(output, progress);
      const stop = pollSteps(progress);
      let result: GenerateResult;
      try {
        result = await callServer('generateLkjip', lanjutWalauAdaPeringatan);
      } catch (error) {
        replace(output, message(TEKS.gagalMenyusun(messageOf(error)), 'error'));
        return '';
      } finally {
        stop();
      }
      return render(result);
    });

  button.addEventListener('click', () => start(false));

  return {
    noteCheck(result: CheckResult): void {
      const errors = (result.findings ?? []).filter((f) => f.severity === 'error');
      if (errors.length === 0) {
        replace(note);
        return;
      }
      replace(note, message(TEKS.diblokirOlehPeriksa(errors.length), 'error'), findingsView(errors, selectCell));
    },
  };
}
