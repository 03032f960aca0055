/**
 * The real preload bundle (scripts/build-node.mjs options, built in memory), evaluated with the tiny
 * `require` of a sandboxed preload and a fake `electron`: it must expose exactly window.api.invoke.
 */
import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../../shared/contract/ipc';
import { bundleInMemory, requiredModules, runCjs } from './fake-electron';

async function loadPreload() {
  const code = await bundleInMemory('preload');
  const exposed = new Map<string, unknown>();
  const invoke = vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args }));
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke,
      on: () => {
        throw new Error('preload must not listen');
      },
      send: () => {
        throw new Error('preload must not send');
      },
    },
  };
  runCjs(code, '/app/dist/electron/preload.cjs', { electron }, true);
  return { code, exposed, invoke };
}

describe('preload bundle', () => {
  it('requires nothing but electron (a sandboxed preload cannot)', async () => {
    const { code } = await loadPreload();
    expect(requiredModules(code)).toEqual(['electron']);
  });

  it('exposes exactly one key, api, with exactly one function, invoke', async () => {
    const { exposed } = await loadPreload();
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('forwards (channel, payload) on the one IPC channel and nothing else', async () => {
    const { exposed, invoke } = await loadPreload();
    const api = exposed.get('api') as { invoke: (...args: unknown[]) => Promise<unknown> };
    await api.invoke('documents.get', { id: 'x' }, 'extra', 'arguments');
    expect(invoke).toHaveBeenCalledExactlyOnceWith(IPC_INVOKE_CHANNEL, 'documents.get', { id: 'x' });
    expect(IPC_INVOKE_CHANNEL).toBe('hoptac:invoke');
  });
});
