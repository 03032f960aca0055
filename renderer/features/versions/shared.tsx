import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import type { FieldIssue } from '../../../shared/contract/errors';
import { call, type CallFailure } from '../../bridge';
import { useUiLanguage } from '../../i18n';
import { Badge } from '../../ui';

/** What every document-page panel of this feature receives from the page that owns the document. */
export interface DocumentPanelProps {
  /** The document as the page currently shows it. */
  doc: DocumentDetail;
  /** Hands a fresh copy of the document (as stored after an edit) back to the page. */
  onDocumentChange(doc: DocumentDetail): void;
}

/** After an edit that answers with a summary only: the stored document, in full. */
export async function reloadDocument(id: string) {
  return call('documents.get', { id });
}

/** True when a failure says the document was signed meanwhile (e.g. in another window). */
export function isSignedRefusal(failure: CallFailure): boolean {
  return failure.code === 'E_CONFLICT' && (failure.issues ?? []).some((issue) => issue.code === 'document_signed');
}

/** Issues that belong to a field on screen, by path; the rest are shown above the form. */
export function splitIssues(issues: readonly FieldIssue[], fields: readonly string[]): { byField: Map<string, FieldIssue>; other: FieldIssue[] } {
  const byField = new Map<string, FieldIssue>();
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    if (fields.includes(issue.path) && !byField.has(issue.path)) byField.set(issue.path, issue);
    else other.push(issue);
  }
  return { byField, other };
}

/** "Lao not reviewed": sits next to Lao text but speaks the UI language, so it carries the UI `lang`. */
export function LaoReviewBadge({ testId = 'lo-review-badge' }: { testId?: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <Badge tone="warning" lang={language} testId={testId}>
      {t('versions.common.loNotReviewed')}
    </Badge>
  );
}
