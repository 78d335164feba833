/** The record's JSON detail, indented for reading; as stored when it is not JSON; null when there is none. */
export function prettyDetail(detail: string | null | undefined): string | null {
  if (!detail) return null;
  try {
    return JSON.stringify(JSON.parse(detail), null, 2);
  } catch {
    return detail;
  }
}
