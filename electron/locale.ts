/**
 * The language of the menu and of native dialogs. The officers' interface language is Vietnamese; a
 * computer whose system language is Lao gets Lao. English is never chosen automatically (many Vietnamese
 * offices run English Windows). Pure: tested in tests/unit/electron/locale-menu.test.ts.
 */
import { DEFAULT_LANGUAGE, type UiLanguage } from '../shared/i18n';

export function pickUiLanguage(systemLanguages: readonly string[]): UiLanguage {
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/u)[0];
    if (primary === 'vi') return 'vi';
    if (primary === 'lo') return 'lo';
  }
  return DEFAULT_LANGUAGE;
}
