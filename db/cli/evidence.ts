import type { Platform } from '../platform';

/**
 * Evidence from the command line: `hoptac call progress.add '{…, "evidenceFiles": ["scan.pdf"]}'`. The
 * files go through evidence.pick like the app's file dialog (same checks: a file, readable, at most
 * EVIDENCE_MAX_BYTES), then their tokens are attached to the entry, all in one process. Nothing else of
 * the platform exists in the CLI.
 */
export function evidencePlatform(paths: readonly string[]): Platform {
  const unavailable = async (): Promise<never> => {
    throw new Error('Not available from the command line');
  };
  return {
    chooseFiles: async () => [...paths],
    chooseSaveFile: unavailable,
    openPath: unavailable,
    privateTempFolder: () => {
      throw new Error('Not available from the command line');
    },
    chooseTarget: unavailable,
    writeFileAtomic: unavailable,
    writeFilesAtomic: unavailable,
    reveal: unavailable,
  };
}

/** Splits `evidenceFiles` (paths, CLI only) off a progress.add request; null when there are none. */
export function takeEvidenceFiles(payload: unknown): { paths: string[]; rest: Record<string, unknown> } | null {
  if (typeof payload !== 'object' || payload === null || !('evidenceFiles' in payload)) return null;
  const { evidenceFiles, ...rest } = payload as Record<string, unknown>;
  const paths = Array.isArray(evidenceFiles) ? evidenceFiles.filter((p): p is string => typeof p === 'string') : [];
  return { paths, rest };
}
