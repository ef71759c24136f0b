import { tanggalIndonesia } from './indonesian-date';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';
import { paragraf } from './sentences';

/**
 * Lampiran "Pernyataan Telah Direviu": the statement the APIP reviewer (the Inspektorat) signs after
 * reviewing the report, in the form of PermenPAN-RB 53/2014 (Petunjuk Teknis ... dan Tata Cara Reviu
 * atas Laporan Kinerja Instansi Pemerintah, lampiran on the reviu: "Pernyataan Telah Direviu").
 * The three paragraphs below follow that form's wording, with the instansi and the year filled in.
 * The `search` tool's corpora did not hold the regulation's own text (searched for "pernyataan telah
 * direviu", "keyakinan terbatas", "akurat, andal, dan valid", "Pedoman Reviu atas Laporan
 * Kinerja"); the one public generator it found (a LAKIP generator citing 53/2014) paraphrases the
 * form. The wording here is the form's as LKjIP reports reproduce it; check it against the
 * Lampiran of 53/2014 when a copy is at hand.
 *
 * Printed when Profil names the reviewer (`Nama Reviu` and `Jabatan Reviu`; `NIP Reviu`,
 * `Tanggal Reviu` as given); otherwise the report carries no reviu page.
 */
function adaPernyataanReviu(ctx: ReportContext): boolean {
  const r = ctx.profil?.reviu;
  return !!r && r.nama.trim() !== '' && r.jabatan.trim() !== '';
}

const RUANG_TANDA_TANGAN = 48;

/** The reviu statement, on a page of its own; with the `LAMPIRAN` heading when the Lampiran has nothing before it. */
export function pernyataanReviuBlocks(ctx: ReportContext, withLampiranHeading: boolean): Block[] {
  if (!adaPernyataanReviu(ctx)) return [];
  const r = ctx.profil!.reviu!;
  const blocks: Block[] = withLampiranHeading
    ? [{ type: 'heading', level: 1, text: 'LAMPIRAN' }]
    : [{ type: 'pagebreak' }];
  blocks.push(
    { type: 'heading', level: 2, text: 'Pernyataan Telah Direviu' },
    { type: 'paragraph', text: 'PERNYATAAN TELAH DIREVIU', align: 'center', bold: true },
    { type: 'paragraph', text: ctx.instansiLengkap.toUpperCase(), align: 'center', bold: true },
    { type: 'paragraph', text: `TAHUN ANGGARAN ${ctx.tahun}`, align: 'center', bold: true },
    paragraf(
      `Kami telah mereviu Laporan Kinerja ${ctx.instansiLengkap} untuk tahun anggaran ${ctx.tahun} sesuai Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen ${ctx.instansiLengkap}.`,
    ),
    paragraf(
      'Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara akurat, andal, dan valid.',
    ),
    paragraf(
      'Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam meyakini keandalan informasi yang disajikan di dalam laporan kinerja ini.',
    ),
  );
  const lines: { text: string; bold?: boolean; spaceBefore?: number }[] = [];
  const tanggal = r.tanggal ? tanggalIndonesia(r.tanggal) : '';
  if (tanggal) lines.push({ text: tanggal, spaceBefore: 24 });
  lines.push({ text: r.jabatan.trim(), bold: true, spaceBefore: tanggal ? undefined : 24 });
  lines.push({ text: r.nama.trim(), bold: true, spaceBefore: RUANG_TANDA_TANGAN });
  if (r.nip.trim()) lines.push({ text: `NIP. ${r.nip.trim()}` });
  lines.forEach((l, i) => {
    const b: Block = { type: 'paragraph', text: l.text, align: 'signature' };
    if (l.bold) b.bold = true;
    if (l.spaceBefore) b.spaceBefore = l.spaceBefore;
    if (i < lines.length - 1) b.keepWithNext = true;
    blocks.push(b);
  });
  return blocks;
}

/** What the Lampiran holds, for the Sistematika: the Perjanjian Kinerja, and the reviu statement when given. */
export function lampiranIsi(ctx: ReportContext): string[] {
  const out: string[] = [];
  if (ctx.fig.indikator.length > 0) out.push(`Perjanjian Kinerja Tahun ${ctx.tahun}`);
  if (adaPernyataanReviu(ctx)) out.push('Pernyataan Telah Direviu');
  return out;
}
