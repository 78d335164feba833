import type { User } from '../modules/users/user.entity.js';
import type { Permission } from '../permissions/catalogue.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Who is calling and from where: the base types every feature uses. This file imports no service, so
 * features can depend on it without an import circle through the request context.
 */

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
  /** The teams the user belongs to (team hand-overs are theirs to accept). */
  teamIds: readonly string[];
}

/** Where a request came from, for throttling and the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function can(viewer: Viewer | null | undefined, permission: Permission): boolean {
  return viewer?.permissions.has(permission) ?? false;
}

/** The signed-in viewer of a request; the permission matrix has let only signed-in callers this far. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/**
 * The viewer, when they hold one of these permissions. Subscriptions over graphql-ws skip the shield, so
 * their subscribe functions ask this themselves (default deny there too).
 */
export function requireAnyPermission(ctx: { viewer: Viewer | null }, ...permissions: Permission[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!permissions.some((permission) => viewer.permissions.has(permission))) throw forbidden();
  return viewer;
}
