import { join } from 'node:path';
import type { HandlersOf } from '../../shared/contract/channels';
import type { exportContract, SavedFile } from '../../shared/contract/features/export';
import { fail, ok } from '../../shared/contract/result';
import { EXPORT_LAYOUTS, exportDocx, exportFileName, toExportModel, type ExportLayout } from '../../shared/export';
import { getDocument } from '../repositories/documents';
import type { HandlerContext } from './context';

/**
 * What the export handler needs from the machine it runs on. Electron gives native dialogs and the shell
 * (electron/platform.ts); the tests give a temp folder (tests/harness/platform.ts); the CLI gives none,
 * so `export.save` is refused there (the CLI has its own `hoptac export`).
 */
export interface ExportPlatform {
  /** A .docx path (folder: false) or a folder (folder: true) chosen by the officer; null when canceled. */
  chooseTarget(options: { defaultName: string; folder: boolean }): Promise<string | null>;
  /** Temp file in the same folder, flushed, renamed over the target; throws and leaves nothing on failure. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  /** Several files, all or none (db/cli/export.ts writeFilesAtomically); throws with the failing path in the message. */
  writeFilesAtomic(files: readonly { path: string; bytes: Uint8Array }[]): Promise<void>;
  reveal(path: string, action: 'open' | 'folder'): Promise<void>;
}

export function exportHandlers({ db }: HandlerContext, platform: ExportPlatform | undefined) {
  /** Only files this session wrote may be opened or revealed: the renderer cannot open arbitrary paths. */
  const savedPaths = new Set<string>();

  return {
    'export.save': async ({ documentId, layout, laoFont }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Export to Word needs the desktop app');
      const detail = getDocument(db, documentId);
      if (!detail) return fail('E_NOT_FOUND', 'Document not found');
      const model = toExportModel(detail);
      const layouts: readonly ExportLayout[] = layout === 'all' ? EXPORT_LAYOUTS : [layout];

      // Build everything first: nothing is asked or written if a layout cannot be built.
      const built = await Promise.all(layouts.map((l) => exportDocx(model, { layout: l, ...(laoFont ? { laoFont } : {}) })));
      const missingLaoClauses = Math.max(0, ...built.map((b) => b.missingLaoClauses));

      const target = await platform.chooseTarget({
        defaultName: layout === 'all' ? exportFileName(model, 'vi').replace(/\.docx$/i, '') : built[0]!.fileName,
        folder: layout === 'all',
      });
      if (target === null) return ok({ saved: [], canceled: true, missingLaoClauses });

      // All layouts or none: a failure on one file leaves every target as it was.
      const placed = built.map((file) => ({ file, path: layout === 'all' ? join(target, file.fileName) : target }));
      try {
        await platform.writeFilesAtomic(placed.map(({ file, path }) => ({ path, bytes: file.bytes })));
      } catch (error) {
        const detailText = error instanceof Error ? error.message : String(error);
        return fail('E_CONFLICT', `Cannot write into ${target}: ${detailText}`, {
          issues: [{ path: 'path', code: 'file_not_writable', params: { path: target, written: 0 } }],
          params: { path: target },
        });
      }
      const saved: SavedFile[] = placed.map(({ file, path }) => {
        savedPaths.add(path);
        return { layout: file.layout, path, fileName: file.fileName };
      });
      return ok({ saved, canceled: false, missingLaoClauses });
    },

    'export.reveal': async ({ path, action }) => {
      if (!platform) return fail('E_FORBIDDEN', 'Export to Word needs the desktop app');
      if (!savedPaths.has(path)) return fail('E_FORBIDDEN', 'Only files exported in this session can be opened');
      await platform.reveal(path, action);
      return ok({});
    },
  } satisfies HandlersOf<typeof exportContract>;
}
