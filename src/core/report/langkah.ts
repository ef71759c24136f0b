import { narasiLines } from './narasi-part';
import type { ReportContext } from './report-context';
import { kalimat, kapital, tanpaPenanda } from './sentences';

/**
 * The "langkah di masa mendatang" of PermenPAN-RB 53/2014 (BAB IV, and the Ikhtisar's next steps):
 * the office's own words only — Narasi `Langkah ke Depan`; else each indicator's Narasi `Upaya`,
 * or its IKU `Solusi` where it has no Upaya. Empty when the office wrote none: the report then
 * leaves the part out rather than invent steps.
 */
export function langkahKeDepan(ctx: ReportContext): string[] {
  const own = narasiLines(ctx, 'Langkah ke Depan');
  const items =
    own.length > 0
      ? own
      : [
          ...narasiLines(ctx, 'Upaya'),
          ...ctx.fig.indikator.flatMap((f) => {
            const no = f.ind.no.trim();
            const upaya = no ? narasiLines(ctx, `Upaya ${no}`) : [];
            return upaya.length > 0
              ? upaya
              : f.ind.solusi
                  .split('\n')
                  .map(tanpaPenanda)
                  .filter((l) => l !== '');
          }),
        ];
  return [...new Set(items.map((s) => kalimat(kapital(s))))];
}
