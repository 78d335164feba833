import { createContext } from 'react';
import type { ConversationLiveFieldsFragment } from '../../../graphql/generated/graphql';

/**
 * `changed`: a conversation the viewer may see changed (the cache already holds the new fields).
 * `resync`: the WebSocket (re)connected; whatever happened meanwhile must be read again.
 */
export type ConversationEvent = { type: 'changed'; conversation: ConversationLiveFieldsFragment } | { type: 'resync' };

export type ConversationEventListener = (event: ConversationEvent) => void;

export interface ConversationEvents {
  listen(listener: ConversationEventListener): () => void;
}

export const ConversationEventsContext = createContext<ConversationEvents | null>(null);
