/**
 * `hoptac export <db> <document-id> --layout vi|lo|bilingual|all --out <path>`
 *
 * Builds the Word files with the pure builder in shared/export and writes them safely: each file goes
 * to a temporary file in the target folder and is renamed over the target only when complete, so a
 * failure (no permission, disk full, the file open in Word) never leaves a half-written .docx.
 *
 *   --layout vi|lo|bilingual|all   default all; `all` writes the three files into the --out folder
 *   --out <path>                   a .docx file (one layout) or a folder; default the current folder
 *   --lao-font <family>            default Phetsarath OT (Saysettha OT, Noto Sans Lao)
 *   --lang vi|lo|en                language of the messages (default vi)
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentDetail } from '../../shared/contract/schemas';
import { buildDocument, EXPORT_LAYOUTS, exportFileName, packDocument, toExportModel, type ExportLayout } from '../../shared/export';
import { isUiLanguage, type UiLanguage } from '../../shared/i18n';
import { createApi } from '../api';
import { dispatch } from '../dispatch';
import { DatabaseOpenError, openDatabase } from '../open';
import { APP_VERSION } from './version';

export const EXPORT_USAGE = 'hoptac export <db> <document-id> --layout vi|lo|bilingual|all --out <file.docx|folder> [--lao-font <family>]';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

type Messages = {
  usage: string;
  badLayout: (value: string) => string;
  noDatabase: (file: string) => string;
  unreadable: (file: string, detail: string) => string;
  notFound: (id: string) => string;
  badId: (id: string) => string;
  outIsFolder: (path: string) => string;
  written: (path: string) => string;
  missingLao: (n: number) => string;
  missingLaoOther: (n: number) => string;
  review: (n: number) => string;
  omitted: (n: number) => string;
  noPermission: (path: string) => string;
  busy: (path: string) => string;
  noFolder: (path: string) => string;
  notAFolder: (path: string) => string;
  diskFull: (path: string) => string;
  otherWriteError: (path: string, detail: string) => string;
  nothingWritten: string;
};

/** CLI messages. The Lao ones are the team's draft (like the app's Lao catalogue): to be reviewed. */
export const MESSAGES: Record<UiLanguage, Messages> = {
  en: {
    usage: `Usage: ${EXPORT_USAGE}`,
    badLayout: (v) => `Unknown layout "${v}": use vi, lo, bilingual or all.`,
    noDatabase: (f) => `No database file at ${f}.`,
    unreadable: (f, d) => `Cannot open the database ${f}: ${d}`,
    notFound: (id) => `No document with id ${id} in this database.`,
    badId: (id) => `"${id}" is not a document id.`,
    outIsFolder: (p) => `With --layout all, --out must be a folder, not the file ${p}.`,
    written: (p) => `Written: ${p}`,
    missingLao: (n) => `Warning: ${n} clause(s) have no Lao text; the Lao versions show a placeholder there.`,
    missingLaoOther: (n) => `Warning: ${n} other Lao field(s) (title, names, headings) are empty; the Lao versions show a placeholder there.`,
    review: (n) => `Note: the Lao text of ${n} clause(s) is still marked as needing review.`,
    omitted: (n) => `Warning: ${n} clause(s) could not be placed in the clause tree and were left out.`,
    noPermission: (p) => `Cannot write ${p}: permission denied. Choose another folder.`,
    busy: (p) => `Cannot replace ${p}: the file is open in another program (Word?). Close it and export again.`,
    noFolder: (p) => `Cannot write ${p}: the folder does not exist.`,
    notAFolder: (p) => `Cannot write ${p}: part of the path is a file, not a folder.`,
    diskFull: (p) => `Cannot write ${p}: the disk is full.`,
    otherWriteError: (p, d) => `Cannot write ${p}: ${d}`,
    nothingWritten: 'Nothing was written for this file (no partial file left behind).',
  },
  vi: {
    usage: `Cách dùng: ${EXPORT_USAGE}`,
    badLayout: (v) => `Không có bố cục "${v}": dùng vi, lo, bilingual hoặc all.`,
    noDatabase: (f) => `Không có tệp dữ liệu tại ${f}.`,
    unreadable: (f, d) => `Không mở được tệp dữ liệu ${f}: ${d}`,
    notFound: (id) => `Không có văn kiện mã ${id} trong tệp dữ liệu này.`,
    badId: (id) => `"${id}" không phải là mã văn kiện.`,
    outIsFolder: (p) => `Với --layout all, --out phải là một thư mục, không phải tệp ${p}.`,
    written: (p) => `Đã ghi: ${p}`,
    missingLao: (n) => `Lưu ý: ${n} điều khoản chưa có nội dung tiếng Lào; bản tiếng Lào hiển thị dòng đánh dấu ở các chỗ đó.`,
    missingLaoOther: (n) => `Lưu ý: ${n} mục tiếng Lào khác (tiêu đề, họ tên, đề mục) còn trống; bản tiếng Lào hiển thị dòng đánh dấu ở các chỗ đó.`,
    review: (n) => `Ghi chú: phần tiếng Lào của ${n} điều khoản vẫn đang chờ rà soát.`,
    omitted: (n) => `Lưu ý: ${n} điều khoản không nằm được trong cây điều khoản nên không được xuất.`,
    noPermission: (p) => `Không ghi được ${p}: không có quyền ghi. Hãy chọn thư mục khác.`,
    busy: (p) => `Không thay được ${p}: tệp đang mở trong chương trình khác (Word?). Hãy đóng tệp rồi xuất lại.`,
    noFolder: (p) => `Không ghi được ${p}: thư mục không tồn tại.`,
    notAFolder: (p) => `Không ghi được ${p}: một phần của đường dẫn là tệp, không phải thư mục.`,
    diskFull: (p) => `Không ghi được ${p}: ổ đĩa đã đầy.`,
    otherWriteError: (p, d) => `Không ghi được ${p}: ${d}`,
    nothingWritten: 'Tệp này chưa được ghi (không để lại tệp dở dang).',
  },
  lo: {
    usage: `ວິທີໃຊ້: ${EXPORT_USAGE}`,
    badLayout: (v) => `ບໍ່ມີຮູບແບບ "${v}": ໃຊ້ vi, lo, bilingual ຫຼື all.`,
    noDatabase: (f) => `ບໍ່ມີໄຟລ໌ຖານຂໍ້ມູນຢູ່ ${f}.`,
    unreadable: (f, d) => `ເປີດໄຟລ໌ຖານຂໍ້ມູນ ${f} ບໍ່ໄດ້: ${d}`,
    notFound: (id) => `ບໍ່ມີເອກະສານລະຫັດ ${id} ໃນຖານຂໍ້ມູນນີ້.`,
    badId: (id) => `"${id}" ບໍ່ແມ່ນລະຫັດເອກະສານ.`,
    outIsFolder: (p) => `ເມື່ອໃຊ້ --layout all, --out ຕ້ອງເປັນໂຟນເດີ, ບໍ່ແມ່ນໄຟລ໌ ${p}.`,
    written: (p) => `ບັນທຶກແລ້ວ: ${p}`,
    missingLao: (n) => `ແຈ້ງເຕືອນ: ມີ ${n} ຂໍ້ ທີ່ຍັງບໍ່ມີຂໍ້ຄວາມພາສາລາວ; ສະບັບພາສາລາວສະແດງເຄື່ອງໝາຍແທນ.`,
    missingLaoOther: (n) => `ແຈ້ງເຕືອນ: ມີ ${n} ຊ່ອງພາສາລາວອື່ນ (ຫົວຂໍ້, ຊື່, ຫົວເລື່ອງ) ທີ່ຍັງຫວ່າງ; ສະບັບພາສາລາວສະແດງເຄື່ອງໝາຍແທນ.`,
    review: (n) => `ໝາຍເຫດ: ຂໍ້ຄວາມພາສາລາວຂອງ ${n} ຂໍ້ ຍັງລໍຖ້າການກວດແກ້.`,
    omitted: (n) => `ແຈ້ງເຕືອນ: ມີ ${n} ຂໍ້ ທີ່ບໍ່ຢູ່ໃນໂຄງສ້າງຂໍ້ ຈຶ່ງບໍ່ໄດ້ສົ່ງອອກ.`,
    noPermission: (p) => `ບັນທຶກ ${p} ບໍ່ໄດ້: ບໍ່ມີສິດຂຽນ. ກະລຸນາເລືອກໂຟນເດີອື່ນ.`,
    busy: (p) => `ແທນທີ່ ${p} ບໍ່ໄດ້: ໄຟລ໌ກຳລັງເປີດຢູ່ໃນໂປຣແກຣມອື່ນ (Word?). ກະລຸນາປິດໄຟລ໌ແລ້ວສົ່ງອອກໃໝ່.`,
    noFolder: (p) => `ບັນທຶກ ${p} ບໍ່ໄດ້: ບໍ່ມີໂຟນເດີນີ້.`,
    notAFolder: (p) => `ບັນທຶກ ${p} ບໍ່ໄດ້: ສ່ວນໜຶ່ງຂອງເສັ້ນທາງເປັນໄຟລ໌, ບໍ່ແມ່ນໂຟນເດີ.`,
    diskFull: (p) => `ບັນທຶກ ${p} ບໍ່ໄດ້: ບ່ອນເກັບຂໍ້ມູນເຕັມ.`,
    otherWriteError: (p, d) => `ບັນທຶກ ${p} ບໍ່ໄດ້: ${d}`,
    nothingWritten: 'ໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກບັນທຶກ (ບໍ່ມີໄຟລ໌ເຄິ່ງໆຄ້າງໄວ້).',
  },
};

