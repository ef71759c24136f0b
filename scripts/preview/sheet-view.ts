/// <reference lib="dom" />
/**
 * The preview's sheet view: tabs, the grid of the active tab, the active range and links to the
 * generated Docs, from GET /api/state. Built with DOM nodes only, since cell text is data.
 * Refreshed whenever the sidebar frame reports a server call.
 */
import { a1, columnLetter } from '../../src/core/layout/a1';

interface SheetState {
  name: string;
  sheets: { name: string; values: unknown[][]; notes?: string[][] }[];
  active: { sheet: string; a1: string; row: number; column: number; numRows: number; numColumns: number };
  documents: { id: string; name: string }[];
}

let state: SheetState | null = null;
let shown: string | null = null;
let lastActive = '';

function el(tag: string, text?: string, cls?: string): HTMLElement {
  const n = document.createElement(tag);
  if (text !== undefined) n.textContent = text;
  if (cls) n.className = cls;
  return n;
}

function byId(id: string): HTMLElement {
  const n = document.getElementById(id);
  if (!n) throw new Error(`#${id} tidak ada di halaman pratinjau.`);
  return n;
}

function render(s: SheetState): void {
  const tabs = byId('tabs');
  const grid = byId('grid');
  tabs.replaceChildren();
  grid.replaceChildren();
  byId('title').textContent = s.name;
  const a = s.active;
  byId('active').textContent = `Sel aktif: ${a.sheet}!${a.a1}`;
  const docs = byId('docs');
  docs.replaceChildren();
  for (const d of s.documents) {
    const link = el('a', d.name) as HTMLAnchorElement;
    link.href = `/doc/${encodeURIComponent(d.id)}`;
    link.target = '_blank';
    link.rel = 'noopener';
    docs.appendChild(link);
  }
  for (const sheet of s.sheets) {
    const b = el('button', sheet.name) as HTMLButtonElement;
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(sheet.name === shown));
    b.onclick = () => {
      shown = sheet.name;
      render(s);
    };
    tabs.appendChild(b);
  }
  const sheet = s.sheets.find((x) => x.name === shown);
  if (!sheet) return;
  const cols = sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
  const table = el('table');
  const head = el('tr');
  head.appendChild(el('th', '', 'corner'));
  for (let c = 1; c <= cols; c++) head.appendChild(el('th', columnLetter(c - 1)));
  table.appendChild(head);
  let activeCell: HTMLElement | null = null;
  sheet.values.forEach((row, r) => {
    const tr = el('tr');
    tr.appendChild(el('td', String(r + 1), 'rownum'));
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      const td = el('td', v === undefined || v === null ? '' : String(v));
      const note = sheet.notes?.[r]?.[c];
      if (note) {
        td.title = note;
        td.classList.add('note');
      }
      const inRange =
        a.sheet === sheet.name &&
        r + 1 >= a.row &&
        r + 1 < a.row + a.numRows &&
        c + 1 >= a.column &&
        c + 1 < a.column + a.numColumns;
      if (inRange) {
        td.classList.add('active');
        activeCell ??= td;
      }
      td.dataset.cell = a1(r + 1, c);
      tr.appendChild(td);
    }
    table.appendChild(tr);
  });
  grid.appendChild(table);
  (activeCell as HTMLElement | null)?.scrollIntoView({ block: 'center', inline: 'center' });
}

async function refresh(): Promise<void> {
  const s = (await (await fetch('/api/state')).json()) as SheetState;
  state = s;
  const key = `${s.active.sheet}!${s.active.a1}`;
  if (key !== lastActive || !shown) {
    shown = s.active.sheet;
    lastActive = key;
  }
  render(state);
}

window.addEventListener('message', (e) => {
  if (e.origin === window.location.origin && e.data?.lkjipCalled) void refresh();
});
void refresh();
