import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BrowserWindow, dialog, shell, app } from 'electron';
import { writeFileAtomically, writeFilesAtomically } from '../db/cli/export';
import type { Platform } from '../db/platform';

/**
 * The real platform: native save / folder / open dialogs (default folder: Documents), the same atomic
 * write as the CLI (temp file in the target folder, fsync, rename), and the shell to open a file with
 * its viewer or show it in its folder.
 */
export function electronPlatform(): Platform {
  let lastFolder: string | undefined;
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const startFolder = () => lastFolder ?? app.getPath('documents');

  return {
    async chooseTarget({ defaultName, folder }) {
      const win = parent();
      if (folder) {
        const options: Electron.OpenDialogOptions = { defaultPath: startFolder(), properties: ['openDirectory', 'createDirectory'] };
        const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        const chosen = answer.canceled ? undefined : answer.filePaths[0];
        if (!chosen) return null;
        lastFolder = chosen;
        return chosen;
      }
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(startFolder(), defaultName),
        filters: [{ name: 'Word', extensions: ['docx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      const path = /\.docx$/i.test(answer.filePath) ? answer.filePath : `${answer.filePath}.docx`;
      lastFolder = dirname(path);
      return path;
    },
    async chooseSaveFile({ defaultName, extension, filterName }) {
      const win = parent();
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(startFolder(), defaultName),
        filters: [{ name: filterName, extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      const path = answer.filePath.toLowerCase().endsWith(`.${extension}`) ? answer.filePath : `${answer.filePath}.${extension}`;
      lastFolder = dirname(path);
      return path;
    },
    async chooseFiles({ title }) {
      const win = parent();
      const options: Electron.OpenDialogOptions = { title, defaultPath: startFolder(), properties: ['openFile', 'multiSelections'] };
      const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths;
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    privateTempFolder() {
      const folder = join(app.getPath('userData'), 'opened-evidence');
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      return folder;
    },
    async writeFileAtomic(path, bytes) {
      writeFileAtomically(path, bytes);
    },
    async writeFilesAtomic(files) {
      writeFilesAtomically(files.map((f) => ({ target: f.path, bytes: f.bytes })));
    },
    async reveal(path, action) {
      if (action === 'folder') {
        shell.showItemInFolder(path);
        return;
      }
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
  };
}
