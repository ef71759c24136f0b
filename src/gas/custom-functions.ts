// Custom functions touch no Apps Script service: they run in Sheets' restricted context, where
// only pure computation is allowed, so they are the core functions as they are.
export { CAPAIAN, CAPAIAN_TW, KATEGORI_CAPAIAN, MUTU_IKM, NIK_IKM, PREDIKAT_AKIP } from '../core/sheet-functions';
