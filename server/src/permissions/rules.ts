import type { IRule } from 'graphql-shield';
import { allow, rule } from 'graphql-shield';
import type { Context } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Permission } from './catalogue.js';

export { allow };

/** Anyone, signed in or not (sign-in, registration, password reset, health of the API). */
export const isPublic = allow;

/** The refusal for a caller without a viewer: why their credentials failed, or that they sent none. */
function anonymousRefusal(ctx: Context) {
  return ctx.credentialError ?? unauthenticated();
}

export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) => (ctx.viewer ? true : anonymousRefusal(ctx)));

/**
 * A user's email, teams and workload: visible to that user (also in the answer of their own sign-in) and to
 * those who may see users. One plain rule, not an `or` of cached rules: it runs for every user object of a response.
 */
export const ownerOrUserReader = rule({ cache: 'no_cache' })((parent: { id?: string }, _args, ctx: Context) => {
  if (parent?.id && (parent.id === ctx.authenticatedAs || parent.id === ctx.viewer?.user.id)) return true;
  if (!ctx.viewer) return anonymousRefusal(ctx);
  return ctx.viewer.permissions.has('user:read') ? true : forbidden('Only visible to its owner and to those who may see users.');
});

/** A person in a signed-in session, not an API token (changing passwords, minting tokens). */
export const isSessionUser = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (!ctx.viewer) return anonymousRefusal(ctx);
  return ctx.viewer.via === 'session' ? true : forbidden('This needs a signed-in session, not an API token.');
});

/** Enrolling a second factor: a person in a session, or someone holding a sign-in's setup challenge (the service verifies it). */
export const isSessionUserOrChallenge = rule({ cache: 'no_cache' })((_parent, args: { challenge?: string | null }, ctx: Context) => {
  if (args.challenge) return true;
  if (!ctx.viewer) return anonymousRefusal(ctx);
  return ctx.viewer.via === 'session' ? true : forbidden('This needs a signed-in session, not an API token.');
});

/** A field only the user it belongs to may read (their own security settings). */
export const ownerOnly = rule({ cache: 'no_cache' })((parent: { id?: string }, _args, ctx: Context) => {
  if (!ctx.viewer) return anonymousRefusal(ctx);
  return parent?.id === ctx.viewer.user.id ? true : forbidden('Only visible to its owner.');
});

const byPermission = new Map<Permission, IRule>();
const bySelfService = new Map<Permission, IRule>();

/**
 * Changes to one's own account (name, language, and whatever self-service comes later): a person in a session
 * whose role grants the permission, or an API token that names it among its scopes. An unscoped token, or
 * one scoped to something else such as `user:read`, cannot.
 */
export function selfService(permission: Permission): IRule {
  let cached = bySelfService.get(permission);
  if (!cached) {
    cached = rule(`self:${permission}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.viewer) return anonymousRefusal(ctx);
      const granted = ctx.viewer.via === 'session' ? ctx.viewer.permissions.has(permission) : ctx.viewer.scopes?.has(permission);
      return granted ? true : forbidden(`This needs a signed-in session, or an API token with the "${permission}" scope.`);
    });
    bySelfService.set(permission, cached);
  }
  return cached;
}

/** Holds when the viewer's role grants the permission; anonymous callers get UNAUTHENTICATED, others FORBIDDEN. */
export function can(permission: Permission): IRule {
  let cached = byPermission.get(permission);
  if (!cached) {
    cached = rule(`can:${permission}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.viewer) return anonymousRefusal(ctx);
      return ctx.viewer.permissions.has(permission) ? true : forbidden(`This requires the "${permission}" permission.`);
    });
    byPermission.set(permission, cached);
  }
  return cached;
}
