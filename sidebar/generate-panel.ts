/**
 * "Generate LKjIP", "Buat Perjanjian Kinerja" and "Buat Laporan Triwulan" (with its TW I–IV
 * choice), one panel each from one definition: the server is the gate (it re-checks the data, which
 * may have changed since the last "Periksa data"): errors block, warnings need the user's
 * "Lanjutkan". While the document is built, statusGenerate is polled (Apps Script runs server calls
 * concurrently) to show the steps.
 */
import type { CheckResult, DocumentKind, Finding, GenerateResult } from './api-types';
import type { ShownFindings } from './check-panel';
import { runAction, setStatus } from './busy';
import { byId, el, message, replace, safeHttpUrl } from './dom';
import { countsView, findingsView } from './findings-view';
import { finishingSteps, notesView } from './finishing-steps';
import { selectCell } from './select-cell';
import { callServer, messageOf } from './server';
import { TEKS, TEKS_DOKUMEN, teksTriwulan } from './texts';

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

/** A section of the panel that writes a document; `triwulan` writes the quarter picked in it. */
export type Bagian = 'lkjip' | 'perjanjian' | 'triwulan';

type Triwulan = 1 | 2 | 3 | 4;

/** Each section's elements, and how it calls the server function that writes its document. */
const PANELS: Record<
  Bagian,
  {
    button: string;
    note: string;
    output: string;
    picker?: string;
    kind(tw: Triwulan): DocumentKind;
    call(lanjut: boolean, tw: Triwulan): Promise<GenerateResult>;
  }
> = {
  lkjip: {
    button: 'tombol-generate',
    note: 'catatan-generate',
    output: 'hasil-generate',
    kind: () => 'lkjip',
    call: (lanjut) => callServer('generateLkjip', lanjut),
  },
  perjanjian: {
    button: 'tombol-perjanjian',
    note: 'catatan-perjanjian',
    output: 'hasil-perjanjian',
    kind: () => 'perjanjian',
    call: (lanjut) => callServer('buatPerjanjianKinerja', lanjut),
  },
  triwulan: {
    button: 'tombol-triwulan',
    note: 'catatan-triwulan',
    output: 'hasil-triwulan',
    picker: 'pilih-triwulan',
    kind: (tw) => `triwulan-${tw}`,
    call: (lanjut, tw) => callServer('buatLaporanTriwulan', tw, lanjut),
  },
};

/** The quarter just ended, the one a clerk reports on: January–March is TW IV (of the year before). */
function triwulanBerjalan(today: Date): Triwulan {
  return ([4, 1, 2, 3] as const)[Math.floor(today.getMonth() / 3)];
}

type Teks = ReturnType<typeof teksTriwulan>;

function docLink(url: string, name: string, teks: Teks): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return message(teks.tautanTidakSah, 'warning');
  const link = el('a', { className: 'doc-link', attrs: { target: '_blank', rel: 'noopener' } }, teks.buka);
  link.href = href;
  link.title = name;
  return link;
}

/** Google's consent screen had a permission unticked: which one, and the page that asks again. */
function authorizationView(
  result: Extract<GenerateResult, { status: 'needs-authorization' }>,
  teks: Teks,
): HTMLElement {
  const href = safeHttpUrl(result.url);
  const link = href
    ? el('a', { className: 'doc-link', attrs: { target: '_blank', rel: 'noopener' } }, TEKS.berikanIzin)
    : null;
  if (link && href) link.href = href;
  return el(
    'div',
    {},
    message(teks.izinKurang(result.izin.map((i) => `${i.untuk} ("${i.consentText}")`)), 'warning'),
    link ?? el('p', {}, TEKS.izinLewatMenu),
    el('p', { className: 'gray' }, teks.izinLalu),
  );
}

/**
 * `showFindings` puts findings in the Periksa data list and returns that list (focusable, with an
 * id), so the confirmation links to it instead of listing the warnings a second time.
 */
