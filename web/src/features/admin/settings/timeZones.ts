/** The IANA time zones this browser knows, UTC included (Chromium lists it under Etc/ only), sorted. */
export function supportedTimeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort();
}

const offsets = new Map<string, string>();

/** The zone's offset from UTC now, e.g. `GMT+8`, for the options of the time zone field. */
export function offsetOf(zone: string): string {
  let offset = offsets.get(zone);
  if (offset === undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date());
      offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    } catch {
      offset = '';
    }
    offsets.set(zone, offset);
  }
  return offset;
}
