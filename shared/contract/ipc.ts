/**
 * The one IPC channel between the preload and the main process. Every contract call travels through it
 * as (channel, payload); `electron/ipc.ts` checks the sender and hands both to `db/dispatch`.
 * Pure constant: imported by the sandboxed preload bundle and by the main process.
 */
export const IPC_INVOKE_CHANNEL = 'hoptac:invoke' as const;
