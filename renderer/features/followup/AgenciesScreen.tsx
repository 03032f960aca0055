import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/contract/features/followup';
import { call } from '../../bridge';
import { failureMessage, localName, useUiLanguage } from '../../i18n';
import { Badge, Button, Loading, Notice, Page, PageHeading, useLoad } from '../../ui';
import { useToday } from '../../today';
import { isoToDisplay } from '../../../shared/domain/dates';
import { useAction } from './useAction';

/**
 * The agencies of a province as editable, dated data: add, rename (the change log keeps every old
 * name), merge several into one (assignments move to the successor; the old ones stay as history) and
 * remove one no clause uses.
 */
export function AgenciesScreen({ documentId, documentHrefOf }: { documentId?: string | undefined; documentHrefOf?: (id: string) => string } = {}) {
  const { t } = useTranslation();
  const today = useToday();
  const { language } = useUiLanguage();
  const [provinces] = useLoad('provinces', () => call('provinces.list', {}));
  // Reached from a document: its provinces first, and the agencies that existed on its date.
  const [doc] = useLoad(`agencies-document:${documentId ?? ''}`, () =>
    documentId ? call('documents.get', { id: documentId }) : Promise.resolve({ ok: true as const, value: null }),
  );
  const documentDetail = doc.status === 'ready' ? doc.value : null;
  const [provinceId, setProvinceId] = useState('vn-son-la');
  const [showArchived, setShowArchived] = useState(false);
  const [onDocumentDate, setOnDocumentDate] = useState(true);
  useEffect(() => {
    if (documentDetail) setProvinceId(documentDetail.ourProvince.provinceId);
  }, [documentDetail]);
  const validOn = documentDetail && onDocumentDate ? documentDetail.meetingDate : undefined;
  const [list, reload] = useLoad(`agencies:${provinceId}:${showArchived}:${validOn ?? ''}`, () =>
    call('agencies.list', { provinceId, includeArchived: showArchived, ...(validOn ? { validOn } : {}) }),
  );
  const action = useAction();
  const [nameVi, setNameVi] = useState('');
  const [nameLo, setNameLo] = useState('');
  const [editing, setEditing] = useState<{ id: string; nameVi: string; nameLo: string } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mergeInto, setMergeInto] = useState('');

  const agencies: Agency[] = list.status === 'ready' ? list.value : [];
  // Dated lists: departments of before the 2025 reorganisation end on their last day, successors start after.
  const validity = (a: Agency) =>
    a.validFrom && a.validTo
      ? `${isoToDisplay(a.validFrom)} – ${isoToDisplay(a.validTo)}`
      : a.validTo
        ? t('followup.agencyList.until', { date: isoToDisplay(a.validTo) })
        : a.validFrom
          ? t('followup.agencyList.since', { date: isoToDisplay(a.validFrom) })
          : '';
  const live = agencies.filter((a) => !a.archived);
  const done = (ok: unknown) => {
    if (ok) reload();
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const added = await action.run(() => call('agencies.add', { provinceId, nameVi, nameLo }));
    if (added) {
      setNameVi('');
      setNameLo('');
    }
    done(added);
  };

  return (
    <Page heading={<PageHeading>{t('followup.agencyList.heading')}</PageHeading>} testId="agencies-screen" width="wide">
      {documentDetail ? (
        <div className="fu-block" data-testid="agencies-document">
          <p>
            {t('followup.agencyList.ofDocument')}{' '}
            {documentHrefOf ? (
              <a href={documentHrefOf(documentDetail.id)} lang="vi">
                {documentDetail.titleVi}
              </a>
            ) : (
              <span lang="vi">{documentDetail.titleVi}</span>
            )}
          </p>
          <div className="fu-inline-form" role="group" aria-label={t('followup.agencyList.province')}>
            {[documentDetail.ourProvince, ...documentDetail.partners].map((p) => (
              <Button
                key={p.provinceId}
                size="small"
                variant={p.provinceId === provinceId ? 'primary' : 'secondary'}
                aria-pressed={p.provinceId === provinceId}
                onClick={() => setProvinceId(p.provinceId)}
                data-testid="agencies-document-province"
                data-province-id={p.provinceId}
              >
                {localName(p, language)}
              </Button>
            ))}
          </div>
          <label className="fu-field fu-field--check">
            <span>
              <input type="checkbox" checked={onDocumentDate} onChange={(e) => setOnDocumentDate(e.target.checked)} data-testid="agencies-on-document-date" />{' '}
              {t('followup.agencyList.validOnDocument', { date: isoToDisplay(documentDetail.meetingDate) })}
            </span>
          </label>
        </div>
      ) : null}
      <div className="fu-filters">
        <label className="fu-field">
          <span>{t('followup.agencyList.province')}</span>
          <select value={provinceId} onChange={(e) => setProvinceId(e.target.value)} data-testid="agencies-province">
            {(provinces.status === 'ready' ? provinces.value : []).map((p) => (
              <option key={p.id} value={p.id}>
                {localName(p, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="fu-field fu-field--check">
          <span>
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} data-testid="agencies-archived" /> {t('followup.agencyList.showArchived')}
          </span>
        </label>
      </div>
      {list.status === 'loading' ? <Loading label={t('list.loading')} /> : null}
      {list.status === 'failed' ? <Notice tone="error" role="alert">{failureMessage(t, list.failure)}</Notice> : null}
      {action.error ? <p className="field-error" role="alert" data-testid="agencies-error">{action.error}</p> : null}
      <table className="fu-counts" data-testid="agencies-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('followup.agencyList.nameVi')}</th>
            <th scope="col">{t('followup.agencyList.nameLo')}</th>
            <th scope="col">{t('followup.agencyList.validity')}</th>
            <th scope="col">{t('followup.agencyList.clauses')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id} data-testid="agency-row" data-agency-id={a.id}>
              <td>
                {a.archived ? null : (
                  <input
                    type="checkbox"
                    aria-label={t('followup.agencyList.select', { name: a.nameVi })}
                    checked={selected.has(a.id)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.target.checked) next.add(a.id);
                      else next.delete(a.id);
                      setSelected(next);
                    }}
                    data-testid="agency-select"
                  />
                )}
              </td>
              {editing?.id === a.id ? (
                <>
                  <td>
                    <input value={editing.nameVi} onChange={(e) => setEditing({ ...editing, nameVi: e.target.value })} data-testid="agency-edit-vi" aria-label={t('followup.agencyList.nameVi')} />
                  </td>
                  <td>
                    <input value={editing.nameLo} lang="lo" onChange={(e) => setEditing({ ...editing, nameLo: e.target.value })} data-testid="agency-edit-lo" aria-label={t('followup.agencyList.nameLo')} />
                  </td>
                </>
              ) : (
                <>
                  <td>
                    {a.nameVi} {a.archived ? <Badge tone="muted">{t('followup.agencies.merged')}{a.validTo ? ` ${a.validTo.split('-').reverse().join('/')}` : ''}</Badge> : null}
                  </td>
                  <td lang="lo">
                    {a.nameLo} {a.nameLo && a.nameLoNeedsReview ? <Badge tone="warning">{t('editor.extras.loUnreviewed')}</Badge> : null}
                  </td>
                </>
              )}
              <td data-testid="agency-validity">{validity(a)}</td>
              <td data-testid="agency-clause-count">{a.clauseCount}</td>
              <td className="fu-actions">
                {a.archived ? null : editing?.id === a.id ? (
                  <>
                    <Button size="small" variant="primary" data-testid="agency-edit-save" onClick={async () => {
                      const saved = await action.run(() => call('agencies.update', { id: a.id, nameVi: editing.nameVi, nameLo: editing.nameLo }));
                      if (saved) setEditing(null);
                      done(saved);
                    }}>
                      {t('followup.status.confirm')}
                    </Button>
                    <Button size="small" onClick={() => setEditing(null)}>{t('followup.status.cancel')}</Button>
                  </>
                ) : (
                  <>
                    <Button size="small" variant="ghost" data-testid="agency-rename" onClick={() => setEditing({ id: a.id, nameVi: a.nameVi, nameLo: a.nameLo })}>
                      {t('followup.agencyList.rename')}
                    </Button>
                    <Button size="small" variant="ghost" data-testid="agency-remove" onClick={async () => done(await action.run(() => call('agencies.remove', { id: a.id })))}>
                      {t('followup.agencies.remove')}
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <form className="fu-inline-form fu-block" onSubmit={(e) => void add(e)} data-testid="agency-add-form">
        <input value={nameVi} onChange={(e) => setNameVi(e.target.value)} placeholder={t('followup.agencyList.nameVi')} aria-label={t('followup.agencyList.nameVi')} data-testid="agency-add-vi" />
        <input value={nameLo} lang="lo" onChange={(e) => setNameLo(e.target.value)} placeholder={t('followup.agencyList.nameLo')} aria-label={t('followup.agencyList.nameLo')} data-testid="agency-add-lo" />
        <Button type="submit" disabled={action.busy} data-testid="agency-add">
          {t('followup.agencyList.add')}
        </Button>
      </form>

      <div className="fu-inline-form fu-block" data-testid="agency-merge">
        <span>{t('followup.agencyList.mergeSelected', { count: selected.size })}</span>
        <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} aria-label={t('followup.agencyList.mergeInto')} data-testid="agency-merge-into">
          <option value="">{t('followup.agencyList.mergeInto')}</option>
          {live.filter((a) => !selected.has(a.id)).map((a) => (
            <option key={a.id} value={a.id}>
              {a.nameVi}
            </option>
          ))}
        </select>
        <Button
          disabled={action.busy || selected.size === 0 || !mergeInto}
          data-testid="agency-merge-confirm"
          onClick={async () => {
            const merged = await action.run(() => call('agencies.merge', { sourceIds: [...selected], into: { agencyId: mergeInto }, on: today }));
            if (merged) {
              setSelected(new Set());
              setMergeInto('');
            }
            done(merged);
          }}
        >
          {t('followup.agencyList.merge')}
        </Button>
      </div>
    </Page>
  );
}
