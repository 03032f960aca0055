/**
 * The only IPC handler of the app. A call is answered only for the top frame of a page on app://hoptac/;
 * anything else gets E_FORBIDDEN before the backend is touched. Channel and payload are validated by
 * db/dispatch.ts against the contract, exactly as in the CLI and the end-to-end harness.
 */
import { ipcMain } from 'electron';
import type { Handlers } from '../shared/contract/channels';
import { IPC_INVOKE_CHANNEL } from '../shared/contract/ipc';
import { fail } from '../shared/contract/result';
import { dispatch, type DispatchLog } from '../db/dispatch';
import { isTrustedSender } from './policy';

/** Registers the handler; returns a function that removes it (called on quit). */
export function registerIpc(api: Handlers, log?: DispatchLog): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return fail('E_FORBIDDEN', 'Untrusted sender');
    return dispatch(api, channel, payload, log);
  });
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}
