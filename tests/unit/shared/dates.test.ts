import { describe, expect, it } from 'vitest';
import { checkIsoDate, displayToIso, isoToDisplay } from '../../../shared/domain/dates';

describe('dates', () => {
  it('accepts real days inside 1950–2100', () => {
    expect(checkIsoDate('2025-03-21')).toBeNull();
    expect(checkIsoDate('2024-02-29')).toBeNull();
    expect(checkIsoDate('1950-01-01')).toBeNull();
    expect(checkIsoDate('2100-12-31')).toBeNull();
  });

  it('refuses days that do not exist', () => {
    expect(checkIsoDate('2025-02-31')).toBe('invalid_date');
    expect(checkIsoDate('2025-02-29')).toBe('invalid_date');
    expect(checkIsoDate('2025-13-01')).toBe('invalid_date');
    expect(checkIsoDate('2025-00-10')).toBe('invalid_date');
    expect(checkIsoDate('21/03/2025')).toBe('invalid_date');
    expect(checkIsoDate('')).toBe('invalid_date');
  });

  it('refuses years outside 1950–2100', () => {
    expect(checkIsoDate('1949-12-31')).toBe('date_out_of_range');
    expect(checkIsoDate('2101-01-01')).toBe('date_out_of_range');
  });

  it('converts dd/mm/yyyy with or without leading zeros, and back with leading zeros', () => {
    expect(displayToIso('5/1/2025')).toBe('2025-01-05');
    expect(displayToIso(' 05.01.2025 ')).toBe('2025-01-05');
    expect(displayToIso('2025-01-05')).toBeNull();
    expect(displayToIso('5/1/25')).toBeNull();
    expect(isoToDisplay('2025-01-05')).toBe('05/01/2025');
  });
});
