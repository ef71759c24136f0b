/**
 * What the server functions the sidebar calls return (names fixed in src/entry-points.ts, kind
 * `server`). The sidebar talks to the server only through these shapes.
 */
import type { Finding, HeaderNote } from '../src/core/layout/model';

export type { Finding, HeaderNote };

export interface Counts {
  error: number;
  warning: number;
}

export interface CheckResult {
  findings: Finding[];
  counts: Counts;
  headerNotes: HeaderNote[];
}

export interface TemplateResult {
  dibuat: string[];
  dibiarkan: string[];
  pesan: string;
}

export type GenerateResult =
  | { status: 'ok'; url: string; name: string; langkah: string[]; counts: Counts }
  | { status: 'blocked'; findings: Finding[]; counts: Counts }
  | { status: 'needs-confirmation'; findings: Finding[]; counts: Counts };

export interface GenerateStatus {
  langkah: string[];
  selesai: boolean;
}

/** The server functions, as the sidebar sees them. */
export interface ServerApi {
  periksaData(): CheckResult;
  pilihSel(sheet: string, cell: string): void;
  tandaiDiSheet(): { ditandai: number };
  hapusTanda(): { dihapus: number };
  buatTemplate(): TemplateResult;
  generateLkjip(lanjutWalauAdaPeringatan: boolean): GenerateResult;
  statusGenerate(): GenerateStatus;
}
