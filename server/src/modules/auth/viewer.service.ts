import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import type { WebSocket } from 'ws';
import type { Config } from '../../config.js';
import { ErrorCode } from '../../graphql/errors.js';
import type { Viewer } from '../../graphql/viewer.js';
import { isPermission, type Permission } from '../../permissions/catalogue.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { User } from '../users/user.entity.js';
import { API_TOKEN_PREFIX, hashToken, verifyAccessToken } from './tokens.js';
import type { CachedUser, ViewerCache } from './viewer-cache.js';

function rejected(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/** The token of an `Authorization: Bearer <token>` value, or null when the value has another shape. */
function bearerToken(authorization: string | undefined | null): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? null;
}

/** What resolving a caller needs: the settings (JWT secret) and the cache of recently seen callers. */
export interface ViewerDeps {
  config: Config;
  viewers: ViewerCache;
}

/**
 * Turns an `Authorization: Bearer …` value into a viewer: a session JWT or an API token. The JWT is verified
 * on every request; the user behind it (role, permissions, active flag, session version) comes from the
 * viewer cache, which every change to those facts invalidates.
 */
export async function resolveViewer(em: EntityManager, deps: ViewerDeps, authorization: string | undefined | null): Promise<Viewer | null> {
  if (!authorization) return null;
  const token = bearerToken(authorization);
  if (!token) throw rejected('The Authorization header must be "Bearer <token>".');
  if (token.startsWith(API_TOKEN_PREFIX)) return apiTokenViewer(em, deps, token);

  let claims = deps.viewers.verifiedJwt(token);
  if (!claims) {
    try {
      claims = verifyAccessToken(deps.config, token);
    } catch (error) {
      throw rejected((error as Error).message);
    }
    deps.viewers.rememberVerifiedJwt(token, claims);
  }
  const known = await cachedUser(em, deps.viewers, claims.sub);
  if (!known) throw rejected('The access token is invalid.');
  if (claims.sv !== known.user.sessionVersion) throw rejected('Your session has ended. Please sign in again.');
  if (!known.user.active) throw rejected('This account is deactivated.');
  return { user: known.user, permissions: known.permissions, via: 'session', scopes: null, teamIds: known.teamIds };
}

async function apiTokenViewer(em: EntityManager, deps: ViewerDeps, token: string): Promise<Viewer> {
  const tokenHash = hashToken(token);
  let facts = deps.viewers.apiToken(tokenHash);
  if (!facts) {
    const stored = await em.fork().findOne(ApiToken, { tokenHash, revokedAt: null });
    if (!stored) throw rejected('The API token is invalid or revoked.');
    facts = {
      id: stored.id,
      userId: stored.user.id,
      scopes: [...stored.scopes],
      expiresAt: stored.expiresAt ?? null,
      touchedAt: stored.lastUsedAt?.getTime() ?? 0,
    };
    deps.viewers.rememberApiToken(tokenHash, facts);
  }
  const now = Date.now();
  if (facts.expiresAt && facts.expiresAt.getTime() < now) throw rejected('The API token is invalid or revoked.');
  const known = await cachedUser(em, deps.viewers, facts.userId);
  if (!known?.user.active) throw rejected('This account is deactivated.');
  // Touch at most once a minute: cheap enough for busy integrations.
  if (now - facts.touchedAt > 60_000) {
    facts.touchedAt = now;
    await em.nativeUpdate(ApiToken, { id: facts.id }, { lastUsedAt: new Date(now) });
  }
  // A token's scopes narrow its owner's permissions; an unscoped token carries them all.
  const scopes = new Set(facts.scopes.filter((s): s is Permission => known.permissions.has(s as Permission)));
  const permissions = facts.scopes.length > 0 ? scopes : known.permissions;
  return { user: known.user, permissions, via: 'apiToken', scopes, teamIds: known.teamIds };
}

/** The user with their role, from the cache or (loaded apart from the request's own unit of work) from the database. */
async function cachedUser(em: EntityManager, viewers: ViewerCache, userId: string): Promise<CachedUser | undefined> {
  const cached = viewers.user(userId);
  if (cached) return cached;
  const user = await em.fork().findOne(User, { id: userId }, { populate: ['role', 'teams'] });
  if (!user) return undefined;
  const known = { user, permissions: permissionsOf(user), teamIds: user.teams.getIdentifiers<string>() };
  viewers.rememberUser(userId, known);
  return known;
}

export function permissionsOf(user: User): Set<Permission> {
  return new Set(user.role.getEntity().permissions.filter(isPermission));
}

/** A socket authenticated by a session JWT is closed (4403) when that token expires; the client reconnects with a fresh one. */
export function closeWhenTokenExpires(socket: WebSocket, authorization: string | undefined): void {
  const token = bearerToken(authorization);
  const exp = token && !token.startsWith(API_TOKEN_PREFIX) ? (jwt.decode(token) as { exp?: number } | null)?.exp : undefined;
  if (!exp) return;
  // 4403 rather than 4401: graphql-ws clients retry it, asking for fresh credentials on the way.
  const timer = setTimeout(() => socket.close(4403, 'Token expired'), Math.max(0, exp * 1000 - Date.now()));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
