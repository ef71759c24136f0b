// The bundle's surface: everything listed in entry-points.ts, and nothing else.
export { CAPAIAN, CAPAIAN_TW, KATEGORI_CAPAIAN, MUTU_IKM, NIK_IKM, PREDIKAT_AKIP } from './gas/custom-functions';
export { bukaPanel, onInstall, onOpen } from './gas/menu';
export { hapusTanda, periksaData, pilihSel, tandaiDiSheet } from './gas/validate-api';
export { buatTemplate } from './gas/template-api';
export { generateLkjip, statusGenerate } from './gas/generate-api';
export { buatPerjanjianKinerja } from './gas/perjanjian-api';
export { buatLaporanTriwulan } from './gas/triwulan-api';
export { ujiDokumenLkjip } from './gas/self-test-doc';
export { bacaSurvei, imporSurvei } from './gas/skm-api';
