import { SON_LA_HUA_PHAN_2025, type SampleDocument } from '../../shared/sample/son-la-hua-phan';
import { insertRow, type WriteContext } from '../changes';
import { insertDelegate, insertDelegation } from './delegations';
import { createDocument } from './documents';

/**
 * Writes the sample agreement (seed 000) with its delegations, sections and clauses.
 * Every Lao string in it is the team's draft and is stored as needing review.
 */
export function createSampleDocument(ctx: WriteContext, sample: SampleDocument = SON_LA_HUA_PHAN_2025): string {
  const id = createDocument(ctx, {
    kind: sample.kind,
    ourProvinceId: sample.ourProvinceId,
    partnerProvinceIds: sample.partnerProvinceIds,
    meetingDate: sample.meetingDate,
    placeVi: sample.placeVi,
    placeLo: sample.placeLo,
    datelinePlaceVi: sample.datelinePlaceVi,
    datelinePlaceLo: sample.datelinePlaceLo,
    titleVi: sample.titleVi,
    titleLo: sample.titleLo,
    titleLoNeedsReview: true,
    periodStart: sample.periodStart,
    periodEnd: sample.periodEnd,
    isSample: true,
  });
  // Named delegations (the team's Lao names are drafts), then their people in order.
  const delegationOf = new Map(
    sample.delegations.map((d) => [
      d.provinceId,
      insertDelegation(ctx, { documentId: id, side: d.side, nameVi: d.nameVi, nameLo: d.nameLo, provinceId: d.provinceId, loNeedsReview: true }),
    ]),
  );
  for (const d of sample.delegates) {
    const delegationId = delegationOf.get(d.provinceId);
    if (!delegationId) throw new Error(`Sample delegate ${d.nameVi} has no delegation`);
    insertDelegate(ctx, { id: delegationId, document_id: id }, { ...d, loNeedsReview: true });
  }
  sample.sections.forEach((s, sectionPosition) => {
    const sectionId = insertRow(ctx, 'sections', {
      document_id: id,
      part: s.part,
      sector: s.sector,
      position: sectionPosition,
      title_vi: s.titleVi,
      title_lo: s.titleLo,
      lo_needs_review: 1,
    });
    s.clauses.forEach((c, position) => {
      insertRow(ctx, 'clauses', {
        document_id: id,
        section_id: sectionId,
        position,
        text_vi: c.vi,
        text_lo: c.lo,
        lo_needs_review: 1,
      });
    });
  });
  return id;
}
