// ujiDokumenLkjip: writes the self-test report into a real Doc (every request kind), reads it back
// with documents.get and logs PASS/FAIL per property. Run it from the Apps Script editor after
// `npm run push`; the tests run the same function against the emulator.
import { pageSetup } from '../core/docs/page-setup';
import { planReport } from '../core/docs/requests';
import { checkDocument, selfTestBlocks } from '../core/docs/self-test';
import { readBack, writeReport } from './write-doc';

interface SelfTestResult {
  url: string;
  lulus: number;
  gagal: number;
  baris: string[];
}

export function ujiDokumenLkjip(): SelfTestResult {
  const { setup } = pageSetup({}, 'Kecamatan Contoh – Uji Dokumen');
  const blocks = selfTestBlocks();
  const doc = writeReport({ title: 'Uji Dokumen LKjIP', blocks }, 'Uji Dokumen LKjIP', setup);
  const checks = checkDocument(planReport(blocks, setup), readBack((Docs as GoogleAppsScript.Docs).Documents, doc.id));
  const baris = checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
  for (const line of baris) console.log(line);
  const gagal = checks.filter((c) => !c.pass).length;
  console.log(`${checks.length - gagal} lulus, ${gagal} gagal — ${doc.url}`);
  return { url: doc.url, lulus: checks.length - gagal, gagal, baris };
}
