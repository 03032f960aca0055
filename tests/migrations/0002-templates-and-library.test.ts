import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api';
import { dispatch } from '../../db/dispatch';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { migrate } from '../../db/migrations/run';
import { openDatabase } from '../../db/open';
import type { WriteDb } from '../../db/sql';
import type { Result } from '../../shared/contract/result';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { BUILTIN_TEMPLATES, LIBRARY_CLAUSES, libraryClauseId, TemplateBodySchema } from '../../shared/templates';
import { tempDir } from '../harness/backend';
import { fingerprint, validCreateRequest } from '../helpers/db';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const V1 = [MIGRATIONS[0]!];
const DATA_TABLES = ['meta', 'provinces', 'documents', 'document_parties', 'delegates', 'sections', 'clauses', 'change_log'] as const;

/** Every row of the tables version 1 had, in a stable order. */
function dump(db: WriteDb): Record<string, unknown[]> {
  const statements: Record<(typeof DATA_TABLES)[number], string> = {
    meta: 'SELECT * FROM meta ORDER BY key',
    provinces: 'SELECT * FROM provinces ORDER BY id',
    documents: 'SELECT * FROM documents ORDER BY id',
    document_parties: 'SELECT * FROM document_parties ORDER BY id',
    delegates: 'SELECT * FROM delegates ORDER BY id',
    sections: 'SELECT * FROM sections ORDER BY id',
    clauses: 'SELECT * FROM clauses ORDER BY id',
    // The columns version 1 had (0007 adds chain_hash).
    change_log: 'SELECT seq, change_id, device_id, hlc, entity, entity_id, op, field, old_value, new_value, created_at FROM change_log ORDER BY seq',
  };
  return Object.fromEntries(DATA_TABLES.map((t) => [t, db.prepare(statements[t]).all()]));
}

async function call<T>(api: ReturnType<typeof createApi>, channel: string, payload: unknown): Promise<T> {
  const result = (await dispatch(api, channel, payload, { error: () => undefined })) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.value;
}

/** A version-1 database holding one drafted document. */
async function databaseAtVersion1(path: string): Promise<{ documentId: string }> {
  const db = openDatabase(path, { migrations: V1 });
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  // Rows written the way version 1 wrote them (today's channels write columns that version 1 lacks).
  const at = '2024-12-01T00:00:00.000Z';
  const request = validCreateRequest() as { kind: string; titleVi: string; titleLo: string; meetingDate: string; placeVi: string; placeLo: string };
  const doc = { id: '00000000-0000-4000-8000-0000000000d1' };
  db.prepare(
    `INSERT INTO documents (id, kind, title_vi, title_lo, meeting_date, place_vi, place_lo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(doc.id, request.kind, request.titleVi, request.titleLo, request.meetingDate, request.placeVi, request.placeLo, at, at);
  db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES ('p-ours', ?, 'vn-thanh-hoa', 'ours', 0), ('p-partner', ?, 'la-houaphanh', 'partner', 1)`).run(doc.id, doc.id);
  db.prepare(
    `INSERT INTO change_log (change_id, device_id, hlc, entity, entity_id, op, field, old_value, new_value, created_at)
     VALUES ('00000000-0000-4000-8000-0000000000c1', 'dev', '0001', 'documents', ?, 'insert', 'title_vi', NULL, ?, ?)`,
  ).run(doc.id, request.titleVi, at);
  db.prepare(
    `INSERT INTO sections (id, document_id, part, sector, position, title_vi, title_lo, created_at, updated_at)
     VALUES ('00000000-0000-4000-8000-000000000001', ?, 'tasks', 'health', 0, 'Y tế', 'ສາທາລະນະສຸກ', ?, ?)`,
  ).run(doc.id, at, at);
  db.prepare(
    `INSERT INTO clauses (id, document_id, section_id, parent_id, position, text_vi, text_lo, created_at, updated_at)
     VALUES ('00000000-0000-4000-8000-000000000002', ?, '00000000-0000-4000-8000-000000000001', NULL, 0, ?, ?, ?, ?)`,
  ).run(doc.id, 'Tiếp tục khám, chữa bệnh cho nhân dân vùng biên.', 'ສືບຕໍ່ກວດ ແລະ ປິ່ນປົວພະຍາດໃຫ້ປະຊາຊົນເຂດຊາຍແດນ.', at, at);
  db.close();
  return { documentId: doc.id };
}

