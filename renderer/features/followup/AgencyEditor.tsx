import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, ClauseTracking } from '../../../shared/contract/features/followup';
import type { ProvinceRef } from '../../../shared/contract/schemas';
import type { Country } from '../../../shared/domain/document';
import { call } from '../../bridge';
import { localName, useUiLanguage } from '../../i18n';
import { Button, useLoad } from '../../ui';
import { useAction } from './useAction';

interface Named {
  nameVi: string;
  nameLo: string;
}

/**
 * Lead and supporting agencies of a task, per side, chosen from the agencies of our province and of the
 * partners the task is for, as they existed on the document's date (agencies.forClause). Each agency is
 * shown with its province, so "Sở Y tế" of three partners is never three identical lines. An agency that
 * is missing can be added here; it goes into its province's list.
 */
export function AgencyEditor({
  tracking,
  ourProvince,
  partners,
  agenciesHref,
  onSaved,
}: {
  tracking: ClauseTracking;
  ourProvince: ProvinceRef;
  partners: readonly ProvinceRef[];
  /** The Agencies screen on this document's provinces. */
  agenciesHref?: string | undefined;
  onSaved(next: ClauseTracking | undefined): void;
}) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const action = useAction();
  const [lists, reload] = useLoad(`agencies-for:${tracking.clauseId}`, () => call('agencies.forClause', { clauseId: tracking.clauseId }));
  const agencies: Agency[] = lists.status === 'ready' ? lists.value : [];
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [role, setRole] = useState<Record<string, 'lead' | 'support'>>({});
  const [adding, setAdding] = useState<Country | null>(null);
  const name = (a: Named) => (language === 'lo' && a.nameLo ? a.nameLo : a.nameVi);
  const provinceOf = (a: { provinceNameVi: string | null; provinceNameLo: string | null }) =>
    language === 'lo' && a.provinceNameLo ? a.provinceNameLo : (a.provinceNameVi ?? '');

  // The provinces of each side this task concerns: ours, and the partners of its scope.
  const scopeIds = new Set(tracking.scope.map((p) => p.provinceId));
  const sides = useMemo(
    () =>
      (['VN', 'LA'] as const).map((side) => ({
        side,
        provinces: [ourProvince, ...partners.filter((p) => scopeIds.has(p.provinceId) || tracking.scope.length === 0)].filter((p) => p.country === side),
      })),
    // scopeIds is derived from tracking.scope
    [ourProvince, partners, tracking.scope],
  );

  return (
    <section className="fu-block" data-testid="agency-editor">
      <h3>{t('followup.agencies.heading')}</h3>
      {tracking.scoped ? (
        <p className="fu-muted" data-testid="agency-scope-note">
          {t('followup.agencies.scopeNote', { names: tracking.scope.map((p) => (language === 'lo' && p.nameLo ? p.nameLo : p.nameVi)).join(', ') })}
        </p>
      ) : null}
      <div className="fu-sides">
        {sides.map(({ side, provinces }) => {
          const assigned = tracking.agencies.filter((a) => a.side === side);
          const options = agencies.filter((a) => a.country === side);
          const groups = provinces
            .map((p) => ({ province: p, agencies: options.filter((a) => a.provinceId === p.provinceId) }))
            .filter((g) => g.agencies.length > 0);
          const several = groups.length > 1;
          return (
            <div key={side} className="fu-side" data-testid={`agencies-${side}`}>
              <h4>{side === 'VN' ? t('followup.agencies.sideVn') : t('followup.agencies.sideLa')}</h4>
              {assigned.length === 0 ? <p className="fu-muted">{t('followup.agencies.none')}</p> : null}
              <ul className="fu-list">
                {assigned.map((a) => (
                  <li key={a.id} data-testid="assigned-agency">
                    <span lang={language === 'lo' && a.nameLo ? 'lo' : 'vi'}>{name(a)}</span>
                    {several && provinceOf(a) ? <span className="fu-muted"> — {provinceOf(a)}</span> : null}{' '}
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
                  {groups.map(({ province, agencies: list }) => (
                    <optgroup key={province.provinceId} label={localName(province, language)}>
                      {list.map((a) => (
                        <option key={a.id} value={a.id}>
                          {/* The province in the text too: screen readers do not always read the group. */}
                          {several ? `${name(a)} — ${provinceOf(a)}` : name(a)}
                        </option>
                      ))}
                    </optgroup>
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
                {adding === side ? null : (
                  <Button size="small" variant="ghost" onClick={() => setAdding(side)} data-testid={`agency-new-${side}`}>
                    {t('followup.agencies.newAgency')}
                  </Button>
                )}
              </div>
              {adding === side ? (
                <NewAgencyForm
                  provinces={provinces}
                  onCancel={() => setAdding(null)}
                  onAdded={(agency) => {
                    setAdding(null);
                    reload();
                    setChoice({ ...choice, [side]: agency.id });
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
      {agenciesHref ? (
        <p className="fu-muted">
          <a href={agenciesHref} data-testid="agencies-screen-link">
            {t('followup.agencies.manage')}
          </a>
        </p>
      ) : null}
      {action.error ? <p className="field-error" role="alert" data-testid="agency-error">{action.error}</p> : null}
    </section>
  );
}

/** A missing agency, added to its province's list (valid from today's list on; renamed or merged later on the Agencies screen). */
function NewAgencyForm({ provinces, onCancel, onAdded }: { provinces: ProvinceRef[]; onCancel(): void; onAdded(agency: Agency): void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const action = useAction();
  const [provinceId, setProvinceId] = useState(provinces[0]?.provinceId ?? '');
  const [nameVi, setNameVi] = useState('');
  const [nameLo, setNameLo] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = await action.run(() => call('agencies.add', { provinceId, nameVi, nameLo }));
    if (added) onAdded(added);
  };

  return (
    <form className="fu-inline-form fu-new-agency" onSubmit={(event) => void submit(event)} data-testid="agency-new-form">
      {provinces.length > 1 ? (
        <label className="fu-field">
          <span>{t('followup.agencyList.province')}</span>
          <select value={provinceId} onChange={(e) => setProvinceId(e.target.value)} data-testid="agency-new-province">
            {provinces.map((p) => (
              <option key={p.provinceId} value={p.provinceId}>
                {localName(p, language)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="fu-field">
        <span>{t('followup.agencyList.nameVi')}</span>
        <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} lang="vi" data-testid="agency-new-nameVi" autoFocus />
      </label>
      <label className="fu-field">
        <span>{t('followup.agencyList.nameLo')}</span>
        <input value={nameLo} onChange={(e) => setNameLo(e.target.value)} lang="lo" data-testid="agency-new-nameLo" />
      </label>
      <Button type="submit" variant="primary" size="small" disabled={action.busy} data-testid="agency-new-save">
        {t('followup.agencies.newAgencySave')}
      </Button>
      <Button size="small" variant="ghost" onClick={onCancel}>
        {t('followup.status.cancel')}
      </Button>
      {action.error ? (
        <p className="field-error" role="alert" data-testid="agency-new-error">
          {action.error}
        </p>
      ) : null}
    </form>
  );
}