/** Thrown by writeFileAtomically with a message already in the officer's language. */
export class ExportWriteError extends Error {}

/** The officer-facing reason a write failed, from the Node error code. */
export function explainWriteError(error: unknown, path: string, m: Messages, replacing: boolean): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      return m.noPermission(path);
    case 'EPERM':
      // Windows reports a target held open by Word as EPERM (or EBUSY) on rename.
      return replacing ? m.busy(path) : m.noPermission(path);
    case 'EBUSY':
    case 'ETXTBSY':
      return m.busy(path);
    case 'ENOENT':
      return m.noFolder(path);
    case 'ENOTDIR':
    case 'EISDIR':
      return m.notAFolder(path);
    case 'ENOSPC':
    case 'EDQUOT':
      return m.diskFull(path);
    default:
      return m.otherWriteError(path, (error as Error).message);
  }
}

/**
 * Writes `bytes` to a temporary file beside `target` (same folder, so the rename is atomic), flushes it
 * to disk, then renames it over `target`. On any failure the temporary file is removed and the target
 * is left as it was.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, m: Messages = MESSAGES.en): void {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let stage: 'write' | 'rename' = 'write';
  try {
    fd = openSync(temp, 'wx');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    stage = 'rename';
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the unlink below is what matters
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw new ExportWriteError(explainWriteError(error, target, m, stage === 'rename' && existsSync(target)));
  }
}

/**
 * Several files as one: each is first written to a flushed temporary file beside its target; only when
 * all are written are they renamed into place, an existing target being moved aside first. If any step
 * fails, the targets already replaced get their old files back and every temporary file is removed: the
 * folder holds either all the new files or none of them.
 */