describe('migration 0002 (templates and clause library)', () => {
  it('upgrades a version-1 database with a document: data intact, templates and library seeded', async () => {
    const path = tmp.file('v1.sqlite');
    const { documentId } = await databaseAtVersion1(path);
    const v1 = openDatabase(path, { migrations: V1 });
    const before = dump(v1);
    v1.close();

    // Version 2 keeps every row of version 1 as it was (later versions add columns of their own).
    const v2 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    expect(dump(v2)).toEqual(before);
    v2.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);

    const templates = db.prepare('SELECT * FROM templates ORDER BY id').all() as {
      id: string; kind: string; name_vi: string; name_lo: string; version: number; body_json: string; builtin: number; archived_at: string | null;
    }[];
    expect(templates.map((t) => [t.id, t.kind, t.version, t.builtin, t.archived_at])).toEqual([
      ['builtin-agreement-v1', 'agreement', 1, 1, null],
      ['builtin-memorandum-v1', 'memorandum', 1, 1, null],
      ['builtin-minutes-v1', 'minutes', 1, 1, null],
    ]);
    for (const row of templates) {
      const shipped = BUILTIN_TEMPLATES.find((t) => t.id === row.id)!;
      expect(TemplateBodySchema.parse(JSON.parse(row.body_json))).toEqual(shipped.body);
      expect([row.name_vi, row.name_lo]).toEqual([shipped.nameVi, shipped.nameLo]);
    }

    const library = db.prepare('SELECT * FROM library_clauses ORDER BY rowid').all() as {
      id: string; sector: string; text_vi: string; text_lo: string; lo_needs_review: number; indicator_hint: string; source: string; archived_at: string | null;
    }[];
    expect(library).toHaveLength(LIBRARY_CLAUSES.length);
    LIBRARY_CLAUSES.forEach((c, i) => {
      expect(library[i]).toMatchObject({
        id: libraryClauseId(c.ref), sector: c.sector, text_vi: c.vi, text_lo: c.lo, lo_needs_review: 1, indicator_hint: c.indicator, source: 'builtin', archived_at: null,
      });
    });

    // Schema: STRICT, no foreign keys (nothing can cascade), one live name per kind.
    expect((db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'library_clauses'").get() as { strict: number }).strict).toBe(1);
    expect(db.pragma('foreign_key_list(library_clauses)')).toEqual([]);
    const schemaSql = (db.prepare('SELECT group_concat(sql, char(10)) AS s FROM sqlite_schema').get() as { s: string }).s;
    expect(schemaSql).not.toMatch(/CASCADE/iu);
    expect(() =>
      db.prepare("INSERT INTO templates (id, kind, name_vi, body_json, created_at, updated_at) VALUES ('x', 'minutes', 'Biên bản hội đàm', '{}', 'now', 'now')").run(),
    ).toThrow(/UNIQUE/u);
    expect(() =>
      db.prepare("INSERT INTO library_clauses (id, sector, text_vi, source, created_at, updated_at) VALUES ('y', 'space', 'x', 'builtin', 'now', 'now')").run(),
    ).toThrow(/CHECK/u);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // The old document still reads, and the new channels work on the upgraded file.
    const api = createApi({ db, databasePath: path, appVersion: '0.0.0-test' });
    const detail = await call<DocumentDetail>(api, 'documents.get', { id: documentId });
    expect(detail.sections[0]!.clauses[0]!.textVi).toBe('Tiếp tục khám, chữa bệnh cho nhân dân vùng biên.');
    expect(await call<unknown[]>(api, 'templates.list', {})).toHaveLength(3);
    db.close();
  });

  it('is a no-op the second time: reopening or migrating again changes nothing', async () => {
    const path = tmp.file('twice.sqlite');
    await databaseAtVersion1(path);
    openDatabase(path).close();
    const db = openDatabase(path);
    const before = fingerprint(db);
    expect(migrate(db, MIGRATIONS, () => '2030-01-01T00:00:00.000Z')).toBe(LATEST_SCHEMA_VERSION);
    expect(fingerprint(db)).toBe(before);
    expect((db.prepare('SELECT count(*) AS n FROM templates').get() as { n: number }).n).toBe(3);
    expect((db.prepare('SELECT count(*) AS n FROM library_clauses').get() as { n: number }).n).toBe(LIBRARY_CLAUSES.length);
    db.close();
  });

  it('seeds the same rows on a fresh database', () => {
    const db = openDatabase(tmp.file('fresh.sqlite'));
    expect((db.prepare('SELECT count(*) AS n FROM templates WHERE builtin = 1').get() as { n: number }).n).toBe(3);
    expect((db.prepare('SELECT count(*) AS n FROM library_clauses WHERE lo_needs_review = 1').get() as { n: number }).n).toBe(LIBRARY_CLAUSES.length);
    db.close();
  });
});
