import type { Migration } from './types';

/**
 * Versions 5 and 6 belong to issues 10 and 11, developed in parallel. Until they are merged this branch
 * keeps their places with empty steps so the runner's 1, 2, 3, … order holds. At merge time this file goes
 * and index.ts lists migration0005 and migration0006 instead.
 */
const reserved = (version: number, name: string): Migration => ({ version, name, up: () => undefined });

export const reserved0005 = reserved(5, 'reserved for issue 10');
export const reserved0006 = reserved(6, 'reserved for issue 11');
