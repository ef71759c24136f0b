/** Server answers shaped by the contract (src/core/layout/model.ts), for tests of the sidebar alone. */
import type { CheckResult, Finding } from '../../sidebar/api-types';

export const XSS = '<img src=x onerror=alert(1)>';

function warning(code: Finding['code'], sheet: string, cell: string, message: string): Finding {
  return { severity: 'warning', code, sheet, cell, message };
}

/** Six of the warnings test/expected-lima-puluh-pesisir.json lists, with messages in the contract's style. */
export const EXAMPLE_FINDINGS: Finding[] = [
  warning('capaian-mismatch', 'IKU', 'Q2', 'Capaian 2022 tertulis 96,79, hasil hitung 97,04.'),
  warning(
    'akip-total-mismatch',
    'AKIP',
    'C7',
    'Jumlah nilai komponen 2020 66,56, berbeda 0,31 dari Nilai Akhir 66,87.',
  ),
  warning('predikat-mismatch', 'AKIP', 'E8', 'Predikat tertulis B, menurut skala BB.'),
  warning('predikat-mismatch', 'AKIP', 'F8', 'Predikat tertulis B, menurut skala BB.'),
  warning('target-zero', 'DPA', 'F21', 'Target kinerja 0 pada baris yang punya anggaran.'),
  warning('target-zero', 'DPA', 'F50', 'Target kinerja 0 pada baris yang punya anggaran.'),
];

export const EXAMPLE_CHECK: CheckResult = {
  findings: EXAMPLE_FINDINGS,
  counts: { error: 0, warning: 6 },
  headerNotes: [{ sheet: 'DPA', cell: 'E1', found: 'Anggaran', understoodAs: 'Pagu' }],
};

export const ERROR_FINDINGS: Finding[] = [
  { severity: 'error', code: 'not-a-number', sheet: 'DPA', cell: 'E5', message: 'Pagu "dua juta" bukan angka.' },
  { severity: 'error', code: 'missing-sheet', sheet: 'IKM', cell: '', message: 'Sheet IKM tidak ada.' },
];