export function writeFilesAtomically(files: readonly { target: string; bytes: Uint8Array }[], m: Messages = MESSAGES.en): void {
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const staged: { target: string; temp: string; backup: string | null; placed: boolean }[] = [];
  const rollback = () => {
    for (const file of [...staged].reverse()) {
      try {
        if (file.placed) unlinkSync(file.target);
        if (file.backup && existsSync(file.backup)) renameSync(file.backup, file.target);
      } catch {
        // best effort: the backup stays beside the target under its temporary name
      }
      try {
        if (existsSync(file.temp)) unlinkSync(file.temp);
      } catch {
        // nothing more to do
      }
    }
  };
  let current = '';
  let replacing = false;
  try {
    for (const { target, bytes } of files) {
      current = target;
      const temp = join(dirname(target), `.${basename(target)}.${tag}.tmp`);
      const fd = openSync(temp, 'wx');
      staged.push({ target, temp, backup: null, placed: false });
      try {
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const file of staged) {
      current = file.target;
      replacing = existsSync(file.target);
      if (replacing) {
        const backup = join(dirname(file.target), `.${basename(file.target)}.${tag}.old`);
        renameSync(file.target, backup);
        file.backup = backup;
      }
      renameSync(file.temp, file.target);
      file.placed = true;
    }
  } catch (error) {
    rollback();
    throw new ExportWriteError(explainWriteError(error, current, m, replacing));
  }
  // All in place: the old files can go.
  for (const file of staged) {
    if (file.backup) {
      try {
        unlinkSync(file.backup);
      } catch {
        // a leftover hidden backup does no harm
      }
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        layout: { type: 'string', default: 'all' },
        out: { type: 'string' },
        'lao-font': { type: 'string' },
        lang: { type: 'string', default: 'vi' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${MESSAGES.en.usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const m = MESSAGES[isUiLanguage(values.lang) ? values.lang : 'vi'];
  if (values.help) {
    io.out(m.usage);
    return 0;
  }
  const [first, second] = positionals;
  const dbFile = second !== undefined ? first : (values.db ?? process.env['HOPTAC_DB']);
  const documentId = second ?? (values.db !== undefined || process.env['HOPTAC_DB'] ? first : undefined);
  if (!dbFile || !documentId || positionals.length > 2) {
    io.err(m.usage);
    return 2;
  }
  const layoutValue = values.layout;
  if (layoutValue !== 'all' && !(EXPORT_LAYOUTS as readonly string[]).includes(layoutValue)) {
    io.err(m.badLayout(layoutValue));
    return 2;
  }
  const layouts: ExportLayout[] = layoutValue === 'all' ? [...EXPORT_LAYOUTS] : [layoutValue as ExportLayout];

  if (!existsSync(dbFile)) {
    io.err(m.noDatabase(resolve(dbFile)));
    return 1;
  }
  let detail: DocumentDetail;
  let db;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    io.err(m.unreadable(resolve(dbFile), error instanceof DatabaseOpenError ? error.message : String(error)));
    return 1;
  }
  try {
    const api = createApi({ db, databasePath: dbFile, appVersion: APP_VERSION });
    const result = await dispatch(api, 'documents.get', { id: documentId });
    if (!result.ok) {
      io.err(result.code === 'E_INVALID_INPUT' ? m.badId(documentId) : result.code === 'E_NOT_FOUND' ? m.notFound(documentId) : result.message);
      return 1;
    }
    detail = result.value as DocumentDetail;
  } finally {
    db.close();
  }

  const model = toExportModel(detail);
  // Where each file goes: a folder (default names) or, for one layout, a file path.
  const out = values.out ?? '.';
  const outIsFolder = layouts.length > 1 || isFolder(out) || out.endsWith(sep) || out.endsWith('/');
  if (layouts.length > 1 && existsSync(out) && !isFolder(out)) {
    io.err(m.outIsFolder(resolve(out)));
    return 1;
  }
  if (outIsFolder && !existsSync(out)) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      io.err(explainWriteError(error, resolve(out), m, false));
      return 1;
    }
  }

  let status = 0;
  for (const layout of layouts) {
    const target = resolve(outIsFolder ? join(out, exportFileName(model, layout)) : out);
    const options = { layout, ...(values['lao-font'] ? { laoFont: values['lao-font'] } : {}) };
    const built = buildDocument(model, options);
    const bytes = await packDocument(built.document);
    try {
      writeFileAtomically(target, bytes, m);
    } catch (error) {
      if (!(error instanceof ExportWriteError)) throw error;
      io.err(`${error.message}\n${m.nothingWritten}`);
      status = 1;
      continue;
    }
    io.out(m.written(target));
    if (layout === 'lo' || (layout === 'bilingual' && !layouts.includes('lo'))) {
      if (built.missingLaoClauses > 0) io.out(m.missingLao(built.missingLaoClauses));
      if (built.missingLaoTexts > 0) io.out(m.missingLaoOther(built.missingLaoTexts));
      if (built.laoToReview > 0) io.out(m.review(built.laoToReview));
    }
  }
  if (model.omittedClauses > 0) io.err(m.omitted(model.omittedClauses));
  return status;
}
