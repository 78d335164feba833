import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';

/** Query limits: generous for real clients, fatal for abusive documents. */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 15,
  tokens: 1000,
  cost: 5000,
  documentLength: 15_000,
} as const;

/** Validation rules shared by HTTP and WebSocket execution. */
export function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.depth, exposeLimits: true }),
    maxAliasesRule({ n: QUERY_LIMITS.aliases, exposeLimits: true }),
    costLimitRule({ maxCost: QUERY_LIMITS.cost, exposeLimits: true }),
  ] as ValidationRule[];
}

export const parseOptions = { maxTokens: QUERY_LIMITS.tokens };
