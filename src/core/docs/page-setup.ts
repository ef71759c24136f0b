/**
 * Page setup of the report: paper, margins, body font. The defaults follow the Tata Naskah Dinas
 * rules pemda apply to their naskah dinas (pedoman tata naskah dinas, bagian "Ruang Tepi (Margin)"
 * and "Bentuk Huruf": huruf Arial 12, spasi 1,5; ruang tepi atas 2,5 cm, bawah 3 cm, kiri 3 cm,
 * kanan 2,5 cm, "bersifat fleksibel"), on A4 paper; each pemda's own rule is typed in Profil
 * (`Ukuran Kertas`, `Margin (cm)`, `Huruf`).
 */

import { imageUrlProblem } from './image-url';

export type Paper = 'A4' | 'F4' | 'Letter';

/** Paper sizes in points (1 mm = 72 / 25,4 pt). A4 210 × 297 mm, F4 (folio) 215 × 330 mm, Letter 8,5 × 11 in. */
export const PAPER_PT: Record<Paper, { width: number; height: number }> = {
  A4: { width: mm(210), height: mm(297) },
  F4: { width: mm(215), height: mm(330) },
  Letter: { width: 612, height: 792 },
};

const FONTS = ['Arial', 'Bookman Old Style', 'Times New Roman'] as const;
type Font = (typeof FONTS)[number];

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageSetup {
  paper: Paper;
  /** Portrait page, points. */
  width: number;
  height: number;
  /** Points. */
  margins: Margins;
  font: Font;
  /** Body text size, points. */
  fontSize: number;
  /** Table text size, points (9–10). */
  tableFontSize: number;
  /** Percent: 150 = 1,5 lines. */
  lineSpacing: number;
  /** Footer text (instansi and year), printed on every page after the cover; empty for none. */
  footer: string;
  /** Public image URL of the pemda's logo for the cover, or ''. */
  logoUrl: string;
}

function mm(n: number): number {
  return Math.round(((n * 72) / 25.4) * 100) / 100;
}

export function cm(n: number): number {
  return mm(n * 10);
}

/** Tata naskah dinas ruang tepi: atas 2,5 cm, bawah 3 cm, kiri 3 cm, kanan 2,5 cm. */
const DEFAULT_MARGINS_CM = { top: 2.5, bottom: 3, left: 3, right: 2.5 };

/** What Profil says about the page (raw text; '' when the key is absent). */
export interface PageProfile {
  ukuranKertas: string;
  margin: string;
  huruf: string;
  logoUrl: string;
}

export interface PageSetupResult {
  setup: PageSetup;
  /** Indonesian notes for values that could not be used (the default was used instead). */
  problems: string[];
}

function paperOf(text: string): Paper | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === '') return 'A4';
  if (t === 'a4') return 'A4';
  if (t === 'f4' || t === 'folio' || t === 'legal-folio') return 'F4';
  if (t === 'letter' || t === 'kuarto' || t === 'quarto') return 'Letter';
  return null;
}

/** `3` (every side) or `atas; bawah; kiri; kanan` in cm, decimal comma allowed (`2,5`). */
export function parseMargins(text: string): Margins | null {
  const parts = text
    .trim()
    .split(/\s*[;/|]\s*|\s+/)
    .filter((p) => p !== '');
  if (parts.length !== 1 && parts.length !== 4) return null;
  const nums = parts.map((p) => (/^\d+([.,]\d+)?$/.test(p) ? Number(p.replace(',', '.')) : Number.NaN));
  if (nums.some((n) => !Number.isFinite(n) || n < 0.5 || n > 6)) return null;
  const [top, bottom, left, right] = nums.length === 1 ? [nums[0], nums[0], nums[0], nums[0]] : nums;
  return { top: cm(top), bottom: cm(bottom), left: cm(left), right: cm(right) };
}

function fontOf(text: string): Font | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return 'Arial';
  return FONTS.find((f) => f.toLowerCase() === t) ?? null;
}

export function pageSetup(profile: Partial<PageProfile> = {}, footer = ''): PageSetupResult {
  const problems: string[] = [];
  const paperText = profile.ukuranKertas ?? '';
  let paper = paperOf(paperText);
  if (!paper) {
    problems.push(`Ukuran Kertas "${paperText}" tidak dikenal; dipakai A4. Isi A4, F4 atau Letter.`);
    paper = 'A4';
  }
  const marginText = (profile.margin ?? '').trim();
  let margins = marginText === '' ? null : parseMargins(marginText);
  if (marginText !== '' && !margins) {
    problems.push(
      `Margin (cm) "${marginText}" tidak terbaca; dipakai 2,5; 3; 3; 2,5. Isi satu angka atau empat angka atas; bawah; kiri; kanan, mis. 2,5; 3; 3; 2,5.`,
    );
  }
  margins ??= {
    top: cm(DEFAULT_MARGINS_CM.top),
    bottom: cm(DEFAULT_MARGINS_CM.bottom),
    left: cm(DEFAULT_MARGINS_CM.left),
    right: cm(DEFAULT_MARGINS_CM.right),
  };
  const hurufText = profile.huruf ?? '';
  let font = fontOf(hurufText);
  if (!font) {
    problems.push(
      `Huruf "${hurufText}" tidak tersedia; dipakai Arial. Pilih Arial, Bookman Old Style atau Times New Roman.`,
    );
    font = 'Arial';
  }
  const logo = (profile.logoUrl ?? '').trim();
  let logoUrl = '';
  if (logo !== '') {
    const problem = imageUrlProblem(logo);
    if (problem === null) logoUrl = logo;
    else problems.push(`Logo (URL) tidak dipasang: ${problem}`);
  }
  const size = PAPER_PT[paper];
  return {
    setup: {
      paper,
      width: size.width,
      height: size.height,
      margins,
      font,
      fontSize: 12,
      tableFontSize: 9,
      lineSpacing: 150,
      footer,
      logoUrl,
    },
    problems,
  };
}

/** Text width of a portrait (or landscape) page, points. */
export function textWidth(setup: PageSetup, landscape = false): number {
  const w = landscape ? setup.height : setup.width;
  return w - setup.margins.left - setup.margins.right;
}
