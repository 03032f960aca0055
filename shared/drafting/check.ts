import type { CheckProblem } from '../contract/features/versions';
import type { DocumentDetail } from '../contract/schemas';
import { COUNTRIES } from '../domain/document';
import { clauseReferences } from '../followup/labels';
import { BLOCKING_CHECKS, type CheckCode, type CheckSeverity } from './check-codes';
import { numberDocument, numberSections } from './numbering';
import { subjectRepeatsKind } from './title';

export { BLOCKING_CHECKS, CHECK_CODES, CONFIRM_CHECKS, type CheckCode, type CheckSeverity } from './check-codes';

/**
 * "Kiểm tra văn bản": what is wrong with a draft before it is signed or exported. Pure, over the
 * document as `documents.get` returns it. Problems come in document order: title, then sections and
 * clauses (numbered as printed, "II.3.a)"), then delegations and signatories.
 *
 * Blocking: template placeholders left in the text ("{so_luong}", or any "{…}"), clauses with no text.
 * Confirm-only: clauses without Lao, parties without a delegation of their own, a side with nobody
 * marked as signatory, a signatory without a name in a language, a title whose subject repeats the kind.
 */

/** Any brace pair an officer or a template left: "{so_luong}", "{tên cơ quan}". */
const PLACEHOLDER = /\{[^{}\n]{1,80}\}/gu;

export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

const severityOf = (code: CheckCode): CheckSeverity => ((BLOCKING_CHECKS as readonly string[]).includes(code) ? 'blocking' : 'confirm');

type Where = Pick<CheckProblem, 'target' | 'targetId' | 'label' | 'sectionId'>;

export function checkDocument(doc: DocumentDetail): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const add = (code: CheckCode, where: Where, params: CheckProblem['params'] = {}) =>
    problems.push({ code, severity: severityOf(code), ...where, params });
  const placeholders = (where: Where, texts: { vi: string; lo: string }) => {
    for (const language of ['vi', 'lo'] as const) {
      const found = placeholdersIn(texts[language]);
      if (found.length > 0) add('placeholder', where, { placeholders: found.join(', '), language });
    }
  };

  const document: Where = { target: 'document', targetId: '', label: '', sectionId: null };
  placeholders(document, { vi: doc.titleVi, lo: doc.titleLo });
  placeholders(document, { vi: `${doc.placeVi} ${doc.datelinePlaceVi}`, lo: `${doc.placeLo} ${doc.datelinePlaceLo}` });
  for (const language of ['vi', 'lo'] as const) {
    const title = language === 'vi' ? doc.titleVi : doc.titleLo;
    if (subjectRepeatsKind(title, doc.kind, language)) add('subject_repeats_kind', document, { language });
  }

  const clauses = doc.sections.flatMap((s) => s.clauses);
  const references = clauseReferences(doc.sections, clauses);
  for (const { section, label } of numberSections(doc.sections)) {
    placeholders({ target: 'section', targetId: section.id, label, sectionId: section.id }, { vi: section.titleVi, lo: section.titleLo });
  }
  // Clauses in printed order (clauses numbering cannot reach are not printed either).
  for (const { clause } of numberDocument(doc.sections, clauses)) {
    const where: Where = { target: 'clause', targetId: clause.id, label: references.get(clause.id) ?? '', sectionId: clause.sectionId };
    const vi = clause.textVi.trim();
    const lo = clause.textLo.trim();
    if (vi === '' && lo === '') add('empty_clause', where);
    else if (lo === '') add('clause_without_lao', where);
    placeholders(where, { vi, lo });
  }

  const partiesWithDelegation = new Set(doc.delegations.map((d) => d.provinceId).filter((id) => id !== null));
  for (const party of [doc.ourProvince, ...doc.partners]) {
    if (!partiesWithDelegation.has(party.provinceId)) {
      add('party_without_delegation', { target: 'party', targetId: party.provinceId, label: '', sectionId: null }, { nameVi: party.nameVi, nameLo: party.nameLo });
    }
  }
  const sideOf = new Map(doc.delegations.map((d) => [d.id, d.side]));
  for (const side of COUNTRIES) {
    const signs = doc.delegates.some((p) => p.role === 'signatory' && sideOf.get(p.delegationId) === side);
    if (!signs) add('side_without_signatory', { target: 'side', targetId: side, label: '', sectionId: null }, { side });
  }
  for (const person of doc.delegates) {
    if (person.role !== 'signatory') continue;
    const missing = [person.nameVi.trim() === '' ? 'vi' : null, person.nameLo.trim() === '' ? 'lo' : null].filter((l) => l !== null);
    for (const language of missing) add('signatory_without_name', { target: 'delegate', targetId: person.id, label: '', sectionId: null }, { language });
  }
  return problems;
}

export function countBySeverity(problems: readonly CheckProblem[]): { blocking: number; confirm: number } {
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  return { blocking, confirm: problems.length - blocking };
}
