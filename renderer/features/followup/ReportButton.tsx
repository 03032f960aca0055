import { useTranslation } from 'react-i18next';
import type { Req } from '../../../shared/contract/channels';
import { call } from '../../bridge';
import { SaveFileButton } from './SaveFileButton';

/** "Báo cáo kết quả (Word)": the Vietnamese and Lao reports into a folder chosen in the native dialog. */
export function ReportButton({ scope }: { scope: Req<'report.save'>['scope'] }) {
  const { t } = useTranslation();
  return (
    <SaveFileButton
      label={t('followup.report')}
      testId="report-save"
      save={() => call('report.save', { scope, languages: 'both' })}
      describe={(saved) => (saved.canceled ? null : t('followup.reportDone', { path: saved.saved.map((s) => s.fileName).join(', ') }))}
    />
  );
}
