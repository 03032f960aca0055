import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate, Delegation, DocumentDetail, ProvinceRef } from '../../../shared/contract/schemas';
import { DELEGATE_ROLES, type Country, type DelegateRole } from '../../../shared/domain/document';
import { call, type CallFailure, type CallResult } from '../../bridge';
import { failureMessage, issueMessage, localName, useUiLanguage } from '../../i18n';
import { Button, Notice, useMounted } from '../../ui';
import { DelegateForm } from './DelegateForm';
import { emptyDelegate, moveIndex, valuesOfDelegate } from './delegateForm';
import { DelegationForm } from './DelegationForm';
import { RowActions } from './RowActions';
import {
  delegatesOf,
  delegationMoveIndex,
  newDelegationValues,
  orderedDelegations,
  partiesWithoutDelegation,
  sidesOf,
  suggestedNames,
  valuesOfDelegation,
} from './delegationForm';
import { isSignedRefusal, LaoReviewBadge, reloadDocument, type DocumentPanelProps } from './shared';

type Editing =
  | { mode: 'add'; delegationId: string; role: DelegateRole }
  | { mode: 'edit'; id: string }
  | { mode: 'add-delegation'; side: Country }
  | { mode: 'edit-delegation'; id: string }
  | null;

/** What to focus once the next document is on screen (rows re-render after every edit). */
type FocusTarget = { selector: string } | null;

const rowSelector = (id: string, control?: string) =>
  `[data-testid="delegate-row"][data-delegate-id="${id}"]${control ? ` [data-testid="${control}"]` : ''}`;
const delegationSelector = (id: string, control?: string) =>
  `[data-testid="delegation-editor"][data-delegation-id="${id}"]${control ? ` [data-testid="${control}"]` : ''}`;
const addSelector = (delegationId: string, role: DelegateRole) => delegationSelector(delegationId, `delegate-add-${role}`);
const addDelegationSelector = (side: Country) => `[data-testid="delegation-add-${side}"]`;

