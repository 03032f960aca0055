import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-templates-and-library';
import { migration0003 } from './0003-follow-up';
import { migration0004 } from './0004-follow-up-indexes';
import { migration0006 } from './0006-follow-up-figures';
import type { Migration } from './types';

/**
 * Version 5 belongs to issue 10 (named delegations, clause scope by partner province), developed on its
 * own branch. Until it is merged this no-op keeps the versions consecutive; at merge, replace it with
 * issue 10's migration0005 (only development files will have run the no-op).
 */
const reservedForIssue10: Migration = { version: 5, name: 'reserved-issue-10', up: () => undefined };

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, reservedForIssue10, migration0006];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
