// "Buat Perjanjian Kinerja": the year's PK documents through the Generate flow (generate-api.ts).
import { buildPerjanjianKinerja } from '../core/report/build-perjanjian';
import { type DocumentFlow, type GenerateResult, runDocument } from './generate-api';

const PERJANJIAN: DocumentFlow = {
  kind: 'perjanjian',
  noun: 'Perjanjian Kinerja',
  prefix: 'PK',
  jenis: 'Perjanjian Kinerja',
  // A PK is a signed form: no running footer.
  footer: () => '',
  build: (workbook, { onStep, ...opts }) =>
    buildPerjanjianKinerja(workbook, { ...opts, onPart: (part) => onStep(`Menyusun PK ${part}`) }),
};

export function buatPerjanjianKinerja(lanjutWalauAdaPeringatan: boolean): GenerateResult {
  return runDocument(PERJANJIAN, lanjutWalauAdaPeringatan);
}
