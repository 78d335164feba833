import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { MarkConversationReadDocument } from '../../../graphql/generated/graphql';

/**
 * Marks an open conversation read: when it is shown, whenever something new arrives while it is on screen,
 * and when the tab comes back into view (a message read in a hidden tab has not been read).
 */
export function useMarkRead(conversationId: string, lastMessageAt: string | null | undefined, enabled: boolean): void {
  const [markRead] = useMutation(MarkConversationReadDocument);
  // biome-ignore lint/correctness/useExhaustiveDependencies: lastMessageAt is the trigger, not an input.
  useEffect(() => {
    if (!enabled) return;
    const mark = () => {
      if (document.visibilityState === 'visible') markRead({ variables: { id: conversationId } }).catch(() => {});
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [conversationId, lastMessageAt, enabled, markRead]);
}
