import type { HandlersOf } from '../../shared/contract/channels';
import type { followupContract } from '../../shared/contract/features/followup';
import { fail } from '../../shared/contract/result';
import type { HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'agencies.list' | 'agencies.add' | 'agencies.update' | 'agencies.merge' | 'agencies.remove' | 'indicators.list'>;

/** Placeholder until the follow-up slice lands: every channel answers E_FORBIDDEN. */
export function agencyHandlers(_context: HandlerContext) {
  const notBuilt = () => fail('E_FORBIDDEN', 'Not built yet');
  return {
    'agencies.list': notBuilt,
    'agencies.add': notBuilt,
    'agencies.update': notBuilt,
    'agencies.merge': notBuilt,
    'agencies.remove': notBuilt,
    'indicators.list': notBuilt,
  } satisfies HandlersOf<Channels>;
}
