/**
 * Sandboxed preload, bundled to dist/electron/preload.cjs (it may require only `electron`). It gives the
 * page exactly one thing: `window.api.invoke(channel, payload)`, forwarded on the one IPC channel. The
 * main process checks the sender and validates channel and payload (electron/ipc.ts → db/dispatch.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { HoptacBridge } from '../shared/contract/channels';
import { IPC_INVOKE_CHANNEL } from '../shared/contract/ipc';

const api: HoptacBridge = {
  invoke: (channel: string, payload: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, payload),
};

contextBridge.exposeInMainWorld('api', api);
