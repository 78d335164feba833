import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { from, mergeMap, throwError } from 'rxjs';
import { GRAPHQL_PATH, graphqlWebSocketUrl, MIN_TOKEN_VALIDITY_MS, PREFLIGHT_HEADERS } from './config';
import { isUnauthenticated } from './errors';
import { freshSession, refreshSession } from './refresh';
import { sessionStore } from './sessionStore';

/**
 * Operations whose UNAUTHENTICATED answer is final (a wrong password, an ended session): no refresh-and-retry.
 * The server runs them as anonymous when it refuses the bearer token, so sending one never blocks them.
 */
const NO_RETRY_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession', 'RequestPasswordReset', 'ResetPassword', 'Logout']);

/** Adds `Authorization: Bearer …`, refreshing first when the token is about to expire. */
const authLink = new SetContextLink(async (previous) => {
  const headers: Record<string, string> = { ...(previous.headers as Record<string, string> | undefined), ...PREFLIGHT_HEADERS };
  const session = await freshSession(MIN_TOKEN_VALIDITY_MS);
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  else delete headers.authorization;
  return { headers };
});

/** On UNAUTHENTICATED for a signed-in request: refresh once (shared with concurrent callers) and retry. */
const retryOnUnauthenticatedLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error)) return;
  const context = operation.getContext();
  const headers = context.headers as Record<string, string> | undefined;
  if (context.authRetried || !headers?.authorization || NO_RETRY_OPERATIONS.has(operation.operationName ?? '')) return;
  operation.setContext({ authRetried: true });
  return from(refreshSession().catch(() => null)).pipe(
    mergeMap((session) => {
      if (!session) return throwError(() => error);
      return forward(operation);
    }),
  );
});

const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });

/** graphql-ws client: connects on the first subscription; the token is read at each (re)connection. */
export const wsClient: WsClient = createClient({
  url: () => graphqlWebSocketUrl(),
  lazy: true,
  retryAttempts: 20,
  shouldRetry: () => true,
  connectionParams: async () => {
    const session = await freshSession(MIN_TOKEN_VALIDITY_MS);
    return session ? { authorization: `Bearer ${session.accessToken}` } : {};
  },
});

const wsLink = new GraphQLWsLink(wsClient);

const transportLink = ApolloLink.split((operation) => operation.operationType === 'subscription', wsLink, httpLink);

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([retryOnUnauthenticatedLink, authLink, transportLink]),
  cache: new InMemoryCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});

let currentUserId: string | null = sessionStore.get()?.user.id ?? null;

/**
 * When the signed-in person changes (sign-in, sign-out, another account), drop cached data and
 * reconnect the WebSocket so subscriptions run as the new identity.
 */
sessionStore.subscribe(() => {
  const userId = sessionStore.get()?.user.id ?? null;
  if (userId === currentUserId) return;
  currentUserId = userId;
  wsClient.terminate();
  void apolloClient.clearStore();
});
