import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { lo } from './lo';
import { vi } from './vi';

export const UI_LANGUAGES = ['vi', 'lo', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'vi';

export const catalogues = { vi, lo, en } as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** A fresh i18next instance (the renderer binds it to React; the CLI uses it to print errors). */
export function createI18n(language: UiLanguage = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      vi: { translation: vi },
      lo: { translation: lo },
      en: { translation: en },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

export { en, lo, vi };
export { loCatalogueReview } from './lo';
export type { Catalogue } from './en';
