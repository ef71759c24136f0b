/** "Periksa data": one server call, all findings, counts by severity, grouped by sheet. */
import type { CheckResult } from './api-types';
import { runAction } from './busy';
import { byId, el, message, replace } from './dom';
import { countsView, findingsView, headerNotesView } from './findings-view';
import { selectCell } from './select-cell';
import { callServer } from './server';
import { TEKS } from './texts';

function renderCheck(output: HTMLElement, result: CheckResult): void {
  const findings = result.findings ?? [];
  const counts = result.counts ?? { error: 0, warning: 0 };
  replace(
    output,
    findings.length === 0
      ? message(TEKS.tidakAdaMasalah, 'ok')
      : el(
          'div',
          {},
          countsView(counts),
          el('p', { className: 'gray' }, TEKS.petunjukTemuan),
          findingsView(findings, selectCell),
        ),
    headerNotesView(result.headerNotes ?? []),
  );
}

export function setupCheckPanel(onChecked: (result: CheckResult) => void): void {
  const output = byId('hasil-periksa');
  byId('tombol-periksa').addEventListener('click', () =>
    runAction(TEKS.memeriksa, output, async () => {
      const result = await callServer('periksaData');
      renderCheck(output, result);
      onChecked(result);
      return TEKS.selesaiPeriksa;
    }),
  );
}
