import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../db/clock';
import type { ClauseTracking } from '../../../shared/contract/features/followup';
import type { Clause, DocumentDetail, DocumentSummary } from '../../../shared/contract/schemas';
import { startBackend, tempDir, type Backend } from '../../harness/backend';
import { apiHelpers } from '../../helpers/api';
import { validCreateRequest } from '../../helpers/db';

let now = new Date('2024-12-01T09:00:00');
const clock: Clock = { now: () => now };
let tmp: ReturnType<typeof tempDir>;
let backend: Backend;
const { expectOk, expectRefused, fillAndSign } = apiHelpers(() => backend);

beforeEach(() => {
  now = new Date('2024-12-01T09:00:00');
  tmp = tempDir();
  backend = startBackend(tmp.file('hoptac.sqlite'), { clock });
});
afterEach(() => {
  backend.close();
  tmp.remove();
});

const taskLeaves = (doc: DocumentDetail): Clause[] => {
  const clauses = doc.sections.filter((s) => s.part === 'tasks').flatMap((s) => s.clauses);
  return clauses.filter((c) => !clauses.some((k) => k.parentId === c.id));
};

describe('carry-over into next year', () => {
  it('brings unfinished tasks across three years with their lineage; done ones stay behind; the review is pre-filled', async () => {
    const first = await expectOk<DocumentSummary>(
      'documents.create',
      validCreateRequest({ templateId: 'builtin-minutes-v1', meetingDate: '2024-01-05', titleVi: 'Biên bản hội đàm năm 2024', titleLo: 'ບົດບັນທຶກ ປີ 2024' }),
    );
    await fillAndSign(first.id, '2024-01-05');
    const doc2024 = await expectOk<DocumentDetail>('documents.get', { id: first.id });
    const [doneTask, carriedTask, droppedTask] = taskLeaves(doc2024);
    const all2024 = taskLeaves(doc2024).length;
    await expectOk('progress.add', { clauseId: doneTask!.id, entryDate: '2024-06-01', author: '', textVi: 'Đã trao 20 suất học bổng.', textLo: '' });
    await expectOk('tracking.setStatus', { clauseId: doneTask!.id, status: 'done', on: '2024-06-02' });
    await expectOk('tracking.setStatus', { clauseId: droppedTask!.id, status: 'dropped', reason: 'Không còn phù hợp' });

    const second = await expectOk<DocumentSummary>('documents.carryOver', { documentId: first.id, meetingDate: '2025-01-10' });
    expect(second).toMatchObject({ status: 'draft', titleVi: 'Biên bản hội đàm năm 2025', meetingDate: '2025-01-10' });
    expect(second.partners.map((p) => p.provinceId)).toEqual(first.partners.map((p) => p.provinceId));
    const doc2025 = await expectOk<DocumentDetail>('documents.get', { id: second.id });
    const carried = taskLeaves(doc2025);
    expect(carried).toHaveLength(all2024 - 2);
    const fromCarried = carried.find((c) => c.textVi.startsWith('Tiếp tục ') && c.textVi.toLowerCase().includes(carriedTask!.textVi.slice(1, 20).toLowerCase()));
    expect(fromCarried).toBeDefined();
    expect(fromCarried!.textLo.startsWith('ສືບຕໍ່ ')).toBe(true);
    expect(fromCarried!.loNeedsReview).toBe(true);
    const review = doc2025.sections.filter((s) => s.part === 'results').flatMap((s) => s.clauses);
    expect(review.some((c) => c.textVi.includes('Đã trao 20 suất học bổng.'))).toBe(true);
    // The origin keeps its own status (issue 11), marked "carried over to" the new draft.
    const origin = await expectOk<ClauseTracking>('tracking.get', { clauseId: carriedTask!.id });
    expect(origin.status).toBe('not_started');
    expect(origin.carriedOverTo).toMatchObject({ documentId: second.id, documentTitleVi: 'Biên bản hội đàm năm 2025', clauseId: fromCarried!.id });

    now = new Date('2025-12-01T09:00:00');
    await fillAndSign(second.id, '2025-01-10');
    await expectOk('tracking.setStatus', { clauseId: fromCarried!.id, status: 'done' });
    const third = await expectOk<DocumentSummary>('documents.carryOver', { documentId: second.id, meetingDate: '2026-01-08' });
    const doc2026 = await expectOk<DocumentDetail>('documents.get', { id: third.id });
    expect(taskLeaves(doc2026)).toHaveLength(carried.length - 1);
    expect(taskLeaves(doc2026).every((c) => c.textVi.startsWith('Tiếp tục tiếp tục') === false)).toBe(true);

    // Lineage of a task carried twice: 2024 → 2025 → 2026, seen from every year.
    const twice = taskLeaves(doc2026)[0]!;
    const lineage = (await expectOk<ClauseTracking>('tracking.get', { clauseId: twice.id })).lineage;
    expect(lineage.map((l) => l.meetingDate)).toEqual(['2024-01-05', '2025-01-10', '2026-01-08']);
    const fromFirstYear = (await expectOk<ClauseTracking>('tracking.get', { clauseId: lineage[0]!.clauseId })).lineage;
    expect(fromFirstYear.map((l) => l.clauseId)).toEqual(lineage.map((l) => l.clauseId));
    const done2025 = (await expectOk<ClauseTracking>('tracking.get', { clauseId: fromCarried!.id })).lineage;
    // The 2024 origin is late at its end (due by default? no deadline → its own status), the 2025 one done.
    expect(done2025.map((l) => l.status)).toEqual(['not_started', 'done']);
  });

  it('refuses a draft, an unknown document and a date out of range, changing nothing', async () => {
    const draft = await expectOk<DocumentSummary>('documents.create', validCreateRequest({ templateId: 'builtin-minutes-v1' }));
    await expectRefused('documents.carryOver', { documentId: draft.id, meetingDate: '2026-01-01' }, 'not_carryable');
    await expectRefused('documents.carryOver', { documentId: '00000000-0000-4000-8000-000000000000', meetingDate: '2026-01-01' }, '', 'E_NOT_FOUND');
    await expectRefused('documents.carryOver', { documentId: draft.id, meetingDate: '2200-01-01' }, 'date_out_of_range');
  });
});
