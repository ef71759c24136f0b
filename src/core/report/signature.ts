import { tanggalIndonesia } from './indonesian-date';
import type { ReportContext } from './report-context';
import type { Block, SignatureLine } from './report-types';

/** Room left for the signature and stamp, in points (also the Perjanjian Kinerja's). */
export const RUANG_TANDA_TANGAN = 48;

/** Place and date of signing: `Perupuk, 31 Januari 2024` (`tanggal`, else Profil's Tanggal, else today). */
function tempatTanggal(ctx: ReportContext, tanggalIso?: string): string {
  const tanggal =
    (tanggalIso && tanggalIndonesia(tanggalIso)) ||
    (ctx.profil?.tanggal && tanggalIndonesia(ctx.profil.tanggal)) ||
    tanggalIndonesia(ctx.hariIni) ||
    '';
  const tempat = ctx.profil?.tempat.trim() ?? '';
  return tempat ? `${tempat}, ${tanggal}` : tanggal;
}

/** The signer's lines from Profil: jabatan, name (below the room for the signature), rank, NIP. */
function penandaTangan(ctx: ReportContext): SignatureLine[] {
  const p = ctx.profil;
  const lines: SignatureLine[] = [];
  const jabatan = p?.jabatanPimpinan.trim() ?? '';
  if (jabatan) lines.push({ text: jabatan, bold: true });
  const nama = p?.namaPimpinan.trim() ?? '';
  if (nama) lines.push({ text: nama, bold: true, spaceBefore: RUANG_TANDA_TANGAN });
  const pangkat = p?.pangkat.trim() ?? '';
  if (pangkat) lines.push({ text: pangkat });
  const nip = p?.nip.trim() ?? '';
  if (nip) lines.push({ text: `NIP. ${nip}` });
  return lines;
}

/**
 * Signature block from Profil: place, date, position, name, rank, NIP (PermenPAN-RB 53/2014), its
 * lines centred on each other in the right half of the page, as the Tata Naskah Dinas places it.
 * Dated `tanggal` (ISO) when given: a document signed on another day than the LKjIP's Tanggal.
 */
export function signatureBlocks(ctx: ReportContext, tanggal?: string): Block[] {
  const blocks: Block[] = [
    { type: 'paragraph', text: tempatTanggal(ctx, tanggal), align: 'signature', spaceBefore: 24 },
  ];
  for (const l of penandaTangan(ctx)) {
    const b: Block = { type: 'paragraph', text: l.text, align: 'signature' };
    if (l.bold) b.bold = true;
    if (l.spaceBefore) b.spaceBefore = l.spaceBefore;
    blocks.push(b);
  }
  return satuHalaman(blocks);
}

/** The lines of one signature block on one page: each kept with the next, the last one free. */
function satuHalaman(blocks: Block[]): Block[] {
  return blocks.map((b, i) => (b.type === 'paragraph' && i < blocks.length - 1 ? { ...b, keepWithNext: true } : b));
}
