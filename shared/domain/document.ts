/** The three document kinds the app drafts (see ../shared/domain/README.md §1). */
export const DOCUMENT_KINDS = ['minutes', 'agreement', 'memorandum'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const COUNTRIES = ['VN', 'LA'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Lifecycle of a document. Signed versions are frozen; later edits create an amended version. */
export const DOCUMENT_STATUSES = ['draft', 'signed', 'amended'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Delegation roles are separate lists: the signer is not always the head of delegation. */
export const DELEGATE_ROLES = ['head', 'member', 'signatory', 'witness'] as const;
export type DelegateRole = (typeof DELEGATE_ROLES)[number];

/** Built-in sector codes; documents may also carry custom sections (sector = 'custom'). */
export const SECTORS = [
  'political',
  'defence_security',
  'economy',
  'education',
  'health',
  'culture_tourism',
  'custom',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Parts of the document body (review of results, tasks ahead, implementation). */
export const DOCUMENT_PARTS = ['results', 'tasks', 'implementation'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];
