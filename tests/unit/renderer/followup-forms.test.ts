import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT_SETTINGS } from '../../../shared/contract/features/settings';
import { eventDate } from '../../../renderer/features/followup/dates';
import { parseFigure } from '../../../renderer/features/followup/format';
import { checkRequest, fieldOf, toFormValues, toRequest } from '../../../renderer/features/settings/reportSettingsForm';

describe('follow-up forms (renderer, pure parts)', () => {
  it('dates an event between the signing date and the backend today', () => {
    expect(eventDate('28/11/2025', '2026-03-20', '2025-04-10')).toEqual({ iso: '2025-11-28' });
    expect(eventDate('10/04/2025', '2026-03-20', '2025-04-10')).toEqual({ iso: '2025-04-10' });
    expect(eventDate('20/03/2026', '2026-03-20', null)).toEqual({ iso: '2026-03-20' });
    expect(eventDate('21/03/2026', '2026-03-20', '2025-04-10')).toEqual({ issue: { code: 'date_in_future' } });
    expect(eventDate('09/04/2025', '2026-03-20', '2025-04-10')).toEqual({ issue: { code: 'date_before_signing', params: { signedOn: '10/04/2025' } } });
    expect(eventDate('31/02/2026', '2026-03-20', null)).toEqual({ issue: { code: 'invalid_date' } });
    expect(eventDate('  ', '2026-03-20', null)).toEqual({ issue: { code: 'required' } });
  });

  it('reads figures as officers type them; words are not numbers', () => {
    expect(parseFigure('120')).toBe(120);
    expect(parseFigure('0')).toBe(0);
    expect(parseFigure('3,5')).toBe(3.5);
    expect(parseFigure('1.500')).toBe(1500);
    expect(parseFigure('1 500')).toBe(1500);
    expect(parseFigure('-2')).toBe(-2);
    expect(parseFigure('hàng trăm lượt')).toBeNull();
  });

  it('turns the report settings boxes into lines and maps the contract checks to boxes', () => {
    const values = { ...toFormValues(EMPTY_REPORT_SETTINGS), issuingBodyVi: ' UBND TỈNH ĐIỆN BIÊN \n\nSỞ NGOẠI VỤ\n', numberSymbol: ' SNgV ' };
    const request = toRequest(values);
    expect(request).toMatchObject({ issuingBodyVi: ['UBND TỈNH ĐIỆN BIÊN', 'SỞ NGOẠI VỤ'], numberSymbol: 'SNgV', recipientsLo: [] });
    expect(checkRequest(request)).toEqual([]);
    const tooMany = checkRequest(toRequest({ ...values, signerTitleVi: 'A\nB\nC\nD' }));
    expect(tooMany.map((i) => [fieldOf(i), i.code])).toEqual([['signerTitleVi', 'too_many']]);
  });
});
