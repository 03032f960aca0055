import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/channels';
import { HybridClock, systemClock, type Clock } from './clock';
import type { WriteContext } from './changes';
import type { HandlerContext } from './handlers/context';
import { agencyHandlers } from './handlers/agencies';
import { carryOverHandlers } from './handlers/carry-over';
import { delegationHandlers } from './handlers/delegations';
import { documentHandlers } from './handlers/documents';
import { draftingHandlers } from './handlers/drafting';
import { exportHandlers } from './handlers/export';
import { followupViewHandlers } from './handlers/followup-views';
import { reportHandlers } from './handlers/report';
import { settingsHandlers } from './handlers/settings';
import { safetyHandlers, type SafetyState } from './handlers/safety';
import { templateHandlers } from './handlers/templates';
import { trackingHandlers } from './handlers/tracking';
import { versionHandlers } from './handlers/versions';
import type { Platform } from './platform';
import { refreshFollowupSummaries } from './repositories/followup-summaries';
import { ensureDeviceId, lastStampOf } from './repositories/meta';
import { tx, type WriteDb } from './sql';

export interface ApiDeps {
  db: WriteDb;
  databasePath: string;
  appVersion: string;
  clock?: Clock;
  /** Deterministic ids in tests; random UUIDs otherwise. */
  newId?: () => string;
  /** Native dialogs, file writing and the system viewer; absent in the CLI (channels needing it are refused). */
  platform?: Platform;
  /** What the start-up checks found (issue 12), shown by database.status. */
  safety?: SafetyState;
}

/**
 * The backend: one handler per contract channel, gathered from each feature's handler module.
 * `satisfies Handlers` makes a missing, misspelled or mistyped channel a compile error.
 */
export function createApi(deps: ApiDeps) {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const deviceId = ensureDeviceId(db);
  // Summaries left dirty by a migration or by another program's writes are rebuilt once, on opening.
  tx(db, () => refreshFollowupSummaries(db));
  const write: WriteContext = {
    db,
    deviceId,
    hlc: new HybridClock(clock, deviceId, lastStampOf(db, deviceId)),
    now: () => clock.now().toISOString(),
    newId: deps.newId ?? randomUUID,
  };
  const context: HandlerContext = { db, write, databasePath: deps.databasePath, appVersion: deps.appVersion, clock };

  return {
    ...documentHandlers(context),
    ...draftingHandlers(context),
    ...exportHandlers(context, deps.platform),
    ...templateHandlers(context),
    ...versionHandlers(context),
    ...delegationHandlers(context),
    ...agencyHandlers(context),
    ...trackingHandlers(context, deps.platform),
    ...followupViewHandlers(context, deps.platform),
    ...reportHandlers(context, deps.platform),
    ...carryOverHandlers(context),
    ...settingsHandlers(context),
    ...safetyHandlers(context, deps.platform, deps.safety),
  } satisfies Handlers;
}

export type Api = ReturnType<typeof createApi>;
