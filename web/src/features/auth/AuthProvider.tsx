import { type ReactNode, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { refreshSession, startSilentRefresh } from '../../apollo/refresh';
import { announceSession, onSessionMessage } from '../../apollo/sessionChannel';
import { sessionStore } from '../../apollo/sessionStore';
import type { SessionPayloadFragment } from '../../graphql/generated/graphql';
import { AuthContext, type AuthContextValue, type AuthStatus } from './AuthContext';

const LOGOUT_WAIT_MS = 4_000;

/** Holds the session: restores it from the refresh cookie on load, keeps it fresh, follows other tabs. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const [status, setStatus] = useState<AuthStatus>(() => (sessionStore.get() ? 'ready' : 'restoring'));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    startSilentRefresh();
  }, []);

  // On load (and on retry): a valid httpOnly refresh cookie brings the session back without a password.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    if (sessionStore.get()) return;
    let cancelled = false;
    refreshSession().then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('offline'),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // Another tab signed in or out: follow it.
  useEffect(
    () =>
      onSessionMessage((message) => {
        if (message.type === 'signedOut') sessionStore.clear('signedOut');
        else if (sessionStore.get()?.user.id !== message.userId) refreshSession().catch(() => {});
      }),
    [],
  );

  const signIn = useCallback((payload: SessionPayloadFragment) => {
    sessionStore.set(payload);
    setStatus('ready');
    announceSession({ type: 'signedIn', userId: payload.user.id });
  }, []);

  const signOut = useCallback(async () => {
    // The server ends the cookie's session even when it refuses the bearer token (an expired one, say).
    const logout = import('./sessionRequests').then((requests) => requests.logout()).catch(() => undefined);
    await Promise.race([logout, new Promise((resolve) => setTimeout(resolve, LOGOUT_WAIT_MS))]);
    sessionStore.clear('signedOut');
    announceSession({ type: 'signedOut' });
  }, []);

  const retry = useCallback(() => {
    setStatus('restoring');
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ status, user: session?.user ?? null, signIn, signOut, retry }),
    [status, session, signIn, signOut, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
