import { z } from 'zod';
import { userText } from '../fields';
import type { ContractSection } from '../section';

/**
 * Settings the officer fills once (issue 11): what the progress report prints as a Decree 30 internal
 * report — the issuing body at the top left, the number symbol ("Số: …/BC-SNgV"), the place of the date
 * line, the signer block and "Nơi nhận". Empty values print as blanks to fill by hand; the issuing body
 * defaults to "UBND TỈNH <our province>" / "SỞ NGOẠI VỤ".
 */
const line = (max: number) => userText({ max, singleLine: true });
const lines = (max: number, count: number) => z.array(line(max)).max(count);

export const REPORT_SETTINGS_LIMITS = { line: 200, issuingBodyLines: 3, signerTitleLines: 3, recipients: 15 } as const;

export const ReportSettingsSchema = z.object({
  /** Issuing body, one printed line each, upper case as printed: ["UBND TỈNH SƠN LA", "SỞ NGOẠI VỤ"]; the last line is bold. */
  issuingBodyVi: z.array(z.string()),
  /** The same in Lao, for the Lao report (draft until reviewed). */
  issuingBodyLo: z.array(z.string()),
  /** The abbreviation after "BC-" on the number line: "SNgV" → "Số:      /BC-SNgV". */
  numberSymbol: z.string(),
  /** Short official place name of the date line ("Sơn La"); empty → our province's name. */
  placeVi: z.string(),
  placeLo: z.string(),
  /** Signer's title lines as printed, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerTitleVi: z.array(z.string()),
  signerTitleLo: z.array(z.string()),
  signerNameVi: z.string(),
  signerNameLo: z.string(),
  /** "Nơi nhận:" lines without the leading dash: ["UBND tỉnh (b/c)", "Lưu: VT"]. */
  recipientsVi: z.array(z.string()),
  recipientsLo: z.array(z.string()),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

/** Only the given fields change (one transaction, change-logged). */
export const ReportSettingsUpdateInput = z.strictObject({
  issuingBodyVi: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.issuingBodyLines).optional(),
  issuingBodyLo: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.issuingBodyLines).optional(),
  numberSymbol: line(40).optional(),
  placeVi: line(REPORT_SETTINGS_LIMITS.line).optional(),
  placeLo: line(REPORT_SETTINGS_LIMITS.line).optional(),
  signerTitleVi: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.signerTitleLines).optional(),
  signerTitleLo: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.signerTitleLines).optional(),
  signerNameVi: line(REPORT_SETTINGS_LIMITS.line).optional(),
  signerNameLo: line(REPORT_SETTINGS_LIMITS.line).optional(),
  recipientsVi: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.recipients).optional(),
  recipientsLo: lines(REPORT_SETTINGS_LIMITS.line, REPORT_SETTINGS_LIMITS.recipients).optional(),
});

export const EMPTY_REPORT_SETTINGS: ReportSettings = {
  issuingBodyVi: [],
  issuingBodyLo: [],
  numberSymbol: '',
  placeVi: '',
  placeLo: '',
  signerTitleVi: [],
  signerTitleLo: [],
  signerNameVi: '',
  signerNameLo: '',
  recipientsVi: [],
  recipientsLo: [],
};

export const settingsContract = {
  'settings.get': { req: z.strictObject({}), res: ReportSettingsSchema },
  'settings.update': { req: ReportSettingsUpdateInput, res: ReportSettingsSchema },
} as const satisfies ContractSection;
