import { tanggalIndonesia } from './indonesian-date';
import type { ReportContext } from './report-context';
import type { Block } from './report-types';

/** Room left for the signature and stamp, in points. */
const RUANG_TANDA_TANGAN = 48;

/** Place and date of signing: `Perupuk, 31 Januari 2024` (today when Profil has no Tanggal). */
function tempatTanggal(ctx: ReportContext): string {
  const tanggal = (ctx.profil?.tanggal && tanggalIndonesia(ctx.profil.tanggal)) || tanggalIndonesia(ctx.hariIni) || '';
  const tempat = ctx.profil?.tempat.trim() ?? '';
  return tempat ? `${tempat}, ${tanggal}` : tanggal;
}

/**
 * Signature block from Profil: place, date, position, name, rank, NIP (PermenPAN-RB 53/2014), its
 * lines centred on each other in the right half of the page, as the Tata Naskah Dinas places it.
 */
export function signatureBlocks(ctx: ReportContext): Block[] {
  const p = ctx.profil;
  const blocks: Block[] = [{ type: 'paragraph', text: tempatTanggal(ctx), align: 'signature', spaceBefore: 24 }];
  const jabatan = p?.jabatanPimpinan.trim() ?? '';
  if (jabatan) blocks.push({ type: 'paragraph', text: jabatan, align: 'signature', bold: true });
  const nama = p?.namaPimpinan.trim() ?? '';
  if (nama)
    blocks.push({ type: 'paragraph', text: nama, align: 'signature', bold: true, spaceBefore: RUANG_TANDA_TANGAN });
  const pangkat = p?.pangkat.trim() ?? '';
  if (pangkat) blocks.push({ type: 'paragraph', text: pangkat, align: 'signature' });
  const nip = p?.nip.trim() ?? '';
  if (nip) blocks.push({ type: 'paragraph', text: `NIP. ${nip}`, align: 'signature' });
  return satuHalaman(blocks);
}

/** The lines of one signature block on one page: each kept with the next, the last one free. */
export function satuHalaman(blocks: Block[]): Block[] {
  return blocks.map((b, i) => (b.type === 'paragraph' && i < blocks.length - 1 ? { ...b, keepWithNext: true } : b));
}
