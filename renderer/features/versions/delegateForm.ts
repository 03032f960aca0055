/**
 * One delegate's form, independent of React: values, checks with the contract's own schemas
 * (`delegates.add` / `delegates.update`) and the requests (an update carries only what changed).
 */
import { contract, type Req } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import type { Delegate, DocumentDetail } from '../../../shared/contract/schemas';
import type { DelegateRole } from '../../../shared/domain/document';
import { delegatesOf } from './delegationForm';

export const DELEGATE_FIELDS = ['role', 'nameVi', 'nameLo', 'titleVi', 'titleLo'] as const;
export type DelegateField = (typeof DELEGATE_FIELDS)[number];
export type DelegateTextField = Exclude<DelegateField, 'role'>;

export interface DelegateValues {
  role: DelegateRole;
  nameVi: string;
  nameLo: string;
  titleVi: string;
  titleLo: string;
  /** The Lao name and title still need a reviewer (edit only). */
  loNeedsReview: boolean;
}

export function emptyDelegate(role: DelegateRole): DelegateValues {
  return { role, nameVi: '', nameLo: '', titleVi: '', titleLo: '', loNeedsReview: false };
}

export function valuesOfDelegate(d: Delegate): DelegateValues {
  return { role: d.role, nameVi: d.nameVi, nameLo: d.nameLo, titleVi: d.titleVi, titleLo: d.titleLo, loNeedsReview: d.loNeedsReview };
}

function firstPerPath(issues: FieldIssue[]): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return [...byPath.values()];
}

export type AddCheck = { ok: true; request: Req<'delegates.add'> } | { ok: false; issues: FieldIssue[] };

export function checkAdd(delegationId: string, values: DelegateValues): AddCheck {
  const { loNeedsReview: _flag, ...fields } = values;
  const candidate = { delegationId, ...fields };
  const parsed = contract['delegates.add'].req.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: firstPerPath(toFieldIssues(parsed.error)) };
  return { ok: true, request: candidate };
}

export type UpdateCheck = { ok: true; request: Req<'delegates.update'>; changed: boolean } | { ok: false; issues: FieldIssue[] };

export function checkUpdate(delegate: Delegate, values: DelegateValues): UpdateCheck {
  const candidate = { id: delegate.id, ...values };
  const parsed = contract['delegates.update'].req.safeParse(candidate);
  const issues = parsed.success ? [] : toFieldIssues(parsed.error);
  // Someone must be named, in one language at least (the add channel's rule, kept on edit).
  if (parsed.success && parsed.data.nameVi === '' && parsed.data.nameLo === '') issues.push({ path: 'nameVi', code: 'required' });
  if (!parsed.success || issues.length > 0) return { ok: false, issues: firstPerPath(issues) };

  const clean = parsed.data;
  const request: Record<string, unknown> = { id: delegate.id };
  for (const field of DELEGATE_FIELDS) if (clean[field] !== undefined && clean[field] !== delegate[field]) request[field] = clean[field];
  if (clean.loNeedsReview !== undefined && clean.loNeedsReview !== delegate.loNeedsReview) request['loNeedsReview'] = clean.loNeedsReview;
  return { ok: true, request: request as Req<'delegates.update'>, changed: Object.keys(request).length > 1 };
}

/**
 * The `delegates.move` index that puts `delegate` just before (up) or after (down) its neighbour in the
 * same delegation and role list. Positions are kept across the whole delegation, so the index is the
 * neighbour's place in the delegation's order; null at either end of the list.
 */
export function moveIndex(doc: DocumentDetail, delegate: Delegate, direction: -1 | 1): number | null {
  const all = delegatesOf(doc, delegate.delegationId);
  const group = all.filter((d) => d.role === delegate.role);
  const at = group.findIndex((d) => d.id === delegate.id);
  const neighbour = group[at + direction];
  if (at < 0 || !neighbour) return null;
  return all.findIndex((d) => d.id === neighbour.id);
}
