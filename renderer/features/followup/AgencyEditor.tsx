import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, ClauseTracking } from '../../../shared/contract/features/followup';
import type { ProvinceRef } from '../../../shared/contract/schemas';
import { call } from '../../bridge';
import { useUiLanguage } from '../../i18n';
import { Button, useLoad } from '../../ui';
import { useAction } from './useAction';

/** Lead and supporting agencies of a task, per side, chosen from each province's agency list. */
export function AgencyEditor({
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
  const [lists] = useLoad(`agencies:${sides.flatMap((s) => s.provinces.map((p) => p.provinceId)).join(',')}`, async () => {
    const answers = await Promise.all(sides.flatMap((s) => s.provinces.map((p) => call('agencies.list', { provinceId: p.provinceId }))));
    const failed = answers.find((a) => !a.ok);
    if (failed && !failed.ok) return failed;
    return { ok: true as const, value: answers.flatMap((a) => (a.ok ? a.value : [])) };
  });
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
                      {name(a)}
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

