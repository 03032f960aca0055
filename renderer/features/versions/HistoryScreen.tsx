import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDiffView, VersionSummary } from '../../../shared/contract/features/versions';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { isoToDisplay } from '../../../shared/domain/dates';
import { call } from '../../bridge';
import { failureMessage, useUiLanguage } from '../../i18n';
import { Badge, Button, EmptyState, Loading, Notice, Page, PageHeading, VirtualList, type BadgeTone, useLoad } from '../../ui';
import { diffLines, isIdentical, unchangedCount, type DiffClause, type DiffLine, type DiffSection } from './diffRows';
import { versionLabel } from './versionLabel';

export interface HistoryScreenProps {
  id: string;
  /** The document page. */
  documentHref: string;
}

type Run = DiffClause['textVi'][number];
/** A version number, or null for the current working text. */
type Side = number | null;

const CLAUSE_KINDS = ['added', 'removed', 'changed', 'moved', 'unchanged'] as const;
const SECTION_KINDS = ['added', 'removed', 'renamed', 'changed'] as const;

const KIND_TONE: Record<string, BadgeTone> = {
  added: 'success',
  removed: 'warning',
  changed: 'info',
  renamed: 'info',
  moved: 'accent',
  unchanged: 'muted',
};

/**
 * History of a document: its signed versions, and a clause-level diff between any two of them (or a
 * version and the current text), Vietnamese on the left and Lao on the right, like the amendment views
 * of OpenSlides. Inserted words are underlined, deleted ones struck through (colour is only a second
 * cue); unchanged clauses are folded away unless asked for.
 */
export function HistoryScreen({ id, documentHref }: HistoryScreenProps) {
  const { t } = useTranslation();
  const [doc] = useLoad(`document:${id}`, () => call('documents.get', { id }));
  const [versions, reloadVersions] = useLoad(`versions:${id}`, () => call('documents.versions', { id }));

  const back = (
    <a className="back-link" href={documentHref} data-testid="history-back">
      <span aria-hidden="true">‹ </span>
      {t('versions.history.back')}
    </a>
  );
  const heading = <PageHeading testId="history-heading">{t('versions.history.heading')}</PageHeading>;

  if (doc.status === 'failed' || versions.status === 'failed') {
    const failure = doc.status === 'failed' ? doc.failure : versions.status === 'failed' ? versions.failure : null;
    const missing = failure?.code === 'E_NOT_FOUND' || failure?.code === 'E_INVALID_INPUT';
    return (
      <Page top={back} heading={heading} testId="history-page">
        {missing ? (
          <EmptyState testId="history-not-found" title={t('document.notFound')} />
        ) : failure ? (
          <Notice tone="error" role="alert" actions={<Button onClick={reloadVersions}>{t('common.retry')}</Button>}>
            {failureMessage(t, failure)}
          </Notice>
        ) : null}
      </Page>
    );
  }
  if (doc.status === 'loading' || versions.status === 'loading') {
    return (
      <Page top={back} heading={heading} testId="history-page">
        <Loading label={t('versions.history.loading')} />
      </Page>
    );
  }
  return <History doc={doc.value} versions={versions.value} back={back} heading={heading} />;
}

function defaultPair(doc: DocumentDetail, versions: VersionSummary[]): { from: number; to: Side } | null {
  const latest = versions.at(-1);
  if (!latest) return null;
  // Being amended: what changed since the last signature. Signed: the last amendment against the one before.
  if (doc.status !== 'signed' || versions.length < 2) return { from: latest.versionNo, to: doc.status === 'signed' ? latest.versionNo : null };
  return { from: versions.at(-2)!.versionNo, to: latest.versionNo };
}

