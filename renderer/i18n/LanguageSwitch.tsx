import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../shared/i18n';
import { useUiLanguage } from './language';

/**
 * Three always-visible buttons, each written in its own language (Tiếng Việt / ພາສາລາວ / English), so an
 * officer who does not read the current UI language can still find theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useUiLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')} data-testid="language-switch">
      {UI_LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          className="language-switch__option"
          lang={code}
          data-lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}

/** A small note, shown only in the Lao UI, that the Lao interface text is still a draft. */
export function LoDraftNotice() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  if (language !== 'lo') return null;
  return (
    <p className="lo-draft-notice" lang="lo" data-testid="lo-draft-notice">
      {t('language.loDraftNotice')}
    </p>
  );
}
