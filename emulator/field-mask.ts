/**
 * The `fields` system parameter of a Google API read (a partial response), as `documents.get`
 * takes it: `Docs.Documents.get(id, { fields: 'title,body.content(startIndex,paragraph)' })`.
 * developers.google.com/docs/api/how-tos/field-masks: fields comma-separated, subfields
 * dot-separated (`/` is the older partial-response spelling of the same), several subfields of
 * one field in parentheses, names in camelCase or separated_by_underscores. What is not selected
 * is left out; an element of a repeated field with nothing selected stays as `{}` (the page's
 * example answers `"content": [{}, {"paragraph": …}]`), and a message field that is set stays,
 * even when none of its selected subfields is.
 *
 * A name the resource does not have is refused as Google's API front end refuses it (a 400:
 * "Error expanding 'fields' parameter. Cannot find matching fields for path '…'.", the text a
 * mask with a stray space also gets). Names are checked down the structure a document's body is
 * made of; below a style, a map (`footers`, `lists`) or a type not listed here they are not.
 */

/** Selected subfields by name; `true`: the whole field. */
export type Mask = Map<string, Mask | true>;

/** A field of a message: a scalar, a message type named in SCHEMA, or one whose fields are not checked. */
type FieldType = string;

const s = 'scalar' as const;
const u = 'unchecked' as const;
const SUGGESTED = { suggestedInsertionIds: s, suggestedDeletionIds: s };

/** The Document resource of the Docs API v1 (documents#Document), as far as a body is made of it. */
const SCHEMA: Record<string, Record<string, FieldType>> = {
  Document: {
    documentId: s,
    title: s,
    tabs: u,
    revisionId: s,
    suggestionsViewMode: s,
    body: 'Body',
    headers: u,
    footers: u,
    footnotes: u,
    documentStyle: u,
    suggestedDocumentStyleChanges: u,
    namedStyles: u,
    suggestedNamedStylesChanges: u,
    lists: u,
    namedRanges: u,
    inlineObjects: u,
    positionedObjects: u,
  },
  Body: { content: 'StructuralElement' },
  StructuralElement: {
    startIndex: s,
    endIndex: s,
    paragraph: 'Paragraph',
    sectionBreak: 'SectionBreak',
    table: 'Table',
    tableOfContents: 'TableOfContents',
  },
  Paragraph: {
    elements: 'ParagraphElement',
    paragraphStyle: 'ParagraphStyle',
    suggestedParagraphStyleChanges: u,
    bullet: u,
    suggestedBulletChanges: u,
    positionedObjectIds: s,
    suggestedPositionedObjectIds: u,
  },
  ParagraphElement: {
    startIndex: s,
    endIndex: s,
    textRun: 'TextRun',
    autoText: u,
    pageBreak: u,
    columnBreak: u,
    footnoteReference: u,
    horizontalRule: u,
    equation: u,
    inlineObjectElement: 'InlineObjectElement',
    person: u,
    richLink: u,
    dateElement: u,
  },
  TextRun: { content: s, textStyle: u, suggestedTextStyleChanges: u, ...SUGGESTED },
  InlineObjectElement: { inlineObjectId: s, textStyle: u, suggestedTextStyleChanges: u, ...SUGGESTED },
  ParagraphStyle: {
    headingId: s,
    namedStyleType: s,
    alignment: s,
    lineSpacing: s,
    direction: s,
    spacingMode: s,
    spaceAbove: u,
    spaceBelow: u,
    borderBetween: u,
    borderTop: u,
    borderBottom: u,
    borderLeft: u,
    borderRight: u,
    indentFirstLine: u,
    indentStart: u,
    indentEnd: u,
    tabStops: u,
    keepLinesTogether: s,
    keepWithNext: s,
    avoidWidowAndOrphan: s,
    shading: u,
    pageBreakBefore: s,
  },
  SectionBreak: { sectionStyle: u, ...SUGGESTED },
  Table: { rows: s, columns: s, tableRows: 'TableRow', tableStyle: u, ...SUGGESTED },
  TableRow: {
    startIndex: s,
    endIndex: s,
    tableCells: 'TableCell',
    tableRowStyle: u,
    suggestedTableRowStyleChanges: u,
    ...SUGGESTED,
  },
  TableCell: {
    startIndex: s,
    endIndex: s,
    content: 'StructuralElement',
    tableCellStyle: u,
    suggestedTableCellStyleChanges: u,
    ...SUGGESTED,
  },
  TableOfContents: { content: 'StructuralElement', ...SUGGESTED },
};

export class FieldMaskError extends Error {}

/** An own field (a name like `constructor` is no field of a resource). */
const has = (o: object, key: string) => Object.getOwnPropertyDescriptor(o, key) !== undefined;

function notFound(path: string): never {
  throw new FieldMaskError(`Error expanding 'fields' parameter. Cannot find matching fields for path '${path}'.`);
}

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Adds `path` (`a.b.c`), ending in `leaf`, to `mask`; a field selected whole stays whole. */
function add(mask: Mask, path: string[], leaf: Mask | true): void {
  const [head, ...rest] = path;
  const had = mask.get(head);
  if (had === true) return;
  if (rest.length === 0) {
    if (leaf === true || had === undefined) mask.set(head, leaf);
    else for (const [k, v] of leaf) add(had, [k], v);
    return;
  }
  const next: Mask = had ?? new Map();
  mask.set(head, next);
  add(next, rest, leaf);
}

/** Parses a fields parameter; a malformed one (a stray space, unbalanced parentheses) is refused. */
function parseFieldMask(text: string): Mask {
  let i = 0;
  const list = (closing: boolean): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const start = i;
      while (i < text.length && !',()'.includes(text[i])) i++;
      const path = text.slice(start, i);
      if (!/^(?:\*|[A-Za-z_][A-Za-z0-9_]*)(?:[./](?:\*|[A-Za-z_][A-Za-z0-9_]*))*$/.test(path)) notFound(path);
      let leaf: Mask | true = true;
      if (text[i] === '(') {
        i++;
        leaf = list(true);
        if (text[i] !== ')') notFound(text.slice(start));
        i++;
      }
      add(mask, path.split(/[./]/).map(camel), leaf);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (closing ? text[i] === ')' : i === text.length) return mask;
      notFound(text.slice(start));
    }
  };
  return list(false);
}

/** Every name of `mask` is a field of `type` (down to the types whose fields are not checked). */
function check(mask: Mask, type: FieldType, path: string): void {
  if (type === 'unchecked') return;
  for (const [name, sub] of mask) {
    const at = path ? `${path}.${name}` : name;
    const fields = SCHEMA[type];
    if (!fields) notFound(at); // below a scalar
    if (name === '*') {
      if (sub !== true) for (const t of Object.values(fields)) check(sub, t, at);
      continue;
    }
    const t = has(fields, name) ? fields[name] : undefined;
    if (t === undefined) notFound(at);
    if (sub !== true) check(sub, t, at);
  }
}

/** The fields parameter of a documents.get, checked against the Document resource. */
export function documentMask(fields: unknown): Mask {
  if (typeof fields !== 'string') notFound(String(fields));
  const mask = parseFieldMask(fields);
  check(mask, 'Document', '');
  return mask;
}

/** The part of `value` that `mask` selects. */
export function applyMask(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    const keys = name === '*' ? Object.keys(source) : has(source, name) ? [name] : [];
    for (const k of keys) out[k] = sub === true ? source[k] : applyMask(source[k], sub);
  }
  return out;
}
