import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, isChannel } from '../../../shared/contract/channels';
import { toFieldIssues } from '../../../shared/contract/issues';
import { validCreateRequest } from '../../helpers/db';

const createSchema = contract['documents.create'].req;

function issuesOf(payload: unknown) {
  const result = createSchema.safeParse(payload);
  return result.success ? [] : toFieldIssues(result.error);
}

describe('the contract', () => {
  it('knows its channels and nothing else', () => {
    expect(CHANNELS).toContain('documents.create');
    expect(isChannel('documents.create')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('accepts a valid create request and normalises its text', () => {
    const result = createSchema.parse(validCreateRequest({ titleVi: '  Biên bản\nhội đàm '.normalize('NFD') }));
    expect(result.titleVi).toBe('Biên bản hội đàm');
    expect(result.titleVi).toBe(result.titleVi.normalize('NFC'));
  });

  it('names each bad field with a code the UI can translate', () => {
    expect(issuesOf(validCreateRequest({ titleVi: '   ' }))).toEqual([{ path: 'titleVi', code: 'required' }]);
    expect(issuesOf(validCreateRequest({ meetingDate: '2025-02-31' }))).toEqual([{ path: 'meetingDate', code: 'invalid_date' }]);
    expect(issuesOf(validCreateRequest({ meetingDate: '1900-01-01' }))).toEqual([{ path: 'meetingDate', code: 'date_out_of_range' }]);
    expect(issuesOf(validCreateRequest({ titleVi: 'x'.repeat(100_000) }))).toEqual([
      { path: 'titleVi', code: 'too_long', params: { max: 1000, actual: 100_000 } },
    ]);
    expect(issuesOf(validCreateRequest({ titleLo: 'ບົດ\u0001ບັນທຶກ\uFFFE' }))).toEqual([
      { path: 'titleLo', code: 'illegal_characters', params: { count: 2 } },
    ]);
    expect(issuesOf(validCreateRequest({ partnerProvinceIds: [] }))).toEqual([{ path: 'partnerProvinceIds', code: 'required' }]);
  });

  it('refuses a partner equal to our province, and duplicates, even alongside other errors', () => {
    const issues = issuesOf(
      validCreateRequest({ titleVi: '', partnerProvinceIds: ['la-houaphanh', 'vn-thanh-hoa', 'la-houaphanh'] }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'titleVi', code: 'required' },
        { path: 'partnerProvinceIds.1', code: 'partner_is_ours' },
        { path: 'partnerProvinceIds.2', code: 'partner_duplicate' },
      ]),
    );
  });

  it('refuses unknown fields and wrong types (the renderer is untrusted)', () => {
    expect(issuesOf({ ...validCreateRequest(), isSample: true }).map((i) => i.code)).toEqual(['invalid']);
    expect(issuesOf(validCreateRequest({ kind: 'treaty' })).map((i) => i.path)).toEqual(['kind']);
    expect(issuesOf(validCreateRequest({ ourProvinceId: "vn-x'; DROP TABLE documents" })).map((i) => i.path)).toEqual(['ourProvinceId']);
    expect(issuesOf(null).length).toBeGreaterThan(0);
  });
});
