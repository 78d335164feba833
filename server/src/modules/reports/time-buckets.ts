/**
 * Calendar arithmetic in a time zone, without a date library: reports count days, weeks (Monday first) and
 * months as people in that zone live them, across daylight-saving changes (a day may last 23 or 25 hours).
 */

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday],
  };
}

/** How far the zone is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens (midnight of a date, in practice). A time skipped by a
 * daylight-saving jump resolves to the first instant after the gap.
 */
export function instantOf(timeZone: string, year: number, month: number, day: number, hour = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  // The offset at the guess, then at the corrected guess: two steps settle every real-world zone.
  let guess = wall - offsetAt(new Date(wall), timeZone);
  guess = wall - offsetAt(new Date(guess), timeZone);
  const reading = localParts(new Date(guess), timeZone);
  const readsAs = Date.UTC(reading.year, reading.month - 1, reading.day, reading.hour);
  return new Date(readsAs < wall ? guess + (wall - readsAs) : guess);
}

/** The local calendar date of an instant, as a UTC midnight (for plain date arithmetic). */
function localDate(instant: Date, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** The first day of the bucket holding a local date: itself, its week's Monday, or its month's first. */
function bucketDate(date: Date, granularity: Granularity): Date {
  if (granularity === 'DAY') return date;
  if (granularity === 'MONTH') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  return new Date(date.getTime() - (weekday - 1) * 86_400_000);
}

function nextBucketDate(date: Date, granularity: Granularity): Date {
  if (granularity === 'DAY') return new Date(date.getTime() + 86_400_000);
  if (granularity === 'WEEK') return new Date(date.getTime() + 7 * 86_400_000);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

export interface Bucket {
  /** The local date the bucket starts on, `YYYY-MM-DD`. */
  label: string;
  start: Date;
  end: Date;
}

/**
 * The buckets covering [from, to): the first starts at the local start of the bucket holding `from`, the last
 * ends at or after `to`. Boundaries are local midnights, as instants.
 */
export function bucketsBetween(from: Date, to: Date, granularity: Granularity, timeZone: string): Bucket[] {
  const buckets: Bucket[] = [];
  let date = bucketDate(localDate(from, timeZone), granularity);
  let start = instantOf(timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  while (start < to) {
    const next = nextBucketDate(date, granularity);
    const end = instantOf(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
    buckets.push({ label: date.toISOString().slice(0, 10), start, end });
    date = next;
    start = end;
  }
  return buckets;
}

/** The index of the bucket holding an instant (buckets sorted and contiguous), or -1 outside them. */
export function bucketIndex(buckets: readonly Bucket[], instant: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (instant < buckets[middle].start.getTime()) high = middle - 1;
    else if (instant >= buckets[middle].end.getTime()) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Local weekday and hour of many instants, fast: the zone's offset is looked up once per UTC hour (offsets
 * change on hour boundaries in every zone in use), not once per instant.
 */
export function weekdayHourReader(timeZone: string): (instant: number) => { weekday: number; hour: number } {
  const offsets = new Map<number, number>();
  return (instant) => {
    const hourStart = Math.floor(instant / 3_600_000) * 3_600_000;
    let offset = offsets.get(hourStart);
    if (offset === undefined) {
      offset = offsetAt(new Date(hourStart), timeZone);
      offsets.set(hourStart, offset);
    }
    const local = new Date(instant + offset);
    const day = local.getUTCDay();
    return { weekday: day === 0 ? 7 : day, hour: local.getUTCHours() };
  };
}
