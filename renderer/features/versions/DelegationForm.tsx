import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { Delegation, DocumentDetail } from '../../../shared/contract/schemas';
import { COUNTRIES, type Country } from '../../../shared/domain/document';
import { cleanText } from '../../../shared/domain/text';
import { call, type CallFailure, type CallResult } from '../../bridge';
import { issueMessage, localName, useUiLanguage } from '../../i18n';
import { Button, FormField, Notice, typedText } from '../../ui';
import {
  checkDelegationAdd,
  checkDelegationUpdate,
  DELEGATION_FIELDS,
  partiesOnSide,
  suggestedNames,
  type DelegationValues,
} from './delegationForm';
import { isSignedRefusal, splitIssues } from './shared';

export interface DelegationFormProps {
  doc: DocumentDetail;
  /** null when adding. */
  delegation: Delegation | null;
  initial: DelegationValues;
  busy: boolean;
  onCancel(): void;
  /** Sends the request; answers the refusal (to show by the fields) or null when saved. */
  onSubmit(request: () => Promise<CallResult<DocumentDetail>>, values: DelegationValues): Promise<CallFailure | null>;
}

type TextField = 'nameVi' | 'nameLo';

/**
 * A delegation's name in both languages (printed as written: "Đoàn đại biểu Quốc hội nước CHDCND Lào"),
 * its side, and the province it comes from — or none, for a ministry, the National Assembly, a party
 * committee. Picking a province fills in the usual name while the officer has not typed one.
 */
