import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { type ApiError, apiErrorsOfBody, fromRaw, type RawGraphQLError } from './apiError';

export type { ApiError, ApiErrorCode, FieldProblem } from './apiError';

/** The first contract error inside whatever Apollo (or fetch) threw, so pages can show a precise message. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.length > 0 ? fromRaw(error.errors[0] as RawGraphQLError) : null;
  }
  if (ServerError.is(error)) {
    try {
      const [first] = apiErrorsOfBody(JSON.parse(error.bodyText));
      if (first) return first;
    } catch {
      // Not JSON: a proxy or gateway error page.
    }
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', message: error.message, fields: [] };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: [] };
}

/** Whether an error (Apollo's or a raw body's) says the caller is not signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (ServerError.is(error)) return error.statusCode === 401;
  return false;
}
