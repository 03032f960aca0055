import type { ExportPlatform } from './handlers/export';

/**
 * What the backend needs from the machine it runs on, beyond Export to Word: native open dialogs for
 * evidence files, a save dialog for other file types (Excel), the system viewer, and a private temp
 * folder. Electron implements it in electron/platform.ts, the tests in tests/harness/platform.ts; the
 * CLI has none (channels needing it are refused there).
 */
export interface Platform extends ExportPlatform {
  /** Files chosen in a native open dialog (several allowed); null when canceled. */
  chooseFiles(options: { title: string }): Promise<string[] | null>;
  /** A save path for a file of the given extension (e.g. 'xlsx'); null when canceled. */
  chooseSaveFile(options: { defaultName: string; extension: string; filterName: string }): Promise<string | null>;
  /** Opens a file with the system's viewer; throws with the system's message if it cannot. */
  openPath(path: string): Promise<void>;
  /** A folder only this app writes to (evidence files opened from the database are copied there). */
  privateTempFolder(): string;
  /**
   * Restore (issue 12): closes the database, runs `replace` on the closed file, reopens it and rebinds the
   * API to the new connection — in the main process. Absent where the database cannot be swapped (the CLI).
   */
  swapDatabase?(replace: () => void): Promise<void>;
}
