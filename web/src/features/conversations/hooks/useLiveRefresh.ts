import { useEffect, useRef } from 'react';
import type { ConversationEvent } from './conversationEvents';
import { useConversationEvents } from './useConversationEvents';

/** Events closer together than this are one refresh (a reply moves a conversation and its counts at once). */
const DEBOUNCE_MS = 250;

/**
 * Runs `refresh` shortly after live conversation events (and after a reconnect): lists re-read order,
 * membership, counts and unread markers over HTTP, which a single event cannot tell.
 */
export function useLiveRefresh(refresh: () => void, accept: (event: ConversationEvent) => boolean = () => true): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useConversationEvents((event) => {
    if (!accept(event)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, DEBOUNCE_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
}
