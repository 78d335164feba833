import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { type ConversationViewerFieldsFragment, StartConversationDocument } from '../../../graphql/generated/graphql';
import { newClientMessageId } from '../../conversations/model/clientMessageId';

export interface StartConversation {
  start(subject: string, body: string): Promise<ConversationViewerFieldsFragment | null>;
  starting: boolean;
  error: ApiError | null;
}

/**
 * Starts a consultation. The idempotency key lives until a start succeeds: submitting again after a failure
 * (whose answer may have been lost) returns the conversation already started instead of a second one.
 */
export function useStartConversation(): StartConversation {
  const [startConversation, { loading }] = useMutation(StartConversationDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const key = useRef<string | null>(null);

  const start = useCallback(
    async (subject: string, body: string) => {
      setError(null);
      key.current ??= newClientMessageId();
      try {
        const { data } = await startConversation({ variables: { input: { subject, body, clientMessageId: key.current } } });
        key.current = null;
        return data?.startConversation ?? null;
      } catch (caught) {
        setError(apiErrorOf(caught));
        return null;
      }
    },
    [startConversation],
  );

  return { start, starting: loading, error };
}