export function DelegationForm({ doc, delegation, initial, busy, onCancel, onSubmit }: DelegationFormProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const scope = delegation?.id ?? `new-${initial.side}`;
  const fieldId = (field: string) => `vs-delegation-${scope}-${field}`;
  const [values, setValues] = useState<DelegationValues>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [removed, setRemoved] = useState<Partial<Record<TextField, number>>>({});
  // Names typed by the officer are never replaced by a suggestion.
  const [typed, setTyped] = useState(delegation !== null);
  const [focusRequest, setFocusRequest] = useState(0);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const { byField, other } = useMemo(() => splitIssues(issues, DELEGATION_FIELDS), [issues]);
  const errorFor = (field: string) => {
    const issue = byField.get(field);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = DELEGATION_FIELDS.find((f) => byField.has(f));
    if (field) document.getElementById(fieldId(field))?.focus();
    // Runs only when a refused save asks for it.
  }, [focusRequest]);

  function set(patch: Partial<DelegationValues>) {
    setValues((current) => ({ ...current, ...patch }));
    const keys = Object.keys(patch);
    setIssues((current) => current.filter((i) => !keys.includes(i.path)));
  }

  function chooseProvince(provinceId: string) {
    const suggestion = typed ? null : suggestedNames(doc, provinceId);
    set(suggestion ? { provinceId, ...suggestion, loNeedsReview: true } : { provinceId });
  }

  function chooseSide(side: Country) {
    // A province belongs to one side: keep it only if it is on the new side.
    const keep = partiesOnSide(doc, side).some((p) => p.provinceId === values.provinceId);
    set({ side, provinceId: keep ? values.provinceId : '' });
  }

  const onText = (field: TextField) => (event: ChangeEvent<HTMLInputElement>) => {
    setTyped(true);
    const { text, removed: count } = typedText(event);
    if (count > 0) setRemoved((r) => ({ ...r, [field]: (r[field] ?? 0) + count }));
    set({ [field]: text });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const check = delegation ? checkDelegationUpdate(delegation, values) : checkDelegationAdd(doc, values);
    if (!check.ok) {
      setIssues(check.issues);
      setFocusRequest((n) => n + 1);
      return;
    }
    if ('changed' in check && !check.changed) {
      onCancel();
      return;
    }
    setIssues([]);
    const refused = await onSubmit(
      () => ('changed' in check ? call('delegations.update', check.request) : call('delegations.add', check.request)),
      values,
    );
    if (refused?.issues && refused.issues.length > 0 && !isSignedRefusal(refused)) {
      setIssues(refused.issues);
      setFocusRequest((n) => n + 1);
    }
  }

  const note = (field: TextField) => (removed[field] ? t('form.cleaned', { count: removed[field] }) : undefined);
  const issueList = other.filter((issue) => issue.path !== '');
  const provinces = partiesOnSide(doc, values.side);

  return (
    <form className="vs-delegation-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy} data-testid="delegation-form">
      {issueList.length > 0 ? (
        <Notice tone="error" role="alert" testId="delegation-form-errors">
          <ul>
            {issueList.map((issue) => (
              <li key={`${issue.path}:${issue.code}`}>{issueMessage(t, issue, locale)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="form__row form__row--pair">
        <FormField id={fieldId('side')} label={t('versions.delegations.sideLabel')} error={errorFor('side')}>
          {(props) => (
            <select
              {...props}
              name="side"
              className="input select"
              value={values.side}
              onChange={(event) => chooseSide(event.currentTarget.value as Country)}
              disabled={busy}
              data-testid="delegation-input-side"
            >
              {COUNTRIES.map((side) => (
                <option key={side} value={side}>
                  {t(`versions.delegations.side.${side}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={fieldId('provinceId')}
          label={t('versions.delegations.origin')}
          hint={t('versions.delegations.originHint')}
          error={errorFor('provinceId')}
        >
          {(props) => (
            <select
              {...props}
              name="provinceId"
              className="input select"
              value={values.provinceId}
              onChange={(event) => chooseProvince(event.currentTarget.value)}
              disabled={busy}
              data-testid="delegation-input-provinceId"
            >
              <option value="">{t('versions.delegations.noProvince')}</option>
              {provinces.map((p) => (
                <option key={p.provinceId} value={p.provinceId}>
                  {localName(p, language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={fieldId('nameVi')} label={t('versions.delegations.delegationNameVi')} note={note('nameVi')} error={errorFor('nameVi')} required>
          {(props) => (
            <input
              type="text"
              {...props}
              ref={first}
              name="nameVi"
              lang="vi"
              className="input"
              value={values.nameVi}
              onChange={onText('nameVi')}
              onCompositionEnd={(event) => set({ nameVi: cleanText(event.currentTarget.value).text })}
              autoComplete="off"
              disabled={busy}
              data-testid="delegation-input-nameVi"
            />
          )}
        </FormField>
        <FormField id={fieldId('nameLo')} label={t('versions.delegations.delegationNameLo')} note={note('nameLo')} error={errorFor('nameLo')}>
          {(props) => (
            <input
              type="text"
              {...props}
              name="nameLo"
              lang="lo"
              className="input"
              value={values.nameLo}
              onChange={onText('nameLo')}
              onCompositionEnd={(event) => set({ nameLo: cleanText(event.currentTarget.value).text })}
              autoComplete="off"
              disabled={busy}
              data-testid="delegation-input-nameLo"
            />
          )}
        </FormField>
      </div>
      <div className="vs-person-form__foot">
        <label className="vs-check">
          <input
            type="checkbox"
            checked={values.loNeedsReview}
            onChange={(event) => set({ loNeedsReview: event.currentTarget.checked })}
            disabled={busy}
            data-testid="delegation-input-loNeedsReview"
          />
          {t('versions.delegations.delegationNeedsReview')}
        </label>
        <div className="form__actions">
          <Button type="submit" variant="primary" size="small" disabled={busy} data-testid="delegation-save">
            {busy ? t('form.saving') : delegation ? t('versions.delegations.save') : t('versions.delegations.addDelegationSave')}
          </Button>
          <Button variant="ghost" size="small" onClick={onCancel} disabled={busy} data-testid="delegation-cancel">
            {t('form.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
