import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, textLength } from '../../../shared/contract/fields';
import { hasIllegalCharacters } from '../../../shared/domain/text';
import { LIBRARY_CLAUSES, LIBRARY_SECTORS, libraryClauseId, type LibrarySeedClause } from '../../../shared/templates';

const LAO = /[\u0E80-\u0EFF]/u;

/** Section number in sample-clauses.md → the app's sector code (agriculture is part of economy). */
const SECTOR_OF_SECTION: Record<string, string> = {
  '1': 'political', '2': 'defence_security', '3': 'economy', '4': 'economy', '5': 'education',
  '6': 'health', '7': 'culture_tourism', '8': 'custom', '9': 'implementation',
};

/** Lao lines joined as shared/templates/library.ts documents: no space inside a phrase. */
function joinLao(lines: string[]): string {
  return lines.reduce((acc, next) => {
    if (acc === '') return next;
    const space = /[,;:.}]$/u.test(acc) || next.startsWith('{') || /(^|\s)(ແລະ|ຫຼື|ລະຫວ່າງ)$/u.test(acc) || /^(ແລະ|ຫຼື|ເພື່ອ)/u.test(next);
    return acc + (space ? ' ' : '') + next;
  }, '');
}

/** Reads the clauses of sample-clauses.md: "N.M **vi:** …", "**lo [unverified]:** …", "**Indicator:** …". */
function parseMarkdown(markdown: string): LibrarySeedClause[] {
  const out: LibrarySeedClause[] = [];
  let current: { ref: string; vi: string[]; lo: string[]; indicator: string[] } | undefined;
  let field: 'vi' | 'lo' | 'indicator' | undefined;
  const flush = () => {
    if (!current) return;
    out.push({
      ref: current.ref,
      sector: SECTOR_OF_SECTION[current.ref.split('.')[0]!] as LibrarySeedClause['sector'],
      vi: current.vi.join(' '),
      lo: joinLao(current.lo),
      indicator: current.indicator.join(' '),
    });
  };
  for (const line of markdown.split('\n')) {
    const start = /^(\d+\.\d+) (?:\(closing\) )?\*\*vi:\*\* (.*)$/u.exec(line);
    if (start) {
      flush();
      current = { ref: start[1]!, vi: [start[2]!], lo: [], indicator: [] };
      field = 'vi';
      continue;
    }
    if (!current) continue;
    const lo = /^\*\*lo \[unverified\]:\*\* (.*)$/u.exec(line);
    const indicator = /^\*\*Indicator:\*\* (.*)$/u.exec(line);
    if (lo) {
      field = 'lo';
      current.lo.push(lo[1]!);
    } else if (indicator) {
      field = 'indicator';
      current.indicator.push(indicator[1]!);
    } else if (line.trim() === '' || /^(#|\*\*|Format )/u.test(line)) field = undefined;
    else if (field) current[field].push(line.trim());
  }
  flush();
  return out;
}

describe('the built-in clause library', () => {
  it('has every clause once, with a valid sector, both languages and no characters Word cannot store', () => {
    expect(LIBRARY_CLAUSES.length).toBe(33);
    expect(new Set(LIBRARY_CLAUSES.map((c) => libraryClauseId(c.ref))).size).toBe(LIBRARY_CLAUSES.length);
    for (const c of LIBRARY_CLAUSES) {
      expect(LIBRARY_SECTORS, c.ref).toContain(c.sector);
      expect(c.vi.trim(), c.ref).not.toBe('');
      expect(c.lo, c.ref).toMatch(LAO);
      for (const text of [c.vi, c.lo, c.indicator]) {
        expect(hasIllegalCharacters(text), c.ref).toBe(false);
        expect(text, c.ref).toBe(text.normalize('NFC'));
        expect(textLength(text)).toBeLessThanOrEqual(LIMITS.clauseLength);
        expect(text, c.ref).not.toMatch(/\s{2,}|^\s|\s$/u);
      }
    }
    const sectors = new Set(LIBRARY_CLAUSES.map((c) => c.sector));
    expect([...sectors].sort()).toEqual([...LIBRARY_SECTORS].sort());
  });

  it('is frozen with migration 0002: a change to the seeded library ships as a new migration', () => {
    const hash = createHash('sha256').update(JSON.stringify(LIBRARY_CLAUSES)).digest('hex');
    expect(hash).toBe('4877af0bac3a90c7d9e9b2f2632c2e0a86f77fe25998f041b67391ef989f853c');
  });

  it('matches ../shared/domain/sample-clauses.md word for word when the steering folder is present', () => {
    const path = resolve(import.meta.dirname, '../../../../shared/domain/sample-clauses.md');
    if (!existsSync(path)) return;
    const parsed = parseMarkdown(readFileSync(path, 'utf8'));
    expect(parsed).toHaveLength(LIBRARY_CLAUSES.length);
    expect(parsed).toEqual([...LIBRARY_CLAUSES]);
  });
});
