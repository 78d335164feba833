import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type ASTVisitor, GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors.js';

/** Query limits: generous for real clients, fatal for abusive documents. */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 15,
  tokens: 1000,
  cost: 5000,
  documentLength: 15_000,
} as const;

/** The refusal of a document over the size limit (checked before parsing, on HTTP and WebSocket). */
export function queryTooLong(): GraphQLError {
  return new GraphQLError(`The query document is longer than ${QUERY_LIMITS.documentLength} characters.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });
}

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
    // Aliases of __typename count too: the library allows them by default, which lets a document multiply work.
    maxAliasesRule({ n: QUERY_LIMITS.aliases, allowList: [], ...report }),
    costLimitRule({ maxCost: QUERY_LIMITS.cost, ...report }),
    onceOnlyRule,
  ] as ValidationRule[];
}

export const parseOptions = { maxTokens: QUERY_LIMITS.tokens };

/** Fields that cost real CPU (password hashing or scoring): at most once per document, so aliases cannot multiply them. */
export const EXPENSIVE_FIELDS = ['passwordStrength', 'login', 'register', 'resetPassword', 'changePassword', 'createApiToken'];

export function onceOnlyRule(context: ValidationContext): ASTVisitor {
  const seen = new Map<string, number>();
  return {
    Field(node) {
      const name = node.name.value;
      if (!EXPENSIVE_FIELDS.includes(name)) return;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if (count === 2) context.reportError(new GraphQLError(`"${name}" may appear only once per request.`, { nodes: [node] }));
    },
  };
}
