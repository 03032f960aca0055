/**
 * The page's Content-Security-Policy: only the app's own files, no inline script, no eval, no remote
 * anything. Electron sends it as a header from the app:// protocol handler; index.html repeats it in a
 * meta tag; the test harness sends it too, so the tests run under the same rules as the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');
