// The API's error contract (design, section 4), parsed from raw GraphQL responses.
// No Apollo imports: the session code uses it before the Apollo chunk has loaded.

/** The error codes of the API contract, plus NETWORK for a server that could not be reached. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/** One problem with one input field: `code` is stable (translated by the web), `message` is the server's English. */
export interface FieldProblem {
  field: string;
  message: string;
  code: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Per-field problems (BAD_USER_INPUT, sometimes CONFLICT). */
  fields: FieldProblem[];
  /** Seconds to wait (RATE_LIMITED). */
  retryAfter?: number;
  /** Why credentials were refused (UNAUTHENTICATED), e.g. `ROTATED` for a refresh token another tab just used. */
  reason?: string;
  /** With reason TWO_FACTOR_REQUIRED or TWO_FACTOR_SETUP_REQUIRED: the ticket for the second step of sign-in. */
  twoFactorChallenge?: string;
}

export interface RawGraphQLError {
  message?: string;
  extensions?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

export function fromRaw(raw: RawGraphQLError): ApiError {
  const extensions = raw.extensions ?? {};
  const code = String(extensions.code ?? '');
  const fields = Array.isArray(extensions.fields)
    ? (extensions.fields as Array<Partial<FieldProblem> | null>)
        .filter((f) => typeof f?.field === 'string')
        .map((f) => ({ field: String(f?.field), message: String(f?.message ?? ''), code: String(f?.code ?? '') }))
    : [];
  const retryAfter = typeof extensions.retryAfter === 'number' ? extensions.retryAfter : undefined;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  const twoFactorChallenge = typeof extensions.twoFactorChallenge === 'string' ? extensions.twoFactorChallenge : undefined;
  return {
    code: (KNOWN_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR') as ApiErrorCode,
    message: raw.message ?? '',
    fields,
    retryAfter,
    reason,
    twoFactorChallenge,
  };
}

/** GraphQL errors from a raw response body, if it has any. */
export function apiErrorsOfBody(body: unknown): ApiError[] {
  const errors = (body as { errors?: unknown })?.errors;
  return Array.isArray(errors) ? errors.map((e) => fromRaw(e as RawGraphQLError)) : [];
}