/**
 * Delegations as named bodies: for each side of the table (ours first) its delegations — "Đoàn đại biểu
 * cấp cao tỉnh …", or a body that is no province's (a National Assembly, a ministry, a party committee) —
 * each with its heads, members, signatories and witnesses (separate lists: the signer is not always the
 * head), Vietnamese and Lao side by side. Partner provinces without a delegation of their own are shown
 * as partners. Add, edit, remove (asks first), reorder (buttons, or Alt+↑ / Alt+↓ on a row). Every change
 * is one call and is saved at once. Signed: read only.
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

  const sides = useMemo(() => {
    const delegations = orderedDelegations(doc);
    return sidesOf(doc).map((side) => ({
      side,
      partnersOnly: partiesWithoutDelegation(doc, side),
      delegations: delegations
        .filter((d) => d.side === side)
        .map((delegation) => {
          const people = delegatesOf(doc, delegation.id);
          return { delegation, roles: DELEGATE_ROLES.map((role) => ({ role, delegates: people.filter((d) => d.role === role) })) };
        }),
    }));
  }, [doc]);

  const provinceName = (provinceId: string | null) => {
    const province = [doc.ourProvince, ...doc.partners].find((p) => p.provinceId === provinceId);
    return province ? localName(province, language) : null;
  };
  const nameOf = (d: Pick<Delegate, 'nameVi' | 'nameLo'>) => d.nameVi.trim() || d.nameLo.trim() || t('versions.delegations.unnamed');
  const delegationNameOf = (d: Pick<Delegation, 'nameVi' | 'nameLo'>) => (language === 'lo' && d.nameLo.trim() ? d.nameLo : d.nameVi);

  /**
   * Runs one delegations.* / delegates.* call; the answer is the whole document, handed to the page. Field
   * issues of a form's request are left to the form (`fromForm`); everything else is shown above the lists.
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
    const group = delegatesOf(doc, delegate.delegationId).filter((d) => d.role === delegate.role);
    const at = group.findIndex((d) => d.id === delegate.id);
    const newPosition = at + direction + 1;
    const lastPosition = group.length;
    // Keep focus on the button pressed, or on its twin when the row reached the end of its list.
    const pressed = direction < 0 ? 'delegate-move-up' : 'delegate-move-down';
    const twin = direction < 0 ? 'delegate-move-down' : 'delegate-move-up';
    const atEdge = newPosition === 1 || newPosition === lastPosition;
    await run(() => call('delegates.move', { id: delegate.id, index }), {
      focus: () => rowSelector(delegate.id, atEdge ? twin : pressed),
      announce: t('versions.delegations.moved', { name: nameOf(delegate), position: newPosition, total: lastPosition }),
    });
  }

  async function moveDelegation(delegation: Delegation, direction: -1 | 1) {
    const index = delegationMoveIndex(doc, delegation, direction);
    if (index === null || busy) return;
    const pressed = direction < 0 ? 'delegation-move-up' : 'delegation-move-down';
    await run(() => call('delegations.move', { id: delegation.id, index }), {
      focus: (fresh) => {
        const moved = fresh.delegations.find((d) => d.id === delegation.id);
        const stillMovable = moved && delegationMoveIndex(fresh, moved, direction) !== null;
        return delegationSelector(delegation.id, stillMovable ? pressed : 'delegation-edit');
      },
      announce: t('versions.delegations.delegationMoved', { name: delegationNameOf(delegation) }),
    });
  }

  async function remove(delegate: Delegate) {
    setConfirming(null);
    await run(() => call('delegates.remove', { id: delegate.id }), {
      focus: () => addSelector(delegate.delegationId, delegate.role),
      announce: t('versions.delegations.removed', { name: nameOf(delegate) }),
    });
  }

  async function removeDelegation(delegation: Delegation) {
    setConfirming(null);
    await run(() => call('delegations.remove', { id: delegation.id }), {
      focus: () => addDelegationSelector(delegation.side),
      announce: t('versions.delegations.delegationRemoved', { name: delegationNameOf(delegation) }),
    });
  }

  /** One click for the usual case: the province's own delegation, with the usual name (Lao flagged as a draft). */
  async function quickAdd(province: ProvinceRef) {
    const names = suggestedNames(doc, province.provinceId);
    if (!names || busy) return;
    const before = new Set(doc.delegations.map((d) => d.id));
    await run(
      () =>
        call('delegations.add', {
          documentId: doc.id,
          side: province.country,
          provinceId: province.provinceId,
          nameVi: names.nameVi,
          nameLo: names.nameLo,
          loNeedsReview: true,
        }),
      {
        focus: (fresh) => {
          const added = fresh.delegations.find((d) => !before.has(d.id));
          return added ? addSelector(added.id, 'head') : addDelegationSelector(province.country);
        },
        announce: t('versions.delegations.delegationAdded', { name: names.nameVi }),
      },
    );
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

  function delegationHeader(delegation: Delegation, index: number, count: number) {
    if (editing?.mode === 'edit-delegation' && editing.id === delegation.id) {
      return (
        <DelegationForm
          doc={doc}
          delegation={delegation}
          initial={valuesOfDelegation(delegation)}
          busy={busy}
          onCancel={() => {
            setEditing(null);
            setFocus({ selector: delegationSelector(delegation.id, 'delegation-edit') });
          }}
          onSubmit={async (request) => {
            const refused = await run(request, {
              focus: () => delegationSelector(delegation.id, 'delegation-edit'),
              announce: t('versions.delegations.delegationSaved', { name: delegationNameOf(delegation) }),
              fromForm: true,
            });
            if (!refused) setEditing(null);
            return refused;
          }}
        />
      );
    }
    const origin = provinceName(delegation.provinceId);
    const confirmKey = `delegation:${delegation.id}`;
    return (
      <div className="vs-delegation__head">
        <div className="vs-person__pair">
          <div className="vs-person__cell" lang="vi">
            <span className="vs-delegation__name" data-testid="delegation-name-vi">
              {delegation.nameVi || <span className="muted">—</span>}
            </span>
          </div>
          <div className="vs-person__cell" lang="lo">
            <span className="vs-delegation__name" data-testid="delegation-name-lo">
              {delegation.nameLo || <span className="muted">—</span>}
            </span>
            {delegation.loNeedsReview && delegation.nameLo ? <LaoReviewBadge testId="delegation-review-badge" /> : null}
          </div>
        </div>
        <p className="vs-delegation__origin" data-testid="delegation-origin">
          {origin ? t('versions.delegations.fromProvince', { name: origin }) : t('versions.delegations.fromNoProvince')}
        </p>
        {signed ? null : (
          <RowActions
            prefix="delegation"
            busy={busy}
            confirming={confirming === confirmKey}
            labels={{
              moveUp: t('versions.delegations.moveUpDelegation', { name: delegationNameOf(delegation) }),
              moveDown: t('versions.delegations.moveDownDelegation', { name: delegationNameOf(delegation) }),
              edit: t('versions.delegations.editDelegation', { name: delegationNameOf(delegation) }),
              remove: t('versions.delegations.removeDelegation', { name: delegationNameOf(delegation) }),
              question: t('versions.delegations.confirmRemoveDelegation', { name: delegationNameOf(delegation) }),
            }}
            canMoveUp={index > 0}
            canMoveDown={index < count - 1}
            onMove={(direction) => void moveDelegation(delegation, direction)}
            onEdit={() => {
              setConfirming(null);
              setEditing({ mode: 'edit-delegation', id: delegation.id });
            }}
            onAskRemove={() => {
              setConfirming(confirmKey);
              setFocus({ selector: delegationSelector(delegation.id, 'delegation-remove-cancel') });
            }}
            onRemove={() => void removeDelegation(delegation)}
            onCancelRemove={() => {
              setConfirming(null);
              setFocus({ selector: delegationSelector(delegation.id, 'delegation-remove') });
            }}
          />
        )}
      </div>
    );
  }

  function personRow(delegate: Delegate, index: number, count: number) {
    if (editing?.mode === 'edit' && editing.id === delegate.id) {
      return (
        <li key={delegate.id} className="vs-person vs-person--editing" data-testid="delegate-row" data-delegate-id={delegate.id}>
          <DelegateForm
            delegate={delegate}
            delegationId={delegate.delegationId}
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
      );
    }
    return (
      <li key={delegate.id} className="vs-person" data-testid="delegate-row" data-delegate-id={delegate.id} onKeyDown={signed ? undefined : onRowKeyDown(delegate)}>
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
        {signed ? null : (
          <RowActions
            prefix="delegate"
            busy={busy}
            confirming={confirming === delegate.id}
            labels={{
              moveUp: t('versions.delegations.moveUpPerson', { name: nameOf(delegate) }),
              moveDown: t('versions.delegations.moveDownPerson', { name: nameOf(delegate) }),
              edit: t('versions.delegations.editPerson', { name: nameOf(delegate) }),
              remove: t('versions.delegations.removePerson', { name: nameOf(delegate) }),
              question: t('versions.delegations.confirmRemove', { name: nameOf(delegate) }),
            }}
            canMoveUp={index > 0}
            canMoveDown={index < count - 1}
            keyShortcuts
            onMove={(direction) => void move(delegate, direction)}
            onEdit={() => {
              setConfirming(null);
              setEditing({ mode: 'edit', id: delegate.id });
            }}
            onAskRemove={() => {
              setConfirming(delegate.id);
              setFocus({ selector: rowSelector(delegate.id, 'delegate-remove-cancel') });
            }}
            onRemove={() => void remove(delegate)}
            onCancelRemove={() => {
              setConfirming(null);
              setFocus({ selector: rowSelector(delegate.id, 'delegate-remove') });
            }}
          />
        )}
      </li>
    );
  }

  const isEmptyRole = (delegationId: string, role: DelegateRole, delegates: Delegate[]) =>
    delegates.length === 0 && !(editing?.mode === 'add' && editing.delegationId === delegationId && editing.role === role);

  function roleGroup(delegation: Delegation, role: DelegateRole, delegates: Delegate[]) {
    const adding = editing?.mode === 'add' && editing.delegationId === delegation.id && editing.role === role;
    if (signed && delegates.length === 0) return null;
    const groupId = `vs-role-${delegation.id}-${role}`;
    return (
      <div key={role} className={delegates.length === 0 && !adding ? 'vs-role vs-role--empty' : 'vs-role'} data-testid="delegate-group" data-role={role}>
        <div className="vs-role__head">
          <h5 className="vs-role__title" id={groupId}>
            {t(`versions.delegations.roles.${role}`)}
            <span className="vs-role__count">{delegates.length}</span>
          </h5>
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
              aria-label={`${t(`versions.delegations.add.${role}`)} — ${delegationNameOf(delegation)}`}
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
            {delegates.map((delegate, index) => personRow(delegate, index, delegates.length))}
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
  }

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
          {t('versions.delegations.introNamed')} <span className="vs-keys">{t('versions.delegations.reorderHint')}</span>
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

      {sides.map(({ side, partnersOnly, delegations }) => {
        const addingHere = editing?.mode === 'add-delegation' && editing.side === side;
        return (
          <div key={side} className="vs-side" data-testid="delegation-side" data-side={side}>
            <h3 className="vs-side__title">{t(`versions.delegations.side.${side}`)}</h3>
            {partnersOnly.length > 0 ? (
              <div className="vs-side__partners" data-testid="partners-without-delegation">
                <p>{t('versions.delegations.partnersOnly', { names: partnersOnly.map((p) => localName(p, language)).join(', ') })}</p>
                {signed ? null : (
                  <div className="vs-side__quick">
                    {partnersOnly.map((province) => (
                      <Button
                        key={province.provinceId}
                        size="small"
                        variant="ghost"
                        onClick={() => void quickAdd(province)}
                        disabled={busy}
                        data-testid="delegation-quick-add"
                        data-province-id={province.provinceId}
                      >
                        <span aria-hidden="true" className="btn__icon">
                          +
                        </span>
                        {t('versions.delegations.quickAdd', { name: localName(province, language) })}
                      </Button>
                    ))}
                  </div>
                )}
              </div>
            ) : null}
            {delegations.length === 0 && !addingHere ? (
              <p className="vs-side__empty muted" data-testid="delegation-side-empty">
                {t('versions.delegations.noDelegation')}
              </p>
            ) : null}
            {delegations.map(({ delegation, roles }, index) => (
              <div
                key={delegation.id}
                className="vs-party vs-delegation"
                data-testid="delegation-editor"
                data-delegation-id={delegation.id}
                data-province-id={delegation.provinceId ?? ''}
                role="group"
                aria-label={delegationNameOf(delegation)}
              >
                {delegationHeader(delegation, index, delegations.length)}
                {roles.filter((r) => !isEmptyRole(delegation.id, r.role, r.delegates)).map(({ role, delegates }) => roleGroup(delegation, role, delegates))}
                {signed ? null : (
                  // Roles nobody holds yet: one compact row of "add" buttons instead of four empty lists.
                  <div className="vs-roles-empty" data-testid="delegate-empty-roles">
                    {roles.filter((r) => isEmptyRole(delegation.id, r.role, r.delegates)).map(({ role, delegates }) => roleGroup(delegation, role, delegates))}
                  </div>
                )}
              </div>
            ))}
            {signed ? null : addingHere ? (
              <div className="vs-party vs-delegation vs-delegation--new">
                <DelegationForm
                  doc={doc}
                  delegation={null}
                  initial={newDelegationValues(doc, side)}
                  busy={busy}
                  onCancel={() => {
                    setEditing(null);
                    setFocus({ selector: addDelegationSelector(side) });
                  }}
                  onSubmit={async (request, values) => {
                    const before = new Set(doc.delegations.map((d) => d.id));
                    const refused = await run(request, {
                      focus: (fresh) => {
                        const added = fresh.delegations.find((d) => !before.has(d.id));
                        return added ? addSelector(added.id, 'head') : addDelegationSelector(side);
                      },
                      announce: t('versions.delegations.delegationAdded', { name: values.nameVi }),
                      fromForm: true,
                    });
                    if (!refused) setEditing(null);
                    return refused;
                  }}
                />
              </div>
            ) : (
              <Button
                size="small"
                className="vs-side__add"
                onClick={() => {
                  setConfirming(null);
                  setEditing({ mode: 'add-delegation', side });
                }}
                disabled={busy}
                data-testid={`delegation-add-${side}`}
              >
                <span aria-hidden="true" className="btn__icon">
                  +
                </span>
                {t('versions.delegations.addDelegation', { side: t(`versions.delegations.side.${side}`) })}
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}
