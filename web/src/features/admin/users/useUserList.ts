import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { type AdminUserFieldsFragment, AdminUsersDocument, type UserFilter } from '../../../graphql/generated/graphql';
import { appendPage } from '../../conversations/model/connection';

export type AdminUser = AdminUserFieldsFragment;

export const USERS_PAGE_SIZE = 25;

export interface UserList {
  users: AdminUser[];
  total: number;
  hasMore: boolean;
  /** Nothing to show yet. */
  loading: boolean;
  /** A new search or filter is on its way; the previous rows stay on screen meanwhile. */
  refreshing: boolean;
  error: ApiError | null;
  loadingMore: boolean;
  loadMoreError: ApiError | null;
  loadMore(): void;
  reload(): void;
}

/** People matching the filter, by name, a page at a time ("load more" appends the next page). */
export function useUserList(filter: UserFilter): UserList {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(AdminUsersDocument, {
    variables: { filter, first: USERS_PAGE_SIZE },
  });
  const shown = data ?? previousData;
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null);

  const loadMore = useCallback(() => {
    const after = data?.users.pageInfo.endCursor;
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        users: { ...fetchMoreResult.users, edges: appendPage(previous.users.edges, fetchMoreResult.users.edges) },
      }),
    })
      .catch((caught: unknown) => setLoadMoreError(apiErrorOf(caught)))
      .finally(() => setLoadingMore(false));
  }, [data, fetchMore, loadingMore]);

  return {
    users: shown?.users.edges.map((edge) => edge.node) ?? [],
    total: shown?.users.totalCount ?? 0,
    hasMore: !!data?.users.pageInfo.hasNextPage,
    loading: !shown && loading,
    refreshing: !data && !!shown && loading,
    error: shown ? null : apiErrorOf(error),
    loadingMore,
    loadMoreError,
    loadMore,
    reload: () => void refetch(),
  };
}