function History({ doc, versions, back, heading }: { doc: DocumentDetail; versions: VersionSummary[]; back: ReactNode; heading: ReactNode }) {
  const { t } = useTranslation();
  const initial = useMemo(() => defaultPair(doc, versions), [doc, versions]);
  const [from, setFrom] = useState<number>(initial?.from ?? 1);
  const [to, setTo] = useState<Side>(initial?.to ?? null);
  const sideName = (side: Side) => {
    if (side === null) return t('versions.history.current');
    const v = versions.find((x) => x.versionNo === side);
    return v ? t('versions.history.versionShort', { n: v.versionNo, label: versionLabel(t, v) }) : String(side);
  };
  /** When the version was recorded, on this computer's clock: dd/mm/yyyy hh:mm. */
  const formatRecorded = (iso: string) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
  };

  return (
    <Page
      width="wide"
      top={back}
      heading={heading}
      testId="history-page"
      subheading={
        <div className="vs-history__titles">
          <p lang="vi" className="vs-history__title" data-testid="history-document-title">
            {doc.titleVi}
          </p>
          {doc.titleLo.trim() !== '' ? (
            <p lang="lo" className="vs-history__title">
              {doc.titleLo}
            </p>
          ) : null}
          <div className="badges">
            <Badge tone={doc.status === 'signed' ? 'success' : doc.status === 'amended' ? 'info' : 'neutral'} testId="history-status">
              {t(`status.${doc.status}`)}
            </Badge>
          </div>
        </div>
      }
    >
      {versions.length === 0 ? (
        <EmptyState testId="history-empty" title={t('versions.history.noneTitle')}>
          <p>{t('versions.history.none')}</p>
        </EmptyState>
      ) : (
        <>
          <section className="vs-card" aria-labelledby="vs-versions-heading">
            <h2 className="vs-card__title" id="vs-versions-heading">
              {t('versions.history.versions')}
            </h2>
            <table className="vs-versions" data-testid="versions-list">
              <thead>
                <tr>
                  <th scope="col">{t('versions.history.number')}</th>
                  <th scope="col">{t('versions.history.label')}</th>
                  <th scope="col">{t('versions.history.signedOn')}</th>
                  <th scope="col">{t('versions.history.recorded')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.versionNo} data-testid="version-row" data-version={v.versionNo}>
                    <td className="vs-versions__number">{v.versionNo}</td>
                    <td>{versionLabel(t, v)}</td>
                    <td className="vs-versions__date">{v.signedOn ? isoToDisplay(v.signedOn) : '—'}</td>
                    <td className="vs-versions__date muted">{formatRecorded(v.createdAt)}</td>
                  </tr>
                ))}
                {doc.status !== 'signed' ? (
                  <tr className="vs-versions__current" data-testid="version-row" data-version="current">
                    <td className="vs-versions__number">{t('versions.history.currentMark')}</td>
                    <td colSpan={3}>{t('versions.history.currentRow', { status: t(`status.${doc.status}`) })}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </section>

          <section className="vs-card" aria-labelledby="vs-compare-heading">
            <h2 className="vs-card__title" id="vs-compare-heading">
              {t('versions.history.compare')}
            </h2>
            <div className="vs-compare">
              <div className="field">
                <label className="field__label" htmlFor="vs-diff-from">
                  {t('versions.history.from')}
                </label>
                <select id="vs-diff-from" className="input select" value={from} onChange={(e) => setFrom(Number(e.currentTarget.value))} data-testid="diff-from">
                  {versions.map((v) => (
                    <option key={v.versionNo} value={v.versionNo}>
                      {t('versions.history.versionOption', { n: v.versionNo, label: versionLabel(t, v), date: v.signedOn ? isoToDisplay(v.signedOn) : '—' })}
                    </option>
                  ))}
                </select>
              </div>
              <span className="vs-compare__arrow" aria-hidden="true">
                →
              </span>
              <div className="field">
                <label className="field__label" htmlFor="vs-diff-to">
                  {t('versions.history.to')}
                </label>
                <select
                  id="vs-diff-to"
                  className="input select"
                  value={to === null ? 'current' : String(to)}
                  onChange={(e) => setTo(e.currentTarget.value === 'current' ? null : Number(e.currentTarget.value))}
                  data-testid="diff-to"
                >
                  {versions.map((v) => (
                    <option key={v.versionNo} value={v.versionNo}>
                      {t('versions.history.versionOption', { n: v.versionNo, label: versionLabel(t, v), date: v.signedOn ? isoToDisplay(v.signedOn) : '—' })}
                    </option>
                  ))}
                  <option value="current">{t('versions.history.current')}</option>
                </select>
              </div>
            </div>
          </section>

          {from === to ? (
            <Notice tone="info" testId="diff-same">
              {t('versions.history.same')}
            </Notice>
          ) : (
            <DiffView key={`${from}:${to ?? 'current'}`} id={doc.id} from={from} to={to} title={t('versions.history.diffTitle', { from: sideName(from), to: sideName(to) })} />
          )}
        </>
      )}
    </Page>
  );
}

