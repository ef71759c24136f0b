/**
 * "Impor Survei": read a Google Forms response sheet, show how its questions map to U1–U9 (the
 * user may change it), then append the new responses to the IKM sheet and show what happened.
 */
import type { Finding, SkmImportResult, SkmPlan } from './api-types';
import { runAction } from './busy';
import { byId, el, message, replace, type Child } from './dom';
import { findingsView } from './findings-view';
import { selectCell } from './select-cell';
import { callServer } from './server';
import { TEKS_SKM } from './skm-texts';

const UNSUR = [
  'U1 Persyaratan',
  'U2 Prosedur',
  'U3 Waktu Penyelesaian',
  'U4 Biaya/Tarif',
  'U5 Produk Layanan',
  'U6 Kompetensi Pelaksana',
  'U7 Perilaku Pelaksana',
  'U8 Penanganan Pengaduan',
  'U9 Sarana dan Prasarana',
];

/** Findings shown at most; the rest are counted (the distinct texts above list them all). */
const MAX_FINDINGS = 20;

/** What tells questions apart in a narrow list: `kesesuaian persyaratan …`, not `1. Bagaimana pendapat Saudara …`. */
function questionLabel(header: string, max = 60): string {
  const core = header
    .replace(/^\s*\d+\s*[.)]\s*/, '')
    .replace(
      /^bagaimana\s+(pendapat|pemahaman|penilaian)\s+(saudara|anda|bapak\/ibu)\s+(tentang|terhadap|mengenai)?\s*/i,
      '',
    )
    .trim();
  const text = core || header;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function columnSelect(id: string, plan: SkmPlan, chosen: number, withNone: boolean, label: string): HTMLSelectElement {
  const select = el('select', { id, attrs: { 'aria-label': label } });
  if (withNone) select.appendChild(el('option', { attrs: { value: '-1' } }, TEKS_SKM.tidakAda));
  for (const c of plan.columns) {
    if (c.role === 'timestamp') continue;
    const option = el(
      'option',
      { attrs: { value: String(c.index), title: c.header } },
      `${c.letter} · ${questionLabel(c.header)}`,
    );
    select.appendChild(option);
  }
  select.value = String(chosen);
  return select;
}

function countsLine(counts: SkmPlan['counts']): HTMLElement {
  return el(
    'p',
    { className: 'counts skm-counts' },
    el('span', { className: 'count count-zero' }, TEKS_SKM.jumlahDibaca(counts.dibaca)),
    el(
      'span',
      { className: counts.baru > 0 ? 'count count-ok' : 'count count-zero' },
      TEKS_SKM.jumlahBaru(counts.baru),
    ),
    el('span', { className: 'count count-zero' }, TEKS_SKM.jumlahSudahAda(counts.sudahAda)),
    counts.tertunda > 0
      ? el('span', { className: 'count count-error' }, TEKS_SKM.jumlahTertunda(counts.tertunda))
      : null,
  );
}

function unreadView(result: { unread: SkmPlan['unread']; findings: Finding[]; skalaFindings: Finding[] }): Child {
  const parts: Child[] = [];
  if (result.unread.length > 0) {
    parts.push(
      el(
        'div',
        { className: 'skm-unread' },
        el('h3', {}, TEKS_SKM.judulTakTerbaca),
        el('p', { className: 'gray' }, TEKS_SKM.petunjukTakTerbaca),
        el(
          'ul',
          { className: 'plain unread-texts' },
          ...result.unread.map((u) => el('li', {}, TEKS_SKM.takTerbaca(u.teks, u.jumlah, u.unsur))),
        ),
        findingsView(result.findings.slice(0, MAX_FINDINGS), selectCell),
        result.findings.length > MAX_FINDINGS
          ? el('p', { className: 'gray' }, TEKS_SKM.selLain(result.findings.length - MAX_FINDINGS))
          : null,
      ),
    );
  }
  if (result.skalaFindings.length > 0) {
    parts.push(el('div', {}, el('h3', {}, TEKS_SKM.judulSkala), findingsView(result.skalaFindings, selectCell)));
  }
  return parts.length > 0 ? el('div', {}, ...parts) : null;
}

function readChoice(plan: SkmPlan) {
  const value = (id: string) => Number(byId<HTMLSelectElement>(id).value);
  return {
    unsur: UNSUR.map((_, u) => value(`skm-u${u + 1}`)),
    layanan: value('skm-layanan'),
    profil: plan.mapping.profil,
  };
}

