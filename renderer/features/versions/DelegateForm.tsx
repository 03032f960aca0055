import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { Delegate, DocumentDetail } from '../../../shared/contract/schemas';
import { DELEGATE_ROLES, type DelegateRole } from '../../../shared/domain/document';
import { cleanText } from '../../../shared/domain/text';
import { call, type CallFailure, type CallResult } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, FormField, Notice, type ControlProps, typedText } from '../../ui';
import { checkAdd, checkUpdate, DELEGATE_FIELDS, type DelegateTextField, type DelegateValues } from './delegateForm';
import { isSignedRefusal, splitIssues } from './shared';

export interface DelegateFormProps {
  /** null when adding. */
  delegate: Delegate | null;
  /** The delegation the person belongs to (or joins). */
  delegationId: string;
  initial: DelegateValues;
  busy: boolean;
  onCancel(): void;
  /** Sends the request; answers the refusal (to show by the fields) or null when saved. */
  onSubmit(request: () => Promise<CallResult<DocumentDetail>>, values: DelegateValues): Promise<CallFailure | null>;
}

const formFieldId = (scope: string, field: string) => `vs-delegate-${scope}-${field}`;

export function DelegateForm({ delegate, delegationId, initial, busy, onCancel, onSubmit }: DelegateFormProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const scope = delegate?.id ?? `new-${delegationId}`;
  const [values, setValues] = useState<DelegateValues>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [removed, setRemoved] = useState<Partial<Record<DelegateTextField, number>>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const { byField, other } = useMemo(() => splitIssues(issues, DELEGATE_FIELDS), [issues]);
  const errorFor = (field: string) => {
    const issue = byField.get(field);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = DELEGATE_FIELDS.find((f) => byField.has(f));
    if (field) document.getElementById(formFieldId(scope, field))?.focus();
    // Runs only when a refused save asks for it.
  }, [focusRequest]);

  function set<K extends keyof DelegateValues>(key: K, value: DelegateValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setIssues((current) => (current.some((i) => i.path === key) ? current.filter((i) => i.path !== key) : current));
  }

  const onText = (field: DelegateTextField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const { text, removed: count } = typedText(event);
    if (count > 0) setRemoved((r) => ({ ...r, [field]: (r[field] ?? 0) + count }));
    set(field, text);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const check = delegate ? checkUpdate(delegate, values) : checkAdd(delegationId, values);
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
      () => ('changed' in check ? call('delegates.update', check.request) : call('delegates.add', check.request)),
      values,
    );
    if (refused?.issues && refused.issues.length > 0 && !isSignedRefusal(refused)) {
      setIssues(refused.issues);
      setFocusRequest((n) => n + 1);
    }
  }

  const control = (field: DelegateTextField, props: ControlProps, lang: 'vi' | 'lo', multiline: boolean) => {
    const common = {
      ...props,
      name: field,
      lang,
      value: values[field],
      onChange: onText(field),
      onCompositionEnd: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => set(field, cleanText(event.currentTarget.value).text),
      autoComplete: 'off',
      disabled: busy,
      'data-testid': `delegate-input-${field}`,
    };
    return multiline ? (
      <textarea {...common} className="input input--multiline vs-person__title-input" rows={2} />
    ) : (
      <input type="text" {...common} ref={field === 'nameVi' ? first : undefined} className="input" />
    );
  };
  const note = (field: DelegateTextField) => (removed[field] ? t('form.cleaned', { count: removed[field] }) : undefined);
  const issueList = other.filter((issue) => issue.path !== '');

  return (
    <form className="vs-person-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy} data-testid="delegate-form">
      {issueList.length > 0 ? (
        <Notice tone="error" role="alert" testId="delegate-form-errors">
          <ul>
            {issueList.map((issue) => (
              <li key={`${issue.path}:${issue.code}`}>{issueMessage(t, issue, locale)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="form__row form__row--pair">
        <FormField id={formFieldId(scope, 'nameVi')} label={t('versions.delegations.nameVi')} note={note('nameVi')} error={errorFor('nameVi')}>
          {(props) => control('nameVi', props, 'vi', false)}
        </FormField>
        <FormField id={formFieldId(scope, 'nameLo')} label={t('versions.delegations.nameLo')} note={note('nameLo')} error={errorFor('nameLo')}>
          {(props) => control('nameLo', props, 'lo', false)}
        </FormField>
        <FormField id={formFieldId(scope, 'titleVi')} label={t('versions.delegations.titleVi')} note={note('titleVi')} error={errorFor('titleVi')}>
          {(props) => control('titleVi', props, 'vi', true)}
        </FormField>
        <FormField id={formFieldId(scope, 'titleLo')} label={t('versions.delegations.titleLo')} note={note('titleLo')} error={errorFor('titleLo')}>
          {(props) => control('titleLo', props, 'lo', true)}
        </FormField>
      </div>
      <div className="vs-person-form__foot">
        <FormField id={formFieldId(scope, 'role')} label={t('document.role')} error={errorFor('role')} className="vs-person-form__role">
          {(props) => (
            <select
              {...props}
              name="role"
              className="input select"
              value={values.role}
              onChange={(event) => set('role', event.currentTarget.value as DelegateRole)}
              disabled={busy}
              data-testid="delegate-input-role"
            >
              {DELEGATE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`document.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {delegate ? (
          <label className="vs-check">
            <input
              type="checkbox"
              checked={values.loNeedsReview}
              onChange={(event) => set('loNeedsReview', event.currentTarget.checked)}
              disabled={busy}
              data-testid="delegate-input-loNeedsReview"
            />
            {t('versions.delegations.needsReview')}
          </label>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant="primary" size="small" disabled={busy} data-testid="delegate-save">
            {busy ? t('form.saving') : delegate ? t('versions.delegations.save') : t('versions.delegations.addSave')}
          </Button>
          <Button variant="ghost" size="small" onClick={onCancel} disabled={busy} data-testid="delegate-cancel">
            {t('form.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
