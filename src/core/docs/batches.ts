/**
 * Limits of one documents.batchUpdate, as this add-on keeps them. Google documents a 10 MB request
 * body; third-party clients report a cap of 500 requests per batchUpdate. Nobody here can try a
 * real account, so every batch stays within both of the safer bounds below (the self-test
 * `ujiDokumenLkjip` sends 501 requests once and logs whether Google accepted them). Requests are
 * applied in order, batch after batch, so splitting a list never changes what it does.
 */

/** Requests per batchUpdate. */
export const MAX_BATCH_REQUESTS = 500;
/** UTF-8 bytes of one batchUpdate body (`{"requests":[…]}`). */
export const MAX_BATCH_BYTES = 2_000_000;

/** UTF-8 length of a string (Apps Script has no TextEncoder). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The body bytes of a batch of these requests. */
export function batchBytes(requests: readonly unknown[]): number {
  return utf8Length(JSON.stringify({ requests }));
}

/**
 * Consecutive batches of at most MAX_BATCH_REQUESTS requests and MAX_BATCH_BYTES bytes, in order,
 * each as soon as it is full: the requests are taken one by one as they are built, so only one
 * batch of a long fill is held at a time. A single request larger than the byte limit is an error
 * (no request here comes near it).
 */
export function* toBatches<T>(requests: Iterable<T>): Generator<T[]> {
  // `{"requests":[` … `]}` plus one comma per request after the first.
  const frame = utf8Length('{"requests":[]}');
  let current: T[] = [];
  let bytes = frame;
  for (const r of requests) {
    const size = utf8Length(JSON.stringify(r));
    if (frame + size > MAX_BATCH_BYTES) throw new Error(`Satu permintaan Docs berukuran ${size} bita, di atas batas.`);
    const extra = size + (current.length > 0 ? 1 : 0);
    if (current.length >= MAX_BATCH_REQUESTS || bytes + extra > MAX_BATCH_BYTES) {
      yield current;
      current = [];
      bytes = frame;
    }
    bytes += size + (current.length > 0 ? 1 : 0);
    current.push(r);
  }
  if (current.length > 0) yield current;
}
