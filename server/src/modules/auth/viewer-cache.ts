import type { Permission } from '../../permissions/catalogue.js';
import { PUBSUB_RESUMED, type PubSub } from '../../realtime/pubsub.js';
import type { User } from '../users/user.entity.js';

/** A signed-in user as requests see them: read-only, shared by concurrent requests until it expires or is invalidated. */
export interface CachedUser {
  user: User;
  permissions: ReadonlySet<Permission>;
  teamIds: readonly string[];
}

/** An API token's facts, so a request with a token needs no lookup. */
export interface CachedApiToken {
  id: string;
  userId: string;
  scopes: readonly string[];
  expiresAt: Date | null;
  /** When `lastUsedAt` was last written (it is written at most once a minute). */
  touchedAt: number;
}

interface Entry<T> {
  value: T;
  until: number;
}

/** The claims of a session JWT whose signature, issuer, audience and expiry were checked. */
export interface VerifiedClaims {
  sub: string;
  sv: number;
  /** Expiry, in milliseconds since the epoch. */
  exp: number;
}

/** Every instance listens here; publishing a user id (or `*`) drops what is cached about them everywhere. */
export const VIEWER_INVALIDATED = 'viewer.invalidated';

/**
 * Resolving the caller on every request (user, role, permissions, session version) cost most of a signed-in
 * request's time. This keeps those facts for a few seconds. Anything that changes them (password change or
 * reset, deactivation, role or permission change, token revocation) calls `invalidate`, which clears them at
 * once in this process and, through the PubSub, in every other one; the short lifetime bounds any miss.
 */
export class ViewerCache {
  private readonly users = new Map<string, Entry<CachedUser>>();
  private readonly tokens = new Map<string, Entry<CachedApiToken>>();
  private readonly jwts = new Map<string, Entry<VerifiedClaims>>();

  constructor(
    private readonly pubsub: PubSub,
    private readonly ttlMs = 15_000,
    private readonly maxEntries = 10_000,
  ) {
    pubsub.listen<{ userId: string }>(VIEWER_INVALIDATED, ({ userId }) => this.forget(userId));
    // Invalidations published while the instances were cut off from each other never arrived: start afresh.
    pubsub.listen(PUBSUB_RESUMED, () => this.forget('*'));
  }

  user(userId: string): CachedUser | undefined {
    return this.read(this.users, userId);
  }

  rememberUser(userId: string, value: CachedUser): void {
    this.write(this.users, userId, value);
  }

  apiToken(tokenHash: string): CachedApiToken | undefined {
    return this.read(this.tokens, tokenHash);
  }

  rememberApiToken(tokenHash: string, value: CachedApiToken): void {
    this.write(this.tokens, tokenHash, value);
  }

  /** A JWT verified before and not yet expired: verifying the signature again would give the same answer. */
  verifiedJwt(token: string): VerifiedClaims | undefined {
    const claims = this.read(this.jwts, token);
    return claims && claims.exp > Date.now() ? claims : undefined;
  }

  rememberVerifiedJwt(token: string, claims: VerifiedClaims): void {
    this.write(this.jwts, token, claims, Math.min(claims.exp, Date.now() + this.ttlMs));
  }

  /** Forgets a user (and their API tokens), here and in every other instance; `*` forgets everyone (a role changed). */
  async invalidate(userId: string | '*'): Promise<void> {
    this.forget(userId);
    await this.pubsub.publish(VIEWER_INVALIDATED, { userId });
  }

  private forget(userId: string): void {
    if (userId === '*') {
      this.users.clear();
      this.tokens.clear();
      return;
    }
    this.users.delete(userId);
    for (const [hash, entry] of this.tokens) if (entry.value.userId === userId) this.tokens.delete(hash);
  }

  private read<T>(map: Map<string, Entry<T>>, key: string): T | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      map.delete(key);
      return undefined;
    }
    return entry.value;
  }

  private write<T>(map: Map<string, Entry<T>>, key: string, value: T, until = Date.now() + this.ttlMs): void {
    map.delete(key);
    // Bounded: the oldest entry (first in insertion order) goes first.
    if (map.size >= this.maxEntries) map.delete(map.keys().next().value as string);
    map.set(key, { value, until });
  }
}
