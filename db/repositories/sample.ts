import { SON_LA_HUA_PHAN_2025, type SampleDocument } from '../../shared/sample/son-la-hua-phan';
import { insertRow, type WriteContext } from '../changes';
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
    titleVi: sample.titleVi,
    titleLo: sample.titleLo,
    titleLoNeedsReview: true,
    periodStart: sample.periodStart,
    periodEnd: sample.periodEnd,
    isSample: true,
  });
  sample.delegates.forEach((d, position) => {
    insertRow(ctx, 'delegates', {
      document_id: id,
      province_id: d.provinceId,
      role: d.role,
      position,
      name_vi: d.nameVi,
      name_lo: d.nameLo,
      title_vi: d.titleVi,
      title_lo: d.titleLo,
      lo_needs_review: 1,
    });
  });
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
