/**
 * What the server functions the sidebar calls return (names fixed in src/entry-points.ts, kind
 * `server`). The types come from the server modules themselves, so a change on either side of the
 * client–server boundary fails the type check instead of the user's click.
 */
import type * as generateApi from '../src/gas/generate-api';
import type * as perjanjianApi from '../src/gas/perjanjian-api';
import type * as skmApi from '../src/gas/skm-api';
import type * as templateApi from '../src/gas/template-api';
import type * as triwulanApi from '../src/gas/triwulan-api';
import type * as validateApi from '../src/gas/validate-api';

export type { Finding, HeaderNote } from '../src/core/layout/model';
export type { Counts, GenerateResult } from '../src/gas/generate-api';
export type { OmittedFindings } from '../src/core/validate/cap-findings';
export type { DocumentKind } from '../src/core/validate/gate';
export type CheckResult = validateApi.HasilPemeriksaan;
export type TemplateResult = templateApi.TemplateResult;
export type SkmPlan = skmApi.RencanaSurvei;
export type SkmImportResult = skmApi.HasilImpor;

/** The server functions, as the sidebar sees them: their real signatures. */
export interface ServerApi {
  periksaData: typeof validateApi.periksaData;
  pilihSel: typeof validateApi.pilihSel;
  tandaiDiSheet: typeof validateApi.tandaiDiSheet;
  hapusTanda: typeof validateApi.hapusTanda;
  buatTemplate: typeof templateApi.buatTemplate;
  generateLkjip: typeof generateApi.generateLkjip;
  buatPerjanjianKinerja: typeof perjanjianApi.buatPerjanjianKinerja;
  buatLaporanTriwulan: typeof triwulanApi.buatLaporanTriwulan;
  statusGenerate: typeof generateApi.statusGenerate;
  bacaSurvei: typeof skmApi.bacaSurvei;
  imporSurvei: typeof skmApi.imporSurvei;
}
