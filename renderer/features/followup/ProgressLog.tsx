import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseTracking, ProgressEntry } from '../../../shared/contract/features/followup';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { useToday } from '../../today';
import { Button, cx, DateInput, FormField } from '../../ui';
import { DATE_ISSUES, eventDate } from './dates';
import { parseFigure } from './format';
import { useAction, withDisplayDates } from './useAction';

interface Picked {
  token: string;
  fileName: string;
  size: number;
}

/**
 * The append-only progress log of a task (newest first; a corrected entry stays, struck through) and the
 * form that adds an entry: date of the event (today by default, may be back-dated to the signing date),
 * author, text in either language, values for the task's indicators (each with how its reports combine:
 * the total so far, or what was added), evidence files. "Correct this entry" fills the form to supersede it.
 */
export function ProgressLog({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const today = useToday();
  const action = useAction();
  const pick = useAction();
  const [date, setDate] = useState(isoToDisplay(today));
  const [author, setAuthor] = useState('');
  const [textVi, setTextVi] = useState('');
  const [textLo, setTextLo] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Picked[]>([]);
  const [supersedes, setSupersedes] = useState<ProgressEntry | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  const backendDateError = action.issue && (DATE_ISSUES.has(action.issue.code) || action.issue.path === 'entryDate') ? action.error : null;
  const otherError = localError ?? (backendDateError ? null : action.error);
  const labelOf = (indicatorId: string) => {
    const indicator = tracking.indicators.find((i) => i.id === indicatorId);
    if (!indicator) return '';
    return language === 'lo' && indicator.labelLo ? indicator.labelLo : indicator.labelVi;
  };
  const sizes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  const correct = (entry: ProgressEntry) => {
    setSupersedes(entry);
    setDate(isoToDisplay(entry.entryDate));
    setAuthor(entry.author);
    setTextVi(entry.textVi);
    setTextLo(entry.textLo);
    setValues(Object.fromEntries(entry.values.map((v) => [v.clauseIndicatorId, v.value === null ? v.note : String(v.value)])));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const day = eventDate(date, today, tracking.signedOn);
    if (!('iso' in day)) {
      setDateError(day.issue.code === 'date_in_future' ? t('followup.progress.futureDate') : issueMessage(t, withDisplayDates(day.issue), locale));
      action.clear();
      return;
    }
    setDateError(undefined);
    const reported: { clauseIndicatorId: string; value: number | null; unit: string; note: string }[] = [];
    for (const indicator of tracking.indicators) {
      const text = (values[indicator.id] ?? '').trim();
      if (text === '') continue;
      // "20", "3,2" or "1.500" are numbers; words ("hàng trăm lượt") are kept as a note without a number.
      const value = parseFigure(text);
      if (value !== null && value < 0) {
        setLocalError(t('issues.negative_value'));
        return;
      }
      reported.push({ clauseIndicatorId: indicator.id, value, unit: indicator.unit, note: value === null ? text : '' });
    }
    setLocalError(null);
    const next = await action.run(() =>
      call('progress.add', {
        clauseId: tracking.clauseId,
        entryDate: day.iso,
        author,
        textVi,
        textLo,
        values: reported,
        evidenceTokens: files.map((f) => f.token),
        supersedes: supersedes?.id ?? null,
      }),
    );
    if (next) {
      setTextVi('');
      setTextLo('');
      setValues({});
      setFiles([]);
      setSupersedes(null);
    }
    onSaved(next);
  };

  const attach = async () => {
    const answer = await pick.run(() => call('evidence.pick', {}));
    if (answer && !answer.canceled) setFiles([...files, ...answer.files]);
  };

  return (
    <section className="fu-block" data-testid="progress-log">
      <h3>{t('followup.progress.heading')}</h3>
      {tracking.progress.length === 0 ? <p className="fu-muted">{t('followup.progress.none')}</p> : null}
      <ol className="fu-log">
        {tracking.progress.map((entry) => (
          <li key={entry.id} className={cx('fu-log__entry', entry.supersededBy && 'fu-log__entry--superseded')} data-testid="progress-entry">
            <div className="fu-log__meta">
              <strong>{isoToDisplay(entry.entryDate)}</strong>
              {entry.author ? <span> · {entry.author}</span> : null}
              {entry.statusAfter ? <span> · {t('followup.progress.status', { status: t(`clauseStatus.${entry.statusAfter}`) })}</span> : null}
              {entry.supersededBy ? <span className="fu-muted"> · {t('followup.progress.superseded')}</span> : null}
            </div>
            {entry.textVi ? <p lang="vi">{entry.textVi}</p> : null}
            {entry.textLo ? <p lang="lo">{entry.textLo}</p> : null}
            {entry.values.length ? (
              <p className="fu-muted">
                {entry.values
                  .map((v) => `${labelOf(v.clauseIndicatorId)}: ${v.value ?? v.note} ${v.unit}`)
                  .join('; ')}
              </p>
            ) : null}
            {entry.evidence.length ? (
              <ul className="fu-files">
                {entry.evidence.map((file) => (
                  <li key={file.id}>
                    <Button size="small" variant="ghost" onClick={() => void pick.run(() => call('evidence.open', { id: file.id }))} data-testid="evidence-open">
                      📎 {file.fileName}
                    </Button>
                    {/* Types that are not opened directly (programs, scripts, unknown) can only be saved as a copy. */}
                    <Button size="small" variant="ghost" onClick={() => void pick.run(() => call('evidence.saveCopy', { id: file.id }))} data-testid="evidence-save-copy">
                      {t('safety.evidence.saveCopy')}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
            {!entry.supersededBy && !entry.statusAfter ? (
              <Button size="small" variant="ghost" onClick={() => correct(entry)} data-testid="progress-correct">
                {t('followup.progress.correct')}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>

      <form className="fu-form" onSubmit={(e) => void submit(e)} data-testid="progress-form">
        <h4>{supersedes ? t('followup.progress.correcting', { date: isoToDisplay(supersedes.entryDate) }) : t('followup.progress.add')}</h4>
        <div className="fu-form__row">
          <FormField id="progress-date" label={t('followup.progress.date')} error={dateError ?? backendDateError ?? undefined} className="fu-field--date">
            {(control) => (
              <DateInput
                control={control}
                name="entryDate"
                value={date}
                onChange={(value) => {
                  setDate(value);
                  setDateError(undefined);
                }}
                testId="progress-date"
              />
            )}
          </FormField>
          <label className="fu-field">
            <span>{t('followup.progress.author')}</span>
            <input value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="progress-author" />
          </label>
        </div>
        <div className="fu-form__row">
          <label className="fu-field">
            <span>{t('followup.progress.textVi')}</span>
            <textarea lang="vi" rows={3} value={textVi} onChange={(e) => setTextVi(e.target.value)} data-testid="progress-text-vi" />
          </label>
          <label className="fu-field">
            <span>{t('followup.progress.textLo')}</span>
            <textarea lang="lo" rows={3} value={textLo} onChange={(e) => setTextLo(e.target.value)} data-testid="progress-text-lo" />
          </label>
        </div>
        {tracking.indicators.map((indicator) => (
          <FormField
            key={indicator.id}
            id={`progress-value-${indicator.id}`}
            label={t('followup.progress.value', { name: labelOf(indicator.id), unit: indicator.unit })}
            hint={t('followup.progress.valueHint')}
            className="fu-value"
          >
            {(control) => (
              <div className="fu-value__row">
                <input
                  {...control}
                  className="input fu-value__input"
                  value={values[indicator.id] ?? ''}
                  onChange={(e) => setValues({ ...values, [indicator.id]: e.target.value })}
                  inputMode="decimal"
                  data-testid="progress-value"
                  data-indicator-id={indicator.id}
                />
                <span className="fu-value__mode" data-testid="progress-value-mode" title={t(`followup.indicatorMode.${indicator.mode}`)}>
                  {indicator.mode === 'sum' ? t('followup.indicatorMode.valueHintSum') : t('followup.indicatorMode.valueHintLatest')}
                </span>
              </div>
            )}
          </FormField>
        ))}
        <div className="fu-form__row fu-form__row--files">
          <Button onClick={() => void attach()} disabled={pick.busy} data-testid="evidence-pick">
            {t('followup.progress.pick')}
          </Button>
          <ul className="fu-files" data-testid="picked-files">
            {files.map((f) => (
              <li key={f.token}>
                {f.fileName} ({sizes.format(f.size / 1024)} KB)
              </li>
            ))}
          </ul>
        </div>
        {pick.error ? <p className="field-error" role="alert" data-testid="evidence-error">{pick.error}</p> : null}
        {otherError ? <p className="field-error" role="alert" data-testid="progress-error">{otherError}</p> : null}
        <div className="fu-actions">
          <Button type="submit" variant="primary" disabled={action.busy} data-testid="progress-save">
            {t('followup.progress.save')}
          </Button>
          {supersedes ? (
            <Button onClick={() => setSupersedes(null)}>{t('followup.status.cancel')}</Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
