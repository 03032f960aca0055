/**
 * Which automatic backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have
 * a backup (grandfather-father-son). Manual backups and the copies kept before a restore are not rotated.
 */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface Dated {
  name: string;
  /** Local date-time of the backup, from its name. */
  at: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** ISO week: the Thursday of the week decides its year. */
function weekKey(d: Date): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** The names to delete so that only the kept ones remain. */
export function backupsToDelete(backups: readonly Dated[], keep = KEEP): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<string>();
  for (const [key, limit] of [[dayKey, keep.daily], [weekKey, keep.weekly], [monthKey, keep.monthly]] as const) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const k = key(backup.at);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      kept.add(backup.name);
    }
  }
  return newestFirst.filter((b) => !kept.has(b.name)).map((b) => b.name);
}
