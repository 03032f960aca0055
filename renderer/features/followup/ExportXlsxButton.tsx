import { useTranslation } from 'react-i18next';
import type { FollowupFilters } from '../../../shared/contract/features/followup';
import { call } from '../../bridge';
import { useUiLanguage } from '../../i18n';
import { SaveFileButton } from './SaveFileButton';

/** "Export to Excel": the tracking table exactly as filtered, as of the day shown, through the native save dialog. */
export function ExportXlsxButton({ filters, asOf }: { filters: FollowupFilters; asOf: { asOf?: string } }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <SaveFileButton
      label={t('followup.exportXlsx')}
      testId="export-xlsx"
      save={() => call('followup.exportXlsx', { filters, language, ...asOf })}
      describe={(saved) => (saved.canceled || !saved.path ? null : t('followup.exportedXlsx', { rows: saved.rows, path: saved.path }))}
    />
  );
}
