/**
 * The part of the Docs API `Document` resource (documents.get) that core reads back, typed here so
 * core needs no Apps Script types. Field names and nesting are the API's
 * (developers.google.com/docs/api/reference/rest/v1/documents); everything is optional, as there.
 */
interface Dimension {
  magnitude?: number;
  unit?: string;
}

interface TextRun {
  content?: string;
  textStyle?: { link?: { headingId?: string; url?: string } };
}

interface ParagraphElement {
  startIndex?: number;
  endIndex?: number;
  textRun?: TextRun;
  inlineObjectElement?: { inlineObjectId?: string };
}

interface Paragraph {
  elements?: ParagraphElement[];
  bullet?: { listId?: string; nestingLevel?: number };
  paragraphStyle?: {
    namedStyleType?: string;
    alignment?: string;
    headingId?: string;
    indentStart?: Dimension;
    keepWithNext?: boolean;
  };
}

interface TableCellBorder {
  width?: Dimension;
}

interface TableCell {
  startIndex?: number;
  endIndex?: number;
  content?: StructuralElement[];
  tableCellStyle?: {
    rowSpan?: number;
    columnSpan?: number;
    backgroundColor?: { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } };
    borderTop?: TableCellBorder;
    borderBottom?: TableCellBorder;
    borderLeft?: TableCellBorder;
    borderRight?: TableCellBorder;
  };
}

interface TableRow {
  startIndex?: number;
  endIndex?: number;
  tableCells?: TableCell[];
  tableRowStyle?: { tableHeader?: boolean; preventOverflow?: boolean };
}

export interface Table {
  rows?: number;
  columns?: number;
  tableRows?: TableRow[];
  tableStyle?: { tableColumnProperties?: { widthType?: string; width?: Dimension }[] };
}

export interface StructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: Paragraph;
  table?: Table;
  sectionBreak?: { sectionStyle?: { flipPageOrientation?: boolean } };
}

export interface SchemaDocument {
  documentId?: string;
  body?: { content?: StructuralElement[] };
  documentStyle?: {
    pageSize?: { width?: Dimension; height?: Dimension };
    marginTop?: Dimension;
    marginBottom?: Dimension;
    marginLeft?: Dimension;
    marginRight?: Dimension;
    defaultFooterId?: string;
    documentFormat?: { documentMode?: string };
  };
  footers?: Record<string, { content?: StructuralElement[] }>;
  inlineObjects?: Record<string, unknown>;
}
