export { LanguageSwitch, LoDraftNotice } from './LanguageSwitch';
export { applyDocumentLanguage, LANGUAGE_STORAGE_KEY, LOCALES, readStoredLanguage, useUiLanguage, type UiLanguageControl } from './language';
export { checkProblemMessage, failureMessage, formatParams, issueMessage } from './messages';
export { localName } from './names';
