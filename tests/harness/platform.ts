import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomically, writeFilesAtomically } from '../../db/cli/export';
import type { Platform } from '../../db/platform';

/**
 * The test platform: save dialogs answer a path in `folder` (or null when `cancel` is set), the open
 * dialog answers `files`, writing is the same atomic write as the app and the CLI, reveals and opened
 * files are recorded.
 */
export interface FakePlatform extends Platform {
  folder: string;
  /** Next dialog answers null (the officer pressed Cancel). */
  cancel: boolean;
  /** Overrides the path the dialog answers (e.g. an unwritable place). */
  target: string | undefined;
  asked: { defaultName: string; folder: boolean }[];
  reveals: { path: string; action: 'open' | 'folder' }[];
  /** What the next open dialog answers (null: canceled). */
  files: string[] | null;
  opened: string[];
  savedFiles: { defaultName: string; extension: string }[];
  /** Files whose name contains this cannot be written (their folder "disappears"), to test all-or-nothing writes. */
  failWritesOf: string | null;
}

export function fakePlatform(folder: string): FakePlatform {
  mkdirSync(folder, { recursive: true });
  const platform: FakePlatform = {
    folder,
    cancel: false,
    target: undefined,
    asked: [],
    reveals: [],
    files: null,
    failWritesOf: null,
    opened: [],
    savedFiles: [],
    async chooseFiles() {
      return platform.cancel ? null : platform.files;
    },
    async chooseSaveFile(options) {
      platform.savedFiles.push({ defaultName: options.defaultName, extension: options.extension });
      if (platform.cancel) return null;
      return platform.target ?? join(folder, options.defaultName);
    },
    async openPath(path) {
      platform.opened.push(path);
    },
    privateTempFolder() {
      const temp = join(folder, '.opened');
      mkdirSync(temp, { recursive: true });
      return temp;
    },
    async chooseTarget(options) {
      platform.asked.push(options);
      if (platform.cancel) return null;
      if (platform.target !== undefined) return platform.target;
      return options.folder ? folder : join(folder, options.defaultName);
    },
    async writeFileAtomic(path, bytes) {
      writeFileAtomically(path, bytes);
    },
    async writeFilesAtomic(files) {
      const unwritable = (path: string) => platform.failWritesOf !== null && path.includes(platform.failWritesOf);
      writeFilesAtomically(files.map((f) => ({ target: unwritable(f.path) ? join(folder, 'gone', 'gone', basename(f.path)) : f.path, bytes: f.bytes })));
    },
    async reveal(path, action) {
      platform.reveals.push({ path, action });
    },
  };
  return platform;
}
