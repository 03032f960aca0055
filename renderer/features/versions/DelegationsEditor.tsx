import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { Delegate, DocumentDetail, ProvinceRef } from '../../../shared/contract/schemas';
import { DELEGATE_ROLES, type DelegateRole } from '../../../shared/domain/document';
import { suggestedDelegationName } from '../../../shared/drafting/delegations';
import { cleanText } from '../../../shared/domain/text';
import { call, type CallFailure, type CallResult } from '../../bridge';
import { failureMessage, issueMessage, localName, useUiLanguage } from '../../i18n';
import { Button, FormField, Notice, type ControlProps, useMounted } from '../../ui';
import {
  checkAdd,
  checkUpdate,
  DELEGATE_FIELDS,
  emptyDelegate,
  moveIndex,
  orderedDelegates,
  valuesOfDelegate,
  type DelegateTextField,
  type DelegateValues,
} from './delegateForm';
import { isSignedRefusal, LaoReviewBadge, reloadDocument, splitIssues, type DocumentPanelProps } from './shared';

type Editing = { mode: 'add'; delegationId: string; role: DelegateRole } | { mode: 'edit'; id: string } | null;

/** What to focus once the next document is on screen (rows re-render after every edit). */
type FocusTarget = { selector: string } | null;

const rowSelector = (id: string, control?: string) =>
  `[data-testid="delegate-row"][data-delegate-id="${id}"]${control ? ` [data-testid="${control}"]` : ''}`;
const addSelector = (delegationId: string, role: DelegateRole) =>
  `[data-testid="delegation-editor"][data-delegation-id="${delegationId}"] [data-testid="delegate-add-${role}"]`;

/**
 * Delegations as data (a minimal editor over named delegations; the full delegation editor — names, side,
 * national bodies — is built on the same channels later): for each delegation the heads of delegation,
 * members, signatories and witnesses — separate lists, because the signer is not always the head —
 * with Vietnamese and Lao names and titles side by side. Add, edit, remove (asks first) and reorder
 * (buttons, or Alt+↑ / Alt+↓ on a row). Every change is one call and is saved at once. Signed: read only.
 */
