/**
 * Keyboard shortcuts of the clause editor (shown in the shortcut list and on the buttons' tooltips).
 * Letters are matched on the typed character when it is Latin and on the physical key otherwise,
 * so the shortcuts also work while a Lao keyboard layout is active.
 */
export type EditorCommand =
  | 'addAfter'
  | 'addChild'
  | 'split'
  | 'merge'
  | 'indent'
  | 'outdent'
  | 'moveUp'
  | 'moveDown'
  | 'delete'
  | 'undo'
  | 'redo';

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** How each command is written on buttons and in the list (Ctrl stands for ⌘ on a Mac as well). */
export const SHORTCUTS: Record<EditorCommand, string> = {
  addAfter: 'Ctrl+Enter',
  addChild: 'Ctrl+Shift+Enter',
  split: 'Ctrl+Shift+S',
  merge: 'Ctrl+Shift+M',
  indent: 'Tab, Alt+→',
  outdent: 'Shift+Tab, Alt+←',
  moveUp: 'Alt+↑',
  moveDown: 'Alt+↓',
  delete: 'Ctrl+Shift+Backspace',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y, Ctrl+Shift+Z',
};

/** aria-keyshortcuts values (the ARIA syntax: modifiers and key names joined by +). */
export const ARIA_SHORTCUTS: Record<EditorCommand, string> = {
  addAfter: 'Control+Enter',
  addChild: 'Control+Shift+Enter',
  split: 'Control+Shift+S',
  merge: 'Control+Shift+M',
  indent: 'Tab Alt+ArrowRight',
  outdent: 'Shift+Tab Alt+ArrowLeft',
  moveUp: 'Alt+ArrowUp',
  moveDown: 'Alt+ArrowDown',
  delete: 'Control+Shift+Backspace',
  undo: 'Control+Z',
  redo: 'Control+Y Control+Shift+Z',
};

function letter(event: KeyLike): string {
  if (/^[a-z]$/iu.test(event.key)) return event.key.toLowerCase();
  const match = /^Key([A-Z])$/u.exec(event.code);
  return match ? match[1]!.toLowerCase() : '';
}

/** The command of a key press in a clause text box (Tab is handled apart), or null. */
export function commandOf(event: KeyLike): EditorCommand | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey) {
    if (event.key === 'Enter') return event.shiftKey ? 'addChild' : 'addAfter';
    if (event.key === 'Backspace' && event.shiftKey) return 'delete';
    const l = letter(event);
    if (event.shiftKey && l === 's') return 'split';
    if (event.shiftKey && l === 'm') return 'merge';
    if (l === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (l === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  if (event.altKey && !ctrl && !event.shiftKey) {
    switch (event.key) {
      case 'ArrowRight':
        return 'indent';
      case 'ArrowLeft':
        return 'outdent';
      case 'ArrowUp':
        return 'moveUp';
      case 'ArrowDown':
        return 'moveDown';
      default:
        return null;
    }
  }
  return null;
}

/** Undo/redo outside any text box (the toolbar, the page). */
export function historyCommandOf(event: KeyLike): 'undo' | 'redo' | null {
  const command = commandOf(event);
  return command === 'undo' || command === 'redo' ? command : null;
}
