import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Query limits: generous for real clients, fatal for abusive documents. */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 15,
  tokens: 1000,
  cost: 5000,
  documentLength: 15_000,
} as const;

/** Report a rejected document as an ordinary validation error instead of throwing out of validation. */
const report = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** Validation rules shared by HTTP and WebSocket execution. Introspection is exempt from the depth limit (tools need it). */
export function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.depth, ...report }),
    maxAliasesRule({ n: QUERY_LIMITS.aliases, ...report }),
    costLimitRule({ maxCost: QUERY_LIMITS.cost, ...report }),
  ] as ValidationRule[];
}

export const parseOptions = { maxTokens: QUERY_LIMITS.tokens };
