import type { TFunction } from 'i18next';
import type { PasteChange } from '../../../shared/drafting';
import type { CallFailure } from '../../bridge';
import { failureMessage, issueMessage } from '../../i18n';

/** A refusal in the UI language: its issues (too_long, duplicate_title …) when it has any. */
export function refusalText(t: TFunction, failure: CallFailure, locale: string, path?: string): string {
  const issues = (failure.issues ?? []).filter((issue) => path === undefined || issue.path === path);
  if (issues.length > 0) return [...new Set(issues.map((issue) => issueMessage(t, issue, locale)))].join(' ');
  return failureMessage(t, failure);
}

/** "3 non-breaking spaces replaced; 2 list markers removed" — what the paste clean-up changed. */
export function pasteChangesText(t: TFunction, changes: readonly PasteChange[]): string {
  return changes.map((change) => t(`editor.paste.changes.${change.kind}`, { count: change.count })).join('; ');
}
