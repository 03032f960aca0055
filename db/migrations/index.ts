import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-templates-and-library';
import { migration0003 } from './0003-follow-up';
import { migration0004 } from './0004-follow-up-indexes';
import { migration0005 } from './0005-delegations-scope-periods';
import { migration0006 } from './0006-follow-up-figures';
import { migration0007 } from './0007-tamper-evident-history';
import type { Migration } from './types';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
