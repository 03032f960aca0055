import { useTranslation } from 'react-i18next';
import type { EffectiveStatus } from '../../../shared/followup/status';
import { Badge } from '../../ui';
import { STATUS_TONE } from './format';

export function StatusChip({ status, testId }: { status: EffectiveStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATUS_TONE[status]} testId={testId ?? `status-${status}`}>
      {t(`clauseStatus.${status}`)}
    </Badge>
  );
}
