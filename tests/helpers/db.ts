import { createHash } from 'node:crypto';
import type { WriteDb } from '../../db/sql';

/** A fingerprint of the whole logical database content: equal before and after means nothing changed. */
export function fingerprint(db: WriteDb): string {
  return createHash('sha256').update(db.serialize()).digest('hex');
}

export function count(db: WriteDb, table: 'documents' | 'document_parties' | 'change_log' | 'delegates' | 'sections' | 'clauses'): number {
  // Table names come from the literal union above.
  const statements = {
    documents: 'SELECT count(*) AS n FROM documents',
    document_parties: 'SELECT count(*) AS n FROM document_parties',
    change_log: 'SELECT count(*) AS n FROM change_log',
    delegates: 'SELECT count(*) AS n FROM delegates',
    sections: 'SELECT count(*) AS n FROM sections',
    clauses: 'SELECT count(*) AS n FROM clauses',
  } as const;
  return (db.prepare(statements[table]).get() as { n: number }).n;
}

/** A valid create-document request; override fields per test. */
export function validCreateRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'minutes',
    ourProvinceId: 'vn-thanh-hoa',
    partnerProvinceIds: ['la-houaphanh'],
    meetingDate: '2025-05-13',
    placeVi: 'Thanh Hóa',
    placeLo: 'ແທງຮວາ',
    titleVi: 'Biên bản hội đàm giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn năm 2025',
    titleLo: 'ບົດບັນທຶກການເຈລະຈາ ລະຫວ່າງ ແຂວງແທງຮວາ ແລະ ແຂວງຫົວພັນ ປີ 2025',
    ...overrides,
  };
}
