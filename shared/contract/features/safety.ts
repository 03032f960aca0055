import { z } from 'zod';
import { EntityId } from '../fields';
import type { ContractSection } from '../section';

/**
 * Data safety (issue 12): backups and restore, the database's state (read-only, history checks), and
 * evidence files that are only ever opened when their type is a known document or image.
 *
 * Dialogs (save, open, folder) are the platform's (db/platform.ts); restore closes, replaces and reopens the
 * database in the main process (Platform.swapDatabase). Passphrases travel once, in the request, and are
 * never stored.
 */
export const BACKUP_KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;
export const PASSPHRASE_MIN = 8;

const Passphrase = z.string().max(1024);

const BackupItemSchema = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'before-restore', 'other']),
  createdAt: z.string(),
  size: z.number().int(),
  encrypted: z.boolean(),
});
export type BackupItem = z.infer<typeof BackupItemSchema>;

const BackupSettingsSchema = z.object({
  folder: z.string(),
  isDefaultFolder: z.boolean(),
  keep: z.object({ daily: z.number().int(), weekly: z.number().int(), monthly: z.number().int() }),
  lastAutomatic: z.string().nullable(),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

export const DatabaseStatusSchema = z.object({
  path: z.string(),
  /** Opened read-only (a CD, a locked USB stick, no permission): every write is refused with E_READ_ONLY. */
  readOnly: z.boolean(),
  /** The history checks at start: null when they passed. */
  historyProblem: z.object({ table: z.string(), row: z.string(), reason: z.string() }).nullable(),
});
export type DatabaseStatus = z.infer<typeof DatabaseStatusSchema>;

export const safetyContract = {
  'backup.settings': { req: z.strictObject({}), res: BackupSettingsSchema },
  /** Native folder dialog for the automatic backups; `reset` goes back to the folder next to the database. */
  'backup.chooseFolder': {
    req: z.strictObject({ reset: z.boolean().default(false) }),
    res: z.object({ canceled: z.boolean(), settings: BackupSettingsSchema }),
  },
  'backup.list': { req: z.strictObject({}), res: z.object({ folder: z.string(), items: z.array(BackupItemSchema) }) },
  /** "Back up now…": native save dialog, then a consistent copy, encrypted when a passphrase is given. */
  'backup.now': {
    req: z.strictObject({ passphrase: Passphrase.optional() }),
    res: z.object({ canceled: z.boolean(), path: z.string().nullable(), size: z.number().int(), encrypted: z.boolean() }),
  },
  /** Progress of the running "Back up now…" (the bar polls it). */
  'backup.progress': { req: z.strictObject({}), res: z.object({ running: z.boolean(), fraction: z.number() }) },
  /**
   * "Restore from backup…": `name` from backup.list, or a native open dialog when absent. The file is checked
   * first (opens, integrity, foreign keys, schema not newer, history); the current database is kept as a
   * before-restore backup (restoring that undoes this), then replaced.
   */
  'backup.restore': {
    req: z.strictObject({ name: z.string().min(1).max(255).optional(), passphrase: Passphrase.optional() }),
    res: z.object({ canceled: z.boolean(), restoredFrom: z.string().nullable(), keptBackup: z.string().nullable(), documents: z.number().int() }),
  },
  'database.status': { req: z.strictObject({}), res: DatabaseStatusSchema },
  /** "Save a copy…" of an evidence file: the only way to get a file whose type is not opened directly. */
  'evidence.saveCopy': { req: z.strictObject({ id: EntityId }), res: z.object({ canceled: z.boolean(), path: z.string().nullable() }) },
} as const satisfies ContractSection;
