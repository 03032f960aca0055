import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseIndicator } from '../../../shared/contract/features/followup';
import { INDICATOR_DIRECTIONS, targetRequired, VALUE_MODES, type IndicatorDirection, type ValueMode } from '../../../shared/followup/indicators';
import { useUiLanguage } from '../../i18n';
import { Button, FieldSet, FormField } from '../../ui';
import { parseFigure } from './format';

export interface CatalogueIndicator {
  id: string;
  nameVi: string;
  nameLo: string;
  unitVi: string;
  unitLo: string;
}

/** What the form sends: a catalogue indicator or a named one, with its target, direction and value mode. */
export interface IndicatorDraft {
  indicatorId: string | null;
  nameVi: string;
  nameLo: string;
  unit: string;
  target: number | null;
  direction: IndicatorDirection;
  mode: ValueMode;
}

export interface IndicatorFormProps {
  /** Editing an existing indicator (name, target, direction and mode change; the unit stays). */
  editing?: ClauseIndicator;
  catalogue: readonly CatalogueIndicator[];
  busy: boolean;
  /** The backend's refusal, and the field it is about ('target', 'nameVi', …). */
  refusal: { field: string | null; message: string } | null;
  submitLabel: string;
  onSubmit(draft: IndicatorDraft): void;
  onCancel?(): void;
}

const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/**
 * Add or edit an indicator: from the catalogue or named by hand, a target with its direction (at least,
 * at most "(tối đa)", exactly) and, in words next to the target, how reports combine (the latest report
 * is the total so far, or each report adds to the total).
 */
export function IndicatorForm({ editing, catalogue, busy, refusal, submitLabel, onSubmit, onCancel }: IndicatorFormProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const id = useId();
  const [picked, setPicked] = useState('');
  const [nameVi, setNameVi] = useState(editing?.nameVi ?? '');
  const [nameLo, setNameLo] = useState(editing?.nameLo ?? '');
  const [unit, setUnit] = useState(editing?.unit ?? '');
  const [target, setTarget] = useState(numberText(editing?.target ?? null));
  const [direction, setDirection] = useState<IndicatorDirection>(editing?.direction ?? 'at_least');
  const [mode, setMode] = useState<ValueMode>(editing?.mode ?? 'latest');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fromCatalogue = editing ? undefined : catalogue.find((i) => i.id === picked);
  const byHand = !editing && !fromCatalogue;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const typed = target.trim();
    const value = typed === '' ? null : parseFigure(typed);
    if (typed !== '' && value === null) found['target'] = t('followup.progress.notNumber');
    else if (value !== null && value < 0) found['target'] = t('issues.negative_value');
    else if (value === null && targetRequired(direction)) found['target'] = t('issues.target_required');
    if (byHand && nameVi.trim() === '') found['nameVi'] = t('issues.required');
    if (byHand && unit.trim() === '') found['unit'] = t('issues.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      indicatorId: fromCatalogue?.id ?? editing?.indicatorId ?? null,
      nameVi: fromCatalogue?.nameVi ?? nameVi.trim(),
      nameLo: fromCatalogue?.nameLo ?? nameLo.trim(),
      unit: fromCatalogue?.unitVi ?? unit.trim(),
      target: value,
      direction,
      mode,
    });
  };
  const errorOf = (field: string) => errors[field] ?? (refusal?.field === field ? refusal.message : undefined);
  const otherRefusal = refusal && !['target', 'nameVi', 'nameLo', 'unit', 'direction', 'mode'].includes(refusal.field ?? '') ? refusal.message : null;

  return (
    <form className="fu-form fu-indicator-form" onSubmit={submit} noValidate data-testid={editing ? 'indicator-edit-form' : 'indicator-form'}>
      <h4>{editing ? t('followup.indicatorView.editing', { name: editing.nameVi }) : t('followup.indicators.add')}</h4>
      {editing ? null : (
        <FormField id={`${id}-pick`} label={t('followup.indicators.fromCatalogue')}>
          {(control) => (
            <select {...control} className="input select" value={picked} onChange={(e) => setPicked(e.target.value)} data-testid="indicator-pick">
              <option value="">{t('followup.indicators.custom')}</option>
              {catalogue.map((i) => (
                <option key={i.id} value={i.id}>
                  {language === 'lo' && i.nameLo ? i.nameLo : i.nameVi} ({language === 'lo' && i.unitLo ? i.unitLo : i.unitVi})
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {byHand || editing ? (
        <>
          <FormField id={`${id}-name`} label={t('followup.indicatorView.nameVi')} error={errorOf('nameVi')} required>
            {(control) => <input {...control} className="input" lang="vi" value={nameVi} onChange={(e) => setNameVi(e.target.value)} data-testid="indicator-name" />}
          </FormField>
          <FormField id={`${id}-name-lo`} label={t('followup.indicatorView.nameLo')} error={errorOf('nameLo')}>
            {(control) => <input {...control} className="input" lang="lo" value={nameLo} onChange={(e) => setNameLo(e.target.value)} data-testid="indicator-name-lo" />}
          </FormField>
        </>
      ) : null}
      <div className="fu-form__row">
        {byHand ? (
          <FormField id={`${id}-unit`} label={t('followup.indicators.unit')} error={errorOf('unit')} required className="fu-narrow">
            {(control) => <input {...control} className="input" lang="vi" value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="indicator-unit" />}
          </FormField>
        ) : null}
        <FormField id={`${id}-direction`} label={t('followup.indicatorView.direction')} className="fu-narrow">
          {(control) => (
            <select {...control} className="input select" value={direction} onChange={(e) => setDirection(e.target.value as IndicatorDirection)} data-testid="indicator-direction">
              {INDICATOR_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`followup.indicatorDirection.${d}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-target`} label={t('followup.indicators.target')} error={errorOf('target')} required={targetRequired(direction)} className="fu-narrow">
          {(control) => (
            <input {...control} className="input" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="indicator-target" />
          )}
        </FormField>
        <FieldSet id={`${id}-mode`} legend={t('followup.indicatorMode.label')} className="fu-grow fu-mode">
          {VALUE_MODES.map((m) => (
            <label key={m} className="fu-radio">
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`indicator-mode-${m}`} />
              <span>{t(`followup.indicatorMode.${m}`)}</span>
            </label>
          ))}
        </FieldSet>
      </div>
      {otherRefusal ? <p className="field-error" role="alert" data-testid="indicator-error">{otherRefusal}</p> : null}
      <div className="fu-actions">
        <Button type="submit" variant={editing ? 'primary' : 'secondary'} disabled={busy} data-testid={editing ? 'indicator-update' : 'indicator-add'}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('followup.status.cancel')}</Button> : null}
      </div>
    </form>
  );
}
