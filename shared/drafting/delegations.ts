import type { DocumentKind } from '../domain/document';
import { provinceInText } from '../export/model';
import { LAO_DRAFT_TEXTS, VI_TEXTS } from '../export/texts';
import type { ProvinceRef } from '../contract/schemas';

/**
 * The name a province's delegation gets when the officer does not type one, as the export wrote it
 * before delegations were named: "Đoàn đại biểu cấp cao tỉnh Sơn La" (minutes, agreements) or
 * "Đoàn đại biểu tỉnh Sơn La" (memoranda); Lao "ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງເຊີນລາ" (a draft, to review).
 * Migration 0005 names today's per-province delegations this way.
 */
export function suggestedDelegationName(
  province: Pick<ProvinceRef, 'country' | 'nameVi' | 'nameLo' | 'nameEn'>,
  kind: DocumentKind,
  language: 'vi' | 'lo',
): string {
  const texts = language === 'vi' ? VI_TEXTS : LAO_DRAFT_TEXTS;
  const delegation = kind === 'memorandum' ? texts.delegation.plain : texts.delegation.high;
  const place = provinceInText(province, language);
  if (place === '') return delegation;
  return language === 'vi' ? `${delegation} ${place}` : `${delegation}${place}`;
}
