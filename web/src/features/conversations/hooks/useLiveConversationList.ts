import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { appendPage, refreshSize } from '../model/connection';
import { useLiveRefresh } from './useLiveRefresh';

interface ListData {
  conversations: {
    edges: ReadonlyArray<{ node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
}

interface ListVariables extends OperationVariables {
  first?: number | null;
  after?: string | null;
}

export interface LiveConversationList<TData> {
  data: TData | undefined;
  /** The first page is on its way (nothing to show yet). */
  loading: boolean;
  error: ApiError | null;
  loadingMore: boolean;
  loadMoreError: ApiError | null;
  loadMore(): void;
  reload(): void;
}

/**
 * A list of conversations that stays live: cursor pages ("load more") appended without repeats, and after
 * each conversation event a re-read of what is on screen, written back in place of the list.
 */
export function useLiveConversationList<TData extends ListData, TVariables extends ListVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  pageSize: number,
): LiveConversationList<TData> {
  const client = useApolloClient();
  const query = useQuery(document, { variables } as never) as unknown as useQuery.Result<TData, TVariables>;
  const { fetchMore, refetch } = query;
  // Complete results only (no partial data is asked for).
  const data = query.data as TData | undefined;
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null);
  const loaded = useRef(0);
  useEffect(() => {
    loaded.current = data?.conversations.edges.length ?? 0;
  }, [data]);

  const refresh = useCallback(async () => {
    try {
      const fresh = await client.query({
        query: document,
        variables: { ...variables, first: refreshSize(loaded.current, pageSize), after: null },
        fetchPolicy: 'no-cache',
      });
      if (fresh.data) client.cache.writeQuery({ query: document, variables, data: fresh.data });
    } catch {
      // The next event, or the next reconnect, tries again.
    }
  }, [client, document, variables, pageSize]);
  useLiveRefresh(() => void refresh());

  const loadMore = useCallback(() => {
    const endCursor = data?.conversations.pageInfo.endCursor;
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    fetchMore({
      variables: { after: endCursor } as Partial<TVariables>,
      updateQuery: (previous, { fetchMoreResult }) =>
        ({
          ...fetchMoreResult,
          conversations: {
            ...fetchMoreResult.conversations,
            edges: appendPage(previous.conversations.edges, fetchMoreResult.conversations.edges),
          },
        }) as typeof previous,
    })
      .catch((error: unknown) => setLoadMoreError(apiErrorOf(error)))
      .finally(() => setLoadingMore(false));
  }, [data, fetchMore, loadingMore]);

  return {
    data,
    loading: !data && query.loading,
    error: data ? null : apiErrorOf(query.error),
    loadingMore,
    loadMoreError,
    loadMore,
    reload: () => void refetch(),
  };
}
