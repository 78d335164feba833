import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { PasswordResolver } from '../modules/passwords/password.resolver.js';

// The imports above load first: type-graphql lists root fields in the order their resolver classes are defined,
// and schema.graphql keeps that order (api tokens, sign-in, passwords, then the rest).

import { AuditLogResolver } from '../modules/audit/audit.resolver.js';
import { ConversationConnectionResolver, ConversationResolver } from '../modules/conversations/conversation.resolver.js';
import { ConversationEvaluationResolver, EvaluationResolver } from '../modules/evaluations/evaluation.resolver.js';
import { MessageResolver } from '../modules/messages/message.resolver.js';
import { DashboardResolver } from '../modules/reports/dashboard.resolver.js';
import { RoleResolver } from '../modules/roles/role.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { SettingsResolver } from '../modules/settings/settings.resolver.js';
import { TagResolver } from '../modules/tags/tag.resolver.js';
import { TeamResolver } from '../modules/teams/team.resolver.js';
import { ReplyTemplateResolver } from '../modules/templates/reply-template.resolver.js';
import { TwoFactorResolver } from '../modules/two-factor/two-factor.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { UserAdminResolver } from '../modules/users/user-admin.resolver.js';
import { applyPermissions } from './permission-middleware.js';

/** Every resolver class of the API. */
export const resolvers = [
  AuthResolver,
  PasswordResolver,
  UserResolver,
  TwoFactorResolver,
  TeamResolver,
  RoleResolver,
  DashboardResolver,
  SettingsResolver,
  AuditLogResolver,
  UserAdminResolver,
  ApiTokenResolver,
  ConversationResolver,
  ConversationConnectionResolver,
  MessageResolver,
  SearchResolver,
  TagResolver,
  ReplyTemplateResolver,
  EvaluationResolver,
  ConversationEvaluationResolver,
] as const;

/**
 * type-graphql insists on a PubSub for `@Subscription`s, but every subscription here brings its own
 * `subscribe` function (it checks the viewer's scope first; see realtime/event-stream.ts), so topic-based
 * subscriptions are never used: this refuses them loudly instead of leaking events unchecked.
 */
const topicSubscriptionsUnused = {
  publish(): never {
    throw new Error('Publish through services.pubsub, not through type-graphql.');
  },
  subscribe(): never {
    throw new Error('Give the subscription a `subscribe` function that checks the viewer’s scope.');
  },
};

/** The schema as type-graphql builds it from the code (printed to schema.graphql). */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    pubSub: topicSubscriptionsUnused,
    emitSchemaFile: false,
  });
}

/** The executable schema: the bare schema wrapped by the graphql-shield permission matrix. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema());
}
