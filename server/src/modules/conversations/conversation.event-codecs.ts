import type { EntityManager } from '@mikro-orm/core';
import type { PubSub } from '../../realtime/pubsub.js';
import { Message } from '../messages/message.entity.js';
import { Conversation } from './conversation.entity.js';
import { type ConversationChangedEvent, type MessageAddedEvent, TOPIC } from './conversation.events.js';
import { PUBLISHED_RELATIONS } from './conversation.service.js';

interface MessageAddedWire {
  conversationId: string;
  customerId: string;
  internal: boolean;
  messageId: string;
}

interface ConversationChangedWire {
  conversationId: string;
  customerId: string;
}

/**
 * How the conversation events cross server processes: entities cannot, so the wire carries their ids and the
 * facts subscriptions filter on, and a receiving process loads the entity once per event (with what
 * subscribers resolve) in a fresh EntityManager, however many of its sockets receive it. `em` is the root
 * EntityManager; each event gets its own fork.
 */
export function registerConversationCodecs(pubsub: PubSub, em: EntityManager): void {
  pubsub.register<MessageAddedEvent, MessageAddedWire>(TOPIC.messageAdded, {
    encode: ({ conversationId, customerId, internal, message }) => ({ conversationId, customerId, internal, messageId: message.id }),
    decode: async ({ messageId, ...facts }) => {
      const message = await em.fork().findOne(Message, { id: messageId }, { populate: ['author', 'conversation'] });
      return message ? { ...facts, message } : null;
    },
  });
  pubsub.register<ConversationChangedEvent, ConversationChangedWire>(TOPIC.conversationChanged, {
    encode: ({ conversationId, customerId }) => ({ conversationId, customerId }),
    decode: async (wire) => {
      const conversation = await em.fork().findOne(Conversation, { id: wire.conversationId }, { populate: PUBLISHED_RELATIONS });
      return conversation ? { ...wire, conversation } : null;
    },
  });
}
