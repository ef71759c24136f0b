import type { Finding, FindingCode, Severity } from './model';

/**
 * Severity of every finding code, in one place. `error`: the report cannot be right;
 * `warning`: it can be generated, but a reviewer should look (docs/layout.md#findings).
 */
export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  'missing-sheet': 'error',
  'duplicate-sheet': 'error',
  'no-data': 'error',
  'negative-value': 'error',
  'missing-column': 'error',
  'duplicate-column': 'error',
  'not-a-number': 'error',
  'missing-value': 'error',
  'out-of-range': 'error',
  'sum-mismatch': 'error',
  'bad-code': 'error',
  'duplicate-code': 'error',
  'code-hierarchy': 'error',
  'realisasi-exceeds-pagu': 'error',
  'bad-polaritas': 'error',
  'unread-answer': 'error',
  'duplicate-skala': 'error',
  'ambiguous-number': 'error',
  'formula-error': 'error',
  'duplicate-key': 'error',
  'realisasi-zero': 'error',
  'bad-cara-hitung': 'error',
  'renaksi-unmatched': 'error',
  'renaksi-target-mismatch': 'error',
  'renaksi-target-decreasing': 'error',
  'unknown-code': 'error',
  'anggaran-mismatch': 'error',
  'capaian-mismatch': 'warning',
  'akip-total-mismatch': 'warning',
  'predikat-mismatch': 'warning',
  'ikm-mismatch': 'warning',
  'akip-mismatch': 'warning',
  'target-zero': 'warning',
  'bad-nip': 'warning',
  'sasaran-unmatched': 'warning',
  'missing-parent': 'warning',
  'dpa-target-mismatch': 'warning',
  'performance-without-spending': 'warning',
  'legal-basis': 'warning',
  'percent-scale': 'warning',
  'total-row': 'warning',
  'duplicate-indicator': 'warning',
  'duplicate-no': 'warning',
  'unknown-part': 'warning',
  'outside-year': 'warning',
  'renaksi-name-mismatch': 'warning',
  'renaksi-realisasi-mismatch': 'warning',
  'renaksi-gap': 'warning',
  'quarter-not-reported': 'warning',
  'bad-image-url': 'warning',
  'unprintable-character': 'warning',
};

/**
 * A finding with its severity from the table (a few codes differ by place, and say so where they
 * are raised: target-zero is an error on an IKU reporting-year target, no-data a warning for an
 * empty optional IKM sheet, renaksi-unmatched a warning for an IKU indicator missing from Renaksi).
 * `message` never repeats the sheet and cell: the
 * sidebar shows them in their own column; `formatFinding` adds them for text output.
 */
export function finding(
  code: FindingCode,
  sheet: string,
  cell: string,
  message: string,
  severity: Severity = SEVERITY[code],
): Finding {
  return { severity, code, sheet, cell, message };
}

/** `IKU!Q2: Capaian 2022 tertulis ...` — for the CLI, cell notes' context and logs. */
export function formatFinding(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `${where}: ${f.message}`;
}
