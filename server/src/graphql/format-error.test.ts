import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, rateLimited } from './errors.js';
import { createErrorFormatter } from './format-error.js';

const format = (production: boolean, error: GraphQLError) => createErrorFormatter(production)(error.toJSON(), error);

describe('error formatting', () => {
  it('masks unexpected errors in production and never leaks a stack', () => {
    const error = new GraphQLError('column users.secret does not exist', {
      originalError: new Error('column users.secret does not exist'),
    });
    const formatted = format(true, error);
    expect(formatted.message).not.toMatch(/secret/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps the message of unexpected errors in development, still without a stack', () => {
    const error = new GraphQLError('boom', { originalError: new Error('boom'), extensions: { stacktrace: ['at x'] } });
    expect(format(false, error)).toMatchObject({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(false, error).extensions).not.toHaveProperty('stacktrace');
  });

  it('passes domain errors through with their codes and details', () => {
    expect(format(true, rateLimited(12.2)).extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 13 });
    expect(format(true, badInput([{ field: 'email', message: 'Nope.', code: 'taken' }])).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'Nope.', code: 'taken' }],
    });
  });

  it('turns class-validator errors into a list of fields', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          { property: 'input', children: [{ property: 'email', constraints: { isEmail: 'Enter a valid email address.' } }] },
        ],
      },
    });
    expect(format(true, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', message: 'Enter a valid email address.', code: 'isEmail' }],
    });
  });

  it('maps ORM conflicts to CONFLICT', () => {
    const original = Object.assign(new Error('UNIQUE constraint failed: users.email'), { name: 'UniqueConstraintViolationException' });
    const formatted = format(true, new GraphQLError(original.message, { originalError: original }));
    expect(formatted.extensions).toEqual({ code: 'CONFLICT' });
    expect(formatted.message).not.toMatch(/UNIQUE/);
  });
});
