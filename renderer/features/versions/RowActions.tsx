import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

export interface RowActionsProps {
  /** Test-id prefix: "delegate" → delegate-move-up, delegate-edit, delegate-remove-confirm … */
  prefix: 'delegate' | 'delegation';
  busy: boolean;
  /** The removal question is open. */
  confirming: boolean;
  /** Accessible names, each naming the row ("Chuyển Nguyễn Văn A lên"). */
  labels: { moveUp: string; moveDown: string; edit: string; remove: string; question: string };
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Alt+↑ / Alt+↓ on the row does the same (people only). */
  keyShortcuts?: boolean;
  onMove(direction: -1 | 1): void;
  onEdit(): void;
  onAskRemove(): void;
  onRemove(): void;
  onCancelRemove(): void;
}

/** ↑ ↓ Edit Remove of a delegation or a person, and the "remove?" question that replaces them. */
export function RowActions(props: RowActionsProps) {
  const { t } = useTranslation();
  const { prefix, busy, labels } = props;
  if (props.confirming) {
    return (
      <div className="vs-person__confirm" role="group" aria-label={labels.question}>
        <span className="vs-person__question">{labels.question}</span>
        <Button size="small" variant="primary" className="btn--danger" onClick={props.onRemove} disabled={busy} data-testid={`${prefix}-remove-confirm`}>
          {t('versions.delegations.remove')}
        </Button>
        <Button size="small" variant="ghost" onClick={props.onCancelRemove} data-testid={`${prefix}-remove-cancel`}>
          {t('form.cancel')}
        </Button>
      </div>
    );
  }
  const move = (direction: -1 | 1) => (
    <Button
      size="small"
      variant="ghost"
      className="vs-icon-button"
      onClick={() => props.onMove(direction)}
      disabled={busy || !(direction < 0 ? props.canMoveUp : props.canMoveDown)}
      aria-label={direction < 0 ? labels.moveUp : labels.moveDown}
      title={t(direction < 0 ? 'versions.delegations.moveUp' : 'versions.delegations.moveDown')}
      aria-keyshortcuts={props.keyShortcuts ? (direction < 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown') : undefined}
      data-testid={`${prefix}-move-${direction < 0 ? 'up' : 'down'}`}
    >
      <span aria-hidden="true">{direction < 0 ? '↑' : '↓'}</span>
    </Button>
  );
  return (
    <div className="vs-person__actions">
      {move(-1)}
      {move(1)}
      <Button size="small" onClick={props.onEdit} disabled={busy} aria-label={labels.edit} data-testid={`${prefix}-edit`}>
        {t('versions.delegations.edit')}
      </Button>
      <Button size="small" variant="ghost" onClick={props.onAskRemove} disabled={busy} aria-label={labels.remove} data-testid={`${prefix}-remove`}>
        {t('versions.delegations.remove')}
      </Button>
    </div>
  );
}
