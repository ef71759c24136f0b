/**
 * Writes a planned report into a new Google Doc through the Docs API (the port below: the Docs
 * advanced service in Apps Script, the emulator in tests): create, skeleton, get, fill, get,
 * links with the images. Every batch is cut to the limits in batches.ts. Two things may be refused by
 * Google without spoiling the report: the page mode (an API without documentFormat) and an image
 * (not public, too large, a format Google cannot read). Each is then left out, and a note says so.
 */
import { toBatches } from './batches';
import type { SchemaDocument } from './docs-schema';
import {
  type DocPlan,
  type DocsRequest,
  FILL_FIELDS,
  fillRequests,
  LINK_FIELDS,
  imageRequest,
  linkRequests,
  PAGE_MODE_REQUEST,
  placedImages,
  removeImageRequests,
  skeletonRequests,
} from './requests';

export interface DocsPort {
  create(title: string): { documentId?: string };
  /** documents.get; `fields`, when given, the partial response asked for (requests.ts says what each step reads). */
  get(documentId: string, fields?: string): SchemaDocument;
  batchUpdate(documentId: string, requests: DocsRequest[]): { replies?: unknown[] };
}

export interface WrittenDocument {
  id: string;
  /** What the user should know about the Doc (an image left out, the page mode not set); Indonesian. */
  notes: string[];
}

type Reply = { createFooter?: { footerId?: string } };

/** The requests in batches, each sent as soon as it is full; the replies of all of them when asked for. */
function send(docs: DocsPort, id: string, requests: Iterable<DocsRequest>, keepReplies = false): Reply[] {
  const replies: Reply[] = [];
  for (const batch of toBatches(requests)) {
    const answer = docs.batchUpdate(id, batch);
    if (keepReplies) for (const r of answer.replies ?? []) replies.push(r as Reply);
  }
  return replies;
}

/** An error's message (duck-typed: an error may come from another realm, as the service's do). */
export function messageOf(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(e);
}

/**
 * The skeleton with the page-mode request first. Refused as a whole (a batch is atomic) when the
 * API does not know documentFormat: the same batch then goes again without it.
 */
function sendSkeleton(docs: DocsPort, id: string, plan: DocPlan, notes: string[]): Reply[] {
  const skeleton = skeletonRequests(plan);
  try {
    return send(docs, id, [PAGE_MODE_REQUEST].concat(skeleton), true);
  } catch (e) {
    if (!/requests\[0\]|documentFormat|documentMode/.test(messageOf(e))) throw e;
    notes.push(
      'Mode halaman tidak dapat diatur otomatis. Bila dokumen tampil tanpa batas halaman, buka File → Penyiapan halaman, pilih Halaman, lalu OK.',
    );
    return send(docs, id, skeleton, true);
  }
}

/**
 * The Daftar Isi links and the images (last first), in one batch. When Google refuses it (an
 * image it cannot fetch; the batch changed nothing), the links go again alone and each image alone,
 * and each image refused is taken out of the report with its caption.
 */
function sendLinksAndImages(docs: DocsPort, id: string, plan: DocPlan, doc: SchemaDocument, notes: string[]): void {
  const links = linkRequests(plan, doc);
  const images = placedImages(plan, doc);
  const all = links.concat(images.map(imageRequest));
  if (all.length === 0) return;
  try {
    send(docs, id, all);
    return;
  } catch (e) {
    if (images.length === 0) throw e;
  }
  // Setting a link twice is harmless, should an earlier part of the batches have gone in.
  if (links.length > 0) send(docs, id, links);
  for (const image of images) {
    try {
      send(docs, id, [imageRequest(image)]);
    } catch {
      send(docs, id, removeImageRequests(image));
      const what = image.caption
        ? `${image.caption.split(/\s+/).slice(0, 2).join(' ')} (${image.url})`
        : `Logo (${image.url})`;
      notes.push(
        `${what} tidak dapat dimuat Google Dokumen, sehingga laporan disusun tanpa gambar itu. Pastikan alamatnya gambar PNG/JPG/GIF yang dapat dibuka siapa saja tanpa masuk akun, lalu susun ulang.`,
      );
    }
  }
}

/** The name a Doc carries until it is complete: a failure part-way leaves it saying so. */
export function incompleteName(name: string): string {
  return `[BELUM LENGKAP] ${name}`;
}

/** `onCreated` hears of the new Doc at once, so a failure later on can say what was left behind. */
export function writeDocument(
  docs: DocsPort,
  plan: DocPlan,
  title: string,
  onCreated?: (id: string) => void,
): WrittenDocument {
  const id = docs.create(title).documentId ?? '';
  onCreated?.(id);
  const notes: string[] = [];
  const replies = sendSkeleton(docs, id, plan, notes);
  const footerId = replies.map((r) => r.createFooter?.footerId).find((f) => f) ?? '';
  send(docs, id, fillRequests(plan, docs.get(id, FILL_FIELDS), footerId));
  sendLinksAndImages(docs, id, plan, docs.get(id, LINK_FIELDS), notes);
  return { id, notes };
}
