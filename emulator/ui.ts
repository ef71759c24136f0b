/** Ui fake (SpreadsheetApp.getUi()): the add-on menu and the sidebars shown are recorded. */
import type { CallCounter } from './call-counter.ts';
import { FakeHtmlOutput } from './html-service.ts';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

interface MenuRecord {
  kind: 'addon';
  entries: { caption: string; functionName: string }[];
  /** addToUi() was called. */
  added: boolean;
}

interface ShownHtml {
  title: string;
  html: string;
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: ShownHtml[];
}

class FakeMenu implements Pick<GasMenu, 'addItem' | 'addToUi'> {
  constructor(
    private readonly counter: CallCounter,
    private readonly ui: UiRecord,
    readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): GasMenu {
    this.counter.hit('SpreadsheetApp.Menu.addItem');
    this.record.entries.push({ caption: String(caption), functionName: String(functionName) });
    return this as unknown as GasMenu;
  }

  addToUi(): void {
    this.counter.hit('SpreadsheetApp.Menu.addToUi');
    this.record.added = true;
    if (!this.ui.menus.includes(this.record)) this.ui.menus.push(this.record);
  }
}

export function createUi(counter: CallCounter): { ui: GasUi; record: UiRecord } {
  const record: UiRecord = { menus: [], sidebars: [] };
  const ui: Pick<GasUi, 'createAddonMenu' | 'showSidebar'> = {
    createAddonMenu(): GasMenu {
      counter.hit('SpreadsheetApp.Ui.createAddonMenu');
      return new FakeMenu(counter, record, { kind: 'addon', entries: [], added: false }) as unknown as GasMenu;
    },
    showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
      counter.hit('SpreadsheetApp.Ui.showSidebar');
      if (!(userInterface instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
      record.sidebars.push({ title: userInterface.titleText(), html: userInterface.html() });
    },
  };
  return { ui: ui as GasUi, record };
}
