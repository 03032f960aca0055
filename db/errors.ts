/** Why a database file could not be opened. The Electron shell and the CLI turn it into a message. */
export type DatabaseOpenProblem =
  | 'E_DB_NEWER'
  | 'E_DB_UNREADABLE'
  | 'E_DB_PRAGMA'
  /** A zero-byte file: not silently turned into a new database (creating one is an explicit act). */
  | 'E_DB_EMPTY'
  /** Read-only and older than this app: it cannot be migrated, so it is not opened. */
  | 'E_DB_READ_ONLY_OLD';

export class DatabaseOpenError extends Error {
  constructor(
    readonly code: DatabaseOpenProblem,
    readonly fileVersion?: number,
    readonly appVersion?: number,
    detail?: string,
  ) {
    super(
      code === 'E_DB_NEWER'
        ? `This database has schema version ${fileVersion}; this Hợp Tác knows up to ${appVersion}. It was written by a newer Hợp Tác and was left untouched.`
        : code === 'E_DB_UNREADABLE'
          ? `This file is not a Hợp Tác database or is damaged${detail ? `: ${detail}` : ''}.`
          : code === 'E_DB_EMPTY'
            ? 'This file is empty (0 bytes). It was left untouched; Hợp Tác creates a database only when asked.'
            : code === 'E_DB_READ_ONLY_OLD'
              ? `This read-only database has schema version ${fileVersion}; it needs updating to ${appVersion}, which a read-only file does not allow.`
              : `SQLite refused a required setting${detail ? `: ${detail}` : ''}.`,
    );
    this.name = 'DatabaseOpenError';
  }
}
