import type { HandlersOf } from '../../shared/contract/channels';
import type { followupContract } from '../../shared/contract/features/followup';
import { fail } from '../../shared/contract/result';
import type { Platform } from '../platform';
import type { HandlerContext } from './context';

type Channels = Pick<typeof followupContract, 'tracking.get' | 'tracking.setStatus' | 'tracking.setDeadline' | 'tracking.assign' | 'tracking.unassign' | 'tracking.addIndicator' | 'tracking.updateIndicator' | 'tracking.removeIndicator' | 'progress.add' | 'evidence.pick' | 'evidence.open'>;

/** Placeholder until the follow-up slice lands: every channel answers E_FORBIDDEN. */
export function trackingHandlers(_context: HandlerContext, _platform: Platform | undefined) {
  const notBuilt = () => fail('E_FORBIDDEN', 'Not built yet');
  return {
    'tracking.get': notBuilt,
    'tracking.setStatus': notBuilt,
    'tracking.setDeadline': notBuilt,
    'tracking.assign': notBuilt,
    'tracking.unassign': notBuilt,
    'tracking.addIndicator': notBuilt,
    'tracking.updateIndicator': notBuilt,
    'tracking.removeIndicator': notBuilt,
    'progress.add': notBuilt,
    'evidence.pick': notBuilt,
    'evidence.open': notBuilt,
  } satisfies HandlersOf<Channels>;
}
