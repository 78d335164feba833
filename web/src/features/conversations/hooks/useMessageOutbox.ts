import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { SendMessageDocument } from '../../../graphql/generated/graphql';
import { newClientMessageId } from '../model/clientMessageId';
import type { Message, PendingMessage } from '../model/thread';

export interface OutgoingMessage {
  body: string;
  internal?: boolean;
  templateId?: string | null;
}

export interface MessageOutbox {
  /** The viewer's messages not confirmed yet: sending, or failed (with the reason of the last failure). */
  pending: readonly PendingMessage[];
  errors: ReadonlyMap<string, ApiError | null>;
  send(message: OutgoingMessage): void;
  /** Sends a failed message again with the same clientMessageId: the server stores it at most once. */
  retry(clientMessageId: string): void;
  /** Gives up on a failed message. */
  discard(clientMessageId: string): void;
}

/**
 * Sending with delivery states. Each message gets its idempotency key once, when it is written; a retry
 * reuses it, so a send whose answer was lost (the server did store it) is not stored twice.
 */
export function useMessageOutbox(conversationId: string, onSent: (message: Message) => void): MessageOutbox {
  const [sendMessage] = useMutation(SendMessageDocument);
  const [pending, setPending] = useState<readonly PendingMessage[]>([]);
  const [errors, setErrors] = useState<ReadonlyMap<string, ApiError | null>>(new Map());
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const deliver = useCallback(
    async (item: PendingMessage) => {
      const { clientMessageId } = item;
      setPending((list) => list.map((entry) => (entry.clientMessageId === clientMessageId ? { ...entry, state: 'sending' } : entry)));
      try {
        const { data } = await sendMessage({
          variables: {
            input: { conversationId, body: item.body, internal: item.internal, clientMessageId, templateId: item.templateId },
          },
        });
        if (data) onSent(data.sendMessage);
        setPending((list) => list.filter((entry) => entry.clientMessageId !== clientMessageId));
      } catch (error) {
        setPending((list) => list.map((entry) => (entry.clientMessageId === clientMessageId ? { ...entry, state: 'failed' } : entry)));
        setErrors((map) => new Map(map).set(clientMessageId, apiErrorOf(error)));
      }
    },
    [conversationId, onSent, sendMessage],
  );

  const send = useCallback(
    (message: OutgoingMessage) => {
      const item: PendingMessage = {
        clientMessageId: newClientMessageId(),
        body: message.body,
        internal: message.internal ?? false,
        templateId: message.templateId ?? null,
        createdAt: new Date().toISOString(),
        state: 'sending',
      };
      setPending((list) => [...list, item]);
      void deliver(item);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const item = pendingRef.current.find((entry) => entry.clientMessageId === clientMessageId);
      if (item && item.state === 'failed') void deliver(item);
    },
    [deliver],
  );

  const discard = useCallback((clientMessageId: string) => {
    setPending((list) => list.filter((entry) => entry.clientMessageId !== clientMessageId));
  }, []);

  return { pending, errors, send, retry, discard };
}
