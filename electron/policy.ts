/**
 * Security decisions of the Electron shell as pure functions: who may call the backend, where a page may
 * navigate, which file an app:// URL maps to, which permission is granted (none). No `electron` import,
 * so every rule here is unit-tested under plain Node (tests/unit/electron/policy.test.ts).
 */
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hoptac';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges of the app:// scheme (registered before `ready`). `standard` gives it an origin and relative
 * URLs, `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own files. Not
 * `bypassCSP`, not `corsEnabled`, not `allowServiceWorkers`: the page stays under its CSP.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
});

/** Parses `url` only if it is exactly on the app origin: app://hoptac/…, no user, password or port. */
function parseAppUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const exact =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return exact ? parsed : undefined;
}

/** A frame may call the backend only if it shows the app's own page (app://hoptac/…). */
export function isTrustedSenderUrl(url: unknown): boolean {
  return parseAppUrl(url) !== undefined;
}

/** The shape of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly detached?: boolean;
}

/**
 * The IPC sender check: the frame still exists, is the top frame (not an iframe) and shows the app page.
 * Reading a destroyed frame can throw in Electron; that counts as untrusted.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  try {
    if (frame.detached === true) return false;
    return frame.parent === null && isTrustedSenderUrl(frame.url);
  } catch {
    return false;
  }
}

/** Navigation (will-navigate, will-frame-navigate, will-redirect) is allowed only inside app://hoptac/. */
export function isAllowedNavigation(url: unknown): boolean {
  return parseAppUrl(url) !== undefined;
}

/** Every permission request and check is refused: the app needs no camera, location, notifications… */
export function permissionDecision(_permission?: string): false {
  return false;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const INDEX_FILE = 'index.html';

export type AssetResolution =
  | {
      ok: true;
      /** Absolute path inside distDir. */
      filePath: string;
      contentType: string;
      /** True when an extensionless route (e.g. /documents/42) was answered with index.html. */
      fallback: boolean;
    }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/** The raw path of an app URL as written, before the URL parser removed any dot segments. */
function rawPathSegments(requestUrl: string): string[] {
  const rest = requestUrl.slice(APP_ORIGIN.length);
  const path = rest.split(/[?#]/u, 1)[0] ?? '';
  return path.split('/').filter((segment) => segment !== '');
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const DOT_SEGMENT = /^\.{1,2}$/u;
// Separators, Windows drive/stream colons and control characters never appear in Vite's file names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/u;

/**
 * Maps app://hoptac/<path> to a file inside `distDir` (the renderer build). Any attempt to climb out —
 * `..` segments, `%2e%2e`, encoded slashes or backslashes, drive letters — is refused with 403, whatever
 * the URL parser would have normalised it to. Hidden (dot) files are never served. Extensionless paths are
 * client routes and get index.html; a path with an extension must be a known asset type (the file may
 * still be missing: the caller answers 404).
 */
export function resolveAppAsset(distDir: string, requestUrl: string): AssetResolution {
  const parsed = parseAppUrl(requestUrl);
  if (!parsed) return { ok: false, status: 403, reason: 'Not an app:// URL of this application' };

  for (const raw of rawPathSegments(requestUrl)) {
    const decoded = decodeSegment(raw);
    if (decoded === undefined) return { ok: false, status: 400, reason: 'Malformed percent-encoding' };
    if (DOT_SEGMENT.test(decoded) || FORBIDDEN_IN_SEGMENT.test(decoded)) {
      return { ok: false, status: 403, reason: 'Path traversal refused' };
    }
  }

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    const decoded = decodeSegment(raw);
    if (decoded === undefined) return { ok: false, status: 400, reason: 'Malformed percent-encoding' };
    if (DOT_SEGMENT.test(decoded) || FORBIDDEN_IN_SEGMENT.test(decoded)) {
      return { ok: false, status: 403, reason: 'Path traversal refused' };
    }
    segments.push(decoded);
  }

  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404, reason: 'Hidden files are not served' };

  const root = resolve(distDir);
  const last = segments.at(-1);
  const extension = last === undefined ? '' : extname(last).toLowerCase();
  const fallback = extension === '';
  const relative = fallback ? [INDEX_FILE] : segments;
  const contentType = CONTENT_TYPES[fallback ? '.html' : extension];
  if (contentType === undefined) return { ok: false, status: 404, reason: 'Unknown file type' };

  const filePath = resolve(root, ...relative);
  if (!filePath.startsWith(root + sep)) return { ok: false, status: 403, reason: 'Path traversal refused' };
  return { ok: true, filePath, contentType, fallback: fallback && last !== undefined };
}

/** Headers on every app:// response: the page's CSP, no MIME sniffing, no referrer. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
