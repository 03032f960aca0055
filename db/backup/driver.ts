import Database from 'better-sqlite3';

/**
 * Backup, restore and the start-up recovery open files of their own (a backup to check, the current file to
 * keep). In Electron they must load the same Electron-ABI addon as the app's connection: main.ts calls
 * useNativeBinding() once; under Node (tests, CLI) better-sqlite3 finds its own build.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function openFile(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}
