/**
 * One delegation's form (a named body at the meeting), independent of React: values, checks with the
 * contract's own schemas (`delegations.add` / `delegations.update`), the requests (an update carries
 * only what changed) and the orderings the editor shows.
 */
import { contract, type Req } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import type { Delegate, Delegation, DocumentDetail, ProvinceRef } from '../../../shared/contract/schemas';
import type { Country } from '../../../shared/domain/document';
import { suggestedDelegationName } from '../../../shared/drafting/delegations';

export const DELEGATION_FIELDS = ['side', 'provinceId', 'nameVi', 'nameLo'] as const;
export type DelegationField = (typeof DELEGATION_FIELDS)[number];

export interface DelegationValues {
  side: Country;
  /** '' = no province: a ministry, the National Assembly, a party committee, a mass organisation. */
  provinceId: string;
  nameVi: string;
  nameLo: string;
  loNeedsReview: boolean;
}

/** Parties of the document on one side (our province, or the partners across the border). */
export function partiesOnSide(doc: DocumentDetail, side: Country): ProvinceRef[] {
  return [doc.ourProvince, ...doc.partners].filter((p) => p.country === side);
}

/** The two sides in the order the page shows them: ours first. */
export function sidesOf(doc: DocumentDetail): Country[] {
  return doc.ourProvince.country === 'VN' ? ['VN', 'LA'] : ['LA', 'VN'];
}

export function orderedDelegations(doc: DocumentDetail): Delegation[] {
  return [...doc.delegations].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Party provinces with no delegation of their own: the export names them as partners, not as delegations. */
export function partiesWithoutDelegation(doc: DocumentDetail, side: Country): ProvinceRef[] {
  const withDelegation = new Set(doc.delegations.map((d) => d.provinceId));
  return partiesOnSide(doc, side).filter((p) => !withDelegation.has(p.provinceId));
}

/**
 * A new delegation's starting values: the first party of that side still without a delegation, named as
 * the export used to name a province's delegation ("Đoàn đại biểu cấp cao tỉnh …"); no province when
 * every party of the side already has one (e.g. a ministry's delegation).
 */
export function newDelegationValues(doc: DocumentDetail, side: Country): DelegationValues {
  const province = partiesWithoutDelegation(doc, side)[0];
  if (!province) return { side, provinceId: '', nameVi: '', nameLo: '', loNeedsReview: false };
  return {
    side,
    provinceId: province.provinceId,
    nameVi: suggestedDelegationName(province, doc.kind, 'vi'),
    nameLo: suggestedDelegationName(province, doc.kind, 'lo'),
    // The suggested Lao name is the team's draft, not the officer's text.
    loNeedsReview: true,
  };
}

/** The suggested names for a province of the document ('' for no province). */
export function suggestedNames(doc: DocumentDetail, provinceId: string): { nameVi: string; nameLo: string } | null {
  const province = [doc.ourProvince, ...doc.partners].find((p) => p.provinceId === provinceId);
  if (!province) return null;
  return { nameVi: suggestedDelegationName(province, doc.kind, 'vi'), nameLo: suggestedDelegationName(province, doc.kind, 'lo') };
}

export function valuesOfDelegation(d: Delegation): DelegationValues {
  return { side: d.side, provinceId: d.provinceId ?? '', nameVi: d.nameVi, nameLo: d.nameLo, loNeedsReview: d.loNeedsReview };
}

function firstPerPath(issues: FieldIssue[]): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return [...byPath.values()];
}

export type DelegationAddCheck = { ok: true; request: Req<'delegations.add'> } | { ok: false; issues: FieldIssue[] };

export function checkDelegationAdd(doc: DocumentDetail, values: DelegationValues): DelegationAddCheck {
  const candidate = {
    documentId: doc.id,
    side: values.side,
    nameVi: values.nameVi,
    nameLo: values.nameLo,
    provinceId: values.provinceId === '' ? null : values.provinceId,
    loNeedsReview: values.loNeedsReview,
  };
  const parsed = contract['delegations.add'].req.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: firstPerPath(toFieldIssues(parsed.error)) };
  return { ok: true, request: candidate };
}

export type DelegationUpdateCheck =
  | { ok: true; request: Req<'delegations.update'>; changed: boolean }
  | { ok: false; issues: FieldIssue[] };

export function checkDelegationUpdate(delegation: Delegation, values: DelegationValues): DelegationUpdateCheck {
  const candidate = {
    id: delegation.id,
    side: values.side,
    nameVi: values.nameVi,
    nameLo: values.nameLo,
    provinceId: values.provinceId === '' ? null : values.provinceId,
    loNeedsReview: values.loNeedsReview,
  };
  const parsed = contract['delegations.update'].req.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: firstPerPath(toFieldIssues(parsed.error)) };
  const clean = parsed.data;
  const request: Record<string, unknown> = { id: delegation.id };
  if (clean.side !== undefined && clean.side !== delegation.side) request['side'] = clean.side;
  if (clean.nameVi !== undefined && clean.nameVi !== delegation.nameVi) request['nameVi'] = clean.nameVi;
  if (clean.nameLo !== undefined && clean.nameLo !== delegation.nameLo) request['nameLo'] = clean.nameLo;
  if (clean.provinceId !== undefined && clean.provinceId !== delegation.provinceId) request['provinceId'] = clean.provinceId;
  if (clean.loNeedsReview !== undefined && clean.loNeedsReview !== delegation.loNeedsReview) request['loNeedsReview'] = clean.loNeedsReview;
  return { ok: true, request: request as Req<'delegations.update'>, changed: Object.keys(request).length > 1 };
}

/** The `delegations.move` index that puts a delegation before (up) or after (down) its neighbour on the same side. */
export function delegationMoveIndex(doc: DocumentDetail, delegation: Delegation, direction: -1 | 1): number | null {
  const all = orderedDelegations(doc);
  const sameSide = all.filter((d) => d.side === delegation.side);
  const at = sameSide.findIndex((d) => d.id === delegation.id);
  const neighbour = sameSide[at + direction];
  if (at < 0 || !neighbour) return null;
  return all.findIndex((d) => d.id === neighbour.id);
}

/** A delegation's people in stored order (the order `delegates.move` indexes). */
export function delegatesOf(doc: DocumentDetail, delegationId: string): Delegate[] {
  return doc.delegates
    .filter((d) => d.delegationId === delegationId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
