import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseTracking, ProgressEntry } from '../../../shared/contract/features/followup';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, cx } from '../../ui';
import { todayIso } from './format';
import { typedDate } from './dates';
import { useAction } from './useAction';

interface Picked {
  token: string;
  fileName: string;
  size: number;
}

/**
 * The append-only progress log of a task (newest first; a corrected entry stays, struck through) and the
 * form that adds an entry: date of the event, author, text in either language, values for the task's
 * indicators, evidence files. "Correct this entry" fills the form to supersede it.
 */
export function ProgressLog({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const action = useAction();
  const pick = useAction();
  const [date, setDate] = useState(isoToDisplay(todayIso()));
  const [author, setAuthor] = useState('');
  const [textVi, setTextVi] = useState('');
  const [textLo, setTextLo] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Picked[]>([]);
  const [supersedes, setSupersedes] = useState<ProgressEntry | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
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
    const typed = typedDate(date);
    if (!('iso' in typed)) {
      setLocalError(issueMessage(t, { code: typed.code }, locale));
      return;
    }
    if (typed.iso > todayIso()) {
      setLocalError(t('followup.progress.futureDate'));
      return;
    }
    const reported: { clauseIndicatorId: string; value: number | null; unit: string; note: string }[] = [];
    for (const indicator of tracking.indicators) {
      const text = (values[indicator.id] ?? '').trim();
      if (text === '') continue;
      // "20", "3,2" or "1.500" are numbers; words ("hàng trăm lượt") are kept as a note without a number.
      const compact = text.replace(/\s/gu, '');
      const numeric = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(compact) ? compact.replace(/\./gu, '').replace(',', '.') : compact.replace(',', '.');
      const value = /^-?\d+(\.\d+)?$/u.test(numeric) ? Number(numeric) : null;
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
        entryDate: typed.iso,
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
                  .map((v) => `${tracking.indicators.find((i) => i.id === v.clauseIndicatorId)?.nameVi ?? ''}: ${v.value ?? v.note} ${v.unit}`)
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
          <label className="fu-field fu-field--short">
            <span>{t('followup.progress.date')}</span>
            <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" inputMode="numeric" data-testid="progress-date" />
          </label>
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
          <label key={indicator.id} className="fu-field fu-field--short">
            <span>{t('followup.progress.value', { name: indicator.nameVi, unit: indicator.unit })}</span>
            <small className="fu-muted">{t('followup.progress.valueHint')}</small>
            <input
              value={values[indicator.id] ?? ''}
              onChange={(e) => setValues({ ...values, [indicator.id]: e.target.value })}
              inputMode="decimal"
              data-testid="progress-value"
            />
          </label>
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
        {localError ?? action.error ? <p className="field-error" role="alert" data-testid="progress-error">{localError ?? action.error}</p> : null}
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
