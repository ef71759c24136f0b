import type { Claim } from './claims';

/**
 * The report as plain data: what `buildReport` produces and `src/gas/write-doc.ts` writes into a
 * Google Doc (or a local tool renders). Every cell and number is already a formatted string.
 * Paragraphs and lists carry the claims they state (claims.ts); the writers ignore them.
 */

/** 0 = the cover title, 1 = chapter (BAB), 2 = section (1.1), 3 = sub-section (3.1.2). */
type HeadingLevel = 0 | 1 | 2 | 3;

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /**
   * `signature`: a line of a signature block, centred within the right half of the text width, as
   * the Tata Naskah Dinas places the block (place and date, jabatan, name, pangkat, NIP).
   */
  align?: 'center' | 'right' | 'justify' | 'signature';
  bold?: boolean;
  /** Extra space above, in points (the room for a signature). */
  spaceBefore?: number;
  /** Printed on the page of the next paragraph (the lines of one signature block stay together). */
  keepWithNext?: boolean;
  /** The statements of fact it makes, each with its words (claims.ts). */
  claims?: Claim[];
  /** Text the office typed (a Narasi part, an IKU Analisis or Solusi cell), printed as written. */
  fromOffice?: true;
}

export interface ListBlock {
  type: 'list';
  items: string[];
  /** Numbered (1., 2., ...) rather than bulleted. */
  ordered?: boolean;
  /** The statements of fact its items make, each with its words (in one item). */
  claims?: Claim[];
  /** Items the office typed (Narasi, IKU Analisis/Solusi), printed as written. */
  fromOffice?: true;
}

export type ColumnAlign = 'left' | 'right' | 'center';

export interface TableBlock {
  type: 'table';
  /** `Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023`; "" for none (a form's table). */
  caption: string;
  /** One header row. */
  header: string[];
  rows: string[][];
  /** Per column; `right` marks a numeric column. */
  align: ColumnAlign[];
  /** The last row is a total (printed bold). */
  totalRow?: boolean;
  /** Other rows printed bold (sub-totals), as indexes into `rows`. */
  boldRows?: number[];
  /** A source or note printed under the table. */
  note?: string;
  /** Printed in a landscape section of its own (a wide table such as the DPA detail). */
  landscape?: boolean;
  /** Cells merged into one, in `rows` coordinates (a group's name spanning the rows of its group). */
  merges?: { row: number; col: number; rowSpan: number; colSpan: number }[];
}

interface PageBreakBlock {
  type: 'pagebreak';
}

/** A picture from a public URL (inserted with the Docs API's insertInlineImage), centred, its caption under it. */
export interface ImageBlock {
  type: 'image';
  url: string;
  caption: string;
}

/** One line of a signature block. */
export interface SignatureLine {
  text: string;
  bold?: boolean;
  /** Extra space above, in points (the room for a signature). */
  spaceBefore?: number;
}

/**
 * Blocks of lines side by side, by default one per equal share of the text width, each block's
 * lines centred on each other (the two parties of a Perjanjian Kinerja: PIHAK KEDUA left, PIHAK
 * PERTAMA right). Printed as a borderless table of one row, kept whole on one page. With `align:
 * 'left'` and `shares` it lays out a party's `Nama : …` / `Jabatan : …` with the colons aligned.
 */
interface SignaturesBlock {
  type: 'signatures';
  /** Left to right; each block's lines top to bottom. */
  columns: SignatureLine[][];
  /** Lines from the column's left edge instead of centred. */
  align?: 'left';
  /** Relative column widths (`[16, 3, 81]`); equal when absent. */
  shares?: number[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | PageBreakBlock
  | ImageBlock
  | SignaturesBlock;

export interface ReportDocument {
  title: string;
  blocks: Block[];
  /** For the panel and Riwayat, not printed: why the report took its compact form (report-size.ts). */
  catatan?: string[];
}

export interface BuildOptions {
  /** When the report is generated; the signing date when Profil has no `Tanggal`. */
  generatedAt?: Date;
  /**
   * Today's calendar date in the spreadsheet's time zone (`2024-02-01`), computed by the adapter with
   * Utilities.formatDate; without it, generatedAt's date in WIB.
   */
  hariIni?: string;
  /** Public image URL of the pemda's logo (Profil `Logo (URL)`), shown on the cover. */
  logoUrl?: string;
  /**
   * BAB III (and the parts that summarise it) in the compact form (`true`) or the full one
   * (`false`); by default the full form unless it would be longer than FULL_FORM_MAX_CHARS
   * (report-size.ts).
   */
  ringkas?: boolean;
}
