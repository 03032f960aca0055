/** Why a database file could not be opened. The Electron shell and the CLI turn it into a message. */
export type DatabaseOpenProblem = 'E_DB_NEWER' | 'E_DB_UNREADABLE' | 'E_DB_PRAGMA';

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
          : `SQLite refused a required setting${detail ? `: ${detail}` : ''}.`,
    );
    this.name = 'DatabaseOpenError';
  }
}
