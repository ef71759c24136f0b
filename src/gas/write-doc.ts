// Writes a ReportDocument into a new Google Doc with the Docs advanced service alone (no
// DocumentApp, so no `documents` scope): create, one skeleton batchUpdate, get, the fill
// batchUpdate(s), get, one link batchUpdate. The requests are built in src/core/docs.
import type { SchemaDocument } from '../core/docs/docs-schema';
import type { PageSetup } from '../core/docs/page-setup';
import {
  chunk,
  type DocsRequest,
  fillRequests,
  linkRequests,
  planReport,
  skeletonRequests,
} from '../core/docs/requests';
import { InputError } from '../core/input-error';
import type { ReportDocument } from '../core/report/report-types';

export interface WrittenDoc {
  id: string;
  url: string;
  name: string;
  tables: number;
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

/** documents.get, as the subset of the Document resource core reads (src/core/docs/docs-schema.ts). */
export function readBack(docs: Documents, id: string): SchemaDocument {
  return docs.get(id) as SchemaDocument;
}

type Reply = { createFooter?: { footerId?: string } };

function send(docs: Documents, id: string, requests: DocsRequest[]): Reply[] {
  const replies: Reply[] = [];
  for (const part of chunk(requests)) {
    const res = docs.batchUpdate({ requests: part as GoogleAppsScript.Docs.Schema.Request[] }, id);
    replies.push(...((res.replies ?? []) as Reply[]));
  }
  return replies;
}

/** `onCreated` hears of the new Doc at once, so a failure later on can say what was left behind. */
export function writeReport(
  report: ReportDocument,
  name: string,
  setup: PageSetup,
  onCreated?: (doc: { id: string; url: string }) => void,
): WrittenDoc {
  const docs = docsService();
  const created = docs.create({ title: name });
  const id = created.documentId ?? '';
  const url = `https://docs.google.com/document/d/${id}/edit`;
  onCreated?.({ id, url });
  const plan = planReport(report.blocks, setup);
  const replies = send(docs, id, skeletonRequests(plan));
  const footerId = replies.map((r) => r.createFooter?.footerId).find((f) => f) ?? '';
  send(docs, id, fillRequests(plan, readBack(docs, id), footerId));
  const links = linkRequests(plan, readBack(docs, id));
  if (links.length > 0) send(docs, id, links);
  const tables = plan.elements.filter((e) => e.kind === 'table').length;
  return { id, url, name, tables };
}
