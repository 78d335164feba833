import type { IRules } from 'graphql-shield';
import { and, deny, shield } from 'graphql-shield';
import { forbidden } from '../graphql/errors.js';
import { allow, can, isPublic, isSessionUser, selfService } from './rules.js';

/**
 * The permission matrix: every root field and every object type, in schema order, one line each.
 * Anything missing is denied (fallbackRule), and a test fails when a field of schema.graphql has no entry here.
 * Row-level scoping (whose conversations, whose tokens) is the services' job; this matrix says who may call what.
 */
export const permissionMatrix = {
  Query: {
    me: isPublic,
    passwordStrength: isPublic,
    apiTokens: and(isSessionUser, can('apitoken:manage')),
  },
  Mutation: {
    register: isPublic,
    login: isPublic,
    refreshSession: isPublic,
    logout: isPublic,
    requestPasswordReset: isPublic,
    resetPassword: isPublic,
    changePassword: isSessionUser,
    updateProfile: selfService('profile:update'),
    createApiToken: and(isSessionUser, can('apitoken:manage')),
    revokeApiToken: and(isSessionUser, can('apitoken:manage')),
  },
  // Object types reachable only through guarded root fields.
  AuthPayload: allow,
  PasswordStrength: allow,
  User: allow,
  Role: allow,
  ApiToken: allow,
  CreatedApiToken: allow,
} satisfies IRules;

export const permissions = shield(permissionMatrix, {
  fallbackRule: deny,
  fallbackError: () => forbidden(),
  allowExternalErrors: true,
  debug: false,
});
