import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import { isoToDisplay } from '../../../shared/domain/dates';
import { DOCUMENT_KINDS } from '../../../shared/domain/document';
import { cleanText } from '../../../shared/domain/text';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, localName, useUiLanguage } from '../../i18n';
import { Button, DateInput, FormField, Notice, type ControlProps, useMounted, typedText } from '../../ui';
import { defaultDatelinePlace } from '../../../shared/domain/places';
import { kindName, subjectOf, subjectRepeatsKind } from '../../../shared/drafting/title';
import { laoDateLine, vietnameseDateLine } from '../../../shared/export/dates';
import {
  checkDetails,
  DETAILS_FIELD_ORDER,
  valuesOf,
  type DetailsDateField,
  type DetailsTextField,
  type DetailsValues,
} from './detailsForm';
import { isSignedRefusal, LaoReviewBadge, reloadDocument, splitIssues, type DocumentPanelProps } from './shared';

/** DOM id of a details field ("periodEnd" → "vs-details-periodEnd"). */
const fieldId = (field: string) => `vs-details-${field}`;

/**
 * The document's details: date and place, period, kind, parties. Read as facts; "Edit details" turns the
 * card into a form (titles, places and dates in both languages) saved with one `documents.update`.
 * Signed documents are frozen: no edit button, only the facts.
 */
