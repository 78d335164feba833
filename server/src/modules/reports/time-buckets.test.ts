import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketsBetween, instantOf, weekdayHourReader } from './time-buckets.js';

const iso = (date: Date) => date.toISOString();

describe('calendar buckets in a time zone', () => {
  it('starts days at local midnight (Asia/Shanghai is UTC+8 all year)', () => {
    const days = bucketsBetween(new Date('2026-03-01T00:00:00+08:00'), new Date('2026-03-03T00:00:00+08:00'), 'DAY', 'Asia/Shanghai');
    expect(days.map((d) => [d.label, iso(d.start), iso(d.end)])).toEqual([
      ['2026-03-01', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
      ['2026-03-02', '2026-03-01T16:00:00.000Z', '2026-03-02T16:00:00.000Z'],
    ]);
  });

  it('gives the daylight-saving days of America/New_York 23 and 25 hours', () => {
    const spring = bucketsBetween(new Date('2026-03-08T05:00:00Z'), new Date('2026-03-09T04:00:00Z'), 'DAY', 'America/New_York');
    expect(spring).toHaveLength(1);
    expect((spring[0].end.getTime() - spring[0].start.getTime()) / 3_600_000).toBe(23);
    const autumn = bucketsBetween(new Date('2026-11-01T04:00:00Z'), new Date('2026-11-02T05:00:00Z'), 'DAY', 'America/New_York');
    expect(autumn).toHaveLength(1);
    expect((autumn[0].end.getTime() - autumn[0].start.getTime()) / 3_600_000).toBe(25);
    expect(iso(autumn[0].start)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(autumn[0].end)).toBe('2026-11-02T05:00:00.000Z');
  });

  it('starts weeks on Monday and months on the first, locally', () => {
    // Wednesday 4 March 2026 in Shanghai: its week starts Monday 2 March.
    const weeks = bucketsBetween(new Date('2026-03-04T12:00:00+08:00'), new Date('2026-03-10T00:00:00+08:00'), 'WEEK', 'Asia/Shanghai');
    expect(weeks.map((w) => w.label)).toEqual(['2026-03-02', '2026-03-09']);
    expect(iso(weeks[0].start)).toBe('2026-03-01T16:00:00.000Z');
    // New York's March has 31 days of 24 hours but one of 23: 743 hours.
    const [march] = bucketsBetween(new Date('2026-03-15T12:00:00Z'), new Date('2026-03-20T00:00:00Z'), 'MONTH', 'America/New_York');
    expect([march.label, iso(march.start), iso(march.end)]).toEqual(['2026-03-01', '2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z']);
    expect((march.end.getTime() - march.start.getTime()) / 3_600_000).toBe(743);
  });

  it('finds the bucket of an instant, and none outside', () => {
    const days = bucketsBetween(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-04T00:00:00Z'), 'DAY', 'UTC');
    expect(bucketIndex(days, Date.parse('2026-03-02T23:59:59.999Z'))).toBe(1);
    expect(bucketIndex(days, Date.parse('2026-03-03T00:00:00Z'))).toBe(2);
    expect(bucketIndex(days, Date.parse('2026-02-28T23:59:59Z'))).toBe(-1);
    expect(bucketIndex(days, Date.parse('2026-03-04T00:00:00Z'))).toBe(-1);
  });

  it('resolves a midnight skipped by daylight saving to the first instant after it', () => {
    // Santiago moves clocks from 24:00 to 01:00 on 6 September 2026: that midnight never happens.
    const start = instantOf('America/Santiago', 2026, 9, 6);
    expect(iso(start)).toBe('2026-09-06T04:00:00.000Z');
  });

  it('reads local weekday and hour across a daylight-saving change', () => {
    const read = weekdayHourReader('America/New_York');
    expect(read(Date.parse('2026-11-01T05:30:00Z'))).toEqual({ weekday: 7, hour: 1 }); // first 01:30, EDT
    expect(read(Date.parse('2026-11-01T06:30:00Z'))).toEqual({ weekday: 7, hour: 1 }); // second 01:30, EST
    expect(read(Date.parse('2026-11-02T14:00:00Z'))).toEqual({ weekday: 1, hour: 9 });
  });
});
