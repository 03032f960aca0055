import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import { LIMITS } from '../../../shared/contract/fields';
import type { Province } from '../../../shared/contract/schemas';
import type { TemplateSummary } from '../../../shared/contract/features/templates';
import { displayToIso, checkIsoDate } from '../../../shared/domain/dates';
import { DOCUMENT_KINDS, type Country, type DocumentKind } from '../../../shared/domain/document';
import { cleanText } from '../../../shared/domain/text';
import { matchPlaces } from '../../../shared/domain/places';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, localName, useUiLanguage } from '../../i18n';
import { Button, FieldSet, FormField, Loading, Notice, Page, PageHeading, type ControlProps, useLoad } from '../../ui';
import { checkCreateForm, EMPTY_FORM, fieldOrder, type CreateFormValues, type TextField } from './createForm';

export interface CreateDocumentScreenProps {
  onCreated(id: string): void;
  onCancel(): void;
  backHref: string;
}

/** DOM id of the control for a field path ("partnerProvinceIds.1" → "field-partnerProvinceIds-1"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./gu, '-')}`;
}

export function CreateDocumentScreen(props: CreateDocumentScreenProps) {
  const { t } = useTranslation();
  const [provinces, reload] = useLoad('provinces', () => call('provinces.list', {}));
  // Templates are a comfort: if they cannot be read, the officer can still start a blank document.
  const [templates] = useLoad('templates', () => call('templates.list', {}));
  return (
    <Page
      width="normal"
      testId="create-document"
      top={
        <a className="back-link" href={props.backHref} data-testid="back-link">
          <span aria-hidden="true">‹ </span>
          {t('nav.back')}
        </a>
      }
      heading={<PageHeading>{t('form.heading')}</PageHeading>}
      subheading={<p className="page__intro">{t('form.intro')}</p>}
    >
      {provinces.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {provinces.status === 'failed' ? (
        <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {failureMessage(t, provinces.failure)}
        </Notice>
      ) : null}
      {provinces.status === 'ready' && templates.status !== 'loading' ? (
        <CreateDocumentForm {...props} provinces={provinces.value} templates={templates.status === 'ready' ? templates.value : []} />
      ) : null}
    </Page>
  );
}

interface FormProps extends CreateDocumentScreenProps {
  provinces: Province[];
  templates: TemplateSummary[];
}

/** '' = the built-in template of the chosen kind, 'blank' = no template, otherwise a template id. */
const AUTO_TEMPLATE = '';
const BLANK = 'blank';

function resolveTemplate(choice: string, kind: DocumentKind, templates: readonly TemplateSummary[]): string | undefined {
  if (choice === BLANK) return undefined;
  if (choice !== AUTO_TEMPLATE && templates.some((tpl) => tpl.id === choice && tpl.kind === kind)) return choice;
  return templates.find((tpl) => tpl.kind === kind && tpl.builtin)?.id;
}

function otherCountry(country: Country): Country {
  return country === 'VN' ? 'LA' : 'VN';
}

