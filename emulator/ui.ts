/** Ui fake (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts are recorded. */
import type { CallCounter } from './call-counter.ts';
import { FakeHtmlOutput } from './html-service.ts';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

interface MenuRecord {
  kind: 'addon' | 'menu';
  title: string;
  entries: MenuEntry[];
  /** addToUi() was called. */
  added: boolean;
}

interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
}

interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface UiRecord {
  menus: MenuRecord[];
  shown: ShownHtml[];
  /** Shown sidebars (subset of `shown`). */
  readonly sidebars: ShownHtml[];
  alerts: AlertRecord[];
  /** Queue of answers for the next alerts (default: OK, or YES for YES_NO sets). */
  alertResponses: string[];
}

class FakeMenu implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private readonly counter: CallCounter,
    private readonly ui: UiRecord,
    readonly record: MenuRecord,
  ) {}

  private self(): GasMenu {
    return this as unknown as GasMenu;
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.counter.hit('SpreadsheetApp.Menu.addItem');
    this.record.entries.push({ caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): GasMenu {
    this.counter.hit('SpreadsheetApp.Menu.addSeparator');
    this.record.entries.push({ separator: true });
    return this.self();
  }

  addSubMenu(menu: GasMenu): GasMenu {
    this.counter.hit('SpreadsheetApp.Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw new Error('Invalid argument: menu');
    this.record.entries.push({ subMenu: menu.record });
    return this.self();
  }

  addToUi(): void {
    this.counter.hit('SpreadsheetApp.Menu.addToUi');
    this.record.added = true;
    if (!this.ui.menus.includes(this.record)) this.ui.menus.push(this.record);
  }
}

function htmlOf(output: unknown): { title: string; html: string } {
  if (!(output instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
  return { title: output.titleText(), html: output.html() };
}

export function createUi(counter: CallCounter): { ui: GasUi; record: UiRecord } {
  const record: UiRecord = {
    menus: [],
    shown: [],
    get sidebars() {
      return this.shown.filter((s) => s.kind === 'sidebar');
    },
    alerts: [],
    alertResponses: [],
  };
  const methods: Pick<
    GasUi,
    'alert' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
  > = {
    alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
      counter.hit('SpreadsheetApp.Ui.alert');
      const threeArgs = c !== undefined;
      const title = threeArgs ? String(a) : '';
      const prompt = threeArgs ? String(b) : String(a);
      const buttons = String((threeArgs ? c : b) ?? ButtonSet.OK);
      const response = record.alertResponses.shift() ?? (buttons.startsWith('YES') ? Button.YES : Button.OK);
      record.alerts.push({ title, prompt, buttons, response });
      return response as unknown as GoogleAppsScript.Base.Button;
    },
    createAddonMenu(): GasMenu {
      counter.hit('SpreadsheetApp.Ui.createAddonMenu');
      return new FakeMenu(counter, record, {
        kind: 'addon',
        title: '',
        entries: [],
        added: false,
      }) as unknown as GasMenu;
    },
    createMenu(caption: string): GasMenu {
      counter.hit('SpreadsheetApp.Ui.createMenu');
      return new FakeMenu(counter, record, {
        kind: 'menu',
        title: String(caption),
        entries: [],
        added: false,
      }) as unknown as GasMenu;
    },
    showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
      counter.hit('SpreadsheetApp.Ui.showSidebar');
      record.shown.push({ kind: 'sidebar', ...htmlOf(userInterface) });
    },
    showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
      counter.hit('SpreadsheetApp.Ui.showModalDialog');
      record.shown.push({ kind: 'modal', ...htmlOf(userInterface), title: String(title) });
    },
    showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
      counter.hit('SpreadsheetApp.Ui.showModelessDialog');
      record.shown.push({ kind: 'modeless', ...htmlOf(userInterface), title: String(title) });
    },
  };
  const ui = { Button, ButtonSet, ...methods };
  return { ui: ui as unknown as GasUi, record };
}
