import { formatId } from '../numbers';
import type { ReportContext } from './report-context';
import type { IndikatorFigures, SasaranFigures } from './report-figures';
import { NO_VALUE } from './report-figures';

export interface EfisiensiFigure {
  capaian: string;
  serapan: string;
  efisiensi: string;
}

/**
 * Tingkat efisiensi = capaian kinerja (%) − serapan anggaran (%) of the programs serving the
 * sasaran (DPA `Sasaran`; the whole budget when none is mapped), from the printed values so the
 * printed row adds up (docs/rules.md#efficiency).
 */
export function efisiensiIndikator(ctx: ReportContext, s: SasaranFigures, f: IndikatorFigures): EfisiensiFigure {
  const c = f.capaian(ctx.tahun);
  const serapan = s.serapan.persen;
  const efisiensi = c.value !== null && serapan !== null ? formatId(c.value.minus(serapan)) : NO_VALUE;
  return { capaian: c.text, serapan: s.serapan.text, efisiensi };
}
