import { signLikeAnOfficer } from '../../helpers/api';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../../db/backup/snapshot';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { Failure } from '../../../shared/contract/result';
import type { DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { createI18n, UI_LANGUAGES } from '../../../shared/i18n';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { fakePlatform, type FakePlatform } from '../../harness/platform';
import { fingerprint, validCreateRequest } from '../../helpers/db';

/**
 * The bad-input catalogue: one table of hostile or mistaken requests across the channels. Each answers the
 * exact error code (and field issue), has a message in vi, lo and en, and leaves the database byte-for-byte
 * as it was.
 */
interface World {
  draft: DocumentDetail;
  signed: DocumentDetail;
  other: DocumentDetail;
  task: string;
  draftClause: string;
  draftSection: string;
  foreignAgency: string;
  file(name: string, content: string | Buffer): string;
  platform: FakePlatform;
}

type Case = [name: string, channel: string, payload: (w: World) => unknown, code: Failure['code'], issue?: string | undefined, on?: 'read-only'];

/** The next open dialog answers this file; the request itself is empty. */
const choose = (w: World, path: string) => {
  w.platform.files = [path];
  return {};
};

const uuid = '7d3f0b5e-1c2a-4e8b-9f00-123456789abc';
const long = (n: number) => 'ạ'.repeat(n);
const create = (overrides: Record<string, unknown>) => () => validCreateRequest(overrides);

const CASES: Case[] = [
  // Wrong types
  ['title is a number', 'documents.create', create({ titleVi: 5 }), 'E_INVALID_INPUT', 'wrong_type'],
  ['title is an object', 'documents.create', create({ titleVi: { vi: 'x' } }), 'E_INVALID_INPUT', 'wrong_type'],
  ['title is null', 'documents.create', create({ titleVi: null }), 'E_INVALID_INPUT', 'wrong_type'],
  ['date is a number', 'documents.create', create({ meetingDate: 20250513 }), 'E_INVALID_INPUT', 'wrong_type'],
  ['partners is a string', 'documents.create', create({ partnerProvinceIds: 'la-houaphanh' }), 'E_INVALID_INPUT', 'wrong_type'],
  ['title missing', 'documents.create', () => ({ ...validCreateRequest(), titleVi: undefined }), 'E_INVALID_INPUT', 'required'],
  ['clause text is a boolean', 'clauses.update', (w) => ({ id: w.draftClause, textVi: true }), 'E_INVALID_INPUT', 'wrong_type'],
  ['value is text', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [{ clauseIndicatorId: uuid, value: 'nhiều', unit: 'người' }] }), 'E_INVALID_INPUT', 'not_a_number'],
  ['status is a number', 'tracking.setStatus', (w) => ({ clauseId: w.task, status: 2 }), 'E_INVALID_INPUT', 'invalid'],
  ['payload is an array', 'documents.get', () => [uuid], 'E_INVALID_INPUT', 'wrong_type'],
  ['payload is a string', 'documents.list', () => 'all', 'E_INVALID_INPUT', 'wrong_type'],
  ['unknown field', 'documents.get', (w) => ({ id: w.draft.id, admin: true }), 'E_INVALID_INPUT', 'invalid'],
  // Too long
  ['title of 1,001 characters', 'documents.create', create({ titleVi: long(1001) }), 'E_INVALID_INPUT', 'too_long'],
  ['clause of 20,001 characters', 'clauses.update', (w) => ({ id: w.draftClause, textVi: long(20_001) }), 'E_INVALID_INPUT', 'too_long'],
  ['place of 301 characters', 'documents.create', create({ placeVi: long(301) }), 'E_INVALID_INPUT', 'too_long'],
  ['19 partners', 'documents.create', create({ partnerProvinceIds: Array.from({ length: 19 }, (_, i) => `la-p${i}`) }), 'E_INVALID_INPUT', 'too_many'],
  ['section title of 1,001 characters', 'sections.add', (w) => ({ documentId: w.draft.id, part: 'tasks', sector: 'health', titleVi: long(1001), titleLo: '' }), 'E_INVALID_INPUT', 'too_long'],
  // Control characters, U+FFFE, lone surrogates
  ['BEL in a title', 'documents.create', create({ titleVi: 'Biên bản\u0007' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['NUL in a clause', 'clauses.update', (w) => ({ id: w.draftClause, textVi: 'a\u0000b' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['U+FFFE in Lao text', 'clauses.update', (w) => ({ id: w.draftClause, textLo: 'ສອງ\uFFFE' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['U+FFFF in a place', 'documents.create', create({ placeVi: 'Sơn La\uFFFF' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['lone high surrogate', 'documents.create', create({ titleLo: 'ຫົວພັນ\uD800' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['lone low surrogate', 'sections.add', (w) => ({ documentId: w.draft.id, part: 'tasks', sector: 'health', titleVi: 'Y tế\uDC00', titleLo: '' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['escape sequence in an agency', 'agencies.add', () => ({ provinceId: 'vn-son-la', nameVi: 'Sở\u001b[31m', nameLo: '' }), 'E_INVALID_INPUT', 'illegal_characters'],
  ['vertical tab in a progress note', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'a\u000bb', textLo: '', values: [] }), 'E_INVALID_INPUT', 'illegal_characters'],
  // Impossible dates
  ['31 February', 'documents.create', create({ meetingDate: '2025-02-31' }), 'E_INVALID_INPUT', 'invalid_date'],
  ['month 13', 'documents.create', create({ meetingDate: '2025-13-01' }), 'E_INVALID_INPUT', 'invalid_date'],
  ['29 February of a common year', 'documents.sign', (w) => ({ id: w.draft.id, signedOn: '2023-02-29' }), 'E_INVALID_INPUT', 'invalid_date'],
  ['year 1800', 'documents.create', create({ meetingDate: '1800-01-01' }), 'E_INVALID_INPUT', 'date_out_of_range'],
  ['dd/mm/yyyy sent raw', 'documents.create', create({ meetingDate: '13/05/2025' }), 'E_INVALID_INPUT', 'invalid_date'],
  ['progress dated in the future', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-04-02', author: '', textVi: 'x', textLo: '', values: [] }), 'E_INVALID_INPUT', 'date_in_future'],
  ['period ends before it starts', 'documents.update', (w) => ({ id: w.draft.id, periodStart: '2025-06-01', periodEnd: '2025-01-01' }), 'E_INVALID_INPUT', 'period_order'],
  // Ids that do not exist or belong elsewhere
  ['document that does not exist', 'documents.get', () => ({ id: uuid }), 'E_NOT_FOUND'],
  ['id that is not a UUID', 'documents.get', () => ({ id: '1 OR 1=1' }), 'E_INVALID_INPUT', 'invalid'],
  ['clause that does not exist', 'clauses.update', () => ({ id: uuid, textVi: 'x' }), 'E_NOT_FOUND'],
  ['evidence that does not exist', 'evidence.open', () => ({ id: uuid }), 'E_NOT_FOUND'],
  ['unknown province', 'documents.create', create({ partnerProvinceIds: ['la-atlantis'] }), 'E_INVALID_INPUT', 'unknown_province'],
  ['partner is our own province', 'documents.create', create({ partnerProvinceIds: ['vn-thanh-hoa'] }), 'E_INVALID_INPUT', 'partner_is_ours'],
  ['section of another document', 'clauses.add', (w) => ({ documentId: w.draft.id, sectionId: w.other.sections[0]!.id, parentId: null, textVi: 'x', textLo: '' }), 'E_INVALID_INPUT', 'not_in_document'],
  ['parent clause of another document', 'clauses.add', (w) => ({ documentId: w.draft.id, sectionId: w.draftSection, parentId: w.other.sections[0]!.clauses[0]!.id, textVi: 'x', textLo: '' }), 'E_NOT_FOUND'],
  ['indicator of another clause', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [{ clauseIndicatorId: uuid, value: 1, unit: 'người' }] }), 'E_INVALID_INPUT', 'unknown_indicator'],
  ['agency of a province not party to the document', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', agencyId: w.foreignAgency, textVi: 'x', textLo: '', values: [] }), 'E_INVALID_INPUT', 'agency_not_party'],
  ['agency of the other side', 'tracking.assign', (w) => ({ clauseId: w.task, side: 'LA', agencyId: w.foreignAgency, role: 'lead' }), 'E_INVALID_INPUT', 'agency_wrong_side'],
  ['correction of an entry of another clause', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [], supersedes: uuid }), 'E_INVALID_INPUT', 'invalid'],
  ['evidence token never picked', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [], evidenceTokens: [uuid] }), 'E_INVALID_INPUT', 'unknown_evidence'],
  ['editing a signed document', 'sections.add', (w) => ({ documentId: w.signed.id, part: 'tasks', sector: 'health', titleVi: 'Mới', titleLo: '' }), 'E_CONFLICT', 'document_signed'],
  ['following up a clause of a draft', 'tracking.setStatus', (w) => ({ clauseId: w.draftClause, status: 'done' }), 'E_INVALID_INPUT', 'not_trackable'],
  ['a version that does not exist', 'documents.diff', (w) => ({ id: w.signed.id, from: 9, to: null }), 'E_INVALID_INPUT', 'unknown_version'],
  // Channels and sizes
  ['unknown channel', 'documents.drop', () => ({}), 'E_FORBIDDEN'],
  ['prototype channel name', '__proto__', () => ({}), 'E_FORBIDDEN'],
  ['oversize payload (2 MB)', 'documents.create', create({ titleVi: 'x'.repeat(2_100_000) }), 'E_PAYLOAD_TOO_LARGE'],
  ['restore a name outside the backup list', 'backup.restore', () => ({ name: '../../etc/passwd' }), 'E_INVALID_INPUT', 'backup_not_found'],
  ['short passphrase', 'backup.now', () => ({ passphrase: '1234' }), 'E_INVALID_INPUT', 'passphrase_too_short'],
  // Files
  ['a non-database file as a backup', 'backup.restore', (w) => choose(w, w.file('notes.sqlite', 'Biên bản cuộc họp — not a database')), 'E_INVALID_INPUT', 'backup_not_a_database'],
  ['a zero-byte file as a backup', 'backup.restore', (w) => choose(w, w.file('empty.sqlite', '')), 'E_INVALID_INPUT', 'backup_not_a_database'],
  ['a backup from a newer Hợp Tác', 'backup.restore', (w) => choose(w, w.file('newer.sqlite', 'newer')), 'E_INVALID_INPUT', 'backup_newer'],
  ['a file that is not there', 'backup.restore', (w) => choose(w, '/nonexistent/hoptac.sqlite'), 'E_INVALID_INPUT', 'backup_not_found'],
  ['a program as evidence', 'evidence.pick', (w) => choose(w, '/dev/zero'), 'E_INVALID_INPUT', 'not_a_file'],
  // A read-only data file (a CD, a locked USB stick): reads work, every write says so
  ['create on a read-only file', 'documents.create', create({}), 'E_READ_ONLY', undefined, 'read-only'],
  ['clause edit on a read-only file', 'clauses.update', (w) => ({ id: w.draftClause, textVi: 'sửa' }), 'E_READ_ONLY', undefined, 'read-only'],
  ['progress on a read-only file', 'progress.add', (w) => ({ clauseId: w.task, entryDate: '2025-03-30', author: '', textVi: 'x', textLo: '', values: [] }), 'E_READ_ONLY', undefined, 'read-only'],
  // (`other` has its placeholders filled, so the signing check lets it through to the write.)
  ['signing on a read-only file', 'documents.sign', (w) => ({ id: w.other.id, signedOn: '2025-03-30', confirmWarnings: true }), 'E_READ_ONLY', undefined, 'read-only'],
];

let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
let readOnly: Backend;
let world: World;

beforeAll(async () => {
  tmp = tempDir();
  const platform = fakePlatform(tmp.file('files'));
  platform.swapDatabase = async () => {
    throw new Error('a refused restore must never reach the swap');
  };
  backend = startBackend(tmp.file('hoptac.sqlite'), { platform, clock: { now: () => new Date('2025-04-01T09:00:00') } });
  const ok = async <T>(channel: string, payload: unknown) => ((await backend.invoke(channel, payload)) as { value: T }).value;
  const request = validCreateRequest({ templateId: 'builtin-minutes-v1', ourProvinceId: 'vn-son-la', partnerProvinceIds: ['la-houaphanh'], meetingDate: '2025-03-21' });
  const draft = await ok<DocumentSummary>('documents.create', request);
  const signed = await ok<DocumentSummary>('documents.create', request);
  const other = await ok<DocumentSummary>('documents.create', request);
  await signLikeAnOfficer(backend.invoke, signed.id, '2025-03-21');
  const detail = (id: string) => ok<DocumentDetail>('documents.get', { id });
  const signedDetail = await detail(signed.id);
  const draftDetail = await detail(draft.id);
  const foreign = await ok<{ id: string }[]>('agencies.list', { provinceId: 'vn-dien-bien' });
  world = {
    draft: draftDetail,
    signed: signedDetail,
    other: await detail(other.id),
    task: signedDetail.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses)[0]!.id,
    draftClause: draftDetail.sections.flatMap((s) => s.clauses)[0]!.id,
    draftSection: draftDetail.sections[0]!.id,
    foreignAgency: foreign[0]!.id,
    platform,
    file(name, content) {
      const path = tmp.file(name);
      if (name === 'newer.sqlite') {
        const db = new Database(path);
        db.exec('CREATE TABLE documents (id TEXT)');
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        db.close();
      } else writeFileSync(path, content);
      return path;
    },
  };
  // `other` is ready to sign: the template's placeholders filled in as an officer would.
  for (const clause of world.other.sections.flatMap((section) => section.clauses)) {
    const fill = (text: string) => text.replace(/\{[^{}\n]{1,80}\}/gu, '05');
    if (fill(clause.textVi) !== clause.textVi || fill(clause.textLo) !== clause.textLo) {
      await ok('clauses.update', { id: clause.id, textVi: fill(clause.textVi), textLo: fill(clause.textLo) });
    }
  }
  // The same data as a read-only file.
  await snapshotDatabase(backend.db, tmp.file('read-only.sqlite'));
  readOnly = startBackend(tmp.file('read-only.sqlite'), { readOnly: true, clock: { now: () => new Date('2025-04-01T09:00:00') } });
});
afterAll(() => {
  readOnly.close();
  backend.close();
  tmp.remove();
});

const catalogues = UI_LANGUAGES.map((lang) => [lang, createI18n(lang).t] as const);

describe('bad-input catalogue', () => {
  it('has at least 50 cases across at least 15 channels', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c[1])).size).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('%s (%s): the exact code, vi/lo/en text, nothing changed', async (_name, channel, payload, code, issue, on) => {
    const target = on === 'read-only' ? readOnly : backend;
    const request = payload(world);
    const before = fingerprint(target.db);
    const result = (await target.invoke(channel, request)) as Failure;
    expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(false);
    expect(result.code).toBe(code);
    if (issue) expect(result.issues?.map((i) => i.code), JSON.stringify(result.issues)).toContain(issue);
    for (const [lang, t] of catalogues) {
      const text = t(`errors.${result.code}`);
      expect(text, `${lang} errors.${result.code}`).not.toMatch(/^errors\./u);
      for (const i of result.issues ?? []) expect(t(`issues.${i.code}`, i.params ?? {}), `${lang} issues.${i.code}`).not.toMatch(/^issues\./u);
    }
    expect(fingerprint(target.db)).toBe(before);
  });
});
