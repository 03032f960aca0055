/**
 * Page and type settings after Decree 30/2020/NĐ-CP, Appendix I (../shared/domain/README.md §4).
 * OOXML units: twips (1/20 pt, 1440 per inch) for lengths, half-points for font sizes.
 */

/** Millimetres to twips, rounded up so a margin is never below its minimum. */
export function mmToTwips(mm: number): number {
  return Math.ceil((mm * 1440) / 25.4 - 1e-9);
}

export function twipsToMm(twips: number): number {
  return (twips * 25.4) / 1440;
}

/** A4 portrait, 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * Margins: top 25 mm (the decree allows 20–25; a page number sits in the header from page 2, and a
 * header taller than the top margin overlaps the body in LibreOffice), bottom 20, left 30, right 20.
 */
export const MARGINS_MM = { top: 25, bottom: 20, left: 30, right: 20, header: 12 } as const;
export const MARGINS = {
  top: mmToTwips(MARGINS_MM.top),
  bottom: mmToTwips(MARGINS_MM.bottom),
  left: mmToTwips(MARGINS_MM.left),
  right: mmToTwips(MARGINS_MM.right),
  header: mmToTwips(MARGINS_MM.header),
  footer: mmToTwips(MARGINS_MM.header),
} as const;

/** Width between the margins: 160 mm. Every table fits in it. */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/** Sizes in half-points. */
export const SIZES = {
  /** Quốc hiệu: 12–13 pt, bold, upper case (12 so it breaks once in a half-width column). */
  nationalName: 24,
  /** Tiêu ngữ: 13–14 pt, bold. */
  motto: 26,
  /** Body text: 13–14 pt. */
  body: 28,
  /** The bilingual working copy sets both columns one point smaller. */
  bilingualBody: 26,
  /** Document kind (title): 13–14 pt, bold, upper case. */
  title: 28,
} as const;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = 720;
/** Space after each body paragraph: 6 pt (the decree's minimum). */
export const PARAGRAPH_SPACING = 120;
/** Line spacing 1.15 (the decree allows single to 1.5 lines); "auto" so Lao stacked vowels are never clipped. */
export const LINE_SPACING = 276;
