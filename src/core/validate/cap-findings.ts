import type { Finding, FindingCode, Severity } from '../layout/model';

/** How many findings of one code travel to the sidebar; the CLI lists all. */
const SIDEBAR_FINDINGS_PER_CODE = 200;

export interface OmittedFindings {
  code: FindingCode;
  severity: Severity;
  /** Findings of this code (and severity) left out of the list. */
  count: number;
  /** All findings of this code and severity. */
  total: number;
}

/**
 * At most `perCode` findings of each code (and severity) in the server's order, and how many were
 * left out: a sheet with 5.000 unreadable cells must not freeze the panel, and the user still
 * sees the total and the first cells to fix.
 */
export function capFindings(
  findings: readonly Finding[],
  perCode = SIDEBAR_FINDINGS_PER_CODE,
): { findings: Finding[]; omitted: OmittedFindings[] } {
  const seen = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const k = `${f.severity} ${f.code}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n <= perCode) kept.push(f);
  }
  const omitted: OmittedFindings[] = [];
  for (const [k, total] of seen) {
    if (total <= perCode) continue;
    const [severity, code] = k.split(' ') as [Severity, FindingCode];
    omitted.push({ code, severity, count: total - perCode, total });
  }
  return { findings: kept, omitted };
}
