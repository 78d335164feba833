import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { AuditLogsDocument, type AuditLogsQuery } from '../../../graphql/generated/graphql';
import type { AuditRecord } from './AuditLogTable';

/** How far back to look, in pages of 100: the API has no lookup by id, so the newest 2,000 records are read. */
const MAX_PAGES = 20;

/** Finds one record by id by reading the log from its newest record on; null when it is not among them. */
export function useFindAuditRecord(): (id: string) => Promise<AuditRecord | null> {
  const client = useApolloClient();
  return useCallback(
    async (id: string) => {
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: { data?: AuditLogsQuery } = await client.query({
          query: AuditLogsDocument,
          variables: { first: 100, after },
          fetchPolicy: 'no-cache',
        });
        const connection = result.data?.auditLogs;
        const found = connection?.edges.find((edge) => edge.node.id === id);
        if (found) return found.node;
        if (!connection?.pageInfo.hasNextPage) return null;
        after = connection.pageInfo.endCursor ?? null;
      }
      return null;
    },
    [client],
  );
}
