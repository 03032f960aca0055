import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, ClauseTracking } from '../../../shared/contract/features/followup';
import type { ProvinceRef } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, Dialog, Notice, useLoad } from '../../ui';
import { deadlineText } from './format';
import { ProgressLog } from './ProgressLog';
import { StatusChip } from './StatusChip';
import { useAction } from './useAction';
import { typedDate } from './dates';

export interface ClausePanelProps {
  clauseId: string;
  ourProvince: ProvinceRef;
  partners: readonly ProvinceRef[];
  /** The table behind the panel shows statuses and agencies: tell it something changed. */
  onChanged(): void;
}

/** Everything about following one task: status, deadline, agencies per side, indicators, progress log, lineage. */
export function ClausePanel({ clauseId, ourProvince, partners, onChanged }: ClausePanelProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const [state, reload] = useLoad(`tracking:${clauseId}`, () => call('tracking.get', { clauseId }));
  const [fresh, setFresh] = useState<ClauseTracking | null>(null);
  const tracking = fresh?.clauseId === clauseId ? fresh : state.status === 'ready' ? state.value : null;

  const update = (next: ClauseTracking | undefined) => {
    if (!next) return;
    setFresh(next);
    onChanged();
  };

  if (!tracking) {
    return state.status === 'failed' ? (
      <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
        {t(`errors.${state.failure.code}`)}
      </Notice>
    ) : (
      <div className="fu-panel" aria-busy="true" />
    );
  }

  const main = language === 'lo' && tracking.textLo ? tracking.textLo : tracking.textVi;
  return (
    <section className="fu-panel" data-testid="clause-panel" data-clause-id={tracking.clauseId} aria-label={tracking.label}>
      <header className="fu-panel__head">
        <span className="fu-ref">{tracking.label}</span>
        <StatusChip status={tracking.effectiveStatus} testId="panel-status" />
        {tracking.effectiveStatus === 'delayed' && tracking.dueDate ? (
          <span className="fu-late">{t('followup.status.lateSince', { date: isoToDisplay(tracking.dueDate) })}</span>
        ) : null}
      </header>
      <p className="fu-panel__text" lang={language === 'lo' && tracking.textLo ? 'lo' : 'vi'}>
        {main}
      </p>
      <StatusEditor tracking={tracking} onSaved={update} />
      <DeadlineEditor tracking={tracking} onSaved={update} />
      <AgencyEditor tracking={tracking} ourProvince={ourProvince} partners={partners} onSaved={update} />
      <IndicatorEditor tracking={tracking} onSaved={update} />
      <ProgressLog tracking={tracking} onSaved={update} />
      {tracking.lineage.length > 0 ? (
        <section className="fu-block" data-testid="lineage">
          <h3>{t('followup.lineage.heading')}</h3>
          <ol className="fu-lineage">
            {tracking.lineage.map((link) => (
              <li key={link.clauseId} aria-current={link.clauseId === tracking.clauseId ? 'true' : undefined}>
                <strong>{link.meetingDate.slice(0, 4)}</strong> {link.label} <StatusChip status={link.status} testId="lineage-status" />
                <span className="fu-lineage__doc">{link.documentTitleVi}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}

function StatusEditor({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [note, setNote] = useState('');
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');

  const set = async (status: 'done' | 'in_progress' | 'not_started' | 'dropped') => {
    const next = await action.run(() => call('tracking.setStatus', { clauseId: tracking.clauseId, status, noteVi: note, ...(status === 'dropped' ? { reason } : {}) }));
    if (next) {
      setNote('');
      setDropping(false);
      setReason('');
    }
    onSaved(next);
  };

  return (
    <section className="fu-block" data-testid="status-editor">
      <h3>{t('followup.status.heading')}</h3>
      <label className="fu-field">
        <span>{t('followup.status.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="status-note" lang="vi" />
      </label>
      <div className="fu-actions">
        <Button variant="primary" disabled={action.busy || tracking.status === 'done'} onClick={() => void set('done')} data-testid="mark-done">
          {t('followup.status.markDone')}
        </Button>
        <Button disabled={action.busy || tracking.status === 'in_progress'} onClick={() => void set('in_progress')} data-testid="mark-in-progress">
          {t('followup.status.inProgress')}
        </Button>
        <Button disabled={action.busy || tracking.status === 'not_started'} onClick={() => void set('not_started')} data-testid="mark-not-started">
          {t('followup.status.notStarted')}
        </Button>
        <Button variant="ghost" disabled={action.busy} onClick={() => setDropping(true)} data-testid="mark-dropped">
          {t('followup.status.drop')}
        </Button>
      </div>
      {action.error ? <p className="field-error" role="alert" data-testid="status-error">{action.error}</p> : null}
      {dropping ? (
        <Dialog
          title={t('followup.status.dropReason')}
          onCancel={() => setDropping(false)}
          testId="drop-dialog"
          actions={
            <>
              <Button onClick={() => setDropping(false)}>{t('followup.status.cancel')}</Button>
              <Button variant="primary" data-autofocus onClick={() => void set('dropped')} data-testid="drop-confirm">
                {t('followup.status.confirm')}
              </Button>
            </>
          }
        >
          <label className="fu-field">
            <span>{t('followup.status.dropReason')}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} data-testid="drop-reason" rows={3} />
          </label>
          {action.error ? <p className="field-error" role="alert">{action.error}</p> : null}
        </Dialog>
      ) : null}
    </section>
  );
}

type DeadlineKind = 'none' | 'date' | 'year' | 'period' | 'ongoing';

function DeadlineEditor({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const action = useAction();
  const d = tracking.deadline;
  const [kind, setKind] = useState<DeadlineKind>(d?.kind ?? 'none');
  const [date, setDate] = useState(d?.date ? isoToDisplay(d.date) : '');
  const [year, setYear] = useState(String(d?.year ?? d?.toYear ?? new Date().getFullYear()));
  const [fromYear, setFromYear] = useState(String(d?.fromYear ?? new Date().getFullYear()));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const deadline = () => {
    if (kind === 'none') return { value: null };
    if (kind === 'ongoing') return { value: { kind: 'ongoing' as const } };
    if (kind === 'date') {
      const typed = typedDate(date);
      return 'iso' in typed ? { value: { kind: 'date' as const, date: typed.iso } } : { error: issueMessage(t, { code: typed.code }, locale) };
    }
    const to = Number(year);
    if (!Number.isInteger(to)) return { error: t('issues.invalid') };
    if (kind === 'year') return { value: { kind: 'year' as const, year: to } };
    return { value: { kind: 'period' as const, fromYear: Number(fromYear), toYear: to } };
  };

  const save = async (confirm: boolean) => {
    const built = deadline();
    if ('error' in built) {
      setLocalError(built.error ?? null);
      return;
    }
    setLocalError(null);
    const next = await action.run(() => call('tracking.setDeadline', { clauseId: tracking.clauseId, deadline: built.value, confirmBeforeSigning: confirm }));
    setConfirming(null);
    onSaved(next);
  };
  // The before-signing refusal is a question, not an error.
  const needsConfirmation = action.issueCode === 'deadline_before_signing';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <section className="fu-block" data-testid="deadline-editor">
      <h3>
        {t('followup.deadline.heading')}
        {d ? <span className="fu-block__value"> — {deadlineText(t, d, tracking.dueDate)}</span> : null}
      </h3>
      <form className="fu-inline-form" onSubmit={submit}>
        <label className="fu-field">
          <span>{t('followup.deadline.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as DeadlineKind)} data-testid="deadline-kind">
            {(['none', 'date', 'year', 'period', 'ongoing'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`followup.deadline.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'date' ? (
          <label className="fu-field">
            <span>{t('followup.deadline.dateLabel')}</span>
            <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" inputMode="numeric" data-testid="deadline-date" />
          </label>
        ) : null}
        {kind === 'period' ? (
          <label className="fu-field fu-field--short">
            <span>{t('followup.deadline.fromYear')}</span>
            <input value={fromYear} onChange={(e) => setFromYear(e.target.value)} inputMode="numeric" data-testid="deadline-from-year" />
          </label>
        ) : null}
        {kind === 'year' || kind === 'period' ? (
          <label className="fu-field fu-field--short">
            <span>{kind === 'year' ? t('followup.deadline.yearLabel') : t('followup.deadline.toYear')}</span>
            <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" data-testid="deadline-year" />
          </label>
        ) : null}
        <Button type="submit" disabled={action.busy} data-testid="deadline-save">
          {t('followup.deadline.save')}
        </Button>
      </form>
      {localError ?? (!needsConfirmation && action.error) ? <p className="field-error" role="alert" data-testid="deadline-error">{localError ?? action.error}</p> : null}
      {needsConfirmation && confirming === null ? (
        <Dialog
          title={t('followup.deadline.confirmTitle')}
          onCancel={() => action.clear()}
          testId="deadline-confirm"
          actions={
            <>
              <Button onClick={() => action.clear()}>{t('followup.status.cancel')}</Button>
              <Button
                variant="primary"
                data-autofocus
                data-testid="deadline-confirm-yes"
                onClick={() => {
                  setConfirming('yes');
                  void save(true);
                }}
              >
                {t('followup.deadline.confirmYes')}
              </Button>
            </>
          }
        >
          <p>{t('followup.deadline.confirmBody', { signedOn: tracking.signedOn ? isoToDisplay(tracking.signedOn) : '' })}</p>
        </Dialog>
      ) : null}
    </section>
  );
}

function AgencyEditor({
  tracking,
  ourProvince,
  partners,
  onSaved,
}: {
  tracking: ClauseTracking;
  ourProvince: ProvinceRef;
  partners: readonly ProvinceRef[];
  onSaved(next: ClauseTracking | undefined): void;
}) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const action = useAction();
  const sides = [
    { side: 'VN' as const, provinces: [ourProvince, ...partners].filter((p) => p.country === 'VN') },
    { side: 'LA' as const, provinces: [ourProvince, ...partners].filter((p) => p.country === 'LA') },
  ];
  // The clause's own picker: our province and the partners it is for, agencies valid on the document's date.
  const [lists] = useLoad(`agencies:${tracking.clauseId}`, () => call('agencies.forClause', { clauseId: tracking.clauseId }));
  const agencies: Agency[] = lists.status === 'ready' ? lists.value : [];
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [role, setRole] = useState<Record<string, 'lead' | 'support'>>({});
  const name = (a: { nameVi: string; nameLo: string }) => (language === 'lo' && a.nameLo ? a.nameLo : a.nameVi);

  return (
    <section className="fu-block" data-testid="agency-editor">
      <h3>{t('followup.agencies.heading')}</h3>
      <div className="fu-sides">
        {sides.map(({ side }) => {
          const assigned = tracking.agencies.filter((a) => a.side === side);
          const options = agencies.filter((a) => a.country === side);
          // Several provinces on one side: each agency says whose it is ("Sở Y tế — Phông Sa Lỳ").
          const provincesOnSide = new Set(options.map((a) => a.provinceId)).size;
          const label = (a: Agency) => {
            const province = language === 'lo' && a.provinceNameLo ? a.provinceNameLo : a.provinceNameVi;
            return provincesOnSide > 1 && province ? `${name(a)} — ${province}` : name(a);
          };
          return (
            <div key={side} className="fu-side" data-testid={`agencies-${side}`}>
              <h4>{side === 'VN' ? t('followup.agencies.sideVn') : t('followup.agencies.sideLa')}</h4>
              {assigned.length === 0 ? <p className="fu-muted">{t('followup.agencies.none')}</p> : null}
              <ul className="fu-list">
                {assigned.map((a) => (
                  <li key={a.id}>
                    <span lang={language === 'lo' && a.nameLo ? 'lo' : 'vi'}>{name(a)}</span>{' '}
                    <span className="fu-muted">({a.role === 'lead' ? t('followup.agencies.lead') : t('followup.agencies.support')})</span>
                    {a.archived ? <span className="fu-muted"> · {t('followup.agencies.merged')}</span> : null}{' '}
                    <Button size="small" variant="ghost" onClick={async () => onSaved(await action.run(() => call('tracking.unassign', { id: a.id })))}>
                      {t('followup.agencies.remove')}
                    </Button>
                  </li>
                ))}
              </ul>
              <div className="fu-inline-form">
                <select
                  aria-label={t('followup.agencies.choose')}
                  value={choice[side] ?? ''}
                  onChange={(e) => setChoice({ ...choice, [side]: e.target.value })}
                  data-testid={`agency-choose-${side}`}
                >
                  <option value="">{t('followup.agencies.choose')}</option>
                  {options.map((a) => (
                    <option key={a.id} value={a.id}>
                      {label(a)}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('followup.agencies.lead')}
                  value={role[side] ?? 'lead'}
                  onChange={(e) => setRole({ ...role, [side]: e.target.value as 'lead' | 'support' })}
                  data-testid={`agency-role-${side}`}
                >
                  <option value="lead">{t('followup.agencies.lead')}</option>
                  <option value="support">{t('followup.agencies.support')}</option>
                </select>
                <Button
                  disabled={action.busy || !choice[side]}
                  data-testid={`agency-assign-${side}`}
                  onClick={async () => {
                    const next = await action.run(() =>
                      call('tracking.assign', { clauseId: tracking.clauseId, side, agencyId: choice[side]!, role: role[side] ?? 'lead' }),
                    );
                    if (next) setChoice({ ...choice, [side]: '' });
                    onSaved(next);
                  }}
                >
                  {t('followup.agencies.add')}
                </Button>
              </div>
            </div>
          );
        })}
      </div>
      {action.error ? <p className="field-error" role="alert" data-testid="agency-error">{action.error}</p> : null}
    </section>
  );
}

function IndicatorEditor({ tracking, onSaved }: { tracking: ClauseTracking; onSaved(next: ClauseTracking | undefined): void }) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const action = useAction();
  const [catalogue] = useLoad('indicators', () => call('indicators.list', {}));
  const [picked, setPicked] = useState('');
  const [nameVi, setNameVi] = useState('');
  const [unit, setUnit] = useState('');
  const [target, setTarget] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const items = catalogue.status === 'ready' ? catalogue.value : [];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const fromCatalogue = items.find((i) => i.id === picked);
    const targetValue = target.trim() === '' ? null : Number(target.replace(',', '.'));
    if (targetValue !== null && !Number.isFinite(targetValue)) {
      setLocalError(t('followup.progress.notNumber'));
      return;
    }
    setLocalError(null);
    const next = await action.run(() =>
      call('tracking.addIndicator', {
        clauseId: tracking.clauseId,
        indicatorId: fromCatalogue?.id ?? null,
        nameVi: fromCatalogue?.nameVi ?? nameVi,
        nameLo: fromCatalogue?.nameLo ?? '',
        unit: fromCatalogue?.unitVi ?? unit,
        target: targetValue,
      }),
    );
    if (next) {
      setPicked('');
      setNameVi('');
      setUnit('');
      setTarget('');
    }
    onSaved(next);
  };

  return (
    <section className="fu-block" data-testid="indicator-editor">
      <h3>{t('followup.indicators.heading')}</h3>
      {tracking.indicators.length === 0 ? <p className="fu-muted">{t('followup.indicators.none')}</p> : null}
      <table className="fu-indicators">
        <tbody>
          {tracking.indicators.map((i) => (
            <tr key={i.id} data-testid="indicator-row">
              <th scope="row" lang={language === 'lo' && i.nameLo ? 'lo' : 'vi'}>
                {language === 'lo' && i.nameLo ? i.nameLo : i.nameVi}
              </th>
              <td>
                {t('followup.indicators.target')}: {i.target === null ? '—' : numbers.format(i.target)} {i.unit}
              </td>
              <td data-testid="indicator-actual">
                {t('followup.indicators.actual')}: {i.actual === null ? '—' : numbers.format(i.actual)} {i.unit}
                {i.actualNotes.length ? <span className="fu-muted"> ({i.actualNotes[0]})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="fu-inline-form" onSubmit={(e) => void add(e)}>
        <select value={picked} onChange={(e) => setPicked(e.target.value)} aria-label={t('followup.indicators.name')} data-testid="indicator-pick">
          <option value="">{t('followup.indicators.custom')}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {language === 'lo' && i.nameLo ? i.nameLo : i.nameVi} ({language === 'lo' && i.unitLo ? i.unitLo : i.unitVi})
            </option>
          ))}
        </select>
        {picked === '' ? (
          <>
            <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} placeholder={t('followup.indicators.name')} aria-label={t('followup.indicators.name')} data-testid="indicator-name" />
            <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder={t('followup.indicators.unit')} aria-label={t('followup.indicators.unit')} className="fu-short" data-testid="indicator-unit" />
          </>
        ) : null}
        <input value={target} onChange={(e) => setTarget(e.target.value)} placeholder={t('followup.indicators.target')} aria-label={t('followup.indicators.target')} inputMode="decimal" className="fu-short" data-testid="indicator-target" />
        <Button type="submit" disabled={action.busy} data-testid="indicator-add">
          {t('followup.indicators.save')}
        </Button>
      </form>
      {localError ?? action.error ? <p className="field-error" role="alert" data-testid="indicator-error">{localError ?? action.error}</p> : null}
    </section>
  );
}
