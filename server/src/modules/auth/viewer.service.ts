import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import type { WebSocket } from 'ws';
import type { Config } from '../../config.js';
import type { Viewer } from '../../graphql/context.js';
import { ErrorCode } from '../../graphql/errors.js';
import { isPermission, type Permission } from '../../permissions/catalogue.js';
import { User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { API_TOKEN_PREFIX, hashToken, verifyAccessToken } from './tokens.js';

function rejected(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/** The token of an `Authorization: Bearer <token>` value, or null when the value has another shape. */
function bearerToken(authorization: string | undefined | null): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? null;
}

/** Turns an `Authorization: Bearer …` value into a viewer: a session JWT or an API token. */
export async function resolveViewer(em: EntityManager, config: Config, authorization: string | undefined | null): Promise<Viewer | null> {
  if (!authorization) return null;
  const token = bearerToken(authorization);
  if (!token) throw rejected('The Authorization header must be "Bearer <token>".');

  if (token.startsWith(API_TOKEN_PREFIX)) {
    const apiToken = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { populate: ['user', 'user.role'] });
    const now = new Date();
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt < now))
      throw rejected('The API token is invalid or revoked.');
    const user = apiToken.user.getEntity();
    if (!user.active) throw rejected('This account is deactivated.');
    // Touch at most once a minute: cheap enough for busy integrations.
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    }
    const granted = permissionsOf(user);
    const scoped =
      apiToken.scopes.length > 0 ? new Set(apiToken.scopes.filter((s): s is Permission => granted.has(s as Permission))) : granted;
    return { user, permissions: scoped as ReadonlySet<Permission>, via: 'apiToken' };
  }

  let claims: { sub: string; sv: number };
  try {
    claims = verifyAccessToken(config, token);
  } catch (error) {
    throw rejected((error as Error).message);
  }
  const user = await em.findOne(User, { id: claims.sub }, { populate: ['role'] });
  if (!user) throw rejected('The access token is invalid.');
  if (claims.sv !== user.sessionVersion) throw rejected('Your session has ended. Please sign in again.');
  if (!user.active) throw rejected('This account is deactivated.');
  return { user, permissions: permissionsOf(user), via: 'session' };
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
