import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { RenderReplyTemplateDocument, ReplyTemplatesDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

/** Templates matching a search (title words, or `/shortcut`), the most used first; skipped while `query` is null. */
export function useReplyTemplates(query: string | null) {
  const debounced = useDebouncedValue(query, 150);
  const { data, loading, error } = useQuery(ReplyTemplatesDocument, {
    variables: { query: debounced || null, first: 8 },
    skip: debounced === null,
  });
  return { templates: data?.replyTemplates.edges.map((edge) => edge.node) ?? [], loading, error: apiErrorOf(error) };
}

/** Fills a template's variables for a conversation, on the server (`renderReplyTemplate`). */
export function useRenderTemplate(conversationId: string) {
  const client = useApolloClient();
  return useCallback(
    async (templateId: string): Promise<{ text: string } | { error: ApiError | null }> => {
      try {
        const { data } = await client.query({
          query: RenderReplyTemplateDocument,
          variables: { templateId, conversationId },
          fetchPolicy: 'network-only',
        });
        return data ? { text: data.renderReplyTemplate } : { error: null };
      } catch (error) {
        return { error: apiErrorOf(error) };
      }
    },
    [client, conversationId],
  );
}
