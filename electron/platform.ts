import { dirname, join } from 'node:path';
import { BrowserWindow, dialog, shell, app } from 'electron';
import { writeFileAtomically } from '../db/cli/export';
import type { ExportPlatform } from '../db/handlers/export';

/**
 * The real Export-to-Word platform: native save / folder dialogs (default folder: Documents), the
 * same atomic write as the CLI (temp file in the target folder, fsync, rename), and the shell to open
 * the file or show it in its folder.
 */
export function electronPlatform(): ExportPlatform {
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
    async writeFileAtomic(path, bytes) {
      writeFileAtomically(path, bytes);
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
