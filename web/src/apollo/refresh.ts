import refreshSessionOperation from '../features/auth/graphql/refreshSession.graphql?raw';
import sessionFields from '../features/auth/graphql/sessionFields.graphql?raw';
import type { RefreshSessionMutation } from '../graphql/generated/graphql';
import { type ApiError, apiErrorsOfBody } from './apiError';
import { GRAPHQL_PATH, PREFLIGHT_HEADERS, REFRESH_MARGIN_MS } from './config';
import { type Session, sessionStore } from './sessionStore';

/** Thrown when the server could not be asked (offline, 5xx): the session may still be fine. */
export class RefreshUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshUnavailableError';
  }
}

/**
 * The RefreshSession operation with the fragments it spreads, as written in the .graphql files (codegen types the
 * answer from the same files). Raw text rather than `print(RefreshSessionDocument)`: the generated module holds every
 * document of the app and the printer comes with graphql-js, both too heavy for the boot chunk (bundle budget).
 */
const REFRESH_QUERY = `${refreshSessionOperation}\n${sessionFields}`;

/**
 * How long to wait before presenting the cookie again after `ROTATED`: the request that won the rotation has
 * been answered by then, so the browser holds its newer cookie.
 */
const ROTATED_RETRY_DELAY_MS = 250;

type RefreshOutcome = { session: Session } | { unauthenticated: ApiError };

/** One refreshSession request with the httpOnly cookie. Rejects with RefreshUnavailableError when the server could not say. */
async function presentCookie(): Promise<RefreshOutcome> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...PREFLIGHT_HEADERS },
      // An empty refresh token makes the server use the httpOnly `ics_refresh` cookie.
      body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_QUERY, variables: { refreshToken: '' } }),
    });
  } catch (error) {
    throw new RefreshUnavailableError(error instanceof Error ? error.message : 'network error');
  }
  let body: { data?: RefreshSessionMutation | null };
  try {
    body = await response.json();
  } catch {
    throw new RefreshUnavailableError(`unexpected response (HTTP ${response.status})`);
  }
  if (body.data?.refreshSession) return { session: sessionStore.set(body.data.refreshSession) };
  const [error] = apiErrorsOfBody(body);
  if (error?.code === 'UNAUTHENTICATED') return { unauthenticated: error };
  throw new RefreshUnavailableError(error?.message ?? `HTTP ${response.status}`);
}

async function requestRefresh(): Promise<Session | null> {
  let outcome = await presentCookie();
  if ('unauthenticated' in outcome && outcome.unauthenticated.reason === 'ROTATED') {
    // Another tab (without Web Locks: a plain-http install) rotated the same token a moment ago. The session
    // is fine and the cookie jar now holds the newest token: present it once more.
    await new Promise((resolve) => setTimeout(resolve, ROTATED_RETRY_DELAY_MS));
    outcome = await presentCookie();
  }
  if ('session' in outcome) return outcome.session;
  // No cookie, or it was revoked or expired: the user has to sign in again.
  sessionStore.clear('expired');
  return null;
}

let inFlight: Promise<Session | null> | null = null;

/**
 * Renews the session from the refresh cookie. Single-flight: concurrent callers share one request.
 * Across tabs a Web Lock (where the browser has them: secure contexts) serialises refreshes, because the
 * refresh token rotates on every use: of two tabs presenting the same cookie at once only one wins, and the
 * other is told `ROTATED` and has to try again with the newer cookie (which requestRefresh does, once).
 * Resolves with the new session, or null when there is none; rejects with RefreshUnavailableError.
 */
export function refreshSession(): Promise<Session | null> {
  if (!inFlight) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const run = locks ? locks.request('ics-session-refresh', requestRefresh) : requestRefresh();
    inFlight = run.finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

/** A session whose token stays valid for at least `minValidityMs`, refreshing first when needed. */
export async function freshSession(minValidityMs: number): Promise<Session | null> {
  const current = sessionStore.get();
  if (!current || current.expiresAtMs - Date.now() > minValidityMs) return current;
  try {
    return await refreshSession();
  } catch {
    return sessionStore.get(); // offline: try with what we have; the server will say if it is too old
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  const session = sessionStore.get();
  if (!session) return;
  const delay = Math.max(5_000, session.expiresAtMs - Date.now() - REFRESH_MARGIN_MS);
  timer = setTimeout(() => {
    refreshSession().catch(() => {
      // Offline or the server is restarting: try again shortly while the token is still valid.
      clearTimeout(timer);
      timer = setTimeout(schedule, 15_000);
    });
  }, delay);
}

let started = false;

/** Keeps the token fresh in the background: shortly before expiry, and when a sleeping tab wakes up. */
export function startSilentRefresh(): void {
  if (started) return;
  started = true;
  sessionStore.subscribe(schedule);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    const session = sessionStore.get();
    if (session && session.expiresAtMs - Date.now() < REFRESH_MARGIN_MS) refreshSession().catch(() => {});
  });
  schedule();
}
