import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, type FieldProblem } from './errors.js';

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** Flattens class-validator errors into `{ field, message }` pairs (nested inputs become dotted paths). */
function fieldsOf(problems: ValidationProblem[], prefix = ''): FieldProblem[] {
  return problems.flatMap((problem) => {
    const field = prefix ? `${prefix}.${problem.property}` : problem.property;
    const own = Object.entries(problem.constraints ?? {}).map(([code, message]) => ({ field, message, code }));
    return [...own, ...fieldsOf(problem.children ?? [], field)];
  });
}

/** Codes that GraphQL itself or Apollo use for a malformed request: reported to clients as BAD_USER_INPUT. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

const ORM_ERROR_CODES: Record<string, ErrorCode> = {
  UniqueConstraintViolationException: ErrorCode.CONFLICT,
  OptimisticLockError: ErrorCode.CONFLICT,
  NotFoundError: ErrorCode.NOT_FOUND,
};

/** Socket errors and PostgreSQL's connection and shutdown states: the database is away, not the request wrong. */
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;

/** Whether an error means the database could not be reached (it may be back in a moment). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error as { name?: string; code?: unknown; message?: string; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    depth++
  ) {
    if (current.name === 'ConnectionException') return true;
    const code = typeof current.code === 'string' ? current.code : '';
    if (UNREACHABLE_ERRNOS.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(current.message ?? '')) return true;
    current = current.cause as typeof current;
  }
  return false;
}

const DID_YOU_MEAN = / ?Did you mean .+\?$/;

/**
 * Gives every error one of the contract's codes. Unexpected errors become INTERNAL_SERVER_ERROR and,
 * in production, lose their message (they are logged with the request id by the logging plugin).
 */
export function createErrorFormatter(production: boolean) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // "Did you mean …?" names fields of the schema: production hides it, as it hides introspection.
    const formatted = production ? { ...raw, message: raw.message.replace(DID_YOU_MEAN, '') } : raw;
    const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
    delete extensions.stacktrace;
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = String(extensions.code ?? '');

    const validationErrors = (extensions.validationErrors ??
      (original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors) as ValidationProblem[] | undefined;
    if (validationErrors) {
      const fields = fieldsOf(validationErrors);
      delete extensions.validationErrors;
      return {
        ...formatted,
        message: fields.map((f) => f.message).join(' ') || 'Invalid input.',
        extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    if (REQUEST_ERROR_CODES.has(code)) {
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        ...formatted,
        message: 'The service is briefly unavailable. Try again in a moment.',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const ormCode = ORM_ERROR_CODES[(original as { name?: string })?.name ?? ''];
    if (ormCode) {
      const message = ormCode === ErrorCode.CONFLICT ? 'This was changed or already exists. Reload and try again.' : 'Not found.';
      return { ...formatted, message, extensions: { code: ormCode } };
    }
    return {
      ...formatted,
      message: production ? 'Internal server error. The problem has been logged.' : formatted.message,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
