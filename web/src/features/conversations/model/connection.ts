interface Edge {
  node: { id: string };
}

/**
 * The edges of a list with the next page appended: rows can move between pages while the list is live (newest
 * activity first), so a conversation already shown is not shown again.
 */
export function appendPage<E extends Edge>(current: readonly E[], next: readonly E[]): E[] {
  const known = new Set(current.map((edge) => edge.node.id));
  return [...current, ...next.filter((edge) => !known.has(edge.node.id))];
}

/** How many rows a refresh reads again: what is on screen, within the API's page limit. */
export function refreshSize(loaded: number, pageSize: number): number {
  return Math.min(100, Math.max(pageSize, loaded));
}
