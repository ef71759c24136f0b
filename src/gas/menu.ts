/** The add-on menu. onOpen runs in AuthMode.NONE for an add-on that is not yet used in a file:
 * it may only build the menu, never read the sheet or properties. */

const SIDEBAR_TITLE = 'LKjIP Sheets';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Buka panel LKjIP', 'bukaPanel').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function bukaPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
