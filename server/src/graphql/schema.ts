import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { permissions } from '../permissions/permissions.js';

/** Every resolver class of the API. */
export const resolvers = [AuthResolver, UserResolver, ApiTokenResolver] as const;

/** The schema as type-graphql builds it from the code (printed to schema.graphql). */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    emitSchemaFile: false,
  });
}

/** The executable schema: the bare schema wrapped by the graphql-shield permission matrix. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), permissions);
}
