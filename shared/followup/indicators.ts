/**
 * Indicator figures (issue 11): how the values departments report combine into the figure of a day, and
 * whether a target is met in its direction. Pure: the "as of" date is always passed in, so the dashboard,
 * the tracking panel, the Excel table and the report compute the same figure from the same reports.
 *
 * - Value mode: departments report running totals ("lũy kế": "45 of 120 so far", later "120 of 120"), so by
 *   default the latest report *is* the figure (`latest`); some indicators count per report ("one more
 *   delegation this quarter"): each report adds to the total (`sum`).
 * - Direction: a target is a floor (`at_least`, the default), a ceiling (`at_most`, written "(tối đa)" after
 *   the unit: "processing time 3 days (tối đa)") or an exact figure (`exactly`, e.g. "no new cases" = 0).
 * - A target of 0 is a real target; an indicator nobody reported on has no figure (null, shown "—", never 0).
 */
export const VALUE_MODES = ['latest', 'sum'] as const;
export type ValueMode = (typeof VALUE_MODES)[number];

export const INDICATOR_DIRECTIONS = ['at_least', 'at_most', 'exactly'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** One value reported in a progress entry. */
export interface ReportedValue {
  /** The entry's date: the day the figure refers to. */
  entryDate: string;
  /** Orders two reports of the same day (the later one written wins for `latest`). */
  createdAt: string;
  /** null = a words-only report ("hàng trăm lượt"): it carries a note, not a number. */
  value: number | null;
  /** Date of the correction that replaced this report, or null. From that date on the correction counts instead. */
  supersededOn: string | null;
}

/** Reports that count on `asOf`: dated on or before it, and not yet replaced by a correction dated on or before it. */
function standingReports(reports: readonly ReportedValue[], asOf: string): ReportedValue[] {
  return reports.filter((r) => r.entryDate <= asOf && (r.supersededOn === null || r.supersededOn > asOf) && r.value !== null);
}

/** Sums of decimal figures (18.5 + 0.1) without binary noise in what officers read. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** The figure of an indicator on `asOf` (ISO date); null when no number was reported by then. */
export function valueAsOf(reports: readonly ReportedValue[], mode: ValueMode, asOf: string): number | null {
  const counted = standingReports(reports, asOf);
  if (counted.length === 0) return null;
  if (mode === 'sum') return tidy(counted.reduce((total, r) => total + r.value!, 0));
  let latest = counted[0]!;
  for (const r of counted) {
    if (r.entryDate > latest.entryDate || (r.entryDate === latest.entryDate && r.createdAt >= latest.createdAt)) latest = r;
  }
  return latest.value;
}

/** The date of the latest report that counts on `asOf` (numbers only), or null. */
export function lastReportedOn(reports: readonly ReportedValue[], asOf: string): string | null {
  let last: string | null = null;
  for (const r of standingReports(reports, asOf)) if (last === null || r.entryDate > last) last = r.entryDate;
  return last;
}

export interface IndicatorStanding {
  /** The figure as of the date; null when nothing was reported. */
  current: number | null;
  /** current / target, for a percentage ("45 / 120 = 38%"); null without a figure or with a target of 0. */
  ratio: number | null;
  /** 0..1 for a progress bar, following the direction (a ceiling not exceeded is a full bar). */
  progress: number | null;
  /** Whether the target is met on that date; null without a figure or without a target. */
  met: boolean | null;
}

const EPSILON = 1e-9;

/** How a figure stands against its target in the target's direction. */
export function standing(target: number | null, direction: IndicatorDirection, current: number | null): IndicatorStanding {
  if (current === null) return { current, ratio: null, progress: null, met: null };
  if (target === null) return { current, ratio: null, progress: null, met: null };
  const ratio = target > 0 ? current / target : null;
  switch (direction) {
    case 'at_least':
      return { current, ratio, progress: target > 0 ? Math.min(1, current / target) : 1, met: current >= target - EPSILON };
    case 'at_most': {
      const met = current <= target + EPSILON;
      return { current, ratio, progress: met ? 1 : current > 0 ? target / current : 0, met };
    }
    case 'exactly': {
      const met = Math.abs(current - target) <= EPSILON;
      const progress = met ? 1 : Math.max(current, target) > 0 ? Math.min(current, target) / Math.max(current, target) : 0;
      return { current, ratio, progress, met };
    }
  }
}

/**
 * The target a carried-over indicator keeps: what remains for an indicator whose reports add up (target −
 * figure, never below 0); the same target for a running total (the new year reports its own running total).
 */
export function carriedTarget(target: number | null, mode: ValueMode, current: number | null): number | null {
  if (target === null || mode === 'latest' || current === null) return target;
  return Math.max(0, tidy(target - current));
}

/** A target that needs a number: a ceiling or an exact figure without one means nothing. */
export function targetRequired(direction: IndicatorDirection): boolean {
  return direction !== 'at_least';
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Labels that tell indicators apart within one document: a name used by two clauses gets the clause
 * reference after it ("Số lưu học sinh (II.3)"); unique names stay as they are.
 */
export function indicatorLabels<T extends { id: string; nameVi: string; nameLo: string; clauseLabel: string }>(
  indicators: readonly T[],
): Map<string, { vi: string; lo: string }> {
  const clausesByName = new Map<string, Set<string>>();
  for (const i of indicators) {
    const key = nameKey(i.nameVi);
    clausesByName.set(key, (clausesByName.get(key) ?? new Set()).add(i.clauseLabel));
  }
  const labels = new Map<string, { vi: string; lo: string }>();
  for (const i of indicators) {
    const shared = (clausesByName.get(nameKey(i.nameVi))?.size ?? 0) > 1 && i.clauseLabel !== '';
    const suffix = shared ? ` (${i.clauseLabel})` : '';
    labels.set(i.id, { vi: `${i.nameVi}${suffix}`, lo: `${i.nameLo || i.nameVi}${suffix}` });
  }
  return labels;
}
