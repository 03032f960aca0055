import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause, Delegate, DocumentDetail, Section } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { DELEGATE_ROLES, DOCUMENT_PARTS } from '../../../shared/domain/document';
import { call } from '../../bridge';
import { failureMessage, localName, useUiLanguage } from '../../i18n';
import { Badge, Button, EmptyState, Notice, Page, PageHeading, useLoad } from '../../ui';

export interface DocumentScreenProps {
  id: string;
  backHref: string;
  /** Panels of other features, placed here by renderer/app (features never import each other). */
  slots?: DocumentSlots;
}

/** What a slot gets: the document as shown, and a way to show a fresh copy after it changed it. */
export interface DocumentSlotContext {
  doc: DocumentDetail;
  onDocumentChange(doc: DocumentDetail): void;
}

export interface DocumentSlots {
  /** Above the facts, e.g. the signing bar. */
  top?: (context: DocumentSlotContext) => ReactNode;
  /** In place of the read-only facts and delegations, e.g. their editors. */
  details?: (context: DocumentSlotContext) => ReactNode;
  /** In place of the read-only sections and clauses, e.g. the clause editor. */
  sections?: (context: DocumentSlotContext) => ReactNode;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** Vietnamese administrative sub-numbering: a) b) c) d) đ) e) … */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function DocumentScreen({ id, backHref, slots }: DocumentScreenProps) {
  const { t } = useTranslation();
  const [state, reload] = useLoad(`document:${id}`, () => call('documents.get', { id }));
  /** The document as a slot last handed it back after an edit (newer than the loaded one). */
  const [changed, setChanged] = useState<DocumentDetail | null>(null);

  const back = (
    <a className="back-link" href={backHref} data-testid="back-link">
      <span aria-hidden="true">‹ </span>
      {t('nav.back')}
    </a>
  );

  if (state.status === 'loading') {
    return <Page top={back} heading={<PageHeading>{t('document.loading')}</PageHeading>} testId="document-loading" />;
  }
  if (state.status === 'failed') {
    // A malformed id in the address is as missing as a deleted document.
    const missing = state.failure.code === 'E_NOT_FOUND' || state.failure.code === 'E_INVALID_INPUT';
    return (
      <Page top={back} heading={<PageHeading className="visually-hidden">{t('nav.documents')}</PageHeading>} testId="document-missing">
        {missing ? (
          <EmptyState testId="document-not-found" title={t('document.notFound')} />
        ) : (
          <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
            {failureMessage(t, state.failure)}
          </Notice>
        )}
      </Page>
    );
  }
  return <DocumentView doc={changed ?? state.value} back={back} slots={slots} onDocumentChange={setChanged} />;
}

