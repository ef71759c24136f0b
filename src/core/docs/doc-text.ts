/**
 * Characters the Docs API strips from inserted text (InsertTextRequest: "Some control characters
 * (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual Plane Private
 * Use Area (U+E000-U+F8FF) will be stripped out of the inserted text"). Text pasted from Word keeps
 * its "Symbol"/"Wingdings" bullets as private-use characters (U+F0B7 and its neighbours in
 * U+F000–U+F0FF): those become `•`, every other such character is dropped, so what the Doc holds
 * is what the plan asked for, and the reader sees a bullet where the writer saw one.
 */

/** U+0009 (tab), U+000A (new line) and U+000B (line break) are kept: the Doc has them. */
const STRIPPED_CLASS = '[\\u0000-\\u0008\\u000c-\\u001f\\ue000-\\uf8ff]';
const ANY_STRIPPED = new RegExp(STRIPPED_CLASS);
const STRIPPED = new RegExp(STRIPPED_CLASS, 'g');
const SYMBOL_FONT = /[\uf000-\uf0ff]/;

/** A Windows or old Mac line end (CR LF, CR) is a new line, not a stripped character. */
function newlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** `"\uF0B7 Rapat"` → `"• Rapat"`; control characters and other private-use characters removed. */
export function docSafeText(text: string): string {
  if (!ANY_STRIPPED.test(text)) return text;
  return newlines(text).replace(STRIPPED, (ch) => (SYMBOL_FONT.test(ch) ? '•' : ''));
}

/** The characters of `text` the Doc would not keep, each once, as `U+F0B7`; [] when none. */
export function strippedCharacters(text: string): string[] {
  if (!ANY_STRIPPED.test(text)) return [];
  const found = new Set<string>();
  for (const m of newlines(text).matchAll(STRIPPED)) {
    found.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found];
}

/** Whether any of `text`'s stripped characters is a Symbol-font bullet (shown as `•`). */
export function hasSymbolBullet(text: string): boolean {
  return SYMBOL_FONT.test(text);
}
