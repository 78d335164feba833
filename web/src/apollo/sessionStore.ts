import type { SessionPayloadFragment, SessionUserFragment } from '../graphql/generated/graphql';

export type SessionUser = SessionUserFragment;

export interface Session {
  accessToken: string;
  /** When the access token expires, on this browser's clock. */
  expiresAtMs: number;
  user: SessionUser;
}

/** Why the last session ended: the user signed out, or it could not be renewed. */
export type SessionEndReason = 'signedOut' | 'expired';

type Listener = () => void;

/**
 * Works out the token's expiry on the local clock: the token's own lifetime (`exp - iat`, both from the
 * server's clock) added to now, so a skewed client clock does not refresh too early or too late.
 */
export function localExpiryOf(payload: Pick<SessionPayloadFragment, 'accessToken' | 'expiresAt'>, now = Date.now()): number {
  try {
    const [, body] = payload.accessToken.split('.');
    const claims = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number; iat?: number };
    if (typeof claims.exp === 'number' && typeof claims.iat === 'number' && claims.exp > claims.iat) {
      return now + (claims.exp - claims.iat) * 1000;
    }
  } catch {
    // Not a JWT we can read: fall back to the server's expiresAt.
  }
  const serverExpiry = Date.parse(payload.expiresAt);
  return Number.isNaN(serverExpiry) ? now + 5 * 60_000 : serverExpiry;
}

/**
 * The signed-in session, kept in memory only (the refresh token lives in an httpOnly cookie).
 * Apollo links read it synchronously; React subscribes through useSyncExternalStore.
 */
class SessionStore {
  private session: Session | null = null;
  private endReason: SessionEndReason | null = null;
  private readonly listeners = new Set<Listener>();

  get = (): Session | null => this.session;

  lastEndReason(): SessionEndReason | null {
    return this.endReason;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(payload: SessionPayloadFragment): Session {
    this.session = { accessToken: payload.accessToken, expiresAtMs: localExpiryOf(payload), user: payload.user };
    this.endReason = null;
    this.emit();
    return this.session;
  }

  /** Replaces the user details (for example after a profile change) and keeps the token. */
  updateUser(user: SessionUser): void {
    if (!this.session) return;
    this.session = { ...this.session, user };
    this.emit();
  }

  /** Ends the session in this tab. Does nothing when there is none. */
  clear(reason: SessionEndReason): void {
    if (!this.session) return;
    this.session = null;
    this.endReason = reason;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const sessionStore = new SessionStore();