export function createDocumentPanel(
  bagian: Bagian,
  showFindings: (found: ShownFindings) => HTMLElement,
): {
  noteCheck(result: CheckResult): void;
} {
  const panel = PANELS[bagian];
  const button = byId<HTMLButtonElement>(panel.button);
  const note = byId(panel.note);
  const output = byId(panel.output);
  const picker = panel.picker ? byId<HTMLSelectElement>(panel.picker) : null;
  if (picker) picker.value = String(triwulanBerjalan(new Date()));
  const tw = (): Triwulan => (Number(picker?.value) || 1) as Triwulan;
  // The words name the document, and for a Laporan Triwulan its quarter.
  let teks: Teks = bagian === 'triwulan' ? teksTriwulan(tw()) : TEKS_DOKUMEN[bagian];

  const render = (result: GenerateResult): string => {
    replace(note);
    if (result.status === 'ok') {
      replace(
        output,
        message(teks.selesai(result.name), 'ok'),
        stepsView(result.langkah ?? [], true),
        TEKS.dengan(result.counts) ? el('p', { className: 'gray' }, TEKS.dengan(result.counts)) : null,
        notesView(result.catatan ?? []),
        docLink(result.url, result.name, teks),
        // The LKjIP's two last clicks (page numbers, Google's Daftar isi): the PK and the Laporan
        // Triwulan have no Daftar Isi.
        bagian === 'lkjip' ? finishingSteps() : null,
      );
      return teks.selesaiSingkat;
    }
    if (result.status === 'needs-authorization') {
      replace(output, authorizationView(result, teks));
      return teks.menungguIzin;
    }
    if (result.status === 'needs-confirmation') return confirm(result);
    const shown = (result.findings ?? []).filter((f: Finding) => f.severity === 'error');
    replace(
      output,
      message(teks.diblokir(result.counts.error), 'error'),
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
      replace(output, message(teks.dibatalkan));
      setStatus(teks.dibatalkan);
      button.focus();
    });
    replace(
      output,
      el(
        'div',
        { className: 'confirm', attrs: { role: 'group', 'aria-label': teks.judulKonfirmasi } },
        message(teks.perluKonfirmasi(result.counts.warning), 'warning'),
        el('p', {}, link),
        el('div', { className: 'buttons' }, lanjut, batal),
      ),
    );
    lanjut.scrollIntoView({ block: 'nearest' });
    lanjut.focus();
    return teks.menungguKonfirmasi(result.counts.warning);
  };

  const start = (lanjutWalauAdaPeringatan: boolean): Promise<void> =>
    runAction(teks.menyusun, output, async () => {
      const progress = el(
        'div',
        { className: 'progress', attrs: { 'aria-live': 'polite' } },
        el('p', { className: 'gray' }, TEKS.langkahMenunggu),
      );
      replace(output, progress);
      const stop = pollSteps(progress);
      let result: GenerateResult;
      try {
        result = await panel.call(lanjutWalauAdaPeringatan, tw());
      } catch (error) {
        replace(output, message(teks.gagal(messageOf(error)), 'error'));
        return '';
      } finally {
        stop();
      }
      return render(result);
    });

  button.addEventListener('click', () => start(false));

  let lastCheck: CheckResult | null = null;
  const noteCheck = (result: CheckResult): void => {
    lastCheck = result;
    // The errors about what this document prints (the server's gate); all errors from an older server.
    const errors =
      result.penghalang?.[panel.kind(tw())] ?? (result.findings ?? []).filter((f) => f.severity === 'error');
    if (errors.length === 0) {
      replace(note);
      return;
    }
    replace(note, message(teks.diblokirOlehPeriksa(errors.length), 'error'), findingsView(errors, selectCell));
  };

  // Another quarter: its own words, and what the last Periksa data found that stops it.
  picker?.addEventListener('change', () => {
    teks = teksTriwulan(tw());
    replace(output);
    if (lastCheck) noteCheck(lastCheck);
  });

  return { noteCheck };
}
