import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../db/cli/export';
import type { ExportPlatform } from '../../db/handlers/export';

/**
 * The test platform for Export to Word: the "dialog" answers a path in `folder` (or null when
 * `cancel` is set), writing is the same atomic write as the app and the CLI, reveals are recorded.
 */
export interface FakePlatform extends ExportPlatform {
  folder: string;
  /** Next dialog answers null (the officer pressed Cancel). */
  cancel: boolean;
  /** Overrides the path the dialog answers (e.g. an unwritable place). */
  target: string | undefined;
  asked: { defaultName: string; folder: boolean }[];
  reveals: { path: string; action: 'open' | 'folder' }[];
}

export function fakePlatform(folder: string): FakePlatform {
  mkdirSync(folder, { recursive: true });
  const platform: FakePlatform = {
    folder,
    cancel: false,
    target: undefined,
    asked: [],
    reveals: [],
    async chooseTarget(options) {
      platform.asked.push(options);
      if (platform.cancel) return null;
      if (platform.target !== undefined) return platform.target;
      return options.folder ? folder : join(folder, options.defaultName);
    },
    async writeFileAtomic(path, bytes) {
      writeFileAtomically(path, bytes);
    },
    async reveal(path, action) {
      platform.reveals.push({ path, action });
    },
  };
  return platform;
}
