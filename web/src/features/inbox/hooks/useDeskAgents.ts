import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { type DeskAgentFieldsFragment, DeskAgentsDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

export type DeskAgent = DeskAgentFieldsFragment;

/** Agents listed per search: enough to pick from without scrolling far; typing narrows it on the server. */
const LIST_SIZE = 50;

export interface DeskAgents {
  agents: DeskAgent[];
  /** Everyone matching the search, also those beyond the list. */
  total: number;
  /** Asking the server, or waiting for the typing to settle. */
  loading: boolean;
  error: ApiError | null;
}

/** Whether an agent already holds as many open conversations as they take. */
export function atCapacity(agent: Pick<DeskAgent, 'openConversations' | 'capacity'>): boolean {
  return agent.openConversations >= agent.capacity;
}

/**
 * Active agents whose name or email contains the search (the server matches, any case), by name, each with
 * their open load and capacity. Read afresh whenever a picker opens, so the load numbers are current.
 */
export function useDeskAgents(search: string, excludeId?: string | null): DeskAgents {
  const wanted = search.trim();
  const query = useDebouncedValue(wanted, 250);
  const { data, previousData, loading, error } = useQuery(DeskAgentsDocument, {
    variables: { query: query || null, first: LIST_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return useMemo(() => {
    const agents = (shown?.users.edges ?? []).map((edge) => edge.node).filter((agent) => agent.id !== excludeId);
    return { agents, total: shown?.users.totalCount ?? 0, loading: loading || query !== wanted, error: apiErrorOf(error) };
  }, [shown, excludeId, loading, query, wanted, error]);
}
