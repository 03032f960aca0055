import type { FixedText, TemplateBody, TemplateClause, TemplateSection } from './model';

/**
 * Placeholders follow ../shared/domain/sample-clauses.md: a lower-case ASCII name in braces, e.g.
 * `{tinh_vn}`. Each language version is filled with values in its own language, so `{tinh_vn}` becomes
 * "tỉnh Thanh Hóa" in the Vietnamese text and "ແຂວງແທງຮວາ" in the Lao text.
 *
 * Known names (values come from the document, see ./values.ts, or later from the delegations):
 * - `{tinh_vn}`, `{tinh_lo}`: the Vietnamese / Lao province(s), with "tỉnh"/"ແຂວງ" (or "thành phố",
 *   none for Vientiane Capital); several partners are listed ("tỉnh A, tỉnh B và tỉnh C").
 * - `{nam}`, `{ngay}`, `{thang}`, `{thang_lo}`: year, two-digit day and month, Lao month name.
 * - `{dia_diem}`: the place as written on the document in that language.
 * - `{so_ban}`, `{so_ban_moi_ben}`, `{so_ban_moi_ngon_ngu}`: originals in all, per party, per language.
 * - `{so_luong}`, `{co_quan_vn}`, `{co_quan_lo}`, `{cua_khau}`, `{moc_thoi_gian}`, `{linh_vuc}`,
 *   `{truong_doan_vn}`, `{chuc_vu_truong_doan_vn}` (and `_lo`): figures, agencies, border gates,
 *   deadlines, the field of a memorandum, heads of delegation and their titles — filled by the officer
 *   or by the export from delegation data; until then they stay visible in the text.
 */
const PLACEHOLDER = /\{([a-z][a-z0-9_]{0,63})\}/gu;

export type Language = 'vi' | 'lo';
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;
export interface BilingualValues {
  vi: PlaceholderValues;
  lo: PlaceholderValues;
}

/** Names of the placeholders in a text, in order of appearance, each once. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface FilledText {
  text: string;
  /** Placeholders with no value (or an empty one): left in the text as typed, e.g. "{so_luong}". */
  unknown: string[];
}

/**
 * Replaces each `{name}` that has a non-empty value, in one pass: a value is inserted literally and
 * never expanded again, so a value containing braces cannot pull in other values. A value that starts
 * the text gets a capital first letter ("tỉnh Thanh Hóa hỗ trợ…" → "Tỉnh Thanh Hóa hỗ trợ…"); Lao has
 * no letter case, so its text is unchanged by that rule. Unknown placeholders stay visible.
 */
export function fillText(text: string, values: PlaceholderValues): FilledText {
  const unknown: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined || value === '') {
      if (!unknown.includes(name)) unknown.push(name);
      return whole;
    }
    if (offset === 0 || text.slice(0, offset).trim() === '') {
      const [first = '', ...rest] = value;
      return first.toLocaleUpperCase('vi') + rest.join('');
    }
    return value;
  });
  return { text: filled, unknown };
}

export interface UnknownPlaceholder {
  name: string;
  language: Language;
  /** Where it sits, e.g. "sections.3.clauses.0.children.1" or "closing.0". */
  path: string;
}

export interface FilledTemplate {
  body: TemplateBody;
  /** Distinct names of the placeholders left unfilled, sorted. */
  unknown: string[];
  /** Every unfilled occurrence, per language and place (for the editor to highlight). */
  unknownAt: UnknownPlaceholder[];
}

/**
 * Fills every text of a template body (titles, preamble, section titles, clauses, closing) with the
 * values of its language. Pure: the input body is not changed. Flags (`loNeedsReview`) are kept.
 */
export function fillTemplate(body: TemplateBody, values: BilingualValues): FilledTemplate {
  const unknownAt: UnknownPlaceholder[] = [];
  const fill = (text: string, language: Language, path: string): string => {
    const result = fillText(text, values[language]);
    for (const name of result.unknown) unknownAt.push({ name, language, path });
    return result.text;
  };
  const fixed = (t: FixedText, path: string): FixedText => ({ ...t, vi: fill(t.vi, 'vi', path), lo: fill(t.lo, 'lo', path) });
  const clause = (c: TemplateClause, path: string): TemplateClause => ({
    vi: fill(c.vi, 'vi', path),
    lo: fill(c.lo, 'lo', path),
    loNeedsReview: c.loNeedsReview,
    ...(c.children ? { children: c.children.map((child, i) => clause(child, `${path}.children.${i}`)) } : {}),
  });
  const section = (s: TemplateSection, i: number): TemplateSection => ({
    ...s,
    titleVi: fill(s.titleVi, 'vi', `sections.${i}.title`),
    titleLo: fill(s.titleLo, 'lo', `sections.${i}.title`),
    clauses: s.clauses.map((c, j) => clause(c, `sections.${i}.clauses.${j}`)),
  });
  const filled: TemplateBody = {
    format: body.format,
    title: fixed(body.title, 'title'),
    summary: fixed(body.summary, 'summary'),
    preamble: body.preamble.map((t, i) => fixed(t, `preamble.${i}`)),
    sections: body.sections.map(section),
    closing: body.closing.map((t, i) => fixed(t, `closing.${i}`)),
  };
  return { body: filled, unknown: [...new Set(unknownAt.map((u) => u.name))].sort(), unknownAt };
}
