import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ISSUE_CODES } from '../../../shared/contract/errors';
import { catalogues, createI18n, loCatalogueReview } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = {
  vi: flatten(catalogues.vi as Tree),
  lo: flatten(catalogues.lo as Tree),
  en: flatten(catalogues.en as Tree),
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  it('have identical key sets in vi, lo and en', () => {
    const en = [...flat.en.keys()].sort();
    expect([...flat.vi.keys()].sort()).toEqual(en);
    expect([...flat.lo.keys()].sort()).toEqual(en);
  });

  it('have a message for every error code and every field issue code', () => {
    for (const lang of ['vi', 'lo', 'en'] as const) {
      for (const code of ERROR_CODES) expect(flat[lang].get(`errors.${code}`), `${lang} errors.${code}`).toBeTruthy();
      for (const code of ISSUE_CODES) expect(flat[lang].get(`issues.${code}`), `${lang} issues.${code}`).toBeTruthy();
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, english] of flat.en) {
      expect(placeholders(flat.vi.get(key)!), `vi ${key}`).toEqual(placeholders(english));
      expect(placeholders(flat.lo.get(key)!), `lo ${key}`).toEqual(placeholders(english));
    }
  });

  it('write Lao strings in Lao script and mark the Lao catalogue as needing review', () => {
    expect(loCatalogueReview.status).toBe('needs_review');
    expect(flat.lo.get('list.heading')).toMatch(/[\u0E80-\u0EFF]/u);
    expect(flat.lo.get('errors.E_INVALID_INPUT')).toMatch(/[\u0E80-\u0EFF]/u);
  });

  it('interpolate named parameters', () => {
    expect(createI18n('vi').t('issues.too_long', { max: 1000, actual: 1200 })).toBe('Quá dài: 1200 ký tự, tối đa 1000.');
    expect(createI18n('en').t('list.year', { year: 2025 })).toBe('Year 2025');
  });
});
