import { useSubscription } from '@apollo/client/react';
import { type ReactNode, useMemo, useRef } from 'react';
import { ConversationChangedDocument } from '../../../graphql/generated/graphql';
import { type ConversationEventListener, type ConversationEvents, ConversationEventsContext } from '../hooks/conversationEvents';
import { useSocketReconnect } from '../hooks/useSocketReconnect';

/**
 * One `conversationChanged` subscription for an area (the portal, the agent workspace): Apollo writes each
 * change into the cache, and the pages below hear about it to refresh lists, counts and markers.
 */
export function ConversationEventsProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<ConversationEventListener>());
  const emit: ConversationEventListener = (event) => {
    for (const listener of listeners.current) listener(event);
  };

  useSubscription(ConversationChangedDocument, {
    onData: ({ data }) => {
      const conversation = data.data?.conversationChanged;
      if (conversation) emit({ type: 'changed', conversation });
    },
  });
  useSocketReconnect(() => emit({ type: 'resync' }));

  const events = useMemo<ConversationEvents>(
    () => ({
      listen(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [],
  );
  return <ConversationEventsContext.Provider value={events}>{children}</ConversationEventsContext.Provider>;
}
