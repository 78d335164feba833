import { useMemo } from 'react';
import { InboxDocument, type InboxQueryVariables } from '../../../graphql/generated/graphql';
import { useLiveConversationList } from '../../conversations/hooks/useLiveConversationList';
import { type InboxFilterState, toFilter } from './useInboxFilters';

export const INBOX_PAGE_SIZE = 25;

/** The inbox under the current tab and filters: live, with its tab counts and "load more". */
export function useInbox(state: InboxFilterState) {
  const variables = useMemo<InboxQueryVariables>(() => ({ filter: toFilter(state), first: INBOX_PAGE_SIZE }), [state]);
  return useLiveConversationList(InboxDocument, variables, INBOX_PAGE_SIZE);
}
