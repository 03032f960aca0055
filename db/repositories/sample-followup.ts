import { createHash } from 'node:crypto';
import { addDays, format, max, min, parseISO, subDays } from 'date-fns';
import { insertRow, logChange, type WriteContext } from '../changes';
import { all, one, sql } from '../sql';

/**
 * Follow-up of the sample agreement, so a first-time user sees tracking and dashboards alive: lead
 * agencies on both sides, the four deadline forms, indicators with targets, dated progress entries with
 * values and one evidence file, one task done and one late. Dates are placed between the signing date and
 * `today` (the injected clock), so entries are never in the future and the late task is late "now".
 */
export function addSampleFollowUp(write: WriteContext, documentId: string, signedOn: string, today: string): void {
  const { db } = write;
  const tasks = all<{ id: string; sector: string }>(
    db,
    sql`SELECT c.id, s.sector FROM clauses c JOIN sections s ON s.id = c.section_id
        WHERE c.document_id = ${documentId} AND s.part = 'tasks' AND c.archived_at IS NULL ORDER BY s.position, c.position`,
  );
  const bySector = (sector: string) => tasks.find((t) => t.sector === sector)?.id;
  const agency = (provinceId: string, nameVi: string) =>
    one<{ id: string }>(db, sql`SELECT id FROM agencies WHERE province_id = ${provinceId} AND name_vi = ${nameVi} AND archived_at IS NULL`)?.id;
  const parties = all<{ province_id: string; role: string }>(db, sql`SELECT province_id, role FROM document_parties WHERE document_id = ${documentId}`);
  const ours = parties.find((p) => p.role === 'ours')!.province_id;
  const partner = parties.find((p) => p.role === 'partner')!.province_id;

  const signed = parseISO(signedOn);
  const now = parseISO(today);
  /** A day `days` after signing, but never after today. */
  const on = (days: number) => format(min([addDays(signed, days), now]), 'yyyy-MM-dd');
  const now_ = write.now();

  const assign = (clauseId: string, vn: string, la: string) => {
    for (const [side, provinceId, name] of [['VN', ours, vn], ['LA', partner, la]] as const) {
      const agencyId = agency(provinceId, name);
      if (agencyId) insertRow(write, 'clause_agencies', { clause_id: clauseId, agency_id: agencyId, side, role: 'lead', created_at: now_ });
    }
  };
  const track = (clauseId: string, columns: Record<string, string | number | null>) =>
    insertRow(write, 'clause_tracking', { status: 'not_started', ...columns }, clauseId);
  const entry = (clauseId: string, date: string, textVi: string, textLo: string, statusAfter: string | null = null) =>
    insertRow(write, 'progress_entries', {
      clause_id: clauseId,
      entry_date: date,
      author: 'Văn phòng Sở Ngoại vụ (mẫu)',
      status_after: statusAfter,
      text_vi: textVi,
      text_lo: textLo,
      device_id: write.deviceId,
      created_at: now_,
    });
  /** Delegations are counted per report ("one more delegation"); the others are running totals (the default). */
  const indicator = (clauseId: string, code: string, target: number, mode: 'latest' | 'sum' = 'latest') => {
    const row = one<{ id: string; name_vi: string; name_lo: string; unit_vi: string }>(db, sql`SELECT id, name_vi, name_lo, unit_vi FROM indicators WHERE code = ${code}`)!;
    return insertRow(write, 'clause_indicators', {
      clause_id: clauseId,
      indicator_id: row.id,
      name_vi: row.name_vi,
      name_lo: row.name_lo,
      unit: row.unit_vi,
      target_value: target,
      value_mode: mode,
      position: 0,
    });
  };
  const value = (entryId: string, clauseIndicatorId: string, amount: number, unit: string) =>
    insertRow(write, 'progress_values', { entry_id: entryId, clause_indicator_id: clauseIndicatorId, value: amount, unit, note: '', created_at: now_ });

  // Political: delegations exchanged every year, ongoing, in progress with figures.
  const political = bySector('political');
  if (political) {
    assign(political, 'Sở Ngoại vụ', 'Sở Ngoại vụ');
    track(political, { status: 'in_progress', deadline_kind: 'ongoing', status_changed_on: on(20) });
    const delegations = indicator(political, 'delegations', 10, 'sum');
    const first = entry(political, on(20), 'Đón đoàn đại biểu tỉnh Hủa Phăn sang thăm, làm việc.', 'ຮັບຕ້ອນຄະນະຜູ້ແທນແຂວງຫົວພັນ ມາຢ້ຽມຢາມ ແລະ ເຮັດວຽກ.');
    value(first, delegations, 2, 'đoàn');
    const second = entry(political, on(60), 'Tổ chức đoàn công tác sang tỉnh Hủa Phăn.', '');
    value(second, delegations, 1, 'đoàn');
  }
  // Defence: a joint patrol plan by a date; done, with the signed plan attached as evidence.
  const defence = bySector('defence_security');
  if (defence) {
    assign(defence, 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy An ninh tỉnh');
    track(defence, { status: 'done', deadline_kind: 'date', deadline_date: format(addDays(signed, 90), 'yyyy-MM-dd'), due_date: format(addDays(signed, 90), 'yyyy-MM-dd'), status_changed_on: on(45) });
    const done = entry(defence, on(45), 'Hai bên đã ký kế hoạch tuần tra song phương.', 'ສອງຝ່າຍໄດ້ລົງນາມແຜນການລາດຕະເວນສອງຝ່າຍ.', 'done');
    attachEvidence(write, done, 'ke-hoach-tuan-tra.pdf', minimalPdf('Ke hoach tuan tra song phuong (mau)'));
  }
  // Economy: two-way trade target for the period.
  const economy = bySector('economy');
  if (economy) {
    assign(economy, 'Sở Công Thương', 'Sở Công Thương');
    const from = signed.getFullYear();
    track(economy, { status: 'in_progress', deadline_kind: 'period', deadline_from_year: from, deadline_to_year: from + 2, due_date: `${from + 2}-12-31`, status_changed_on: on(30) });
    const trade = indicator(economy, 'trade-usd', 40);
    const report = entry(economy, on(120), 'Kim ngạch xuất nhập khẩu 6 tháng đầu năm.', '');
    value(report, trade, 18.5, 'triệu USD');
  }
  // Education: students this year; late when the year-end has passed.
  const education = bySector('education');
  if (education) {
    assign(education, 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Thể thao');
    track(education, { status: 'in_progress', deadline_kind: 'year', deadline_from_year: signed.getFullYear(), deadline_to_year: signed.getFullYear(), due_date: `${signed.getFullYear()}-12-31`, status_changed_on: on(10) });
    const students = indicator(education, 'students', 50);
    const intake = entry(education, on(10), 'Tiếp nhận lưu học sinh tỉnh Hủa Phăn.', 'ຮັບນັກສຶກສາແຂວງຫົວພັນ.');
    value(intake, students, 32, 'lưu học sinh');
  }
  // Health: a dated task, never started — late once its day has passed (a month before today at the latest).
  const health = bySector('health');
  if (health) {
    assign(health, 'Sở Y tế', 'Sở Y tế');
    const due = format(max([addDays(signed, 1), min([subDays(now, 30), addDays(signed, 180)])]), 'yyyy-MM-dd');
    track(health, { deadline_kind: 'date', deadline_date: due, due_date: due });
  }
}

/** Stores a file with an entry the way progress.add does: bytes in evidence_files, metadata in the change log. */
function attachEvidence(write: WriteContext, entryId: string, fileName: string, bytes: Buffer): void {
  const id = write.newId();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  write.db
    .prepare('INSERT INTO evidence_files (id, entry_id, file_name, media_type, size, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, entryId, fileName, 'application/pdf', bytes.length, sha256, bytes, write.now());
  for (const [field, v] of [['entry_id', entryId], ['file_name', fileName], ['size', bytes.length], ['sha256', sha256]] as const) {
    logChange(write, { entity: 'evidence_files', entityId: id, op: 'insert', field, oldValue: null, newValue: v });
  }
}

/** A one-page PDF with one line of ASCII text (a valid file any viewer opens). */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/gu, ' ');
  const stream = `BT /F1 18 Tf 72 760 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