function DiffView({ id, from, to, title }: { id: string; from: number; to: Side; title: string }) {
  const { t } = useTranslation();
  const [diff, reload] = useLoad(`diff:${id}:${from}:${to ?? 'current'}`, () => call('documents.diff', { id, from, to }));

  return (
    <section className="vs-diff" aria-labelledby="vs-diff-heading" data-testid="diff" aria-busy={diff.status === 'loading'}>
      <h2 className="section-title" id="vs-diff-heading">
        {title}
      </h2>
      {diff.status === 'loading' ? <Loading label={t('versions.history.loadingDiff')} /> : null}
      {diff.status === 'failed' ? (
        <Notice tone="error" role="alert" actions={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {failureMessage(t, diff.failure)}
        </Notice>
      ) : null}
      {diff.status === 'ready' ? <DiffBody diff={diff.value} /> : null}
    </section>
  );
}

function DiffBody({ diff }: { diff: DocumentDiffView }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const lines = useMemo(() => diffLines(diff, showUnchanged, opened), [diff, showUnchanged, opened]);
  const unchanged = unchangedCount(diff);
  const numbers = new Intl.NumberFormat(locale);
  const identical = isIdentical(diff);

  // A fresh diff starts folded again.
  useEffect(() => {
    setOpened(new Set());
  }, [diff]);

  return (
    <>
      <div className="vs-summary" data-testid="diff-summary">
        <span className="vs-summary__label">{t('versions.history.clauses')}</span>
        {CLAUSE_KINDS.map((kind) => (
          <span key={kind} className={`vs-count vs-count--${kind}`} data-testid={`diff-count-${kind}`} data-count={diff.summary.clauses[kind] ?? 0}>
            <span className="vs-count__number">{numbers.format(diff.summary.clauses[kind] ?? 0)}</span> {t(`versions.history.kinds.${kind}`)}
          </span>
        ))}
        {SECTION_KINDS.some((kind) => (diff.summary.sections[kind] ?? 0) > 0) ? (
          <>
            <span className="vs-summary__label">{t('versions.history.sections')}</span>
            {SECTION_KINDS.filter((kind) => (diff.summary.sections[kind] ?? 0) > 0).map((kind) => (
              <span key={kind} className={`vs-count vs-count--${kind}`} data-testid={`diff-section-count-${kind}`}>
                <span className="vs-count__number">{numbers.format(diff.summary.sections[kind] ?? 0)}</span> {t(`versions.history.kinds.${kind}`)}
              </span>
            ))}
          </>
        ) : null}
      </div>

      {identical ? (
        <Notice tone="info" testId="diff-identical">
          {t('versions.history.identical')}
        </Notice>
      ) : null}

      <div className="vs-diff__tools">
        <p className="vs-legend" data-testid="diff-legend">
          <ins className="vs-ins">{t('versions.history.legendInserted')}</ins>
          <del className="vs-del">{t('versions.history.legendDeleted')}</del>
        </p>
        {unchanged > 0 ? (
          <Button size="small" onClick={() => setShowUnchanged((v) => !v)} aria-pressed={showUnchanged} data-testid="toggle-unchanged">
            {showUnchanged ? t('versions.history.hideUnchanged') : t('versions.history.showUnchanged', { total: numbers.format(unchanged) })}
          </Button>
        ) : null}
      </div>

      <div className="vs-diff__head" aria-hidden="true">
        <span>{t('versions.history.numbering')}</span>
        <span>{t('document.vietnamese')}</span>
        <span>{t('document.lao')}</span>
      </div>
      <VirtualList
        items={lines}
        getKey={(line) => line.key}
        estimateSize={(line) => (line.type === 'section' ? 64 : line.type === 'folded' ? 44 : 88)}
        className="vs-diff__list"
        lineClassName="vs-diff__line"
        renderItem={(line) => (
          <DiffLineView
            line={line}
            onOpen={(key) =>
              setOpened((current) => {
                const next = new Set(current);
                next.add(key);
                return next;
              })
            }
          />
        )}
      />
    </>
  );
}

function DiffLineView({ line, onOpen }: { line: DiffLine; onOpen(key: string): void }) {
  const { t } = useTranslation();
  if (line.type === 'section') return <SectionLine section={line.section} />;
  if (line.type === 'folded') {
    return (
      <div className="vs-folded">
        <Button size="small" variant="ghost" onClick={() => onOpen(line.key)} data-testid="show-unchanged-group">
          {t('versions.history.foldedGroup', { total: line.count })}
        </Button>
      </div>
    );
  }
  return <ClauseLine clause={line.clause} />;
}

function Label({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation();
  if (before !== null && after !== null && before !== after) {
    return (
      <span className="vs-label" aria-label={t('versions.history.renumbered', { before, after })}>
        <del className="vs-label__old">{before}</del>
        <span aria-hidden="true"> → </span>
        <span className="vs-label__new">{after}</span>
      </span>
    );
  }
  const label = after ?? before;
  return <span className={after === null ? 'vs-label vs-label--gone' : 'vs-label'}>{label ?? '—'}</span>;
}

function KindBadges({ kind, moved }: { kind: string; moved: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="vs-badges">
      {kind !== 'unchanged' ? (
        <Badge tone={KIND_TONE[kind] ?? 'neutral'} testId="diff-badge">
          {t(`versions.history.kinds.${kind}`)}
        </Badge>
      ) : null}
      {moved && kind !== 'moved' ? (
        <Badge tone="accent" testId="diff-badge">
          {t('versions.history.kinds.moved')}
        </Badge>
      ) : null}
    </span>
  );
}

function SectionLine({ section }: { section: DiffSection }) {
  return (
    <div className={`vs-dsection vs-dsection--${section.kind}`} data-testid="diff-section" data-kind={section.kind} data-section-id={section.id}>
      <div className="vs-dline__label">
        <Label before={section.labelBefore} after={section.labelAfter} />
        <KindBadges kind={section.kind} moved={section.moved} />
      </div>
      <Runs runs={section.titleVi} lang="vi" testId="diff-section-vi" />
      <Runs runs={section.titleLo} lang="lo" testId="diff-section-lo" />
    </div>
  );
}

function ClauseLine({ clause }: { clause: DiffClause }) {
  const indent = { '--vs-level': Math.max(0, clause.level - 1) } as CSSProperties;
  return (
    <div className={`vs-dclause vs-dclause--${clause.kind}`} style={indent} data-testid="diff-clause" data-kind={clause.kind} data-clause-id={clause.id}>
      <div className="vs-dline__label">
        <Label before={clause.labelBefore} after={clause.labelAfter} />
        <KindBadges kind={clause.kind} moved={clause.moved} />
      </div>
      <Runs runs={clause.textVi} lang="vi" testId="diff-vi" />
      <Runs runs={clause.textLo} lang="lo" testId="diff-lo" />
    </div>
  );
}

/** Text runs of one language: inserted underlined, deleted struck through, each announced as such. */
function Runs({ runs, lang, testId }: { runs: Run[]; lang: 'vi' | 'lo'; testId: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  if (runs.every((run) => run.text.trim() === '')) {
    return (
      <div className="vs-dline__text" lang={lang} data-testid={testId}>
        <span className="muted">—</span>
      </div>
    );
  }
  return (
    <div className="vs-dline__text" lang={lang} data-testid={testId}>
      {runs.map((run, index) =>
        run.op === 'equal' ? (
          <span key={index}>{run.text}</span>
        ) : run.op === 'insert' ? (
          <ins key={index} className="vs-ins" data-testid="diff-ins">
            <span className="visually-hidden" lang={language}>
              {`[${t('versions.history.srInserted')}] `}
            </span>
            {run.text}
          </ins>
        ) : (
          <del key={index} className="vs-del" data-testid="diff-del">
            <span className="visually-hidden" lang={language}>
              {`[${t('versions.history.srDeleted')}] `}
            </span>
            {run.text}
          </del>
        ),
      )}
    </div>
  );
}
