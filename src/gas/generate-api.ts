// "Generate LKjIP" (filled by the report work).
export function generateLkjip(lanjutWalauAdaPeringatan: boolean): unknown {
  void lanjutWalauAdaPeringatan;
  throw new Error('Penyusunan laporan belum tersedia.');
}
export function statusGenerate(): unknown {
  return { langkah: [] };
}
