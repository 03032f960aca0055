import { useTranslation } from 'react-i18next';
import type { CheckProblem, DocumentCheck } from '../../../shared/contract/features/versions';
import type { CheckSeverity } from '../../../shared/drafting/check-codes';
import { checkProblemMessage, useUiLanguage } from '../../i18n';
import { Button, requestFocus } from '../../ui';

/** Where "Go to" leads: the editor for clauses and sections, the cards of the page for the rest. */
function goTo(problem: CheckProblem): void {
  // The text box of the language the problem is in (a missing Lao text: the Lao box).
  const lang = problem.code === 'clause_without_lao' || problem.params['language'] === 'lo' ? 'lo' : 'vi';
  if (problem.target === 'clause' || problem.target === 'section') {
    requestFocus({ kind: problem.target, id: problem.targetId, lang });
    return;
  }
  const selector =
    problem.target === 'document'
      ? '[data-testid="details-panel"]'
      : problem.target === 'delegate'
        ? `[data-testid="delegate-row"][data-delegate-id="${problem.targetId}"]`
        : problem.target === 'side'
          ? `[data-testid="delegation-side"][data-side="${problem.targetId}"]`
          : '[data-testid="delegations-editor"]';
  const element = document.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>('[data-testid="delegations-editor"]');
  if (!element) return;
  element.scrollIntoView({ block: 'start' });
  const control = element.querySelector<HTMLElement>('button:not([disabled]), input, textarea, select');
  control?.focus({ preventScroll: true });
}

export interface CheckPanelProps {
  check: DocumentCheck;
  /** Heading level inside the card that shows the panel. */
  headingId: string;
}

/**
 * The signing check's findings ("Kiểm tra văn bản"): what must be fixed before signing, then what the
 * officer confirms, each with its clause number and a "Go to" that opens the place in the page.
 */
export function CheckPanel({ check, headingId }: CheckPanelProps) {
  const { t } = useTranslation();
  const { language, locale } = useUiLanguage();
  const groups: { severity: CheckSeverity; problems: CheckProblem[] }[] = [
    { severity: 'blocking', problems: check.problems.filter((p) => p.severity === 'blocking') },
    { severity: 'confirm', problems: check.problems.filter((p) => p.severity === 'confirm') },
  ];

  if (check.problems.length === 0) {
    return (
      <p className="vs-check-result vs-check-result--clean" role="status" data-testid="check-clean">
        {t('check.none')}
      </p>
    );
  }
  return (
    <div className="vs-check-result" data-testid="check-result" data-blocking={check.blocking} data-confirm={check.confirm}>
      <p className="vs-check-result__summary" role="status" data-testid="check-summary">
        {t('check.summary', { blocking: check.blocking, confirm: check.confirm })}
      </p>
      {groups.map(({ severity, problems }) =>
        problems.length === 0 ? null : (
          <div key={severity} className={`vs-check-group vs-check-group--${severity}`} data-testid={`check-group-${severity}`}>
            <h3 className="vs-check-group__title" id={`${headingId}-${severity}`}>
              {t(severity === 'blocking' ? 'check.blocking' : 'check.confirm')}
              <span className="vs-role__count">{problems.length}</span>
            </h3>
            <ul className="vs-check-list" aria-labelledby={`${headingId}-${severity}`}>
              {problems.map((problem, index) => (
                <li
                  key={`${problem.code}:${problem.targetId}:${index}`}
                  className="vs-check-item"
                  data-testid="check-problem"
                  data-code={problem.code}
                  data-severity={problem.severity}
                  data-target-id={problem.targetId}
                  data-language={typeof problem.params['language'] === 'string' ? problem.params['language'] : undefined}
                >
                  <span className="vs-check-item__where">
                    {problem.label !== '' ? problem.label : t(`check.where.${problem.target === 'clause' || problem.target === 'section' ? 'document' : problem.target}`)}
                  </span>
                  <span className="vs-check-item__message">{checkProblemMessage(t, problem, language, locale)}</span>
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={() => goTo(problem)}
                    aria-label={`${t('check.goTo')}: ${problem.label || checkProblemMessage(t, problem, language, locale)}`}
                    data-testid="check-go-to"
                  >
                    {t('check.goTo')}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </div>
  );
}
