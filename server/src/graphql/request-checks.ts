import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';
import { unsafeTextInputs } from './input-text.js';
import { listBudgetError } from './list-budget.js';

/**
 * What is checked once the variables are known, before anything runs, on HTTP and WebSocket alike: unsafe
 * text (NUL, controls, bidi overrides in names) and more items than a request may ask for. Null when fine.
 */
export function requestInputError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const unsafe = unsafeTextInputs(schema, document, variables);
  if (unsafe.length > 0) return badInput(unsafe);
  return listBudgetError(document, operationName, variables);
}
