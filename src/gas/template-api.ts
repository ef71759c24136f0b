// "Buat Template" (filled by the validator work).
export function buatTemplate(): unknown {
  throw new Error('Belum tersedia.');
}