export function DelegationsEditor({ doc, onDocumentChange }: DocumentPanelProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const signed = doc.status === 'signed';
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget>(null);
  const root = useRef<HTMLElement>(null);
  const mounted = useMounted();

  // The target may appear a render later (a form closing after the save): keep the request until it does.
  useLayoutEffect(() => {
    if (!focus) return;
    const target = root.current?.querySelector<HTMLElement>(focus.selector);
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    setFocus(null);
  }, [focus, doc, editing, confirming]);

  useEffect(() => {
    if (signed) {
      setEditing(null);
      setConfirming(null);
    }
  }, [signed]);

  const parties = useMemo(() => {
    const ordered = orderedDelegates(doc);
    return doc.delegations.map((delegation) => ({
      delegation,
      province: [doc.ourProvince, ...doc.partners].find((p) => p.provinceId === delegation.provinceId) ?? null,
      ours: delegation.side === doc.ourProvince.country,
      roles: DELEGATE_ROLES.map((role) => ({
        role,
        delegates: ordered.filter((d) => d.delegationId === delegation.id && d.role === role),
      })),
    }));
  }, [doc]);
  // Parties with no delegation of their own: offered a delegation named as the export would name it.
  const withoutDelegation = useMemo(() => {
    const has = new Set(doc.delegations.map((d) => d.provinceId));
    return [doc.ourProvince, ...doc.partners].filter((p) => !has.has(p.provinceId));
  }, [doc]);

  async function addDelegation(province: ProvinceRef) {
    await run(
      () =>
        call('delegations.add', {
          documentId: doc.id,
          side: province.country,
          provinceId: province.provinceId,
          nameVi: suggestedDelegationName(province, doc.kind, 'vi'),
          nameLo: suggestedDelegationName(province, doc.kind, 'lo'),
          // The Lao name is the app's draft wording.
          loNeedsReview: true,
        }),
      { announce: t('versions.delegations.addDelegation', { name: localName(province, language) }) },
    );
  }

  const nameOf = (d: Pick<Delegate, 'nameVi' | 'nameLo'>) => (d.nameVi.trim() || d.nameLo.trim() || t('versions.delegations.unnamed'));

  /**
   * Runs one delegates.* call; the answer is the whole document, handed to the page. Field issues of a
   * form's request are left to the form (`fromForm`); everything else is shown above the lists.
   */
  async function run(
    request: () => Promise<CallResult<DocumentDetail>>,
    after: { focus?: (fresh: DocumentDetail) => string; announce?: string; fromForm?: boolean } = {},
  ): Promise<CallFailure | null> {
    setBusy(true);
    setFailure(null);
    const answer = await request();
    if (!mounted.current) return null;
    setBusy(false);
    if (answer.ok) {
      onDocumentChange(answer.value);
      if (after.focus) setFocus({ selector: after.focus(answer.value) });
      if (after.announce) setAnnouncement(after.announce);
      return null;
    }
    const signedMeanwhile = isSignedRefusal(answer);
    if (signedMeanwhile) {
      // Signed in another window: show the frozen document.
      const fresh = await reloadDocument(doc.id);
      if (!mounted.current) return answer;
      if (fresh.ok) onDocumentChange(fresh.value);
    }
    if (signedMeanwhile || !after.fromForm || !answer.issues?.length) setFailure(answer);
    return answer;
  }

  async function move(delegate: Delegate, direction: -1 | 1) {
    const index = moveIndex(doc, delegate, direction);
    if (index === null || busy) return;
    const group = parties.flatMap((p) => p.roles).find((r) => r.role === delegate.role && r.delegates.some((d) => d.id === delegate.id));
    const at = group?.delegates.findIndex((d) => d.id === delegate.id) ?? 0;
    const newPosition = at + direction + 1;
    const lastPosition = group?.delegates.length ?? 1;
    // Keep focus on the button pressed, or on its twin when the row reached the end of its list.
    const pressed = direction < 0 ? 'delegate-move-up' : 'delegate-move-down';
    const twin = direction < 0 ? 'delegate-move-down' : 'delegate-move-up';
    const atEdge = newPosition === 1 || newPosition === lastPosition;
    await run(() => call('delegates.move', { id: delegate.id, index }), {
      focus: () => rowSelector(delegate.id, atEdge ? twin : pressed),
      announce: t('versions.delegations.moved', { name: nameOf(delegate), position: newPosition, total: lastPosition }),
    });
  }

  async function remove(delegate: Delegate) {
    setConfirming(null);
    await run(() => call('delegates.remove', { id: delegate.id }), {
      focus: () => addSelector(delegate.delegationId, delegate.role),
      announce: t('versions.delegations.removed', { name: nameOf(delegate) }),
    });
  }

  async function markReviewed(delegate: Delegate) {
    await run(() => call('delegates.update', { id: delegate.id, loNeedsReview: false }), {
      focus: () => rowSelector(delegate.id, 'delegate-edit'),
      announce: t('versions.delegations.reviewed', { name: nameOf(delegate) }),
    });
  }

  const onRowKeyDown = (delegate: Delegate) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    // In a form field the arrows belong to the text.
    if ((event.target as HTMLElement).closest('form')) return;
    event.preventDefault();
    void move(delegate, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <section ref={root} className="vs-card" aria-labelledby="vs-delegations-heading" data-testid="delegations-editor" aria-busy={busy}>
      <div className="vs-card__head">
        <h2 className="vs-card__title" id="vs-delegations-heading">
          {t('document.delegations')}
        </h2>
      </div>
      {signed ? (
        <p className="vs-frozen" data-testid="delegations-frozen">
          <span className="vs-frozen__mark" aria-hidden="true" />
          {t('versions.delegations.frozen')}
        </p>
      ) : (
        <p className="vs-card__intro">
          {t('versions.delegations.intro')} <span className="vs-keys">{t('versions.delegations.reorderHint')}</span>
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="delegations-announcement">
        {announcement}
      </p>
      {failure ? (
        <Notice tone="error" role="alert" testId="delegations-failure">
          {failureMessage(t, failure)}
          {(failure.issues ?? []).length > 0 ? (
            <ul>
              {(failure.issues ?? []).map((issue) => (
                <li key={`${issue.path}:${issue.code}`}>{issueMessage(t, issue, locale)}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}

      {!signed && withoutDelegation.length > 0 ? (
        <ul className="vs-party vs-party--missing" data-testid="parties-without-delegation">
          {withoutDelegation.map((province) => (
            <li key={province.provinceId} data-province-id={province.provinceId}>
              <span>
                {localName(province, language)} — {t('versions.delegations.noDelegation')}
              </span>{' '}
              <Button size="small" variant="ghost" onClick={() => void addDelegation(province)} disabled={busy} data-testid="delegation-add">
                {t('versions.delegations.addDelegation', { name: localName(province, language) })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      {parties.map(({ delegation, province, ours, roles }) => (
        <div
          key={delegation.id}
          className="vs-party"
          data-testid="delegation-editor"
          data-delegation-id={delegation.id}
          data-province-id={delegation.provinceId ?? ''}
        >
          <h3 className="vs-party__title">
            <span lang={language === 'lo' && delegation.nameLo ? 'lo' : 'vi'}>{language === 'lo' && delegation.nameLo ? delegation.nameLo : delegation.nameVi}</span>
            <span className="vs-party__side">
              {province ? localName(province, language) : t('versions.delegations.nationalBody')} ·{' '}
              {ours ? t('document.ourProvince') : t('versions.delegations.partner')}
            </span>
          </h3>
          {roles.map(({ role, delegates }) => {
            const adding = editing?.mode === 'add' && editing.delegationId === delegation.id && editing.role === role;
            if (signed && delegates.length === 0) return null;
            const groupId = `vs-role-${delegation.id}-${role}`;
            return (
              <div key={role} className="vs-role" data-testid="delegate-group" data-role={role}>
                <div className="vs-role__head">
                  <h4 className="vs-role__title" id={groupId}>
                    {t(`versions.delegations.roles.${role}`)}
                    <span className="vs-role__count">{delegates.length}</span>
                  </h4>
                  {!signed && !adding ? (
                    <Button
                      size="small"
                      variant="ghost"
                      className="vs-role__add"
                      onClick={() => {
                        setConfirming(null);
                        setEditing({ mode: 'add', delegationId: delegation.id, role });
                      }}
                      disabled={busy}
                      aria-label={`${t(`versions.delegations.add.${role}`)} — ${language === 'lo' && delegation.nameLo ? delegation.nameLo : delegation.nameVi}`}
                      data-testid={`delegate-add-${role}`}
                    >
                      <span aria-hidden="true" className="btn__icon">
                        +
                      </span>
                      {t(`versions.delegations.add.${role}`)}
                    </Button>
                  ) : null}
                </div>
                {delegates.length > 0 ? (
                  <ol className="vs-people" aria-labelledby={groupId}>
                    {delegates.map((delegate, index) =>
                      editing?.mode === 'edit' && editing.id === delegate.id ? (
                        <li key={delegate.id} className="vs-person vs-person--editing" data-testid="delegate-row" data-delegate-id={delegate.id}>
                          <DelegateForm
                            delegate={delegate}
                            delegationId={delegation.id}
                            initial={valuesOfDelegate(delegate)}
                            busy={busy}
                            onCancel={() => {
                              setEditing(null);
                              setFocus({ selector: rowSelector(delegate.id, 'delegate-edit') });
                            }}
                            onSubmit={async (request) => {
                              const refused = await run(request, {
                                focus: () => rowSelector(delegate.id, 'delegate-edit'),
                                announce: t('versions.delegations.saved', { name: nameOf(delegate) }),
                                fromForm: true,
                              });
                              if (!refused) setEditing(null);
                              return refused;
                            }}
                          />
                        </li>
                      ) : (
                        <li
                          key={delegate.id}
                          className="vs-person"
                          data-testid="delegate-row"
                          data-delegate-id={delegate.id}
                          onKeyDown={signed ? undefined : onRowKeyDown(delegate)}
                        >
                          <div className="vs-person__pair">
                            <div className="vs-person__cell" lang="vi">
                              <span className="person__name" data-testid="delegate-name-vi">
                                {delegate.nameVi || <span className="muted">—</span>}
                              </span>
                              {delegate.titleVi ? <span className="person__title">{delegate.titleVi}</span> : null}
                            </div>
                            <div className="vs-person__cell" lang="lo">
                              <span className="person__name" data-testid="delegate-name-lo">
                                {delegate.nameLo || <span className="muted">—</span>}
                              </span>
                              {delegate.titleLo ? <span className="person__title">{delegate.titleLo}</span> : null}
                              {delegate.loNeedsReview && (delegate.nameLo || delegate.titleLo) ? (
                                <span className="vs-person__review">
                                  <LaoReviewBadge testId="delegate-review-badge" />
                                  {!signed ? (
                                    <Button
                                      size="small"
                                      variant="ghost"
                                      onClick={() => void markReviewed(delegate)}
                                      disabled={busy}
                                      aria-label={t('versions.delegations.markReviewedPerson', { name: nameOf(delegate) })}
                                      data-testid="delegate-mark-reviewed"
                                    >
                                      <span lang={language}>{t('versions.common.markReviewed')}</span>
                                    </Button>
                                  ) : null}
                                </span>
                              ) : null}
                            </div>
                          </div>
                          {signed ? null : confirming === delegate.id ? (
                            <div className="vs-person__confirm" role="group" aria-label={t('versions.delegations.confirmRemove', { name: nameOf(delegate) })}>
                              <span className="vs-person__question">{t('versions.delegations.confirmRemove', { name: nameOf(delegate) })}</span>
                              <Button size="small" variant="primary" className="btn--danger" onClick={() => void remove(delegate)} disabled={busy} data-testid="delegate-remove-confirm">
                                {t('versions.delegations.remove')}
                              </Button>
                              <Button
                                size="small"
                                variant="ghost"
                                onClick={() => {
                                  setConfirming(null);
                                  setFocus({ selector: rowSelector(delegate.id, 'delegate-remove') });
                                }}
                                data-testid="delegate-remove-cancel"
                              >
                                {t('form.cancel')}
                              </Button>
                            </div>
                          ) : (
                            <div className="vs-person__actions">
                              <Button
                                size="small"
                                variant="ghost"
                                className="vs-icon-button"
                                onClick={() => void move(delegate, -1)}
                                disabled={busy || index === 0}
                                aria-label={t('versions.delegations.moveUpPerson', { name: nameOf(delegate) })}
                                title={t('versions.delegations.moveUp')}
                                aria-keyshortcuts="Alt+ArrowUp"
                                data-testid="delegate-move-up"
                              >
                                <span aria-hidden="true">↑</span>
                              </Button>
                              <Button
                                size="small"
                                variant="ghost"
                                className="vs-icon-button"
                                onClick={() => void move(delegate, 1)}
                                disabled={busy || index === delegates.length - 1}
                                aria-label={t('versions.delegations.moveDownPerson', { name: nameOf(delegate) })}
                                title={t('versions.delegations.moveDown')}
                                aria-keyshortcuts="Alt+ArrowDown"
                                data-testid="delegate-move-down"
                              >
                                <span aria-hidden="true">↓</span>
                              </Button>
                              <Button
                                size="small"
                                onClick={() => {
                                  setConfirming(null);
                                  setEditing({ mode: 'edit', id: delegate.id });
                                }}
                                disabled={busy}
                                aria-label={t('versions.delegations.editPerson', { name: nameOf(delegate) })}
                                data-testid="delegate-edit"
                              >
                                {t('versions.delegations.edit')}
                              </Button>
                              <Button
                                size="small"
                                variant="ghost"
                                onClick={() => {
                                  setConfirming(delegate.id);
                                  setFocus({ selector: rowSelector(delegate.id, 'delegate-remove-cancel') });
                                }}
                                disabled={busy}
                                aria-label={t('versions.delegations.removePerson', { name: nameOf(delegate) })}
                                data-testid="delegate-remove"
                              >
                                {t('versions.delegations.remove')}
                              </Button>
                            </div>
                          )}
                        </li>
                      ),
                    )}
                  </ol>
                ) : null}
                {adding ? (
                  <div className="vs-person vs-person--editing vs-person--new">
                    <DelegateForm
                      delegate={null}
                      delegationId={delegation.id}
                      initial={emptyDelegate(role)}
                      busy={busy}
                      onCancel={() => {
                        setEditing(null);
                        setFocus({ selector: addSelector(delegation.id, role) });
                      }}
                      onSubmit={async (request, values) => {
                        const before = new Set(doc.delegates.map((d) => d.id));
                        const refused = await run(request, {
                          focus: (fresh) => {
                            const added = fresh.delegates.find((d) => !before.has(d.id));
                            return added ? rowSelector(added.id, 'delegate-edit') : addSelector(delegation.id, role);
                          },
                          announce: t('versions.delegations.added', { name: nameOf(values) }),
                          fromForm: true,
                        });
                        if (!refused) setEditing(null);
                        return refused;
                      }}
                    />
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}

interface DelegateFormProps {
  /** null when adding. */
  delegate: Delegate | null;
  delegationId: string;
  initial: DelegateValues;
  busy: boolean;
  onCancel(): void;
  /** Sends the request; answers the refusal (to show by the fields) or null when saved. */
  onSubmit(request: () => Promise<CallResult<DocumentDetail>>, values: DelegateValues): Promise<CallFailure | null>;
}

const formFieldId = (scope: string, field: string) => `vs-delegate-${scope}-${field}`;

function DelegateForm({ delegate, delegationId, initial, busy, onCancel, onSubmit }: DelegateFormProps) {
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
    const raw = event.currentTarget.value;
    if ((event.nativeEvent as Partial<InputEvent>).isComposing) {
      set(field, raw);
      return;
    }
    const cleaned = cleanText(raw);
    if (cleaned.removedCharacters > 0) setRemoved((r) => ({ ...r, [field]: (r[field] ?? 0) + cleaned.removedCharacters }));
    set(field, cleaned.text);
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
