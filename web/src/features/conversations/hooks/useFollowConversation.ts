import { useConversationEvents } from './useConversationEvents';
import { useLiveRefresh } from './useLiveRefresh';

/**
 * Keeps an open conversation current: its thread catches up when an event says there is a newer message,
 * and its viewer-dependent fields (what the viewer may do now) are read again after each change.
 */
export function useFollowConversation(conversationId: string, refetch: () => void, syncTo: (lastMessageAt: string | null) => void): void {
  useLiveRefresh(refetch, (event) => event.type === 'resync' || event.conversation.id === conversationId);
  useConversationEvents((event) => {
    if (event.type === 'changed' && event.conversation.id === conversationId) syncTo(event.conversation.lastMessageAt);
  });
}
