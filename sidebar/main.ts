/** The LKjIP sidebar: wires the five panels to their buttons. */
import { setupCheckPanel } from './check-panel';
import { createGeneratePanel } from './generate-panel';
import { setupMarksPanel } from './marks-panel';
import { setupSkmPanel } from './skm-panel';
import { setupTemplatePanel } from './template-panel';

function init(): void {
  // Each callback runs only after a click, when both panels exist.
  const check = setupCheckPanel((result) => generate.noteCheck(result));
  const generate = createGeneratePanel((found) => check.show(found));
  setupMarksPanel();
  setupTemplatePanel(() => check.sheetsChanged());
  setupSkmPanel(() => check.sheetsChanged());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
