/** Time source, replaceable in tests for stable change logs. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Hybrid logical clock stamps for the change log: wall-clock milliseconds, a counter for writes in the
 * same millisecond (or when the wall clock goes backwards), and the device id. Stamps sort as strings,
 * so a later issue can resolve concurrent edits from two offline machines field by field.
 */
export class HybridClock {
  private lastMillis = 0;
  private counter = 0;

  constructor(
    private readonly clock: Clock,
    private readonly deviceId: string,
    lastStamp?: string,
  ) {
    if (lastStamp) {
      const [millis, counter] = lastStamp.split(':');
      this.lastMillis = Number(millis);
      this.counter = Number(counter);
    }
  }

  next(): string {
    const wall = this.clock.now().getTime();
    if (wall > this.lastMillis) {
      this.lastMillis = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return `${String(this.lastMillis).padStart(15, '0')}:${String(this.counter).padStart(6, '0')}:${this.deviceId}`;
  }
}

/** The officer's calendar day (local time) as an ISO date: what "late" and "due soon" are measured from. */
export function todayOf(clock: Clock): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