function renderResult(output: HTMLElement, r: SkmImportResult): void {
  replace(
    output,
    message(r.pesan, r.counts.tertunda > 0 || (r.counts.manual > 0 && r.counts.baru > 0) ? 'warning' : 'ok'),
    countsLine(r.counts),
    r.nik !== null
      ? el('p', { className: 'skm-nik' }, TEKS_SKM.nik(r.nik, r.mutu))
      : r.nikError
        ? message(TEKS_SKM.nikTidakDapat(r.nikError), 'warning')
        : null,
    unreadView(r),
  );
}

/** No response sheet yet: nothing failed, so an info message and the steps to link the Form. */
function renderNoResponses(box: HTMLElement, plan: SkmPlan): void {
  replace(
    box,
    message(plan.pesan, 'info'),
    el('ol', { className: 'skm-langkah' }, ...plan.petunjuk.map((step) => el('li', {}, step))),
    plan.skalaFindings.length > 0
      ? el('div', {}, el('h3', {}, TEKS_SKM.judulSkala), findingsView(plan.skalaFindings, selectCell))
      : null,
  );
}

function renderPlan(box: HTMLElement, plan: SkmPlan): void {
  if (plan.sheets.length === 0) {
    renderNoResponses(box, plan);
    return;
  }
  const sheetSelect = el('select', { id: 'skm-sheet', attrs: { 'aria-label': TEKS_SKM.sheetRespons } });
  for (const name of plan.sheets) sheetSelect.appendChild(el('option', { attrs: { value: name } }, name));
  sheetSelect.value = plan.sheet;
  sheetSelect.addEventListener('change', () => load(box, sheetSelect.value));

  const fields = UNSUR.map((label, u) => {
    const select = columnSelect(`skm-u${u + 1}`, plan, plan.mapping.unsur[u], false, label);
    const cara = el(
      'span',
      { className: `skm-cara gray cara-${plan.mapping.cara[u].replace(' ', '-')}` },
      TEKS_SKM.cara[plan.mapping.cara[u]] ?? '',
    );
    select.addEventListener('change', () => {
      cara.className = 'skm-cara gray cara-pilihan';
      cara.textContent = TEKS_SKM.cara.pilihan;
    });
    return el('div', { className: 'skm-field' }, el('label', { attrs: { for: `skm-u${u + 1}` } }, label), select, cara);
  });
  fields.push(
    el(
      'div',
      { className: 'skm-field' },
      el('label', { attrs: { for: 'skm-layanan' } }, TEKS_SKM.jenisLayanan),
      columnSelect('skm-layanan', plan, plan.mapping.layanan, true, TEKS_SKM.jenisLayanan),
    ),
  );

  const importButton = el(
    'button',
    { className: 'create', id: 'tombol-impor-survei', attrs: { type: 'button', 'data-action': '' } },
    TEKS_SKM.imporKeIkm,
  );
  // The plan's summary, replaced by the result once imported (so nothing stale stays on screen).
  const output = el(
    'div',
    { id: 'hasil-impor-survei', className: 'result', attrs: { 'aria-live': 'polite' } },
    message(plan.pesan, plan.counts.manual > 0 && plan.counts.baru > 0 ? 'warning' : 'info'),
    countsLine(plan.counts),
    unreadView(plan),
  );
  importButton.addEventListener('click', () =>
    runAction(TEKS_SKM.mengimpor, output, async () => {
      const result = await callServer('imporSurvei', plan.sheet, readChoice(plan));
      renderResult(output, result);
      // New IKM rows (or a new IKM sheet): earlier Periksa results no longer describe the sheets.
      if (result.counts.baru > 0) await sheetsChanged();
      return TEKS_SKM.selesai;
    }),
  );

  replace(
    box,
    el('p', {}, el('label', { attrs: { for: 'skm-sheet' } }, `${TEKS_SKM.sheetRespons}: `), sheetSelect),
    el('h3', {}, TEKS_SKM.judulPemetaan),
    el('p', { className: 'gray' }, TEKS_SKM.petunjukPemetaan),
    el('div', { className: 'skm-mapping' }, ...fields),
    el('div', { className: 'buttons' }, importButton),
    output,
  );
}

function load(box: HTMLElement, sheet?: string): Promise<void> {
  return runAction(TEKS_SKM.membaca, box, async () => {
    const plan = await callServer('bacaSurvei', sheet);
    renderPlan(box, plan);
    return plan.sheets.length === 0 ? TEKS_SKM.belumAdaRespons : TEKS_SKM.dibaca;
  });
}

/** Told when an import wrote rows, so the check panel can re-run; set by setupSkmPanel. */
let sheetsChanged: () => Promise<void> = async () => {};

export function setupSkmPanel(onSheetsChanged: () => Promise<void>): void {
  sheetsChanged = onSheetsChanged;
  const box = byId('hasil-survei');
  byId('tombol-baca-survei').addEventListener('click', () => load(box));
}
