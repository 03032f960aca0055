import type { LibraryClause, LibraryList } from '../../shared/contract/features/templates';
import type { LibrarySector } from '../../shared/templates/library';
import { textMatcher } from '../../shared/templates/search';
import { all, sql, type ReadDb } from '../sql';

interface LibraryRow {
  id: string;
  sector: LibrarySector;
  text_vi: string;
  text_lo: string;
  lo_needs_review: number;
  indicator_hint: string;
  source: 'builtin' | 'officer';
  updated_at: string;
}

interface DocumentClauseRow {
  id: string;
  sector: LibrarySector;
  text_vi: string;
  text_lo: string;
  lo_needs_review: number;
  updated_at: string;
  document_id: string;
  document_title_vi: string;
}

/** Newest first; equal times in id order, so pages are stable. */
const newestFirst = (a: LibraryClause, b: LibraryClause) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.updatedAt > b.updatedAt ? -1 : 1;

/** Two clauses are the same library entry when their Vietnamese texts are equal up to spacing and NFC. */
const textKey = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The clause library: the library table (built-in clauses of sample-clauses.md and the officer's own
 * entries) together with the officer's past clauses from live documents (not archived, in a live section
 * of a live document that is not the sample). Part III clauses have the sector `implementation`.
 *
 * Each Vietnamese text is listed once, newest occurrence first; the query matches folded Vietnamese or a
 * Lao substring. Document clauses are read lazily in newest-first order and merged with the (small)
 * library table, so a large database costs only as many rows as the page needs (plus duplicates and
 * non-matches skipped on the way).
 */
export function listLibrary(db: ReadDb, input: { sector?: LibrarySector | undefined; query?: string | undefined; limit: number }): LibraryList {
  const sector = input.sector ?? null;
  const matches = textMatcher(input.query ?? '');

  const library = all<LibraryRow>(
    db,
    sql`SELECT id, sector, text_vi, text_lo, lo_needs_review, indicator_hint, source, updated_at FROM library_clauses
        WHERE archived_at IS NULL AND (${sector} IS NULL OR sector = ${sector})`,
  )
    .map(
      (r): LibraryClause => ({
        id: r.id,
        sector: r.sector,
        textVi: r.text_vi,
        textLo: r.text_lo,
        loNeedsReview: r.lo_needs_review === 1,
        indicatorHint: r.indicator_hint,
        source: r.source,
        documentId: null,
        documentTitleVi: null,
        updatedAt: r.updated_at,
      }),
    )
    .sort(newestFirst);

  const documentQuery = sql`
    SELECT c.id, CASE WHEN s.part = 'implementation' THEN 'implementation' ELSE s.sector END AS sector,
           c.text_vi, c.text_lo, c.lo_needs_review, c.updated_at, d.id AS document_id, d.title_vi AS document_title_vi
    FROM clauses c
    JOIN sections s ON s.id = c.section_id
    JOIN documents d ON d.id = c.document_id
    WHERE c.archived_at IS NULL AND s.archived_at IS NULL AND d.archived_at IS NULL AND d.is_sample = 0
      AND trim(c.text_vi) <> ''
      AND (${sector} IS NULL OR (CASE WHEN s.part = 'implementation' THEN 'implementation' ELSE s.sector END) = ${sector})
    ORDER BY c.updated_at DESC, c.id`;
  const fromDocuments = (function* () {
    for (const r of db.prepare(documentQuery.text).iterate(...documentQuery.params) as IterableIterator<DocumentClauseRow>) {
      yield {
        id: r.id,
        sector: r.sector,
        textVi: r.text_vi,
        textLo: r.text_lo,
        loNeedsReview: r.lo_needs_review === 1,
        indicatorHint: '',
        source: 'document',
        documentId: r.document_id,
        documentTitleVi: r.document_title_vi,
        updatedAt: r.updated_at,
      } satisfies LibraryClause;
    }
  })();

  const items: LibraryClause[] = [];
  const seen = new Set<string>();
  let truncated = false;
  let next = 0;
  const consider = (clause: LibraryClause): boolean => {
    if (!matches(clause.textVi, clause.textLo)) return true;
    const key = textKey(clause.textVi);
    if (seen.has(key)) return true;
    seen.add(key);
    if (items.length === input.limit) {
      truncated = true;
      return false;
    }
    items.push(clause);
    return true;
  };

  try {
    outer: for (const clause of fromDocuments) {
      while (next < library.length && newestFirst(library[next]!, clause) < 0) {
        if (!consider(library[next++]!)) break outer;
      }
      if (!consider(clause)) break;
    }
    while (!truncated && next < library.length) {
      if (!consider(library[next++]!)) break;
    }
  } finally {
    fromDocuments.return(undefined);
  }
  return { items, truncated };
}
