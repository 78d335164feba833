import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { ConversationThreadDocument, MessageAddedDocument } from '../../../graphql/generated/graphql';
import { lastPublicAt, type Message, mergeMessages } from '../model/thread';
import { useSocketReconnect } from './useSocketReconnect';

/** Messages per request while reading a thread. */
const PAGE_SIZE = 100;
/** After a (re)connection, read once more this much later: the server starts listening a moment after it acknowledges. */
const SETTLE_MS = 1500;

interface State {
  messages: readonly Message[];
  loaded: boolean;
  error: ApiError | null;
}

type Action = { type: 'add'; messages: readonly Message[] } | { type: 'loaded' } | { type: 'failed'; error: ApiError | null };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add': {
      const messages = mergeMessages(state.messages, action.messages);
      return messages === state.messages ? state : { ...state, messages };
    }
    case 'loaded':
      return state.loaded && !state.error ? state : { ...state, loaded: true, error: null };
    case 'failed':
      return { ...state, error: action.error };
  }
}

export interface ConversationStream {
  /** Every message so far, oldest first, each once. */
  messages: readonly Message[];
  /** The whole history has been read once. */
  loaded: boolean;
  error: ApiError | null;
  /** Reads what came after the last page read (a retry after an error, or when an event says there is more). */
  catchUp(): Promise<void>;
  /** Adds a message known otherwise (the answer to a send). */
  add(message: Message): void;
  /** Catches up when `lastMessageAt` (from a conversation event) is newer than the newest message shown. */
  syncTo(lastMessageAt: string | null | undefined): void;
}

/**
 * The live thread of one conversation: its history read page by page (oldest first, as the API serves it),
 * new messages from `messageAdded`, and after every WebSocket (re)connection a read from the last cursor, so
 * nothing said while the socket was down is lost. Every source is merged by message id: nothing shows twice.
 * Mount it with `key={conversationId}`.
 */
export function useConversationStream(conversationId: string): ConversationStream {
  const client = useApolloClient();
  const [state, dispatch] = useReducer(reducer, { messages: [], loaded: false, error: null });
  const cursor = useRef<string | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const messagesRef = useRef(state.messages);
  useEffect(() => {
    messagesRef.current = state.messages;
  }, [state.messages]);

  const readOnce = useCallback(async () => {
    for (;;) {
      const { data } = await client.query({
        query: ConversationThreadDocument,
        variables: { id: conversationId, first: PAGE_SIZE, after: cursor.current },
        fetchPolicy: 'no-cache',
      });
      const page = data?.conversation?.messages;
      if (!page) throw new Error('conversation not found');
      dispatch({ type: 'add', messages: page.edges.map((edge) => edge.node) });
      if (page.pageInfo.endCursor) cursor.current = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) return;
    }
  }, [client, conversationId]);

  /** One read at a time; a request during a read runs once more after it (it may have started too early). */
  const catchUp = useCallback(async (): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      try {
        do {
          again.current = false;
          await readOnce();
        } while (again.current);
        dispatch({ type: 'loaded' });
      } catch (error) {
        dispatch({ type: 'failed', error: apiErrorOf(error) });
      } finally {
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, [readOnce]);

  useSubscription(MessageAddedDocument, {
    variables: { conversationId },
    onData: ({ data }) => {
      const message = data.data?.messageAdded;
      if (message) dispatch({ type: 'add', messages: [message] });
    },
  });

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = useCallback(() => {
    void catchUp();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void catchUp(), SETTLE_MS);
  }, [catchUp]);
  useSocketReconnect(settle);

  useEffect(() => {
    settle();
    return () => clearTimeout(timer.current);
  }, [settle]);

  const add = useCallback((message: Message) => dispatch({ type: 'add', messages: [message] }), []);
  const syncTo = useCallback(
    (lastMessageAt: string | null | undefined) => {
      if (lastMessageAt && Date.parse(lastMessageAt) > lastPublicAt(messagesRef.current)) void catchUp();
    },
    [catchUp],
  );

  return { messages: state.messages, loaded: state.loaded, error: state.error, catchUp, add, syncTo };
}
