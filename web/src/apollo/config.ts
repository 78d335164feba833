/** Where the GraphQL API lives: same origin as the app (the server serves both; Vite proxies it in development). */
export const GRAPHQL_PATH = '/graphql';

export function graphqlWebSocketUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

/** Sent with every request: Apollo Server's CSRF prevention accepts requests that carry it. */
export const PREFLIGHT_HEADERS = { 'apollo-require-preflight': 'true' } as const;

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;

/** A request about to leave with a token closer than this to expiry refreshes it first. */
export const MIN_TOKEN_VALIDITY_MS = 20_000;
