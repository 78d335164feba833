import { useMemo } from 'react';
import type { MessageKind } from '../../../graphql/generated/graphql';
import { type ThreadItem, threadItems } from '../model/thread';
import { type ConversationStream, useConversationStream } from './useConversationStream';
import { type MessageOutbox, useMessageOutbox } from './useMessageOutbox';

export interface ThreadViewer {
  id: string;
  displayName: string;
  /** The kind of message the viewer writes. */
  kind: MessageKind;
}

export interface Thread {
  stream: ConversationStream;
  outbox: MessageOutbox;
  /** Stored messages and the viewer's unconfirmed ones, as shown. */
  items: ThreadItem[];
}

/** A conversation's live thread together with the viewer's outgoing messages. Mount with `key={conversationId}`. */
export function useThread(conversationId: string, viewer: ThreadViewer): Thread {
  const stream = useConversationStream(conversationId);
  const outbox = useMessageOutbox(conversationId, stream.add);
  const { id, displayName, kind } = viewer;
  const items = useMemo(
    () => threadItems(stream.messages, outbox.pending, { id, displayName, kind }),
    [stream.messages, outbox.pending, id, displayName, kind],
  );
  return { stream, outbox, items };
}
