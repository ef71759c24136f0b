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
  // The compact form prints each indicator's steps beside its analysis in BAB III (langkahDiBab3).
  const items = own.length > 0 ? own : [...narasiLines(ctx, 'Upaya'), ...(ctx.ringkas ? [] : langkahPerIndikator(ctx))];
  return [...new Set(items.map((s) => kalimat(kapital(s))))];
}

/** Each indicator's Narasi `Upaya`, or its IKU `Solusi` where it has no Upaya. */
function langkahPerIndikator(ctx: ReportContext): string[] {
  return ctx.fig.indikator.flatMap((f) => {
    const no = f.ind.no.trim();
    const upaya = no ? narasiLines(ctx, `Upaya ${no}`) : [];
    return upaya.length > 0
      ? upaya
      : f.ind.solusi
          .split('\n')
          .map(tanpaPenanda)
          .filter((l) => l !== '');
  });
}

/** In the compact form: steps the office wrote per indicator, left out of the summaries (they are in BAB III). */
export function langkahDiBab3(ctx: ReportContext): boolean {
  return ctx.ringkas && narasiLines(ctx, 'Langkah ke Depan').length === 0 && langkahPerIndikator(ctx).length > 0;
}
