import { useContext, useEffect, useRef } from 'react';
import { type ConversationEventListener, ConversationEventsContext } from './conversationEvents';

/** Listens to the live conversation events of the surrounding <ConversationEventsProvider>. */
export function useConversationEvents(listener: ConversationEventListener): void {
  const events = useContext(ConversationEventsContext);
  if (!events) throw new Error('useConversationEvents must be used inside <ConversationEventsProvider>');
  const current = useRef(listener);
  useEffect(() => {
    current.current = listener;
  });
  useEffect(() => events.listen((event) => current.current(event)), [events]);
}
