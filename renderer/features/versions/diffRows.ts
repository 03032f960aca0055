/**
 * The diff as a flat list of lines for the virtualised view: a section heading, then its clauses, with
 * each run of unchanged clauses folded into one "n unchanged clauses" line unless shown.
 */
import type { DocumentDiffView } from '../../../shared/contract/features/versions';

export type DiffSection = DocumentDiffView['sections'][number];
export type DiffClause = DiffSection['clauses'][number];

export type DiffLine =
  | { type: 'section'; key: string; section: DiffSection }
  | { type: 'clause'; key: string; clause: DiffClause; section: DiffSection }
  | { type: 'folded'; key: string; count: number; section: DiffSection };

/** Stable key of a run of unchanged clauses: its section and first clause. */
export const foldKey = (sectionId: string, firstClauseId: string) => `fold:${sectionId}:${firstClauseId}`;

export function diffLines(diff: DocumentDiffView, showUnchanged: boolean, opened: ReadonlySet<string>): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const section of diff.sections) {
    lines.push({ type: 'section', key: `section:${section.id}`, section });
    let run: DiffClause[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const key = foldKey(section.id, run[0]!.id);
      if (showUnchanged || opened.has(key)) {
        for (const clause of run) lines.push({ type: 'clause', key: `clause:${clause.id}`, clause, section });
      } else {
        lines.push({ type: 'folded', key, count: run.length, section });
      }
      run = [];
    };
    for (const clause of section.clauses) {
      if (clause.kind === 'unchanged') {
        run.push(clause);
        continue;
      }
      flush();
      lines.push({ type: 'clause', key: `clause:${clause.id}`, clause, section });
    }
    flush();
  }
  return lines;
}

/** Number of clauses the diff lists as unchanged. */
export function unchangedCount(diff: DocumentDiffView): number {
  return diff.sections.reduce((n, s) => n + s.clauses.filter((c) => c.kind === 'unchanged').length, 0);
}

/** True when nothing at all differs between the two texts. */
export function isIdentical(diff: DocumentDiffView): boolean {
  return diff.sections.every((s) => s.kind === 'unchanged' && !s.moved && s.clauses.every((c) => c.kind === 'unchanged'));
}
