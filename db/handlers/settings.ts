import type { HandlersOf } from '../../shared/contract/channels';
import type { settingsContract } from '../../shared/contract/features/settings';
import { ok } from '../../shared/contract/result';
import { definedOnly, getReportSettings, updateReportSettings } from '../repositories/settings';
import { inTransaction, type HandlerContext } from './context';

/** What the officer fills once for the report (issuing body, number symbol, signer, recipients). */
export function settingsHandlers({ db, write }: HandlerContext) {
  return {
    'settings.get': () => ok(getReportSettings(db)),
    'settings.update': (patch) =>
      inTransaction(db, () => updateReportSettings(write, definedOnly(patch))),
  } satisfies HandlersOf<typeof settingsContract>;
}
