import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { User } from '../modules/users/user.entity.js';
import type { Permission } from '../permissions/catalogue.js';
import type { Services } from '../services.js';

/** Who is calling: the user, and the permissions their role (narrowed by an API token's scopes) grants. */
export interface Viewer {
  /**
   * A cached snapshot shared by concurrent requests: read it, never change or persist it. To change the
   * user, load them in the request's EntityManager by `user.id`.
   */
  user: User;
  permissions: ReadonlySet<Permission>;
  via: 'session' | 'apiToken';
  /** The scopes an API token names explicitly (empty: all of its owner's permissions); null for a session. */
  scopes: ReadonlySet<Permission> | null;
}

export interface Context {
  requestId: string;
  em: EntityManager;
  viewer: Viewer | null;
  /**
   * Why the presented credentials were refused (expired, forged, revoked). The caller is then anonymous:
   * public operations (login, logout, refresh) still work, protected ones answer with this error.
   */
  credentialError?: GraphQLError;
  ip: string | null;
  userAgent: string | null;
  logger: Logger;
  services: Services;
  /** Present for HTTP requests (cookies); absent over WebSocket. */
  req?: Request;
  res?: Response;
}

export function can(viewer: Viewer | null, permission: Permission): boolean {
  return viewer?.permissions.has(permission) ?? false;
}
