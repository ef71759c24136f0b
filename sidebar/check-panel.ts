/** "Periksa data": one server call, all findings, counts by severity, grouped by sheet. */
import type { CheckResult } from './api-types';
import { runAction, setStatus } from './busy';
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
          findingsView(findings, selectCell, result.omitted ?? []),
        ),
    headerNotesView(result.headerNotes ?? []),
  );
}

/** Findings another section shows in the Periksa data list (the Generate confirmation). */
export type ShownFindings = Pick<CheckResult, 'findings' | 'counts' | 'omitted'>;

export interface CheckPanel {
  /**
   * After an action that changed the sheets: results on show are checked again, so the panel
   * never keeps saying a sheet is missing that now exists. Runs inside the caller's busy action.
   */
  sheetsChanged(): Promise<void>;
  /** Lists `found` as the current results (keeping the column notes of the last check); returns the list. */
  show(found: ShownFindings): HTMLElement;
}

export function setupCheckPanel(onChecked: (result: CheckResult) => void): CheckPanel {
  const output = byId('hasil-periksa');
  let headerNotes: CheckResult['headerNotes'] = [];
  const check = async (): Promise<void> => {
    const result = await callServer('periksaData');
    headerNotes = result.headerNotes ?? [];
    renderCheck(output, result);
    onChecked(result);
  };
  byId('tombol-periksa').addEventListener('click', () =>
    runAction(TEKS.memeriksa, output, async () => {
      await check();
      return TEKS.selesaiPeriksa;
    }),
  );
  return {
    show(found) {
      renderCheck(output, { ...found, headerNotes });
      return output;
    },
    async sheetsChanged() {
      if (!output.firstChild) return;
      setStatus(TEKS.periksaUlang, true);
      try {
        await check();
      } catch {
        // The old results would be wrong now; without new ones, show none.
        replace(output);
        onChecked({ findings: [], counts: { error: 0, warning: 0 }, headerNotes: [] });
      }
    },
  };
}
