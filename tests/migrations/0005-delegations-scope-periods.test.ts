import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api';
import { dispatch } from '../../db/dispatch';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { VN_AGENCIES_BEFORE_2025 } from '../../db/migrations/seed/agencies-before-2025';
import { agencySeedId, stableUuid } from '../../db/migrations/seed/followup';
import { openDatabase } from '../../db/open';
import type { Result } from '../../shared/contract/result';
import type { DocumentDetail, Province } from '../../shared/contract/schemas';
import { tempDir } from '../harness/backend';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const V4 = MIGRATIONS.slice(0, 4);
const at = '2024-05-01T00:00:00.000Z';
const D1 = '00000000-0000-4000-8000-0000000000d1';
const D2 = '00000000-0000-4000-8000-0000000000d2';

/**
 * A version-4 database: minutes of Điện Biên with Phông Sa Lỳ and Luông Pha Băng (delegates per province,
 * one removed), and a memorandum whose only Lao delegate was removed.
 */
function databaseAtVersion4(path: string): void {
  const db = openDatabase(path, { migrations: V4 });
  const doc = (id: string, kind: string, place: string) =>
    db.prepare(`INSERT INTO documents (id, kind, status, title_vi, meeting_date, place_vi, place_lo, created_at, updated_at) VALUES (?, ?, 'draft', 'Biên bản', '2023-11-09', ?, '', ?, ?)`).run(id, kind, place, at, at);
  doc(D1, 'minutes', 'thành phố Điện Biên Phủ, tỉnh Điện Biên');
  doc(D2, 'memorandum', 'Phông Sa Lỳ');
  const party = db.prepare(`INSERT INTO document_parties (id, document_id, province_id, role, position) VALUES (?, ?, ?, ?, ?)`);
  party.run('p1', D1, 'vn-dien-bien', 'ours', 0);
  party.run('p2', D1, 'la-phongsaly', 'partner', 1);
  party.run('p3', D1, 'la-luang-prabang', 'partner', 2);
  party.run('p4', D2, 'vn-dien-bien', 'ours', 0);
  party.run('p5', D2, 'la-phongsaly', 'partner', 1);
  const person = db.prepare(
    `INSERT INTO delegates (id, document_id, province_id, role, position, name_vi, name_lo, title_vi, title_lo, lo_needs_review, archived_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  // Document-wide positions, interleaved across provinces, as version 4 stored them.
  person.run('x1', D1, 'la-phongsaly', 'head', 0, 'Phôn Xay', 'ພອນໄຊ', 'Bí thư Tỉnh ủy', 'ເລຂາພັກແຂວງ', null, at, at);
  person.run('x2', D1, 'vn-dien-bien', 'head', 1, 'Lò Văn A', 'ລໍ ວັນ ອາ', 'Bí thư Tỉnh ủy Điện Biên', '', null, at, at);
  person.run('x3', D1, 'vn-dien-bien', 'signatory', 2, 'Cầm Thị B', '', 'Chủ tịch UBND tỉnh', '', null, at, at);
  person.run('x4', D1, 'la-phongsaly', 'member', 3, 'Removed', '', '', '', '2024-05-02T00:00:00.000Z', at, at);
  person.run('x5', D1, 'la-luang-prabang', 'signatory', 4, 'Khăm Xay', 'ຄຳໄຊ', 'Phó Tỉnh trưởng', 'ຮອງເຈົ້າແຂວງ', null, at, at);
  person.run('x6', D2, 'la-phongsaly', 'signatory', 0, 'Gone', '', '', '', '2024-05-03T00:00:00.000Z', at, at);
  db.close();
}

async function get(path: string, id: string): Promise<{ detail: DocumentDetail; provinces: Province[] }> {
  const db = openDatabase(path);
  const api = createApi({ db, databasePath: path, appVersion: '0.0.0-test' });
  const call = async <T>(channel: string, payload: unknown) => {
    const r = (await dispatch(api, channel, payload, { error: () => undefined })) as Result<T>;
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.value;
  };
  const result = { detail: await call<DocumentDetail>('documents.get', { id }), provinces: await call<Province[]>('provinces.list', {}) };
  db.close();
  return result;
}

describe('migration 0005 (named delegations, scopes, date line, aliases, agencies by period)', () => {
  it('turns each province’s delegates into a named delegation of that province; nothing lost, archived people kept', async () => {
    const path = tmp.file('v4.sqlite');
    databaseAtVersion4(path);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const delegations = db.prepare('SELECT id, document_id, side, name_vi, name_lo, lo_needs_review, province_id, position, archived_at FROM delegations ORDER BY document_id, position').all();
    expect(delegations).toEqual([
      { id: stableUuid(`delegation:${D1}:vn-dien-bien`), document_id: D1, side: 'VN', name_vi: 'Đoàn đại biểu cấp cao tỉnh Điện Biên', name_lo: 'ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງດ້ຽນບຽນ', lo_needs_review: 1, province_id: 'vn-dien-bien', position: 0, archived_at: null },
      { id: stableUuid(`delegation:${D1}:la-phongsaly`), document_id: D1, side: 'LA', name_vi: 'Đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ', name_lo: 'ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງຜົ້ງສາລີ', lo_needs_review: 1, province_id: 'la-phongsaly', position: 1, archived_at: null },
      { id: stableUuid(`delegation:${D1}:la-luang-prabang`), document_id: D1, side: 'LA', name_vi: 'Đoàn đại biểu cấp cao tỉnh Luông Pha Băng', name_lo: 'ຄະນະຜູ້ແທນຂັ້ນສູງແຂວງຫຼວງພະບາງ', lo_needs_review: 1, province_id: 'la-luang-prabang', position: 2, archived_at: null },
      // A memorandum's delegation is "Đoàn đại biểu"; its only person was removed, so it starts archived.
      { id: stableUuid(`delegation:${D2}:la-phongsaly`), document_id: D2, side: 'LA', name_vi: 'Đoàn đại biểu tỉnh Phông Sa Lỳ', name_lo: 'ຄະນະຜູ້ແທນແຂວງຜົ້ງສາລີ', lo_needs_review: 1, province_id: 'la-phongsaly', position: 0, archived_at: expect.any(String) },
    ]);
    // Every delegate kept, with its names, titles, flags and archive date; positions now per delegation.
    const people = db.prepare('SELECT id, delegation_id, role, position, name_vi, title_vi, archived_at FROM delegates ORDER BY id').all();
    expect(people).toEqual([
      { id: 'x1', delegation_id: stableUuid(`delegation:${D1}:la-phongsaly`), role: 'head', position: 0, name_vi: 'Phôn Xay', title_vi: 'Bí thư Tỉnh ủy', archived_at: null },
      { id: 'x2', delegation_id: stableUuid(`delegation:${D1}:vn-dien-bien`), role: 'head', position: 0, name_vi: 'Lò Văn A', title_vi: 'Bí thư Tỉnh ủy Điện Biên', archived_at: null },
      { id: 'x3', delegation_id: stableUuid(`delegation:${D1}:vn-dien-bien`), role: 'signatory', position: 1, name_vi: 'Cầm Thị B', title_vi: 'Chủ tịch UBND tỉnh', archived_at: null },
      { id: 'x4', delegation_id: stableUuid(`delegation:${D1}:la-phongsaly`), role: 'member', position: 1, name_vi: 'Removed', title_vi: '', archived_at: '2024-05-02T00:00:00.000Z' },
      { id: 'x5', delegation_id: stableUuid(`delegation:${D1}:la-luang-prabang`), role: 'signatory', position: 0, name_vi: 'Khăm Xay', title_vi: 'Phó Tỉnh trưởng', archived_at: null },
      { id: 'x6', delegation_id: stableUuid(`delegation:${D2}:la-phongsaly`), role: 'signatory', position: 0, name_vi: 'Gone', title_vi: '', archived_at: '2024-05-03T00:00:00.000Z' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Date line: the host province's bare name, found in the meeting place.
    expect(db.prepare('SELECT id, dateline_place_vi, dateline_place_lo FROM documents ORDER BY id').all()).toEqual([
      { id: D1, dateline_place_vi: 'Điện Biên', dateline_place_lo: 'ດ້ຽນບຽນ' },
      { id: D2, dateline_place_vi: 'Phông Sa Lỳ', dateline_place_lo: 'ຜົ້ງສາລີ' },
    ]);
    db.close();

    const { detail, provinces } = await get(path, D1);
    expect(detail.delegations.map((d) => d.nameVi)).toEqual(['Đoàn đại biểu cấp cao tỉnh Điện Biên', 'Đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ', 'Đoàn đại biểu cấp cao tỉnh Luông Pha Băng']);
    expect(detail.delegates.map((d) => d.id)).toEqual(['x2', 'x3', 'x1', 'x5']);
    expect(provinces.find((p) => p.id === 'la-bolikhamxay')!.aliases).toContain('Bô-ly-khăm-xay');
  });

  it('seeds the departments of before 2025 with their end date and successor, and starts the merged one on 2025-07-01', () => {
    const db = openDatabase(tmp.file('fresh.sqlite'));
    const rows = db
      .prepare(`SELECT a.id, a.name_vi, a.valid_to, a.successor_id, a.name_lo_needs_review FROM agencies a WHERE a.province_id = 'vn-son-la' AND a.valid_to IS NOT NULL ORDER BY a.rowid`)
      .all() as { id: string; name_vi: string; valid_to: string; successor_id: string | null; name_lo_needs_review: number }[];
    expect(rows.map((r) => r.name_vi)).toEqual(VN_AGENCIES_BEFORE_2025.map((a) => a.nameVi));
    for (const [i, seed] of VN_AGENCIES_BEFORE_2025.entries()) {
      expect(rows[i]).toEqual({
        id: agencySeedId('vn-son-la', seed.code),
        name_vi: seed.nameVi,
        valid_to: '2025-06-30',
        successor_id: seed.successorCode ? agencySeedId('vn-son-la', seed.successorCode) : null,
        name_lo_needs_review: 1,
      });
    }
    const merged = db.prepare('SELECT name_vi, valid_from FROM agencies WHERE id = ?').get(agencySeedId('vn-son-la', 'agriculture-environment'));
    expect(merged).toEqual({ name_vi: 'Sở Nông nghiệp và Môi trường', valid_from: '2025-07-01' });
    // Departments that existed before and absorbed others keep no start date.
    expect(db.prepare('SELECT valid_from FROM agencies WHERE id = ?').get(agencySeedId('vn-son-la', 'construction'))).toEqual({ valid_from: null });
    db.close();
  });
});