export function DocumentDetailsPanel({ doc, onDocumentChange }: DocumentPanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const focusEdit = useRef(false);
  const mounted = useMounted();
  const signed = doc.status === 'signed';

  useLayoutEffect(() => {
    if (!editing && focusEdit.current) {
      focusEdit.current = false;
      root.current?.querySelector<HTMLElement>('[data-testid="details-edit"]')?.focus();
    }
  }, [editing]);

  // Signed meanwhile (e.g. from the signing bar): leave the form, the details are frozen now.
  useEffect(() => {
    setNote(null);
    if (signed) setEditing(false);
  }, [signed]);

  const close = (message: string | null) => {
    focusEdit.current = true;
    setEditing(false);
    setNote(message);
  };

  async function markTitleReviewed() {
    setBusy(true);
    setFailure(null);
    const answer = await call('documents.update', { id: doc.id, titleLoNeedsReview: false });
    const fresh = answer.ok ? await reloadDocument(doc.id) : answer;
    if (!mounted.current) return;
    setBusy(false);
    if (fresh.ok) onDocumentChange(fresh.value);
    else setFailure(fresh);
  }

  const period = doc.periodStart || doc.periodEnd;
  return (
    <section ref={root} className="vs-card" aria-labelledby="vs-details-heading" data-testid="details-panel">
      <div className="vs-card__head">
        <h2 className="vs-card__title" id="vs-details-heading">
          {t('versions.details.heading')}
        </h2>
        {!signed && !editing ? (
          <Button
            size="small"
            onClick={() => {
              setNote(null);
              setFailure(null);
              setEditing(true);
            }}
            data-testid="details-edit"
          >
            {t('versions.details.edit')}
          </Button>
        ) : null}
      </div>

      {note ? (
        <p className="vs-card__note" role="status" data-testid="details-note">
          {note}
        </p>
      ) : null}
      {failure ? (
        <Notice tone="error" role="alert" testId="details-failure">
          {failureMessage(t, failure)}
        </Notice>
      ) : null}

      {editing ? (
        <DetailsForm
          doc={doc}
          onCancel={() => close(null)}
          onSaved={(fresh) => {
            onDocumentChange(fresh);
            close(t('versions.details.saved'));
          }}
          onUnchanged={() => close(t('versions.details.unchanged'))}
          onFrozen={(refusal, fresh) => {
            close(null);
            setFailure(refusal);
            if (fresh) onDocumentChange(fresh);
          }}
        />
      ) : (
        <dl className="facts vs-facts" data-testid="details-facts">
          <div className="facts__item">
            <dt>{t('document.meeting')}</dt>
            <dd>
              <span className="facts__date" data-testid="details-meeting-date">
                {isoToDisplay(doc.meetingDate)}
              </span>
              {doc.placeVi.trim() !== '' ? <span lang="vi">{doc.placeVi}</span> : null}
              {doc.placeLo.trim() !== '' ? <span lang="lo">{doc.placeLo}</span> : null}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('versions.details.datelineFact')}</dt>
            <dd data-testid="details-dateline">
              <span lang="vi">{vietnameseDateLine(doc.datelinePlaceVi || defaultDatelinePlace(doc).vi, doc.meetingDate)}</span>
              <span lang="lo">{laoDateLine(doc.datelinePlaceLo || defaultDatelinePlace(doc).lo, doc.meetingDate)}</span>
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('document.period')}</dt>
            <dd data-testid="details-period">
              {period ? `${doc.periodStart ? isoToDisplay(doc.periodStart) : '…'} – ${doc.periodEnd ? isoToDisplay(doc.periodEnd) : '…'}` : <span className="muted">{t('versions.details.noPeriod')}</span>}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('versions.details.kind')}</dt>
            <dd>{t(`kind.${doc.kind}`)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('document.ourProvince')}</dt>
            <dd>{localName(doc.ourProvince, language)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('document.partners')}</dt>
            <dd>{doc.partners.map((p) => localName(p, language)).join(', ')}</dd>
          </div>
        </dl>
      )}
      {!editing && doc.titleLo.trim() !== '' && doc.titleLoNeedsReview ? (
        <p className="vs-review-line" data-testid="title-lo-review">
          <span className="vs-review-line__label">{t('form.titleLo')}</span>
          <LaoReviewBadge testId="title-lo-review-badge" />
          {!signed ? (
            <Button size="small" variant="ghost" onClick={() => void markTitleReviewed()} disabled={busy} data-testid="title-lo-mark-reviewed">
              {t('versions.common.markReviewed')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {signed ? (
        <p className="vs-frozen" data-testid="details-frozen">
          <span className="vs-frozen__mark" aria-hidden="true" />
          {t('versions.details.frozen')}
        </p>
      ) : null}
    </section>
  );
}

interface DetailsFormProps {
  doc: DocumentPanelProps['doc'];
  onCancel(): void;
  /** Saved; `fresh` is the stored document. */
  onSaved(fresh: DocumentPanelProps['doc']): void;
  /** Nothing was changed, so nothing was sent. */
  onUnchanged(): void;
  /** The backend refused because the document is signed; `fresh` is the stored document if it could be read. */
  onFrozen(failure: CallFailure, fresh: DocumentPanelProps['doc'] | null): void;
}

function DetailsForm({ doc, onCancel, onSaved, onUnchanged, onFrozen }: DetailsFormProps) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const [values, setValues] = useState<DetailsValues>(() => valuesOf(doc));
  const [removed, setRemoved] = useState<Partial<Record<DetailsTextField, number>>>({});
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const mounted = useMounted();
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const clientIssues = useMemo(() => {
    if (!checked) return [];
    const result = checkDetails(doc, values);
    return result.ok ? [] : result.issues;
  }, [checked, doc, values]);
  const { byField, other } = useMemo(() => {
    const merged = [...serverIssues, ...clientIssues.filter((c) => !serverIssues.some((s) => s.path === c.path))];
    return splitIssues(merged, DETAILS_FIELD_ORDER);
  }, [serverIssues, clientIssues]);
  const errorFor = (field: string) => {
    const issue = byField.get(field);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = DETAILS_FIELD_ORDER.find((f) => byField.has(f));
    if (field) document.getElementById(fieldId(field))?.focus();
    // Runs only when a refused save asks for it.
  }, [focusRequest]);

  function set<K extends keyof DetailsValues>(key: K, value: DetailsValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setServerIssues((current) => (current.some((i) => i.path === key || (key === 'periodStart' && i.path === 'periodEnd')) ? current.filter((i) => i.path !== key && !(key === 'periodStart' && i.path === 'periodEnd')) : current));
  }

  const onText = (field: DetailsTextField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const { text, removed: count } = typedText(event);
    if (count > 0) setRemoved((r) => ({ ...r, [field]: (r[field] ?? 0) + count }));
    set(field, text);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    setServerIssues([]);
    setFailure(null);
    const result = checkDetails(doc, values);
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    if (result.changed.length === 0) {
      onUnchanged();
      return;
    }
    setBusy(true);
    const answer = await call('documents.update', result.request);
    const fresh = answer.ok || isSignedRefusal(answer) ? await reloadDocument(doc.id) : null;
    if (!mounted.current) return;
    setBusy(false);
    if (!answer.ok && isSignedRefusal(answer)) {
      // Signed in the meantime (another window): the details are frozen now.
      onFrozen(answer, fresh?.ok ? fresh.value : null);
    } else if (!answer.ok && answer.issues && answer.issues.length > 0) {
      setServerIssues(answer.issues);
      setFocusRequest((n) => n + 1);
    } else if (!answer.ok) {
      setFailure(answer);
    } else if (fresh && !fresh.ok) {
      setFailure(fresh);
    } else if (fresh?.ok) {
      onSaved(fresh.value);
    }
  }

  // Decree 30: the subject under the kind must not repeat it ("BIÊN BẢN HỘI ĐÀM / Biên bản Hội nghị …").
  const repeatsKindNote = (lang: 'vi' | 'lo') =>
    subjectRepeatsKind(lang === 'vi' ? values.titleVi : values.titleLo, values.kind, lang)
      ? t('versions.details.subjectRepeatsKind', { kind: kindName(values.kind, lang), subject: subjectOf(lang === 'vi' ? values.titleVi : values.titleLo, values.kind, lang) })
      : undefined;
  const defaults = defaultDatelinePlace(doc);

  const text = (field: DetailsTextField, control: ControlProps, lang: 'vi' | 'lo', multiline: boolean, placeholder?: string) => {
    const common = {
      ...control,
      ...(placeholder ? { placeholder } : {}),
      name: field,
      lang,
      value: values[field],
      onChange: onText(field),
      onCompositionEnd: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        const cleaned = cleanText(event.currentTarget.value);
        set(field, cleaned.text);
      },
      autoComplete: 'off',
      disabled: busy,
      'data-testid': `details-input-${field}`,
    };
    return multiline ? (
      <textarea
        {...common}
        className="input input--multiline"
        rows={2}
        onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
          // Titles are one line; the box only wraps long text.
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
        }}
      />
    ) : (
      <input type="text" {...common} className="input" />
    );
  };
  const removedNote = (field: DetailsTextField) => (removed[field] ? t('form.cleaned', { count: removed[field] }) : undefined);
  const date = (field: DetailsDateField, control: ControlProps) => (
    <DateInput control={control} name={field} value={values[field]} onChange={(v) => set(field, v)} disabled={busy} testId={`details-input-${field}`} />
  );

  return (
    <form className="vs-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy} data-testid="details-form">
      {byField.size > 0 || other.length > 0 ? (
        <Notice tone="error" role="alert" testId="details-error-summary">
          <p>{t('form.fixErrors')}</p>
          {other.length > 0 ? (
            <ul>
              {other.map((issue) => (
                <li key={`${issue.path}:${issue.code}`}>{issueMessage(t, issue, locale)}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error" role="alert" testId="details-form-failure">
          {failureMessage(t, failure)}
        </Notice>
      ) : null}

      <div className="form__row form__row--pair">
        <FormField id={fieldId('kind')} label={t('versions.details.kind')} required error={errorFor('kind')}>
          {(control) => (
            <select
              {...control}
              ref={first}
              name="kind"
              className="input select"
              value={values.kind}
              onChange={(event) => set('kind', event.currentTarget.value as DetailsValues['kind'])}
              disabled={busy}
              data-testid="details-input-kind"
            >
              {DOCUMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={fieldId('meetingDate')} label={t('form.meetingDate')} required hint={t('form.dateHint')} error={errorFor('meetingDate')}>
          {(control) => date('meetingDate', control)}
        </FormField>
      </div>
      <div className="form__row form__row--pair">
        <FormField id={fieldId('titleVi')} label={t('form.titleVi')} required note={removedNote('titleVi') ?? repeatsKindNote('vi')} error={errorFor('titleVi')}>
          {(control) => text('titleVi', control, 'vi', true)}
        </FormField>
        <FormField id={fieldId('titleLo')} label={t('form.titleLo')} note={removedNote('titleLo') ?? repeatsKindNote('lo')} error={errorFor('titleLo')}>
          {(control) => text('titleLo', control, 'lo', true)}
        </FormField>
      </div>
      <div className="form__row form__row--pair">
        <FormField id={fieldId('placeVi')} label={t('form.placeVi')} note={removedNote('placeVi')} error={errorFor('placeVi')}>
          {(control) => text('placeVi', control, 'vi', false)}
        </FormField>
        <FormField id={fieldId('placeLo')} label={t('form.placeLo')} note={removedNote('placeLo')} error={errorFor('placeLo')}>
          {(control) => text('placeLo', control, 'lo', false)}
        </FormField>
      </div>
      <div className="form__row form__row--pair">
        <FormField
          id={fieldId('datelinePlaceVi')}
          label={t('versions.details.datelinePlaceVi')}
          hint={t('versions.details.datelinePlaceHint', { example: vietnameseDateLine(defaults.vi || 'Sầm Nưa', doc.meetingDate) })}
          note={removedNote('datelinePlaceVi')}
          error={errorFor('datelinePlaceVi')}
        >
          {(control) => text('datelinePlaceVi', control, 'vi', false, defaults.vi)}
        </FormField>
        <FormField id={fieldId('datelinePlaceLo')} label={t('versions.details.datelinePlaceLo')} note={removedNote('datelinePlaceLo')} error={errorFor('datelinePlaceLo')}>
          {(control) => text('datelinePlaceLo', control, 'lo', false, defaults.lo)}
        </FormField>
      </div>
      <div className="form__row form__row--pair">
        <FormField id={fieldId('periodStart')} label={t('versions.details.periodStart')} hint={t('versions.details.periodHint')} error={errorFor('periodStart')}>
          {(control) => date('periodStart', control)}
        </FormField>
        <FormField id={fieldId('periodEnd')} label={t('versions.details.periodEnd')} error={errorFor('periodEnd')}>
          {(control) => date('periodEnd', control)}
        </FormField>
      </div>

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy} data-testid="details-save">
          {busy ? t('form.saving') : t('versions.details.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy} data-testid="details-cancel">
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