function DocumentView({ doc, back, slots, onDocumentChange }: { doc: DocumentDetail; back: ReactNode; slots?: DocumentSlots | undefined; onDocumentChange(doc: DocumentDetail): void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const hasLoTitle = doc.titleLo.trim() !== '';

  return (
    <Page
      width="wide"
      testId="document-page"
      top={back}
      heading={
        <PageHeading lang="vi" testId="document-title" className="page__title page__title--document">
          {doc.titleVi}
        </PageHeading>
      }
      subheading={
        <>
          {hasLoTitle ? (
            <p className="document__title-lo" lang="lo" data-testid="document-title-lo">
              {doc.titleLo}
            </p>
          ) : (
            <p className="document__title-lo">
              <Badge tone="muted">{t('list.loMissing')}</Badge>
            </p>
          )}
          <div className="badges">
            <Badge tone="neutral">{t(`kind.${doc.kind}`)}</Badge>
            <Badge tone={doc.status === 'signed' ? 'success' : doc.status === 'amended' ? 'info' : 'neutral'} testId="status-badge">
              {t(`status.${doc.status}`)}
            </Badge>
            {doc.isSample ? (
              <Badge tone="accent" testId="sample-badge">
                {t('list.sample')}
              </Badge>
            ) : null}
            {hasLoTitle && doc.titleLoNeedsReview ? (
              <Badge tone="warning" testId="lo-review-badge">
                {t('document.loNeedsReview')}
              </Badge>
            ) : null}
          </div>
        </>
      }
    >
      {doc.isSample ? (
        <Notice tone="info" testId="sample-notice">
          {t('document.sampleNotice')}
        </Notice>
      ) : null}

      {slots?.top?.({ doc, onDocumentChange })}
      {/* Slot panels replace the read-only facts and delegations below. */}
      {slots?.details ? slots.details({ doc, onDocumentChange }) : (<>
      <dl className="facts" data-testid="document-facts">
        <div className="facts__item">
          <dt>{t('document.meeting')}</dt>
          <dd>
            <span className="facts__date">{isoToDisplay(doc.meetingDate)}</span>
            {doc.placeVi.trim() !== '' ? <span lang="vi">{doc.placeVi}</span> : null}
            {doc.placeLo.trim() !== '' ? <span lang="lo">{doc.placeLo}</span> : null}
          </dd>
        </div>
        {doc.periodStart || doc.periodEnd ? (
          <div className="facts__item">
            <dt>{t('document.period')}</dt>
            <dd>
              {doc.periodStart ? isoToDisplay(doc.periodStart) : '…'} – {doc.periodEnd ? isoToDisplay(doc.periodEnd) : '…'}
            </dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('document.ourProvince')}</dt>
          <dd>{localName(doc.ourProvince, language)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('document.partners')}</dt>
          <dd>{doc.partners.map((p) => localName(p, language)).join(', ')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('document.status')}</dt>
          <dd>{t(`status.${doc.status}`)}</dd>
        </div>
      </dl>

      {doc.delegates.length > 0 ? <Delegations doc={doc} /> : null}
      </>)}

      <section className="document__section" aria-labelledby="document-sections">
        <h2 className="section-title" id="document-sections">
          {t('document.sections')}
        </h2>
        {slots?.sections ? (
          slots.sections({ doc, onDocumentChange })
        ) : doc.sections.length === 0 ? (
          <p className="muted" data-testid="no-sections">
            {t('document.noSections')}
          </p>
        ) : (
          <Sections sections={doc.sections} />
        )}
      </section>
    </Page>
  );
}

function Delegations({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  // One table per named delegation, in stored order; people by role (heads first) then position.
  const groups = useMemo(() => {
    const roleRank = (d: Delegate) => DELEGATE_ROLES.indexOf(d.role);
    return [...doc.delegations]
      .sort((a, b) => a.position - b.position)
      .map((delegation) => ({
        delegationId: delegation.id,
        name: language === 'lo' && delegation.nameLo ? delegation.nameLo : delegation.nameVi,
        lang: language === 'lo' && delegation.nameLo ? 'lo' : 'vi',
        delegates: doc.delegates
          .filter((d) => d.delegationId === delegation.id)
          .sort((a, b) => roleRank(a) - roleRank(b) || a.position - b.position),
      }))
      .filter((group) => group.delegates.length > 0);
  }, [doc, language]);

  return (
    <section className="document__section" aria-labelledby="document-delegations" data-testid="delegations">
      <h2 className="section-title" id="document-delegations">
        {t('document.delegations')}
      </h2>
      {groups.map((group) => (
        <div key={group.delegationId} className="delegation" data-testid="delegation">
          <h3 className="delegation__province" lang={group.lang}>
            {group.name}
          </h3>
          <table className="bi-table">
            <thead>
              <tr>
                <th scope="col" className="bi-table__role">
                  <span className="visually-hidden">{t('document.role')}</span>
                </th>
                <th scope="col">{t('document.vietnamese')}</th>
                <th scope="col">{t('document.lao')}</th>
              </tr>
            </thead>
            <tbody>
              {group.delegates.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="bi-table__role">
                    {t(`document.${d.role}`)}
                  </th>
                  <td lang="vi">
                    <span className="person__name">{d.nameVi}</span>
                    {d.titleVi ? <span className="person__title">{d.titleVi}</span> : null}
                  </td>
                  <td lang="lo">
                    {d.nameLo ? <span className="person__name">{d.nameLo}</span> : <span className="muted">—</span>}
                    {d.titleLo ? <span className="person__title">{d.titleLo}</span> : null}
                    {d.loNeedsReview && (d.nameLo || d.titleLo) ? <ReviewBadge /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** Sits in a Lao column but speaks the UI language, so it carries the UI `lang`. */
function ReviewBadge() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <span className="review-flag" lang={language}>
      <Badge tone="warning" testId="lo-review-badge">
        {t('document.loNeedsReview')}
      </Badge>
    </span>
  );
}

function Sections({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const parts = DOCUMENT_PARTS.map((part) => ({
    part,
    sections: sections.filter((s) => s.part === part).sort((a, b) => a.position - b.position),
  })).filter((p) => p.sections.length > 0);

  return (
    <div className="parts">
      {parts.map(({ part, sections: list }, partIndex) => (
        <section key={part} className="part" data-testid="document-part">
          <h3 className="part__title">
            <span className="part__number">{ROMAN[partIndex] ?? partIndex + 1}.</span> {t(`part.${part}`)}
          </h3>
          {list.map((section) => (
            <SectionView key={section.id} section={section} />
          ))}
        </section>
      ))}
    </div>
  );
}

function SectionView({ section }: { section: Section }) {
  const { t } = useTranslation();
  const top = section.clauses.filter((c) => c.parentId === null).sort((a, b) => a.position - b.position);
  const children = (parent: Clause) =>
    section.clauses.filter((c) => c.parentId === parent.id).sort((a, b) => a.position - b.position);
  const titleVi = section.titleVi.trim() || t(`sector.${section.sector}`);

  return (
    <section className="bi-section" data-testid="document-section">
      <div className="bi-row bi-row--head">
        <h4 className="bi-cell bi-section__title" lang="vi">
          {titleVi}
        </h4>
        <div className="bi-cell bi-section__title" lang="lo">
          {section.titleLo.trim() !== '' ? section.titleLo : <span className="muted">—</span>}
          {section.loNeedsReview && section.titleLo.trim() !== '' ? <ReviewBadge /> : null}
        </div>
      </div>
      {top.length > 0 ? (
        <ol className="clauses">
          {top.map((clause, index) => (
            <ClauseRow key={clause.id} clause={clause} number={`${index + 1}.`}>
              {children(clause).map((child, childIndex) => (
                <ClauseRow key={child.id} clause={child} number={`${LETTERS[childIndex] ?? childIndex + 1})`} nested />
              ))}
            </ClauseRow>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function ClauseRow({ clause, number, nested = false, children }: { clause: Clause; number: string; nested?: boolean; children?: ReactNode }) {
  const hasChildren = Array.isArray(children) ? children.length > 0 : Boolean(children);
  return (
    <li className={nested ? 'clause clause--nested' : 'clause'} data-testid="clause">
      <div className="bi-row">
        <div className="bi-cell" lang="vi">
          <span className="clause__number">{number}</span>
          <span className="clause__text">{clause.textVi}</span>
        </div>
        <div className="bi-cell" lang="lo">
          <span className="clause__number">{number}</span>
          <span className="clause__text">{clause.textLo.trim() !== '' ? clause.textLo : <span className="muted">—</span>}</span>
          {clause.loNeedsReview && clause.textLo.trim() !== '' ? <ReviewBadge /> : null}
        </div>
      </div>
      {hasChildren ? <ol className="clauses clauses--nested">{children}</ol> : null}
    </li>
  );
}