function CreateDocumentForm({ provinces, templates, onCreated, onCancel }: FormProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const [values, setValues] = useState<CreateFormValues>(EMPTY_FORM);
  const [templateChoice, setTemplateChoice] = useState(AUTO_TEMPLATE);
  const templatesOfKind = templates.filter((tpl) => tpl.kind === values.kind);
  /** Characters removed from each text field so far (shown next to it). */
  const [removed, setRemoved] = useState<Partial<Record<TextField, number>>>({});
  /** After the first submit, client-side issues follow the values live. */
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  /** A control to focus once the next render is on screen (e.g. a partner select just added). */
  const [focusAfterRender, setFocusAfterRender] = useState<string | null>(null);
  const pendingCaret = useRef<{ element: HTMLInputElement | HTMLTextAreaElement; position: number } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const byCountry = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const sorted = [...provinces].sort((a, b) => collator.compare(localName(a, language), localName(b, language)));
    return { VN: sorted.filter((p) => p.country === 'VN'), LA: sorted.filter((p) => p.country === 'LA') };
  }, [provinces, language, locale]);
  const provinceById = useMemo(() => new Map(provinces.map((p) => [p.id, p])), [provinces]);
  // Officers spell Lao provinces many ways ("Bô-ly-khăm-xay", "Bolikhămxay"): the finder matches every alias.
  const [partnerQuery, setPartnerQuery] = useState('');
  const ours = provinceById.get(values.ourProvinceId);

  const clientCheck = useMemo(() => (checked ? checkCreateForm(values, provinces) : null), [checked, values, provinces]);
  const issues = useMemo(() => {
    const map = new Map<string, FieldIssue>();
    for (const issue of serverIssues) map.set(issue.path, issue);
    if (clientCheck && !clientCheck.ok) for (const issue of clientCheck.issues) if (!map.has(issue.path)) map.set(issue.path, issue);
    return map;
  }, [serverIssues, clientCheck]);
  const errorFor = (path: string): string | undefined => {
    const issue = issues.get(path);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };
  const knownPaths = new Set(fieldOrder(values));
  const otherIssues = [...issues.values()].filter((issue) => !knownPaths.has(issue.path));

  // Move focus to the first field with a problem after a refused submit.
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = fieldOrder(values).find((path) => issues.has(path));
    if (!first) return;
    const target =
      first === 'kind' ? document.getElementById(fieldId(`kind-${values.kind}`)) : document.getElementById(fieldId(first));
    const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('select, input, button') : target;
    control?.focus();
    // Runs only when a submit asks for it (focusRequest), with that render's values and issues.
  }, [focusRequest]);

  useLayoutEffect(() => {
    if (focusAfterRender === null) return;
    document.getElementById(focusAfterRender)?.focus();
    setFocusAfterRender(null);
  }, [focusAfterRender]);

  // Keep the caret where the officer was typing when cleaning changed the text.
  useEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    if (document.activeElement === pending.element) pending.element.setSelectionRange(pending.position, pending.position);
  });

  function forgetServerIssues(predicate: (path: string) => boolean) {
    setServerIssues((current) => (current.some((i) => predicate(i.path)) ? current.filter((i) => !predicate(i.path)) : current));
  }

  function update<K extends keyof CreateFormValues>(key: K, value: CreateFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    forgetServerIssues((path) => path === key || path.startsWith(`${key}.`));
  }

  /** Input boundary: NFC and strip characters Word cannot store, telling the officer how many went. */
  function onText(field: TextField) {
    return (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const element = event.currentTarget;
      const raw = element.value;
      const native = event.nativeEvent as Partial<InputEvent>;
      if (native.isComposing) {
        // An input method is still composing a syllable: clean once it is done (onCompositionEnd).
        update(field, raw);
        return;
      }
      applyClean(field, element, raw);
    };
  }

  function applyClean(field: TextField, element: HTMLInputElement | HTMLTextAreaElement, raw: string) {
    const cleaned = cleanText(raw);
    if (cleaned.text !== raw) {
      const caret = element.selectionStart ?? raw.length;
      pendingCaret.current = { element, position: cleanText(raw.slice(0, caret)).text.length };
    }
    if (cleaned.removedCharacters > 0) {
      setRemoved((current) => ({ ...current, [field]: (current[field] ?? 0) + cleaned.removedCharacters }));
    }
    update(field, cleaned.text);
  }

  function onCompositionEnd(field: TextField) {
    return (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      applyClean(field, event.currentTarget, event.currentTarget.value);
    };
  }

  function onOurProvince(id: string) {
    const next = provinceById.get(id);
    setValues((current) => ({
      ...current,
      ourProvinceId: id,
      // A partner on our own side of the border is never meant: clear it rather than keep a hidden value.
      partnerProvinceIds: current.partnerProvinceIds.map((pid) =>
        next && provinceById.get(pid)?.country === next.country ? '' : pid,
      ),
    }));
    forgetServerIssues((path) => path === 'ourProvinceId' || path.startsWith('partnerProvinceIds'));
  }

  function setPartner(index: number, id: string) {
    setValues((current) => ({
      ...current,
      partnerProvinceIds: current.partnerProvinceIds.map((pid, i) => (i === index ? id : pid)),
    }));
    forgetServerIssues((path) => path.startsWith('partnerProvinceIds'));
  }

  function addPartner() {
    setValues((current) => ({ ...current, partnerProvinceIds: [...current.partnerProvinceIds, ''] }));
    forgetServerIssues((path) => path.startsWith('partnerProvinceIds'));
    setFocusAfterRender(fieldId(`partnerProvinceIds.${values.partnerProvinceIds.length}`));
  }

  /** A province found by any of its spellings becomes a partner: the first empty slot, else a new one. */
  function choosePartner(id: string) {
    setValues((current) => {
      if (current.partnerProvinceIds.includes(id)) return current;
      const empty = current.partnerProvinceIds.indexOf('');
      const partnerProvinceIds =
        empty >= 0 ? current.partnerProvinceIds.map((pid, i) => (i === empty ? id : pid)) : [...current.partnerProvinceIds, id];
      return { ...current, partnerProvinceIds };
    });
    forgetServerIssues((path) => path.startsWith('partnerProvinceIds'));
    setPartnerQuery('');
  }

  function removePartner(index: number) {
    setValues((current) => ({
      ...current,
      partnerProvinceIds: current.partnerProvinceIds.filter((_, i) => i !== index),
    }));
    forgetServerIssues((path) => path.startsWith('partnerProvinceIds'));
    setFocusAfterRender(fieldId(`partnerProvinceIds.${Math.max(0, index - 1)}`));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    setServerIssues([]);
    setFailure(null);
    const result = checkCreateForm(values, provinces);
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    const templateId = resolveTemplate(templateChoice, values.kind, templates);
    const answer = await call('documents.create', { ...result.request, ...(templateId ? { templateId } : {}) });
    if (!mounted.current) return;
    setBusy(false);
    if (answer.ok) {
      onCreated(answer.value.id);
      return;
    }
    if (answer.issues && answer.issues.length > 0) {
      setServerIssues(answer.issues);
      setFocusRequest((n) => n + 1);
    } else {
      setFailure(answer);
    }
  }

  const hasIssues = issues.size > 0;
  const partnerCountry: Country | null = ours ? otherCountry(ours.country) : null;

  const provinceOptions = (countries: readonly Country[], current: string) => {
    const shown = new Set<string>();
    const groups = countries.map((country) => {
      const list = byCountry[country];
      for (const p of list) shown.add(p.id);
      return (
        <optgroup key={country} label={t(country === 'VN' ? 'form.vietnam' : 'form.laos')}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {localName(p, language)}
            </option>
          ))}
        </optgroup>
      );
    });
    const stray = current !== '' && !shown.has(current) ? provinceById.get(current) : undefined;
    return (
      <>
        <option value="">{t('form.choose')}</option>
        {groups}
        {stray ? <option value={stray.id}>{localName(stray, language)}</option> : null}
      </>
    );
  };

  const textControl = (field: TextField, control: ControlProps, lang: 'vi' | 'lo', multiline: boolean) => {
    const common = {
      ...control,
      name: field,
      lang,
      value: values[field],
      onChange: onText(field),
      onCompositionEnd: onCompositionEnd(field),
      autoComplete: 'off',
      className: multiline ? 'input input--multiline' : 'input',
      disabled: busy,
    };
    return multiline ? (
      <textarea
        {...common}
        rows={2}
        onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
          // Titles are one line; the box only wraps long text. Enter does not start a new line.
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
        }}
      />
    ) : (
      <input type="text" {...common} />
    );
  };

  const removedNote = (field: TextField) => {
    const count = removed[field];
    return count ? t('form.cleaned', { count }) : undefined;
  };

  const datePreview = (() => {
    const iso = displayToIso(values.meetingDate);
    if (!iso || checkIsoDate(iso) !== null) return null;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  })();

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy} data-testid="create-form">
      {hasIssues ? (
        <Notice tone="error" role="alert" testId="form-error-summary">
          <p>{t('form.fixErrors')}</p>
          {otherIssues.length > 0 ? (
            <ul>
              {otherIssues.map((issue) => (
                <li key={issue.path}>{issueMessage(t, issue, locale)}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error" role="alert" testId="form-failure">
          {failureMessage(t, failure)}
        </Notice>
      ) : null}

      <div className="form__section">
        <FieldSet id={fieldId('kind')} legend={t('form.kind')} required error={errorFor('kind')}>
          <div className="choice-cards">
            {DOCUMENT_KINDS.map((kind: DocumentKind) => (
              <label key={kind} className="choice-card" htmlFor={fieldId(`kind-${kind}`)}>
                <input
                  type="radio"
                  id={fieldId(`kind-${kind}`)}
                  name="kind"
                  value={kind}
                  checked={values.kind === kind}
                  onChange={() => {
                    update('kind', kind);
                    setTemplateChoice(AUTO_TEMPLATE);
                  }}
                  disabled={busy}
                />
                <span className="choice-card__label">{t(`kind.${kind}`)}</span>
              </label>
            ))}
          </div>
        </FieldSet>

        <FormField id={fieldId('templateId')} label={t('form.template')} hint={t('form.templateHint')} error={errorFor('templateId')}>
          {(control) => (
            <select
              {...control}
              name="templateId"
              className="input select"
              value={templateChoice}
              onChange={(event) => setTemplateChoice(event.currentTarget.value)}
              disabled={busy}
              data-testid="template-select"
            >
              {templatesOfKind.some((tpl) => tpl.builtin) ? <option value={AUTO_TEMPLATE}>{t('form.templateBuiltin', { kind: t(`kind.${values.kind}`) })}</option> : null}
              {templatesOfKind
                .filter((tpl) => !tpl.builtin)
                .map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>
                    {`${language === 'lo' && tpl.nameLo ? tpl.nameLo : tpl.nameVi} (v${tpl.version})`}
                  </option>
                ))}
              <option value={BLANK}>{t('form.templateBlank')}</option>
            </select>
          )}
        </FormField>

        <div className="form__row form__row--province-date">
          <FormField id={fieldId('ourProvinceId')} label={t('form.ourProvince')} required error={errorFor('ourProvinceId')}>
            {(control) => (
              <select
                {...control}
                name="ourProvinceId"
                className="input select"
                value={values.ourProvinceId}
                onChange={(event) => onOurProvince(event.currentTarget.value)}
                disabled={busy}
              >
                {provinceOptions(['VN', 'LA'], values.ourProvinceId)}
              </select>
            )}
          </FormField>

          <FormField
            id={fieldId('meetingDate')}
            label={t('form.meetingDate')}
            required
            hint={t('form.dateHint')}
            error={errorFor('meetingDate')}
          >
            {(control) => (
              <div className="date-input">
                <input
                  {...control}
                  type="text"
                  name="meetingDate"
                  className="input input--date"
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder={t('form.datePlaceholder')}
                  value={values.meetingDate}
                  onChange={(event) => update('meetingDate', event.currentTarget.value)}
                  disabled={busy}
                />
                {datePreview ? (
                  <span className="date-input__preview" data-testid="date-preview">
                    {datePreview}
                  </span>
                ) : null}
              </div>
            )}
          </FormField>
        </div>

        <FieldSet
          id={fieldId('partnerProvinceIds')}
          legend={t('form.partners')}
          required
          hint={t('form.partnersHint')}
          error={errorFor('partnerProvinceIds')}
        >
          <ol className="partner-list">
            {values.partnerProvinceIds.map((partnerId, index) => {
              const path = `partnerProvinceIds.${index}`;
              const id = fieldId(path);
              const error = errorFor(path);
              const label = t('form.partnerN', { n: index + 1 });
              return (
                <li key={index} className={error ? 'partner-row partner-row--invalid' : 'partner-row'}>
                  <label className="partner-row__number" htmlFor={id}>
                    <span aria-hidden="true">{index + 1}.</span>
                    <span className="visually-hidden">{label}</span>
                  </label>
                  <div className="partner-row__control">
                    <select
                      id={id}
                      name={path}
                      className="input select"
                      value={partnerId}
                      aria-required
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(event) => setPartner(index, event.currentTarget.value)}
                      disabled={busy}
                    >
                      {provinceOptions(partnerCountry ? [partnerCountry] : ['LA', 'VN'], partnerId)}
                    </select>
                    {error ? (
                      <p id={`${id}-error`} className="field__error" role="alert" data-testid={`${id}-error`}>
                        {error}
                      </p>
                    ) : null}
                  </div>
                  {values.partnerProvinceIds.length > 1 ? (
                    <Button
                      size="small"
                      variant="ghost"
                      className="partner-row__remove"
                      aria-label={`${t('form.removePartner')}: ${label}`}
                      onClick={() => removePartner(index)}
                      disabled={busy}
                      data-testid={`remove-partner-${index}`}
                    >
                      {t('form.removePartner')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <div className="partner-finder">
            <label className="partner-finder__label" htmlFor={fieldId('partnerQuery')}>
              {t('form.findPartner')}
            </label>
            <input
              id={fieldId('partnerQuery')}
              className="input"
              type="search"
              value={partnerQuery}
              onChange={(event) => setPartnerQuery(event.currentTarget.value)}
              placeholder={t('form.findPartnerPlaceholder')}
              autoComplete="off"
              disabled={busy}
              data-testid="partner-finder"
            />
            {partnerQuery.trim() !== '' ? (
              <div className="partner-finder__matches" role="group" aria-label={t('form.findPartner')} data-testid="partner-matches">
                {matchPlaces(
                  partnerQuery,
                  provinces.filter((p) => p.id !== values.ourProvinceId && (!partnerCountry || p.country === partnerCountry)),
                )
                  .slice(0, 6)
                  .map((p) => (
                    <Button
                      key={p.id}
                      size="small"
                      onClick={() => choosePartner(p.id)}
                      disabled={busy || values.partnerProvinceIds.includes(p.id)}
                      data-testid="partner-match"
                      data-province-id={p.id}
                    >
                      <span aria-hidden="true" className="btn__icon">
                        +
                      </span>
                      {localName(p, language)}
                    </Button>
                  ))}
              </div>
            ) : null}
          </div>
          {values.partnerProvinceIds.length < LIMITS.partnersPerDocument ? (
            <Button size="small" onClick={addPartner} disabled={busy} data-testid="add-partner">
              <span aria-hidden="true" className="btn__icon">+</span>
              {t('form.addPartner')}
            </Button>
          ) : null}
        </FieldSet>
      </div>

      <div className="form__section form__section--bilingual">
        <div className="form__row form__row--pair">
          <FormField id={fieldId('placeVi')} label={t('form.placeVi')} note={removedNote('placeVi')} error={errorFor('placeVi')}>
            {(control) => textControl('placeVi', control, 'vi', false)}
          </FormField>
          <FormField id={fieldId('placeLo')} label={t('form.placeLo')} note={removedNote('placeLo')} error={errorFor('placeLo')}>
            {(control) => textControl('placeLo', control, 'lo', false)}
          </FormField>
        </div>
        <div className="form__row form__row--pair">
          <FormField
            id={fieldId('titleVi')}
            label={t('form.titleVi')}
            required
            note={removedNote('titleVi')}
            error={errorFor('titleVi')}
          >
            {(control) => textControl('titleVi', control, 'vi', true)}
          </FormField>
          <FormField id={fieldId('titleLo')} label={t('form.titleLo')} note={removedNote('titleLo')} error={errorFor('titleLo')}>
            {(control) => textControl('titleLo', control, 'lo', true)}
          </FormField>
        </div>
      </div>

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy} data-testid="create-submit">
          {busy ? t('form.saving') : t('form.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy} data-testid="create-cancel">
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
