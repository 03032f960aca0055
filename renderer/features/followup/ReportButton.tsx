import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Req } from '../../../shared/contract/channels';
import { call } from '../../bridge';
import { Button } from '../../ui';
import { useAction } from './useAction';

type Scope = Req<'report.save'>['scope'];

/** "Báo cáo kết quả (Word)": the Vietnamese and Lao reports into a folder chosen in the native dialog. */
export function ReportButton({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="fu-export">
      <Button
        disabled={action.busy}
        data-testid="report-save"
        onClick={async () => {
          setDone(null);
          const saved = await action.run(() => call('report.save', { scope, languages: 'both' }));
          if (saved && !saved.canceled) setDone(t('followup.reportDone', { path: saved.saved.map((s) => s.fileName).join(', ') }));
        }}
      >
        {t('followup.report')}
      </Button>
      {done ? <span role="status" className="fu-muted" data-testid="report-done">{done}</span> : null}
      {action.error ? <span role="alert" className="field-error">{action.error}</span> : null}
    </span>
  );
}
