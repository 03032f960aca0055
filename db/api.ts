import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/channels';
import { HybridClock, systemClock, type Clock } from './clock';
import type { WriteContext } from './changes';
import type { HandlerContext } from './handlers/context';
import { agencyHandlers } from './handlers/agencies';
import { carryOverHandlers } from './handlers/carry-over';
import { documentHandlers } from './handlers/documents';
import { draftingHandlers } from './handlers/drafting';
import { exportHandlers, type ExportPlatform } from './handlers/export';
import { followupViewHandlers } from './handlers/followup-views';
import { reportHandlers } from './handlers/report';
import { templateHandlers } from './handlers/templates';
import { trackingHandlers } from './handlers/tracking';
import { versionHandlers } from './handlers/versions';
import { ensureDeviceId, lastStampOf } from './repositories/meta';
import type { WriteDb } from './sql';

export interface ApiDeps {
  db: WriteDb;
  databasePath: string;
  appVersion: string;
  clock?: Clock;
  /** Deterministic ids in tests; random UUIDs otherwise. */
  newId?: () => string;
  /** Native dialogs and file writing for Export to Word; absent in the CLI (export.save is refused). */
  platform?: ExportPlatform;
}

/**
 * The backend: one handler per contract channel, gathered from each feature's handler module.
 * `satisfies Handlers` makes a missing, misspelled or mistyped channel a compile error.
 */
export function createApi(deps: ApiDeps) {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const deviceId = ensureDeviceId(db);
  const write: WriteContext = {
    db,
    deviceId,
    hlc: new HybridClock(clock, deviceId, lastStampOf(db, deviceId)),
    now: () => clock.now().toISOString(),
    newId: deps.newId ?? randomUUID,
  };
  const context: HandlerContext = { db, write, databasePath: deps.databasePath, appVersion: deps.appVersion };

  return {
    ...documentHandlers(context),
    ...draftingHandlers(context),
    ...exportHandlers(context, deps.platform),
    ...templateHandlers(context),
    ...versionHandlers(context),
    ...agencyHandlers(context),
    ...trackingHandlers(context),
    ...followupViewHandlers(context),
    ...reportHandlers(context),
    ...carryOverHandlers(context),
  } satisfies Handlers;
}

export type Api = ReturnType<typeof createApi>;
