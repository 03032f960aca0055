/**
 * Error and field-issue codes. Every code has a message in each UI catalogue (shared/i18n);
 * a unit test keeps the lists and the catalogues in step.
 */
export const ERROR_CODES = [
  'E_INVALID_INPUT',
  'E_NOT_FOUND',
  'E_CONFLICT',
  'E_FORBIDDEN',
  'E_PAYLOAD_TOO_LARGE',
  'E_DB_NEWER',
  /** The database file or its folder is read-only: it was opened for reading, every write is refused. */
  'E_READ_ONLY',
  'E_INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field was refused; shown next to that field in the UI language. */
export const ISSUE_CODES = [
  'required',
  'too_long',
  'illegal_characters',
  'invalid_date',
  'date_out_of_range',
  'partner_is_ours',
  'partner_duplicate',
  'partner_same_country',
  'unknown_province',
  'too_many',
  'invalid',
  // Drafting (see shared/drafting/tree.ts for when each is returned)
  'document_signed',
  'duplicate_title',
  'move_into_own_child',
  'parent_in_other_section',
  'too_deep',
  'invalid_position',
  'no_previous_sibling',
  'already_top_level',
  'not_next_sibling',
  'invalid_offset',
  'not_in_document',
  'period_order',
  'not_a_party',
  'not_signed',
  'unknown_version',
  // Templates
  'unknown_template',
  'template_kind_mismatch',
  // Export to Word
  'file_not_writable',
  // Follow-up
  'not_trackable',
  'deadline_before_signing',
  'date_in_future',
  'negative_value',
  'not_a_number',
  'unit_mismatch',
  'unknown_indicator',
  'agency_wrong_side',
  'agency_not_party',
  'agency_in_use',
  'agency_archived',
  'duplicate_name',
  'already_superseded',
  'file_too_large',
  'not_a_file',
  'file_unreadable',
  'unknown_evidence',
  'not_carryable',
  // Follow-up figures (issue 11)
  'date_before_signing',
  'status_before_last_change',
  'target_required',
  'as_of_before_document',
  // Delegations, scope, agencies by period, signing check (issue 10)
  'delegation_required',
  'unknown_delegation',
  'delegation_has_delegates',
  'delegation_wrong_side',
  'scope_not_partner',
  'agency_not_valid_on_date',
  'check_blocking',
  'check_needs_confirmation',
  // Data safety (issue 12)
  'wrong_type',
  'evidence_not_openable',
  'passphrase_too_short',
  'backup_not_found',
  'backup_not_a_database',
  'backup_damaged',
  'backup_foreign_keys',
  'backup_newer',
  'backup_history',
  'backup_wrong_passphrase',
  'backup_in_use',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParams = Record<string, string | number>;

export interface FieldIssue {
  /** Dotted path of the field, e.g. "titleVi" or "partnerProvinceIds.1". */
  path: string;
  code: IssueCode;
  params?: IssueParams;
}
