/**
 * Text the officer typed and the backend has not confirmed yet. Nothing typed is lost: the local text
 * stays (and stays on screen) until a save of exactly that text succeeds; a refused save keeps it and
 * records why. Saves are debounced per field group (a clause, a section title pair) and never overlap
 * for the same group; flush() saves at once (blur, before a structural action).
 *
 * One store per editor. Rows subscribe to their own key only, so typing re-renders one row.
 */
import type { CallFailure, CallResult } from '../../bridge';

export const SAVE_DELAY_MS = 400;

export type Fields = Readonly<Record<string, string>>;

export interface DraftSnapshot {
  /** Text as typed, per field ('textVi', 'textLo', 'titleVi', …); fields not typed in are absent. */
  values: Fields;
  /** Some typed text has not been saved yet. */
  dirty: boolean;
  saving: boolean;
  /** Why the last save was refused (the text is kept). */
  saveFailure: CallFailure | null;
  /** Why the last action on this line was refused (indent, merge …). */
  actionFailure: CallFailure | null;
  /** Bumped when the app replaces the text (undo, split …): the text box is rebuilt, with a fresh native undo history. */
  epoch: number;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaverOptions {
  /** Saves a patch of fields for a key; the answer decides whether the text is confirmed. */
  send(key: string, patch: Fields): Promise<CallResult<unknown>>;
  /** A refusal without asking the backend (e.g. an empty section title), or null. */
  check?(key: string, patch: Fields): CallFailure | null;
  delayMs?: number;
}

interface Entry {
  values: Map<string, string>;
  /** Last value of each field the backend accepted. */
  acked: Map<string, string>;
  inflight: Promise<boolean> | null;
  timer: ReturnType<typeof setTimeout> | null;
  saveFailure: CallFailure | null;
}

const EMPTY: DraftSnapshot = { values: {}, dirty: false, saving: false, saveFailure: null, actionFailure: null, epoch: 0 };

export class DraftStore {
  private readonly entries = new Map<string, Entry>();
  private readonly epochs = new Map<string, number>();
  private readonly actionFailures = new Map<string, CallFailure>();
  private readonly snapshots = new Map<string, DraftSnapshot>();
  private readonly keyListeners = new Map<string, Set<() => void>>();
  private readonly statusListeners = new Set<() => void>();
  private savedOnce = false;
  private status: SaveState = 'idle';

  constructor(private readonly options: SaverOptions) {}

  // ------------------------------------------------------------------ reading

  get(key: string): DraftSnapshot {
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      const entry = this.entries.get(key);
      const epoch = this.epochs.get(key) ?? 0;
      const actionFailure = this.actionFailures.get(key) ?? null;
      snapshot =
        !entry && epoch === 0 && !actionFailure
          ? EMPTY
          : {
              values: entry ? Object.fromEntries(entry.values) : {},
              dirty: entry ? isDirty(entry) : false,
              saving: entry?.inflight != null,
              saveFailure: entry?.saveFailure ?? null,
              actionFailure,
              epoch,
            };
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }

  /** The typed text of a field, if any. */
  value(key: string, field: string): string | undefined {
    return this.entries.get(key)?.values.get(field);
  }

  saveState(): SaveState {
    return this.status;
  }

  /** Keys with typed text not saved yet (a refused save, or one still waiting). */
  dirtyKeys(): string[] {
    return [...this.entries].filter(([, e]) => isDirty(e)).map(([k]) => k);
  }

  subscribe(key: string, listener: () => void): () => void {
    let set = this.keyListeners.get(key);
    if (!set) {
      set = new Set();
      this.keyListeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.keyListeners.delete(key);
    };
  }

  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  // ------------------------------------------------------------------ writing

  /** The officer typed: keep the text, save it after a short pause. */
  edit(key: string, field: string, value: string): void {
    const entry = this.entry(key);
    entry.values.set(field, value);
    this.schedule(key, entry);
    this.changed(key);
  }

  /** Saves the typed text of key now; true when nothing is left unsaved. */
  async flush(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return true;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    // One save at a time per key; whatever was typed meanwhile goes in the next one.
    while (entry.inflight) await entry.inflight;
    if (!isDirty(entry)) return true;
    const patch: Record<string, string> = {};
    for (const [field, value] of entry.values) if (entry.acked.get(field) !== value) patch[field] = value;

    const local = this.options.check?.(key, patch) ?? null;
    if (local) {
      entry.saveFailure = local;
      this.changed(key);
      return false;
    }

    const run = (async () => {
      const result = await this.options.send(key, patch);
      if (result.ok) {
        for (const [field, value] of Object.entries(patch)) entry.acked.set(field, value);
        entry.saveFailure = null;
        this.savedOnce = true;
        return true;
      }
      entry.saveFailure = result;
      return false;
    })();
    entry.inflight = run;
    this.changed(key);
    const ok = await run;
    entry.inflight = null;
    this.changed(key);
    return ok && !isDirty(entry);
  }

  /** Saves everything typed; the keys that could not be saved. */
  async flushAll(): Promise<string[]> {
    const keys = [...this.entries.keys()];
    const results = await Promise.all(keys.map(async (key) => [key, await this.flush(key)] as const));
    return results.filter(([, ok]) => !ok).map(([key]) => key);
  }

  /** The text box lost the focus: forget the typed copy once it is saved (the stored text shows again). */
  release(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || entry.inflight || entry.timer || isDirty(entry)) return;
    this.entries.delete(key);
    this.changed(key);
  }

  /**
   * The app replaced the text (undo, split, merge): drop the typed copy and rebuild the text box.
   * Only call it after a successful flush, or for text the officer asked to throw away.
   */
  reset(key: string): void {
    const entry = this.entries.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
    this.epochs.set(key, (this.epochs.get(key) ?? 0) + 1);
    this.changed(key);
  }

  /** Forget lines that no longer exist (clean ones only: unsaved text is never dropped silently). */
  prune(alive: (key: string) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (alive(key) || entry.inflight || isDirty(entry)) continue;
      if (entry.timer) clearTimeout(entry.timer);
      this.entries.delete(key);
      this.changed(key);
    }
    for (const key of [...this.actionFailures.keys()]) if (!alive(key)) this.setActionFailure(key, null);
  }

  setActionFailure(key: string, failure: CallFailure | null): void {
    if (failure) this.actionFailures.set(key, failure);
    else if (!this.actionFailures.delete(key)) return;
    this.changed(key);
  }

  clearActionFailures(): void {
    for (const key of [...this.actionFailures.keys()]) this.setActionFailure(key, null);
  }

  dispose(): void {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
  }

  // ------------------------------------------------------------------ internals

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { values: new Map(), acked: new Map(), inflight: null, timer: null, saveFailure: null };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private schedule(key: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.flush(key);
    }, this.options.delayMs ?? SAVE_DELAY_MS);
  }

  private changed(key: string): void {
    this.snapshots.delete(key);
    for (const listener of this.keyListeners.get(key) ?? []) listener();
    const status = this.computeStatus();
    if (status !== this.status) {
      this.status = status;
      for (const listener of this.statusListeners) listener();
    }
  }

  private computeStatus(): SaveState {
    let failed = false;
    for (const entry of this.entries.values()) {
      if (entry.inflight || entry.timer) return 'saving';
      if (entry.saveFailure && isDirty(entry)) failed = true;
    }
    if (failed) return 'error';
    return this.savedOnce ? 'saved' : 'idle';
  }
}

function isDirty(entry: Entry): boolean {
  for (const [field, value] of entry.values) if (entry.acked.get(field) !== value) return true;
  return false;
}
