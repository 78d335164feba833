import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InboxMessageSearchDocument } from '../../../graphql/generated/graphql';
import { useLiveRefresh } from '../../conversations/hooks/useLiveRefresh';
import { type InboxFilterState, toFilter } from './useInboxFilters';

export interface MatchingSnippet {
  html: string;
  internal: boolean;
}

/** With a keyword: the best matching message of each listed conversation, to show why it matched. */
export function useMatchingSnippets(state: InboxFilterState): ReadonlyMap<string, MatchingSnippet> {
  const query = state.query.trim();
  const filter = useMemo(() => ({ ...toFilter(state), query: undefined }), [state]);
  const { data, refetch } = useQuery(InboxMessageSearchDocument, { variables: { query, filter, first: 50 }, skip: !query });
  // New messages may match too: read again with the list.
  useLiveRefresh(() => {
    if (query) refetch().catch(() => {});
  });
  return useMemo(() => {
    const best = new Map<string, MatchingSnippet>();
    // Hits come best first: the first one of a conversation is its best.
    for (const { node } of data?.searchMessages.edges ?? []) {
      if (!best.has(node.conversation.id)) best.set(node.conversation.id, { html: node.snippet, internal: node.message.internal });
    }
    return best;
  }, [data]);
}
