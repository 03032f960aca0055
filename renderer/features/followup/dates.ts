import { checkIsoDate, displayToIso } from '../../../shared/domain/dates';

/** A dd/mm/yyyy box's text as ISO, or the issue code to show next to it. */
export function typedDate(text: string): { iso: string } | { code: 'required' | 'invalid_date' | 'date_out_of_range' } {
  if (text.trim() === '') return { code: 'required' };
  const iso = displayToIso(text);
  if (!iso) return { code: 'invalid_date' };
  const problem = checkIsoDate(iso);
  return problem ? { code: problem } : { iso };
}
