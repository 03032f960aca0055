import type { UiLanguage } from '../../shared/i18n';

interface Named {
  nameVi: string;
  nameLo: string;
  nameEn: string;
}

/** A province (or anything with vi/lo/en names) named in the UI language, falling back to Vietnamese. */
export function localName(item: Named, language: UiLanguage): string {
  const name = language === 'lo' ? item.nameLo : language === 'en' ? item.nameEn : item.nameVi;
  return name.trim() === '' ? item.nameVi : name;
}

