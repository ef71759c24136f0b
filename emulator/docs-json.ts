/** A document model as `documents.get` returns it (the Docs API v1 JSON). */
import { charStyles, type DocModel, OBJECT_CHAR, type Para, type Style } from './document-model.ts';

type SchemaDocument = GoogleAppsScript.Docs.Schema.Document;
type Json = Record<string, unknown>;

function sameStyle(a: Style, b: Style): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function paragraphJson(p: Para, start: number): Json {
  const styles = charStyles(p);
  const elements: Json[] = [];
  let i = 0;
  let obj = 0;
  while (i < p.text.length) {
    if (p.text[i] === OBJECT_CHAR) {
      elements.push({
        startIndex: start + i,
        endIndex: start + i + 1,
        inlineObjectElement: { inlineObjectId: p.objects[obj++], textStyle: { ...styles[i] } },
      });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.text.length && p.text[j] !== OBJECT_CHAR && sameStyle(styles[j], styles[i])) j++;
    elements.push({
      startIndex: start + i,
      endIndex: start + j,
      textRun: { content: p.text.slice(i, j), textStyle: { ...styles[i] } },
    });
    i = j;
  }
  const paragraph: Json = { elements, paragraphStyle: { namedStyleType: 'NORMAL_TEXT', ...p.style } };
  if (p.bullet) paragraph.bullet = { ...p.bullet };
  return { startIndex: start, endIndex: start + p.text.length, paragraph };
}

function contentJson(content: Para[], start: number): { json: Json[]; end: number } {
  let pos = start;
  const json = content.map((p) => {
    const j = paragraphJson(p, pos);
    pos += p.text.length;
    return j;
  });
  return { json, end: pos };
}

export function documentJson(doc: DocModel): SchemaDocument {
  const content: Json[] = [];
  let pos = 0;
  for (const el of doc.body) {
    if (el.kind === 'paragraph') {
      content.push(paragraphJson(el, pos));
      pos += el.text.length;
    } else if (el.kind === 'sectionBreak') {
      const json: Json = { endIndex: pos + 1, sectionBreak: { sectionStyle: { ...el.style } } };
      if (pos > 0) json.startIndex = pos;
      content.push(json);
      pos += 1;
    } else {
      const tableStart = pos;
      pos += 1;
      const tableRows = el.rows.map((row) => {
        const rowStart = pos;
        pos += 1;
        const tableCells = row.cells.map((cell) => {
          const cellStart = pos;
          pos += 1;
          const { json, end } = contentJson(cell.content, pos);
          pos = end;
          return {
            startIndex: cellStart,
            endIndex: pos,
            content: json,
            tableCellStyle: {
              rowSpan: cell.span?.rows ?? 1,
              columnSpan: cell.span?.columns ?? 1,
              ...cell.style,
            },
          };
        });
        return { startIndex: rowStart, endIndex: pos, tableCells, tableRowStyle: { ...row.style } };
      });
      content.push({
        startIndex: tableStart,
        endIndex: pos,
        table: {
          rows: el.rows.length,
          columns: el.columns.length,
          tableRows,
          tableStyle: { tableColumnProperties: el.columns.map((c) => ({ ...c })) },
        },
      });
    }
  }
  const footers: Json = {};
  for (const [footerId, f] of Object.entries(doc.footers)) {
    footers[footerId] = { footerId, content: contentJson(f.content, 0).json };
  }
  const lists: Json = {};
  for (const [id, l] of Object.entries(doc.lists)) {
    lists[id] = {
      listProperties: {
        nestingLevels: [
          l.ordered ? { glyphType: 'DECIMAL', glyphFormat: '%0.' } : { glyphSymbol: '●', glyphFormat: '%0' },
        ],
      },
    };
  }
  const inlineObjects: Json = {};
  for (const [objectId, o] of Object.entries(doc.inlineObjects)) {
    inlineObjects[objectId] = {
      objectId,
      inlineObjectProperties: {
        embeddedObject: {
          imageProperties: { contentUri: o.uri, sourceUri: o.uri },
          size: { width: { magnitude: o.width, unit: 'PT' }, height: { magnitude: o.height, unit: 'PT' } },
        },
      },
    };
  }
  return {
    documentId: doc.id,
    title: doc.title,
    body: { content },
    footers,
    documentStyle: structuredClone(doc.documentStyle),
    lists,
    inlineObjects,
  } as SchemaDocument;
}
