import { formInstansi } from './build-perjanjian';
import { perjanjianKinerjaBlocks } from './perjanjian-kinerja';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';

/**
 * Lampiran: the Perjanjian Kinerja of the reporting year in its form (perjanjian-kinerja.ts),
 * always two parties — the head (Profil) and the superior (`Jabatan Atasan`, else the head of the
 * Pemerintah Daerah; a dotted name line without `Nama Atasan`) — dated `Tanggal PK` (a dotted date
 * line in the year when blank), never the LKjIP's own date.
 */
export function lampiranBlocks(ctx: ReportContext): Block[] {
  if (ctx.fig.indikator.length === 0) return [];
  const form = formInstansi(ctx);
  return [
    // The form's own title names it: the statement and its signatures fill the page under LAMPIRAN.
    { type: 'heading', level: 1, text: 'LAMPIRAN' },
    ...perjanjianKinerjaBlocks(form, (title) => `${ctx.tables.next('L')} ${title}`, {
      // Short enough for one line each: the lampiran's tables and both signatures share a page.
      target: `Sasaran dan Target Kinerja Tahun ${ctx.tahun}`,
      anggaran: `${form.anggaranLabel} dan Pagu Anggaran Tahun ${ctx.tahun}`,
    }),
  ];
}
