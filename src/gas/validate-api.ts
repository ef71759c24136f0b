// Sidebar server calls for checking the workbook (filled by the validator work).
export function periksaData(): unknown {
  throw new Error('Pemeriksaan data belum tersedia.');
}
export function pilihSel(sheet: string, cell: string): void {
  void sheet;
  void cell;
  throw new Error('Belum tersedia.');
}
export function tandaiDiSheet(): unknown {
  throw new Error('Belum tersedia.');
}
export function hapusTanda(): unknown {
  throw new Error('Belum tersedia.');
}
