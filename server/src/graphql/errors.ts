import { GraphQLError } from 'graphql';

/** The stable error codes of the API contract (extensions.code). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database cannot be reached just now; the same request may succeed shortly. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one input field. `code` is stable (for translations); `message` is English for people. */
export interface FieldProblem {
  field: string;
  message: string;
  code: string;
}

export function unauthenticated(message = 'You must be signed in.', extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...extra } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extra } });
}

export function badInput(fields: FieldProblem[], message?: string): GraphQLError {
  return new GraphQLError(message ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(`Too many attempts. Try again in ${retryAfter} seconds.`, {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfter },
  });
}
