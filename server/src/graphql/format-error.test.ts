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

  it('maps an unreachable database to SERVICE_UNAVAILABLE, hiding the address', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const wrapped = Object.assign(new Error('query failed'), { name: 'DriverException', cause: refused });
    for (const original of [refused, shutdown, wrapped]) {
      const formatted = format(true, new GraphQLError(original.message, { originalError: original }));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).not.toMatch(/10\.0\.0\.5|ECONNREFUSED|administrator/);
    }
    // An ordinary failure stays an internal error.
    const bug = new Error('Cannot read properties of undefined');
    expect(format(true, new GraphQLError(bug.message, { originalError: bug })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
