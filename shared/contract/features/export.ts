import { z } from 'zod';
import { LAO_FONTS } from '../../domain/fonts';
import { EntityId } from '../fields';
import type { ContractSection } from '../section';

/**
 * Export to Word from the app. The main process builds the .docx (shared/export) and asks the platform
 * (a native save dialog in Electron, a temp folder in tests) where to write it; the CLI has no platform
 * and is refused. `export.reveal` opens a file this session saved, or shows it in its folder.
 */
export const EXPORT_SAVE_LAYOUTS = ['vi', 'lo', 'bilingual', 'all'] as const;
export type ExportSaveLayout = (typeof EXPORT_SAVE_LAYOUTS)[number];

const SavedFileSchema = z.object({
  layout: z.enum(['vi', 'lo', 'bilingual']),
  path: z.string(),
  fileName: z.string(),
});
export type SavedFile = z.infer<typeof SavedFileSchema>;

export const exportContract = {
  'export.save': {
    req: z.strictObject({
      documentId: EntityId,
      layout: z.enum(EXPORT_SAVE_LAYOUTS),
      /** Lao font family written into every font slot of Lao runs (default Phetsarath OT, the national standard). */
      laoFont: z.enum(LAO_FONTS).optional(),
    }),
    res: z.object({ saved: z.array(SavedFileSchema), canceled: z.boolean(), missingLaoClauses: z.number().int() }),
  },
  'export.reveal': {
    req: z.strictObject({ path: z.string().min(1).max(4096), action: z.enum(['open', 'folder']) }),
    res: z.object({}),
  },
} as const satisfies ContractSection;
