// Writes a ReportDocument into a new Google Doc with the Docs advanced service alone (no
// DocumentApp, so no `documents` scope); the requests and their order are src/core/docs. The Doc
// is created named "[BELUM LENGKAP] …" and renamed with the Drive advanced service (drive.file
// covers a file the add-on created) only once it is complete: a run stopped part-way (an error,
// Apps Script's time limit) never leaves a Doc that looks finished.
import type { SchemaDocument } from '../core/docs/docs-schema';
import type { PageSetup } from '../core/docs/page-setup';
import { planReport } from '../core/docs/requests';
import { type DocsPort, incompleteName, writeDocument } from '../core/docs/write-document';
import { InputError } from '../core/input-error';
import type { ReportDocument } from '../core/report/report-types';

export interface WrittenDoc {
  id: string;
  url: string;
  name: string;
  tables: number;
  /** Indonesian notes for the panel and Riwayat (an image left out, the page mode, the name). */
  notes: string[];
}

type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;

function docsService(): Documents {
  if (typeof Docs === 'undefined' || !Docs || !Docs.Documents) {
    throw new InputError(
      'layanan lanjutan Google Docs API belum aktif untuk skrip ini (di editor Apps Script: Layanan → Google Docs API)',
    );
  }
  return Docs.Documents;
}

export function docsPort(docs: Documents = docsService()): DocsPort {
  return {
    create: (title) => docs.create({ title }),
    get: (id, fields) => (fields ? docs.get(id, { fields }) : docs.get(id)) as SchemaDocument,
    batchUpdate: (id, requests) =>
      docs.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, id),
  };
}

interface DriveFiles {
  update(resource: { name?: string; trashed?: boolean }, fileId: string): unknown;
}

/** Drive.Files (v3), or null when the advanced service is not enabled. */
export function driveFiles(): DriveFiles | null {
  if (typeof Drive === 'undefined' || !Drive) return null;
  return (Drive as unknown as { Files?: DriveFiles }).Files ?? null;
}

/** `onCreated` hears of the new Doc at once, so a failure later on can say what was left behind. */
export function writeReport(
  report: ReportDocument,
  name: string,
  setup: PageSetup,
  onCreated?: (doc: { id: string; url: string; name: string }) => void,
): WrittenDoc {
  const plan = planReport(report.blocks, setup);
  const unfinished = incompleteName(name);
  const urlOf = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
  const written = writeDocument(docsPort(), plan, unfinished, (id) =>
    onCreated?.({ id, url: urlOf(id), name: unfinished }),
  );
  const notes = written.notes;
  let finalName = name;
  try {
    const files = driveFiles();
    if (!files) throw new Error('Drive API tidak aktif');
    files.update({ name }, written.id);
  } catch (e) {
    console.error(e);
    finalName = unfinished;
    notes.push(
      `Laporan sudah lengkap, tetapi namanya belum dapat diubah dari "${unfinished}". Hapus awalan [BELUM LENGKAP] dari nama dokumen di Google Drive.`,
    );
  }
  const tables = plan.elements.filter((e) => e.kind === 'table').length;
  return { id: written.id, url: urlOf(written.id), name: finalName, tables, notes };
}
