// ujiDokumenLkjip: writes the self-test report into a real Doc (every request kind, F4 paper),
// reads it back with documents.get and logs PASS/FAIL per property; then sends one batch of 501
// requests to a throw-away Doc and logs whether Google accepted it (the add-on keeps to 500). Run
// it from the Apps Script editor after `npm run push`; the tests run the same function against
// the emulator.
import { MAX_BATCH_REQUESTS } from '../core/docs/batches';
import { pageSetup } from '../core/docs/page-setup';
import { planReport } from '../core/docs/requests';
import { checkDocument, limitProbeRequests, selfTestBlocks } from '../core/docs/self-test';
import { messageOf } from '../core/docs/write-document';
import { docsPort, driveFiles, writeReport } from './write-doc';

interface SelfTestResult {
  url: string;
  lulus: number;
  gagal: number;
  baris: string[];
  /** Whether Google took one batch of MAX_BATCH_REQUESTS + 1 requests. */
  batasBatch: string;
}

function probeBatchLimit(): string {
  const docs = docsPort();
  const id = docs.create('Uji batas batchUpdate LKjIP (boleh dihapus)').documentId ?? '';
  const n = MAX_BATCH_REQUESTS + 1;
  let line: string;
  try {
    docs.batchUpdate(id, limitProbeRequests());
    line = `INFO Google menerima ${n} permintaan dalam satu batchUpdate (add-on memakai paling banyak ${MAX_BATCH_REQUESTS}).`;
  } catch (e) {
    line = `INFO Google menolak ${n} permintaan dalam satu batchUpdate (add-on memakai paling banyak ${MAX_BATCH_REQUESTS}): ${messageOf(e)}`;
  }
  try {
    driveFiles()?.update({ trashed: true }, id);
  } catch {
    line += ' Dokumen uji batas tidak dapat dibuang; hapus sendiri dari Google Drive.';
  }
  return line;
}

export function ujiDokumenLkjip(): SelfTestResult {
  const { setup } = pageSetup({ ukuranKertas: 'F4' }, 'Kecamatan Contoh – Uji Dokumen');
  const blocks = selfTestBlocks();
  const doc = writeReport({ title: 'Uji Dokumen LKjIP', blocks }, 'Uji Dokumen LKjIP', setup);
  const checks = checkDocument(planReport(blocks, setup), docsPort().get(doc.id));
  const baris = checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
  for (const note of doc.notes) baris.push(`INFO ${note}`);
  for (const line of baris) console.log(line);
  const gagal = checks.filter((c) => !c.pass).length;
  const batasBatch = probeBatchLimit();
  console.log(batasBatch);
  console.log(`${checks.length - gagal} lulus, ${gagal} gagal — ${doc.url}`);
  return { url: doc.url, lulus: checks.length - gagal, gagal, baris, batasBatch };
}
