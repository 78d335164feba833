import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ConversationFilter, ConversationStatus, Priority } from '../../../graphql/generated/graphql';

export type InboxTab = 'mine' | 'unassigned' | 'all';

export const STATUSES: readonly ConversationStatus[] = ['PENDING', 'IN_PROGRESS', 'TRANSFERRED', 'COMPLETED'];
export const PRIORITIES: readonly Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
const TABS: readonly InboxTab[] = ['mine', 'unassigned', 'all'];

export interface InboxFilterState {
  tab: InboxTab;
  status: ConversationStatus[];
  priority: Priority[];
  tagIds: string[];
  teamId: string;
  /** `YYYY-MM-DD`, or empty. */
  from: string;
  to: string;
  query: string;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const DAY_MS = 86_400_000;

/** The start of a local calendar day, as the API's UTC time. */
function dayStart(day: string, plusDays = 0): string | undefined {
  const time = new Date(`${day}T00:00:00`).getTime();
  return Number.isNaN(time) ? undefined : new Date(time + plusDays * DAY_MS).toISOString();
}

function parse(params: URLSearchParams): InboxFilterState {
  const tab = params.get('tab') as InboxTab | null;
  return {
    tab: tab && TABS.includes(tab) ? tab : 'all',
    status: list(params.get('status')).filter((s): s is ConversationStatus => STATUSES.includes(s as ConversationStatus)),
    priority: list(params.get('priority')).filter((p): p is Priority => PRIORITIES.includes(p as Priority)),
    tagIds: list(params.get('tags')),
    teamId: params.get('team') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    query: params.get('q') ?? '',
  };
}

/** The API filter of a state: the tab picks mine / unassigned, the dates cover whole local days. */
export function toFilter(state: InboxFilterState): ConversationFilter {
  return {
    ...(state.tab === 'mine' ? { mine: true } : state.tab === 'unassigned' ? { unassigned: true } : {}),
    ...(state.status.length ? { status: state.status } : {}),
    ...(state.priority.length ? { priority: state.priority } : {}),
    ...(state.tagIds.length ? { tagIds: state.tagIds } : {}),
    ...(state.teamId ? { teamId: state.teamId } : {}),
    ...(state.from ? { from: dayStart(state.from) } : {}),
    ...(state.to ? { to: dayStart(state.to, 1) } : {}),
    ...(state.query.trim() ? { query: state.query.trim() } : {}),
  };
}

const KEYS: Record<keyof InboxFilterState, string> = {
  tab: 'tab',
  status: 'status',
  priority: 'priority',
  tagIds: 'tags',
  teamId: 'team',
  from: 'from',
  to: 'to',
  query: 'q',
};

/** The inbox's tab and filters, kept in the address so a reload, a link or "back" shows the same list. */
export function useInboxFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the search string is the identity of the params.
  const state = useMemo(() => parse(params), [search]);

  const set = useCallback(
    (patch: Partial<InboxFilterState>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch) as Array<[keyof InboxFilterState, InboxFilterState[keyof InboxFilterState]]>) {
            const text = Array.isArray(value) ? value.join(',') : value;
            if (text && !(key === 'tab' && text === 'all')) next.set(KEYS[key], text);
            else next.delete(KEYS[key]);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(state.tab === 'all' ? {} : { tab: state.tab }, { replace: true }), [setParams, state.tab]);

  const activeCount =
    (state.status.length ? 1 : 0) +
    (state.priority.length ? 1 : 0) +
    (state.tagIds.length ? 1 : 0) +
    (state.teamId ? 1 : 0) +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.query ? 1 : 0);

  return { state, set, clear, activeCount, search };
}
