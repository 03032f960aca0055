/**
 * What the signing check (./check.ts) can find. Blocking problems stop `documents.sign` until fixed;
 * confirm-only ones let the officer sign after confirming (`confirmWarnings: true`). Every code has a
 * message `check.<code>` in each UI catalogue (shared/i18n), kept in step by a unit test.
 */
export const BLOCKING_CHECKS = [
  /** A template placeholder such as "{so_luong}" is still in a title, section title or clause. */
  'placeholder',
  /** A clause with no text in either language. */
  'empty_clause',
] as const;

export const CONFIRM_CHECKS = [
  /** A clause with Vietnamese text and no Lao text. */
  'clause_without_lao',
  /** A party province with no delegation of its own (it is then named as a partner, not as a delegation). */
  'party_without_delegation',
  /** Nobody signs for one side. */
  'side_without_signatory',
  /** A signatory whose name is empty in the language of a version. */
  'signatory_without_name',
  /** The subject (trích yếu) repeats the document kind ("Biên bản hội đàm" / "Biên bản Hội nghị …"). */
  'subject_repeats_kind',
] as const;

export const CHECK_CODES = [...BLOCKING_CHECKS, ...CONFIRM_CHECKS] as const;
export type CheckCode = (typeof CHECK_CODES)[number];
export const CHECK_SEVERITIES = ['blocking', 'confirm'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

/** Where the problem is, so the UI can jump there. */
export const CHECK_TARGETS = ['document', 'section', 'clause', 'delegation', 'delegate', 'party', 'side'] as const;
export type CheckTarget = (typeof CHECK_TARGETS)[number];
