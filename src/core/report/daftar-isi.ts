import type { Block, HeadingBlock, TableBlock } from './report-types';

const JUDUL_DAFTAR_ISI = 'DAFTAR ISI';

/**
 * Daftar Isi from the headings actually produced: each chapter (level 1) in bold, its sections
 * (level 2) listed under it. Page numbers are left to the reader's word processor.
 */
export function daftarIsiBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [{ type: 'heading', level: 1, text: JUDUL_DAFTAR_ISI }];
  let sections: string[] = [];
  const flush = () => {
    if (sections.length > 0) out.push({ type: 'list', items: sections });
    sections = [];
  };
  const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  for (const h of headings) {
    if (h.level === 1) {
      flush();
      out.push({ type: 'paragraph', text: h.text, bold: true });
    } else if (h.level === 2) {
      sections.push(h.text);
    }
  }
  flush();
  out.push({ type: 'pagebreak' });
  return out;
}

const JUDUL_DAFTAR_TABEL = 'DAFTAR TABEL';

/** Daftar Tabel: every table caption in order (none when the report has no table). */
export function daftarTabelBlocks(blocks: Block[]): Block[] {
  const captions = blocks.filter((b): b is TableBlock => b.type === 'table').map((t) => t.caption);
  if (captions.length === 0) return [];
  return [
    { type: 'heading', level: 1, text: JUDUL_DAFTAR_TABEL },
    ...captions.map((text): Block => ({ type: 'paragraph', text })),
    { type: 'pagebreak' },
  ];
}
