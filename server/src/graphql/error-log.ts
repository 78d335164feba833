import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { ErrorCode } from './errors.js';

/** Logs the errors that carry no contract code (bugs, database failures), with the logger's request id. */
export function logUnexpectedErrors(logger: Logger, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
    }
  }
}
