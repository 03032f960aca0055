import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');

describe('renderer/index.html', () => {
  it('repeats the Content-Security-Policy in a meta tag (the header adds only frame-ancestors)', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('loads nothing remote and runs no inline script', () => {
    expect(html).not.toMatch(/https?:\/\//u);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/u);
    expect(html).toMatch(/<html lang="vi">/u);
  });
});
