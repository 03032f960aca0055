/** Lao font families the Word export can write (a setting; Phetsarath OT is the national standard). */
export const LAO_FONTS = ['Phetsarath OT', 'Saysettha OT', 'Noto Sans Lao'] as const;
export type LaoFont = (typeof LAO_FONTS)[number];
export const DEFAULT_LAO_FONT: LaoFont = 'Phetsarath OT';
