import type { DocumentDetail } from '../../shared/contract/schemas';
import { createMultiPartnerMemorandum, createTwoProvinceSummit2023 } from '../fixtures/real-meetings';
import { startBackend, tempDir } from '../harness/backend';

export interface RealMeetings {
  /** Điện Biên with the Lao National Assembly's committee and three Lao partner provinces (placeholder filled). */
  memorandum: DocumentDetail;
  /** Hà Tĩnh – Bô Ly Khăm Xay 2023, four signatories and two witnesses. */
  summit: DocumentDetail;
  cleanup(): void;
}

const ok = <T>(r: unknown): T => {
  const result = r as { ok: boolean; value?: T };
  if (!result.ok) throw new Error(JSON.stringify(r));
  return result.value as T;
};

/** Both documents through the real backend, as the app would store them. */
export async function loadRealMeetings(): Promise<RealMeetings> {
  const dir = tempDir('hoptac-real-');
  const backend = startBackend(dir.file('real.sqlite'));
  try {
    const memo = await createMultiPartnerMemorandum(backend.invoke);
    const detail = ok<DocumentDetail>(await backend.invoke('documents.get', { id: memo.id }));
    const clause = detail.sections.flatMap((s) => s.clauses).find((c) => c.id === memo.placeholderClauseId)!;
    ok(await backend.invoke('clauses.update', { id: clause.id, textVi: clause.textVi.replace('{so_luong}', '10'), textLo: clause.textLo.replace('{so_luong}', '10') }));
    const summit = await createTwoProvinceSummit2023(backend.invoke);
    return {
      memorandum: ok<DocumentDetail>(await backend.invoke('documents.get', { id: memo.id })),
      summit: ok<DocumentDetail>(await backend.invoke('documents.get', { id: summit.id })),
      cleanup: () => dir.remove(),
    };
  } finally {
    backend.close();
  }
}
