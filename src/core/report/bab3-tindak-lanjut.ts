import type { ReportContext } from './report-context';
import { NO_VALUE } from './report-figures';
import type { Block } from './report-types';
import { paragraf, tanpaPenanda } from './sentences';
import { tabel } from './table';

const HEADER = ['No', 'Rekomendasi', 'Tindak Lanjut', 'Keterangan'];

/**
 * Narasi `Tindak Lanjut Rekomendasi` (optional, an LKE 88/2021 criterion of Pelaporan Kinerja): the
 * follow-up of last year's AKIP evaluation (LHE) recommendations, one per row, as a table. Each
 * line is `rekomendasi | tindak lanjut | keterangan` (the last two optional); a first line naming
 * the columns (`Rekomendasi | Tindak Lanjut …`) is read as the header and not repeated.
 */
export function tindakLanjutBlocks(ctx: ReportContext, heading: () => string): Block[] {
  const text = ctx.narasi('Tindak Lanjut Rekomendasi');
  if (!text) return [];
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const cells = lines.map((l) => {
    const inner = l.startsWith('|') && l.endsWith('|') ? l.slice(1, -1) : l;
    return inner.split('|').map((c) => c.trim());
  });
  const first = cells[0] ?? [];
  const hasHeader = first.some((c) => /^rekomendasi/i.test(c));
  const body = (hasHeader ? cells.slice(1) : cells).map((c) => {
    const noFirst = /^\d+[.)]?$/.test(c[0] ?? '') && c.length > 1;
    const [rek = '', tl = '', ket = ''] = noFirst ? c.slice(1) : c;
    return [tanpaPenanda(rek), tl || NO_VALUE, ket || NO_VALUE];
  });
  if (body.length === 0) return [];
  const lastYear = ctx.tahun - 1;
  return [
    { type: 'heading', level: 3, text: `${heading()} Tindak Lanjut Rekomendasi Hasil Evaluasi AKIP` },
    paragraf(
      `Tindak lanjut atas rekomendasi hasil evaluasi akuntabilitas kinerja Tahun ${lastYear} adalah sebagai berikut.`,
    ),
    tabel(
      ctx,
      '3',
      `Tindak Lanjut Rekomendasi Hasil Evaluasi AKIP Tahun ${lastYear}`,
      HEADER,
      body.map((r, i) => [String(i + 1), ...r]),
      ['center', 'left', 'left', 'left'],
    ),
  ];
}
