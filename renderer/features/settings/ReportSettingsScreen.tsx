import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Req } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { ReportSettings } from '../../../shared/contract/features/settings';
import { call, type CallFailure } from '../../bridge';
import { failureMessage, issueMessage, useUiLanguage } from '../../i18n';
import { Button, FieldSet, FormField, Loading, Notice, Page, PageHeading, useLoad, useMounted } from '../../ui';
import { checkRequest, fieldOf, toFormValues, toRequest, type SettingsField, type SettingsFormValues } from './reportSettingsForm';

/**
 * What the progress report prints as a Decree 30 internal report, filled once: the issuing body, the
 * number symbol, the place of the date line, the signer and "Nơi nhận", for the Vietnamese and the Lao report.
 */
export function ReportSettingsScreen() {
  const { t } = useTranslation();
  const [settings] = useLoad('report-settings', () => call('settings.get', {}));
  return (
    <Page
      top={
        <button type="button" className="back-link st-back" onClick={() => window.history.back()} data-testid="report-settings-back">
          <span aria-hidden="true">‹ </span>
          {t('followup.reportSettingsForm.back')}
        </button>
      }
      heading={<PageHeading>{t('followup.reportSettings.heading')}</PageHeading>}
      subheading={t('followup.reportSettingsForm.intro')}
      testId="report-settings-screen"
    >
      {settings.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {settings.status === 'failed' ? (
        <Notice tone="error" role="alert">
          {failureMessage(t, settings.failure)}
        </Notice>
      ) : null}
      {settings.status === 'ready' ? <ReportSettingsForm initial={settings.value} /> : null}
    </Page>
  );
}

function ReportSettingsForm({ initial }: { initial: ReportSettings }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const mounted = useMounted();
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(initial));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const errorOf = (field: SettingsField) => {
    const issue = issues.find((i) => fieldOf(i) === field);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };
  const set = (field: SettingsField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = toRequest(values);
    const found = checkRequest(request);
    setIssues(found);
    setFailure(null);
    setSaved(false);
    if (found.length > 0) {
      document.getElementById(`settings-${fieldOf(found[0]!)}`)?.focus();
      return;
    }
    setBusy(true);
    const answer = await call('settings.update', request as Req<'settings.update'>);
    if (!mounted.current) return;
    setBusy(false);
    if (answer.ok) {
      setValues(toFormValues(answer.value));
      setSaved(true);
    } else if (answer.issues?.length) {
      setIssues(answer.issues);
    } else {
      setFailure(answer);
    }
  };

  const box = (field: SettingsField, label: ReactNode, lang: 'vi' | 'lo' | undefined, rows = 0) => (
    <FormField id={`settings-${field}`} label={label} error={errorOf(field)} className="st-field">
      {(control) =>
        rows > 0 ? (
          <textarea {...control} className="input input--multiline st-lines" rows={rows} lang={lang} value={values[field]} onChange={(e) => set(field)(e.target.value)} data-testid={`settings-${field}`} />
        ) : (
          <input {...control} className="input" lang={lang} value={values[field]} onChange={(e) => set(field)(e.target.value)} data-testid={`settings-${field}`} />
        )
      }
    </FormField>
  );
  const pair = (name: 'issuingBody' | 'place' | 'signerTitle' | 'signerName' | 'recipients', legend: string, hint: string | undefined, rows = 0) => (
    <FieldSet id={`settings-${name}`} legend={legend} hint={hint} className="st-pair">
      <div className="st-pair__boxes">
        {box(`${name}Vi` as SettingsField, t('followup.reportSettingsForm.vi'), 'vi', rows)}
        {box(`${name}Lo` as SettingsField, t('followup.reportSettingsForm.lo'), 'lo', rows)}
      </div>
    </FieldSet>
  );

  return (
    <form className="st-form" onSubmit={(e) => void submit(e)} noValidate data-testid="report-settings-form">
      {pair('issuingBody', t('followup.reportSettings.issuingBody'), t('followup.reportSettingsForm.issuingBodyHint'), 3)}
      <div className="st-single">
        <FormField id="settings-numberSymbol" label={t('followup.reportSettings.numberSymbol')} hint={t('followup.reportSettingsForm.numberSymbolHint')} error={errorOf('numberSymbol')}>
          {(control) => (
            <input {...control} className="input st-short" value={values.numberSymbol} onChange={(e) => set('numberSymbol')(e.target.value)} data-testid="settings-numberSymbol" />
          )}
        </FormField>
      </div>
      {pair('place', t('followup.reportSettings.place'), t('followup.reportSettingsForm.placeHint'))}
      {pair('signerTitle', t('followup.reportSettings.signerTitle'), t('followup.reportSettingsForm.signerTitleHint'), 3)}
      {pair('signerName', t('followup.reportSettings.signerName'), undefined)}
      {pair('recipients', t('followup.reportSettings.recipients'), t('followup.reportSettingsForm.recipientsHint'), 5)}
      {failure ? (
        <Notice tone="error" role="alert">
          {failureMessage(t, failure)}
        </Notice>
      ) : null}
      <div className="st-actions">
        <Button type="submit" variant="primary" disabled={busy} data-testid="settings-save">
          {t('followup.reportSettings.save')}
        </Button>
        {saved ? (
          <span role="status" className="st-saved" data-testid="settings-saved">
            {t('followup.reportSettingsForm.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
