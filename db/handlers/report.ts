import type { HandlersOf } from '../../shared/contract/channels';
import type { followupContract } from '../../shared/contract/features/followup';
import { fail } from '../../shared/contract/result';
import type { Platform } from '../platform';
import type { HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'report.save'>;

/** Placeholder until the follow-up slice lands: every channel answers E_FORBIDDEN. */
export function reportHandlers(_context: HandlerContext, _platform: Platform | undefined) {
  const notBuilt = () => fail('E_FORBIDDEN', 'Not built yet');
  return {
    'report.save': notBuilt,
  } satisfies HandlersOf<Channels>;
}
