/**
 * The page's Content-Security-Policy: only the app's own files, no inline script, no eval, no remote
 * anything. Electron sends it as a header from the app:// protocol handler and the test harness sends
 * the same header; index.html repeats it in a meta tag (META_CONTENT_SECURITY_POLICY) as a second wall.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
];

/** Only honoured in a header (browsers ignore it, with a console error, in a meta tag). */
const HEADER_ONLY = ["frame-ancestors 'none'"];

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY].join('; ');
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
