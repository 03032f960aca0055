import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowupFilters } from '../../../shared/contract/features/followup';
import { call } from '../../bridge';
import { useUiLanguage } from '../../i18n';
import { Button } from '../../ui';
import { useAction } from './useAction';

/** "Export to Excel": the tracking table exactly as filtered, through the native save dialog. */
export function ExportXlsxButton({ filters }: { filters: FollowupFilters }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="fu-export">
      <Button
        disabled={action.busy}
        data-testid="export-xlsx"
        onClick={async () => {
          setDone(null);
          const saved = await action.run(() => call('followup.exportXlsx', { filters, language }));
          if (saved && !saved.canceled && saved.path) setDone(t('followup.exportedXlsx', { rows: saved.rows, path: saved.path }));
        }}
      >
        {t('followup.exportXlsx')}
      </Button>
      {done ? <span role="status" className="fu-muted" data-testid="export-xlsx-done">{done}</span> : null}
      {action.error ? <span role="alert" className="field-error">{action.error}</span> : null}
    </span>
  );
}
