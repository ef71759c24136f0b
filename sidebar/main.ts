/** The LKjIP sidebar: wires the seven panels to their buttons. */
import { setupCheckPanel } from './check-panel';
import { createDocumentPanel } from './generate-panel';
import { setupMarksPanel } from './marks-panel';
import { setupSkmPanel } from './skm-panel';
import { setupTemplatePanel } from './template-panel';

function init(): void {
  // Each callback runs only after a click, when the panels exist.
  const check = setupCheckPanel((result) => {
    generate.noteCheck(result);
    perjanjian.noteCheck(result);
    triwulan.noteCheck(result);
  });
  const generate = createDocumentPanel('lkjip', (found) => check.show(found));
  const perjanjian = createDocumentPanel('perjanjian', (found) => check.show(found));
  const triwulan = createDocumentPanel('triwulan', (found) => check.show(found));
  setupMarksPanel();
  setupTemplatePanel(() => check.sheetsChanged());
  setupSkmPanel(() => check.sheetsChanged());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
