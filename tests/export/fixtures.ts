import type { DocumentDetail } from '../../shared/contract/schemas';
import { createThanhHoaHuaPhan } from '../fixtures/thanh-hoa-hua-phan-2025';
import { startBackend, tempDir } from '../harness/backend';

export interface ExportFixtures {
  /** The sample agreement offered on an empty database (seed 000, Sơn La – Hủa Phăn). */
  sample: DocumentDetail;
  /** The seed-001-like minutes (Thanh Hóa – Hủa Phăn 2025), with one clause lacking Lao text. */
  thanhHoa: DocumentDetail;
  /** A document with no sections and no clauses. */
  empty: DocumentDetail;
  /** Database file holding all three (for the CLI tests); removed by cleanup(). */
  dbPath: string;
  cleanup(): void;
}

function unwrap<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T };
  if (!r.ok) throw new Error(JSON.stringify(result));
  return r.value as T;
}

/** Creates the fixtures through the real backend (dispatch), then closes the database. */
export async function loadFixtures(): Promise<ExportFixtures> {
  const dir = tempDir('hoptac-export-');
  const dbPath = dir.file('export.sqlite');
  const backend = startBackend(dbPath);
  try {
    const get = async (id: string) => unwrap<DocumentDetail>(await backend.invoke('documents.get', { id }));
    const sampleId = unwrap<{ id: string }>(await backend.invoke('documents.createSample', {})).id;
    const thanhHoaId = await createThanhHoaHuaPhan(backend.invoke);
    const emptyId = unwrap<{ id: string }>(
      await backend.invoke('documents.create', {
        kind: 'memorandum',
        ourProvinceId: 'vn-hue',
        partnerProvinceIds: ['la-salavan', 'la-vientiane-capital'],
        meetingDate: '2025-01-05',
        placeVi: 'Huế',
        placeLo: '',
        titleVi: 'Biên bản ghi nhớ hợp tác y tế',
        titleLo: '',
      }),
    ).id;
    return { sample: await get(sampleId), thanhHoa: await get(thanhHoaId), empty: await get(emptyId), dbPath, cleanup: () => dir.remove() };
  } finally {
    backend.close();
  }
}
