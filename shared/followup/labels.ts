import { clauseLabel, numberDocument, numberSections, romanNumeral, type ClauseRow, type SectionRow } from '../drafting';

/**
 * Full reference of each clause in its document, as officers cite them in reports and tables:
 * "II.3.a)" = section II, clause 3, point a); deeper dashes get their ordinal ("II.3.a).2").
 * Same numbering as the editor and the Word export (shared/drafting), so a reference always matches.
 */
export function clauseReferences<C extends ClauseRow, S extends SectionRow>(sections: readonly S[], clauses: readonly C[]): Map<string, string> {
  const roman = new Map(numberSections(sections).map(({ section, index }) => [section.id, romanNumeral(index + 1)]));
  const references = new Map<string, string>();
  for (const numbered of numberDocument(sections, clauses)) {
    const parts = numbered.path.map((ordinal, depth) => (depth < 2 ? clauseLabel(depth + 1, ordinal) : String(ordinal)));
    const head = `${roman.get(numbered.clause.sectionId) ?? '?'}.`;
    const [first = '', second = '', ...rest] = parts;
    references.set(numbered.clause.id, `${head}${first}${second}${rest.map((p) => `.${p}`).join('')}`);
  }
  return references;
}
