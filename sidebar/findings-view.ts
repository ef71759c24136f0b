/**
 * Findings grouped by sheet, in the order the server gave them. Each finding is a button (so Tab
 * and Enter work) that selects its cell in the spreadsheet.
 */
import type { Counts, Finding, HeaderNote, OmittedFindings } from './api-types';
import { el, type Child } from './dom';
import { TEKS } from './texts';

export type SelectCell = (finding: Finding) => void;

export function where(sheet: string, cell: string): string {
  return cell ? `${sheet}!${cell}` : `${sheet} (${TEKS.seluruhSheet})`;
}

export function countsView(counts: Counts): HTMLElement {
  return el(
    'p',
    { className: 'counts' },
    el(
      'span',
      { className: counts.error > 0 ? 'count count-error' : 'count count-zero' },
      TEKS.jumlahKesalahan(counts.error),
    ),
    el(
      'span',
      { className: counts.warning > 0 ? 'count count-warning' : 'count count-zero' },
      TEKS.jumlahPeringatan(counts.warning),
    ),
  );
}

function findingButton(finding: Finding, onSelect: SelectCell): HTMLElement {
  const severity = finding.severity === 'error' ? TEKS.kesalahan : TEKS.peringatan;
  const button = el(
    'button',
    {
      className: `finding ${finding.severity}`,
      attrs: {
        type: 'button',
        'aria-label': TEKS.labelTemuan(severity, finding.sheet, finding.cell, finding.message),
        'data-sheet': finding.sheet,
        'data-cell': finding.cell,
      },
    },
    el('span', { className: 'severity' }, severity),
    finding.cell ? el('span', { className: 'cell' }, finding.cell) : null,
    el('span', { className: 'text' }, finding.message),
  );
  button.addEventListener('click', () => onSelect(finding));
  return el('li', {}, button);
}

/** Groups by sheet, keeping the server's order of sheets and of findings within a sheet. */
function groupBySheet(findings: Finding[]): Array<{ sheet: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return Array.from(groups, ([sheet, list]) => ({ sheet, findings: list }));
}

export function findingsView(findings: Finding[], onSelect: SelectCell, omitted: OmittedFindings[] = []): HTMLElement {
  const box = el('div', { className: 'finding-groups' });
  if (omitted.length > 0) {
    box.appendChild(
      el(
        'ul',
        { className: 'omitted' },
        ...omitted.map((o) => el('li', {}, TEKS.temuanTidakDitampilkan(o.count, o.total, o.code))),
      ),
    );
  }
  for (const group of groupBySheet(findings)) {
    box.appendChild(
      el(
        'section',
        { className: 'sheet-group' },
        el('h3', {}, group.sheet, el('span', { className: 'gray' }, ` · ${TEKS.jumlahTemuan(group.findings.length)}`)),
        el('ul', { className: 'findings' }, ...group.findings.map((f) => findingButton(f, onSelect))),
      ),
    );
  }
  return box;
}

export function headerNotesView(notes: HeaderNote[]): Child {
  if (notes.length === 0) return null;
  return el(
    'div',
    { className: 'header-notes' },
    el('h3', {}, TEKS.judulCatatanKolom),
    el(
      'ul',
      { className: 'notes' },
      ...notes.map((n) =>
        el(
          'li',
          {},
          `${where(n.sheet, n.cell)}: ${n.rows ? TEKS.catatanBaris(n.found, n.understoodAs) : TEKS.catatanKolom(n.found, n.understoodAs)}`,
        ),
      ),
    ),
  );
}
