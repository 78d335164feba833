import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import {
  ConversationThreadDocument,
  type ConversationThreadQueryVariables,
  MessageAddedDocument,
} from '../../../graphql/generated/graphql';
import { lastPublicAt, type Message, mergeMessages } from '../model/thread';
import { useSocketReconnect } from './useSocketReconnect';

/** Messages read when a thread opens (its latest), and by each "earlier" request. */
export const THREAD_PAGE_SIZE = 50;
/** Messages per request while catching up with what came after the newest message read. */
const CATCH_UP_SIZE = 100;
/** After a (re)connection, read once more this much later: the server starts listening a moment after it acknowledges. */
const SETTLE_MS = 1500;

interface State {
  messages: readonly Message[];
  loaded: boolean;
  error: ApiError | null;
  /** The server has messages before the oldest one read. */
  hasEarlier: boolean;
  /** How many messages the thread had at the last read (what the viewer may see). */
  total: number;
  loadingEarlier: boolean;
  earlierError: ApiError | null;
}

type Action =
  | { type: 'add'; messages: readonly Message[] }
  | { type: 'page'; messages: readonly Message[]; total: number; hasEarlier?: boolean }
  | { type: 'loaded' }
  | { type: 'failed'; error: ApiError | null }
  | { type: 'earlier'; state: 'loading' | 'done' }
  | { type: 'earlierFailed'; error: ApiError | null };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add': {
      const messages = mergeMessages(state.messages, action.messages);
      return messages === state.messages ? state : { ...state, messages };
    }
    case 'page':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.messages),
        total: action.total,
        hasEarlier: action.hasEarlier ?? state.hasEarlier,
      };
    case 'loaded':
      return state.loaded && !state.error ? state : { ...state, loaded: true, error: null };
    case 'failed':
      return { ...state, error: action.error };
    case 'earlier':
      return { ...state, loadingEarlier: action.state === 'loading', earlierError: action.state === 'loading' ? null : state.earlierError };
    case 'earlierFailed':
      return { ...state, loadingEarlier: false, earlierError: action.error };
  }
}

export interface ConversationStream {
  /** The messages read so far, oldest first, each once: the latest page, earlier pages on request, and everything since. */
  messages: readonly Message[];
  /** The latest page has been read. */
  loaded: boolean;
  error: ApiError | null;
  /** There are messages before the oldest one shown. */
  hasEarlier: boolean;
  /** How many of them, as far as the last read knows (0 when it cannot tell). */
  earlierCount: number;
  loadingEarlier: boolean;
  earlierError: ApiError | null;
  /** Reads the page of messages before the oldest one shown. */
  loadEarlier(): Promise<void>;
  /** Reads what came after the newest message read (a retry after an error, or when an event says there is more). */
  catchUp(): Promise<void>;
  /** Adds a message known otherwise (the answer to a send). */
  add(message: Message): void;
  /** Catches up when `lastMessageAt` (from a conversation event) is newer than the newest message shown. */
  syncTo(lastMessageAt: string | null | undefined): void;
}

/**
 * The live thread of one conversation. It opens at the latest page (`last`, read backward from the newest
 * end), reads earlier pages on request (`before` the oldest cursor), gets new messages from `messageAdded`,
 * and after every WebSocket (re)connection reads forward from the newest cursor (`after`), so nothing said
 * while the socket was down is lost. Every source is merged by message id: nothing shows twice, nothing is
 * skipped between pages. Mount it with `key={conversationId}`.
 */
export function useConversationStream(conversationId: string): ConversationStream {
  const client = useApolloClient();
  const [state, dispatch] = useReducer(reducer, {
    messages: [],
    loaded: false,
    error: null,
    hasEarlier: false,
    total: 0,
    loadingEarlier: false,
    earlierError: null,
  });
  /** The newest and the oldest message read by page: where catching up and "earlier" continue from. */
  const newest = useRef<string | null>(null);
  const oldest = useRef<string | null>(null);
  /** The latest page has been read: from then on, reads go forward from `newest`. */
  const opened = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const earlierRunning = useRef(false);
  const messagesRef = useRef(state.messages);
  useEffect(() => {
    messagesRef.current = state.messages;
  }, [state.messages]);

  const readPage = useCallback(
    async (page: Omit<ConversationThreadQueryVariables, 'id'>) => {
      const { data } = await client.query({
        query: ConversationThreadDocument,
        variables: { id: conversationId, ...page },
        fetchPolicy: 'no-cache',
      });
      const messages = data?.conversation?.messages;
      if (!messages) throw new Error('conversation not found');
      return messages;
    },
    [client, conversationId],
  );

  const readOnce = useCallback(async () => {
    if (!opened.current) {
      const page = await readPage({ last: THREAD_PAGE_SIZE });
      dispatch({
        type: 'page',
        messages: page.edges.map((edge) => edge.node),
        total: page.totalCount,
        hasEarlier: page.pageInfo.hasPreviousPage,
      });
      oldest.current = page.pageInfo.startCursor;
      newest.current = page.pageInfo.endCursor;
      opened.current = true;
      return;
    }
    for (;;) {
      const page = await readPage({ first: CATCH_UP_SIZE, after: newest.current });
      dispatch({ type: 'page', messages: page.edges.map((edge) => edge.node), total: page.totalCount });
      if (page.pageInfo.endCursor) newest.current = page.pageInfo.endCursor;
      // A thread that was empty when it opened has no oldest cursor yet: its first message is the oldest.
      if (!oldest.current && page.pageInfo.startCursor) oldest.current = page.pageInfo.startCursor;
      if (!page.pageInfo.hasNextPage) return;
    }
  }, [readPage]);

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

  const loadEarlier = useCallback(async () => {
    if (earlierRunning.current || !oldest.current) return;
    earlierRunning.current = true;
    dispatch({ type: 'earlier', state: 'loading' });
    try {
      const page = await readPage({ last: THREAD_PAGE_SIZE, before: oldest.current });
      dispatch({
        type: 'page',
        messages: page.edges.map((edge) => edge.node),
        total: page.totalCount,
        hasEarlier: page.pageInfo.hasPreviousPage,
      });
      if (page.pageInfo.startCursor) oldest.current = page.pageInfo.startCursor;
      dispatch({ type: 'earlier', state: 'done' });
    } catch (error) {
      dispatch({ type: 'earlierFailed', error: apiErrorOf(error) });
    } finally {
      earlierRunning.current = false;
    }
  }, [readPage]);

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

  return {
    messages: state.messages,
    loaded: state.loaded,
    error: state.error,
    hasEarlier: state.hasEarlier,
    earlierCount: state.hasEarlier ? Math.max(0, state.total - state.messages.length) : 0,
    loadingEarlier: state.loadingEarlier,
    earlierError: state.earlierError,
    loadEarlier,
    catchUp,
    add,
    syncTo,
  };
}
