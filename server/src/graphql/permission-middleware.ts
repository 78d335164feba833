import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow } from 'graphql-shield';
import { permissionMatrix, permissions } from '../permissions/permissions.js';

type FieldMiddlewares = Record<string, Record<string, unknown>>;
type MatrixEntry = unknown;

/**
 * Wraps the schema in the permission matrix, but only where a rule can say no.
 *
 * graphql-shield puts a middleware (an async function, a rule call and two awaits) around every field of
 * every type, including the fields the matrix allows to everyone: on an inbox page of 50 conversations that
 * is about a thousand wrappers that can only answer yes. Those are dropped here; every field with a real rule,
 * every root field and every type the matrix does not name (denied by the fallback) keeps its wrapper.
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const generated = permissions.generate(schema) as FieldMiddlewares;
  const matrix = permissionMatrix as Record<string, MatrixEntry>;
  for (const [typeName, fields] of Object.entries(generated)) {
    for (const fieldName of Object.keys(fields)) {
      if (ruleOf(matrix[typeName], fieldName) === allow) delete fields[fieldName];
    }
    if (Object.keys(fields).length === 0) delete generated[typeName];
  }
  return applyMiddleware(schema, generated);
}

/** The rule the matrix gives a field: the type's rule, the field's own, the type's `*`, or none (denied). */
function ruleOf(entry: MatrixEntry, fieldName: string): unknown {
  if (entry === undefined) return undefined;
  if (Object.getPrototypeOf(entry) !== Object.prototype) return entry; // one rule for the whole type
  const fields = entry as Record<string, unknown>;
  return fields[fieldName] ?? fields['*'];
}
