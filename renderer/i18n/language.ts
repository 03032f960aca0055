import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from '../../shared/i18n';

/** localStorage key of the chosen UI language (tests pre-set it). */
export const LANGUAGE_STORAGE_KEY = 'hoptac.language';

/** BCP 47 locales for Intl formatting in each UI language. */
export const LOCALES: Record<UiLanguage, string> = { vi: 'vi-VN', lo: 'lo-LA', en: 'en-GB' };

export function readStoredLanguage(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota): the choice then lasts for this session only.
  }
}

/** Sets `<html lang>` so the right fonts, hyphenation and screen-reader voice apply. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}

export interface UiLanguageControl {
  language: UiLanguage;
  locale: string;
  setLanguage(language: UiLanguage): void;
}

/** The current UI language and a setter that persists it and updates `<html lang>`. */
export function useUiLanguage(): UiLanguageControl {
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (next: UiLanguage) => {
      storeLanguage(next);
      applyDocumentLanguage(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, locale: LOCALES[language], setLanguage };
}
