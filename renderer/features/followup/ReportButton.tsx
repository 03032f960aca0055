import { useTranslation } from 'react-i18next';
import type { Req } from '../../../shared/contract/channels';
import { call } from '../../bridge';
import { SaveFileButton } from './SaveFileButton';

export interface ReportButtonProps {
  scope: Req<'report.save'>['scope'];
  /** The day the report's figures are computed for ("tính đến ngày …"); nothing for today. */
  asOf: { asOf?: string };
  /** Where the officer fills in what the report prints (issuing body, number, signer, "Nơi nhận"). */
  settingsHref: string;
}

/** "Báo cáo kết quả (Word)": the Vietnamese and Lao reports into a folder chosen in the native dialog. */
export function ReportButton({ scope, asOf, settingsHref }: ReportButtonProps) {
  const { t } = useTranslation();
  return (
    <span className="fu-report">
      <SaveFileButton
        label={t('followup.report')}
        testId="report-save"
        save={() => call('report.save', { scope, languages: 'both', ...asOf })}
        describe={(saved) => (saved.canceled ? null : t('followup.reportDone', { path: saved.saved.map((s) => s.fileName).join(', ') }))}
      />
      <a className="fu-report__settings" href={settingsHref} data-testid="report-settings-link">
        {t('followup.reportSettingsForm.link')}
      </a>
    </span>
  );
}
