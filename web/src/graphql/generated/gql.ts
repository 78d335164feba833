/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  scopes\n  lastUsedAt\n  expiresAt\n  revokedAt\n  createdAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenFields\n  }\n}": typeof types.ApiTokenFieldsFragmentDoc,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!, $revokeApiTokens: Boolean) {\n  changePassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n    revokeApiTokens: $revokeApiTokens\n  ) {\n    ...SessionPayload\n  }\n}": typeof types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionPayload\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...SessionUser\n    active\n    createdAt\n    lastSeenAt\n    role {\n      id\n      description\n    }\n  }\n}": typeof types.MeDocument,
    "query PasswordStrength($password: String!, $email: String, $displayName: String, $locale: String, $resetToken: String) {\n  passwordStrength(\n    password: $password\n    email: $email\n    displayName: $displayName\n    locale: $locale\n    resetToken: $resetToken\n  ) {\n    score\n    acceptable\n    warning\n    suggestions\n    problem\n  }\n}": typeof types.PasswordStrengthDocument,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionPayload\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionPayload\n  }\n}": typeof types.RegisterDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.ResetPasswordDocument,
    "fragment SessionUser on User {\n  id\n  email\n  displayName\n  locale\n  role {\n    id\n    key\n    name\n    permissions\n  }\n}\n\nfragment SessionPayload on AuthPayload {\n  accessToken\n  expiresAt\n  user {\n    ...SessionUser\n  }\n}": typeof types.SessionUserFragmentDoc,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}": typeof types.UpdateProfileDocument,
};
const documents: Documents = {
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  scopes\n  lastUsedAt\n  expiresAt\n  revokedAt\n  createdAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenFields\n  }\n}": types.ApiTokenFieldsFragmentDoc,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!, $revokeApiTokens: Boolean) {\n  changePassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n    revokeApiTokens: $revokeApiTokens\n  ) {\n    ...SessionPayload\n  }\n}": types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionPayload\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...SessionUser\n    active\n    createdAt\n    lastSeenAt\n    role {\n      id\n      description\n    }\n  }\n}": types.MeDocument,
    "query PasswordStrength($password: String!, $email: String, $displayName: String, $locale: String, $resetToken: String) {\n  passwordStrength(\n    password: $password\n    email: $email\n    displayName: $displayName\n    locale: $locale\n    resetToken: $resetToken\n  ) {\n    score\n    acceptable\n    warning\n    suggestions\n    problem\n  }\n}": types.PasswordStrengthDocument,
    "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionPayload\n  }\n}": types.RefreshSessionDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionPayload\n  }\n}": types.RegisterDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.ResetPasswordDocument,
    "fragment SessionUser on User {\n  id\n  email\n  displayName\n  locale\n  role {\n    id\n    key\n    name\n    permissions\n  }\n}\n\nfragment SessionPayload on AuthPayload {\n  accessToken\n  expiresAt\n  user {\n    ...SessionUser\n  }\n}": types.SessionUserFragmentDoc,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}": types.UpdateProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  scopes\n  lastUsedAt\n  expiresAt\n  revokedAt\n  createdAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenFields\n  }\n}"): (typeof documents)["fragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  scopes\n  lastUsedAt\n  expiresAt\n  revokedAt\n  createdAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!, $revokeApiTokens: Boolean) {\n  changePassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n    revokeApiTokens: $revokeApiTokens\n  ) {\n    ...SessionPayload\n  }\n}"): (typeof documents)["mutation ChangePassword($currentPassword: String!, $newPassword: String!, $revokeApiTokens: Boolean) {\n  changePassword(\n    currentPassword: $currentPassword\n    newPassword: $newPassword\n    revokeApiTokens: $revokeApiTokens\n  ) {\n    ...SessionPayload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionPayload\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...SessionPayload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...SessionUser\n    active\n    createdAt\n    lastSeenAt\n    role {\n      id\n      description\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionUser\n    active\n    createdAt\n    lastSeenAt\n    role {\n      id\n      description\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordStrength($password: String!, $email: String, $displayName: String, $locale: String, $resetToken: String) {\n  passwordStrength(\n    password: $password\n    email: $email\n    displayName: $displayName\n    locale: $locale\n    resetToken: $resetToken\n  ) {\n    score\n    acceptable\n    warning\n    suggestions\n    problem\n  }\n}"): (typeof documents)["query PasswordStrength($password: String!, $email: String, $displayName: String, $locale: String, $resetToken: String) {\n  passwordStrength(\n    password: $password\n    email: $email\n    displayName: $displayName\n    locale: $locale\n    resetToken: $resetToken\n  ) {\n    score\n    acceptable\n    warning\n    suggestions\n    problem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionPayload\n  }\n}"): (typeof documents)["mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionPayload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionPayload\n  }\n}"): (typeof documents)["mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionPayload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): (typeof documents)["mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  email\n  displayName\n  locale\n  role {\n    id\n    key\n    name\n    permissions\n  }\n}\n\nfragment SessionPayload on AuthPayload {\n  accessToken\n  expiresAt\n  user {\n    ...SessionUser\n  }\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  email\n  displayName\n  locale\n  role {\n    id\n    key\n    name\n    permissions\n  }\n}\n\nfragment SessionPayload on AuthPayload {\n  accessToken\n  expiresAt\n  user {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}"): (typeof documents)["mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;