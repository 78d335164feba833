import { print } from 'graphql';
import { RefreshSessionDocument, type RefreshSessionMutation } from '../graphql/generated/graphql';
import { apiErrorsOfBody } from './apiError';
import { GRAPHQL_PATH, PREFLIGHT_HEADERS, REFRESH_MARGIN_MS } from './config';
import { type Session, sessionStore } from './sessionStore';

/** Thrown when the server could not be asked (offline, 5xx): the session may still be fine. */
export class RefreshUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshUnavailableError';
  }
}

const REFRESH_QUERY = print(RefreshSessionDocument);

async function requestRefresh(): Promise<Session | null> {
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
  if (body.data?.refreshSession) return sessionStore.set(body.data.refreshSession);
  const [error] = apiErrorsOfBody(body);
  if (error?.code === 'UNAUTHENTICATED') {
    // No cookie, or it was revoked or expired: the user has to sign in again.
    sessionStore.clear('expired');
    return null;
  }
  throw new RefreshUnavailableError(error?.message ?? `HTTP ${response.status}`);
}

let inFlight: Promise<Session | null> | null = null;

/**
 * Renews the session from the refresh cookie. Single-flight: concurrent callers share one request.
 * Across tabs a Web Lock serialises refreshes, because the refresh token rotates on every use and two
 * tabs presenting the same cookie at once would look like token reuse (which ends the session).
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
