import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseIndicator, ClauseTracking } from '../../../shared/contract/features/followup';
import { call } from '../../bridge';
import { useLoad } from '../../ui';
import { IndicatorFigures } from './IndicatorFigures';
import { IndicatorForm, type IndicatorDraft } from './IndicatorForm';
import { useAction } from './useAction';

export interface IndicatorEditorProps {
  tracking: ClauseTracking;
  onSaved(next: ClauseTracking | undefined): void;
}

/** A task's indicators with their figures on the as-of day, the form to add one and to edit one. */
export function IndicatorEditor({ tracking, onSaved }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const add = useAction();
  const update = useAction();
  const [catalogue] = useLoad('indicators', () => call('indicators.list', {}));
  const [editing, setEditing] = useState<ClauseIndicator | null>(null);
  // A new form after each save (its fields start empty again).
  const [formKey, setFormKey] = useState(0);

  const refusalOf = (action: ReturnType<typeof useAction>) => (action.error ? { field: action.issue?.path.split('.')[0] ?? null, message: action.error } : null);

  const addIndicator = async (draft: IndicatorDraft) => {
    const next = await add.run(() => call('tracking.addIndicator', { clauseId: tracking.clauseId, ...draft }));
    if (next) setFormKey((k) => k + 1);
    onSaved(next);
  };
  const updateIndicator = async (draft: IndicatorDraft) => {
    if (!editing) return;
    const { nameVi, nameLo, target, direction, mode } = draft;
    const next = await update.run(() => call('tracking.updateIndicator', { id: editing.id, nameVi, nameLo, target, direction, mode }));
    if (next) setEditing(null);
    onSaved(next);
  };

  return (
    <section className="fu-block" data-testid="indicator-editor">
      <h3>{t('followup.indicators.heading')}</h3>
      {tracking.indicators.length === 0 ? <p className="fu-muted">{t('followup.indicators.none')}</p> : null}
      <IndicatorFigures indicators={tracking.indicators} onEdit={(indicator) => setEditing(indicator)} editingId={editing?.id ?? null} />
      {editing ? (
        <IndicatorForm
          key={editing.id}
          editing={editing}
          catalogue={[]}
          busy={update.busy}
          refusal={refusalOf(update)}
          submitLabel={t('followup.indicatorView.update')}
          onSubmit={(draft) => void updateIndicator(draft)}
          onCancel={() => {
            update.clear();
            setEditing(null);
          }}
        />
      ) : (
        <IndicatorForm
          key={formKey}
          catalogue={catalogue.status === 'ready' ? catalogue.value : []}
          busy={add.busy}
          refusal={refusalOf(add)}
          submitLabel={t('followup.indicators.save')}
          onSubmit={(draft) => void addIndicator(draft)}
        />
      )}
    </section>
  );
}
