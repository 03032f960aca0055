/**
 * Window hardening as plain data (no `electron` import, unit-tested): the webPreferences every window
 * gets and the main window's options. main.ts builds its BrowserWindow only through windowOptions().
 */
export { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

/**
 * The page is an untrusted web page that only knows `window.api`: isolated from the preload, sandboxed,
 * no Node anywhere, web security on, no <webview>, no drag-and-drop navigation, no spellchecker (it would
 * download dictionaries), and pages cannot spam dialogs.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const);

export const WINDOW_TITLE = 'Hợp Tác';
/** Shown before the first paint (no white flash); keep it close to the renderer's page background. */
export const WINDOW_BACKGROUND = '#f5f6f8';

export interface WindowOptionsExtra {
  /** DevTools only in development (`!app.isPackaged`). */
  devTools?: boolean;
}

/** BrowserWindow options for the main window; shown on `ready-to-show`. */
export function windowOptions(preloadPath: string, extra: WindowOptionsExtra = {}) {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: preloadPath,
      devTools: extra.devTools ?? false,
    },
  };
}
