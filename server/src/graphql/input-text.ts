import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { FieldProblem } from './errors.js';

/**
 * What a text input may hold. Every String and ID input is `line` unless its input field says otherwise with
 * `@Extensions(textKind('multiline'))` (message bodies, comments) or `textKind('name')` (what people are called).
 */
export type TextKind = 'line' | 'multiline' | 'name';

const TEXT_KIND = 'textKind';

/** The extension that marks an input field's text kind: `@Extensions(textKind('multiline'))`. */
export function textKind(kind: TextKind): Record<string, TextKind> {
  return { [TEXT_KIND]: kind };
}

// C0 controls and DEL: no field needs them, and NUL breaks databases and C libraries on the way.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANY_CONTROL = /[\u0000-\u001F\u007F]/;
// Multiline text keeps tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Bidi embeddings, overrides and isolates: they make a name read differently from what it is ("Trojan Source").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// A value of only zero-width or blank characters looks empty on screen.
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u180E]*$/;

/** Why a value is refused for a field of this kind, or null when it is fine. */
export function textProblem(value: string, kind: TextKind): Omit<FieldProblem, 'field'> | null {
  const control = kind === 'multiline' ? CONTROL_BUT_LAYOUT : ANY_CONTROL;
  if (control.test(value)) return { code: 'controlCharacter', message: 'Contains control characters that are not allowed here.' };
  if (kind === 'name') {
    if (BIDI_CONTROL.test(value)) return { code: 'bidiControl', message: 'Contains text-direction control characters.' };
    if (value.length > 0 && INVISIBLE_ONLY.test(value)) return { code: 'blank', message: 'Must contain visible characters.' };
  }
  return null;
}

/**
 * Checks every String and ID argument of a document (inline literals and variables alike) before it runs,
 * so unsafe text is refused at the edge with the field named, on HTTP and WebSocket the same way.
 */
export function unsafeTextInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        // Invalid values are the validator's business; unknown variables come back undefined and are skipped.
        const value = valueFromAST(node.value, argument.type, variables ?? undefined);
        inspect(value, argument.type, node.name.value, 'line', problems, true);
        return false;
      },
    }),
  );
  return problems;
}

function inspect(value: unknown, type: GraphQLInputType, path: string, kind: TextKind, problems: FieldProblem[], isArgument = false): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    inspect(value, type.ofType, path, kind, problems, isArgument);
    return;
  }
  if (isListType(type)) {
    if (Array.isArray(value)) for (const item of value) inspect(item, type.ofType, path, kind, problems);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(type.getFields())) {
      // Fields of an input argument are named as the validator names them: `email`, `input.x` only when nested.
      const fieldPath = isArgument ? field.name : `${path}.${field.name}`;
      const fieldKind = (field.extensions?.[TEXT_KIND] as TextKind | undefined) ?? 'line';
      inspect((value as Record<string, unknown>)[field.name], field.type, fieldPath, fieldKind, problems);
    }
    return;
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID') && typeof value === 'string') {
    const problem = textProblem(value, kind);
    if (problem && !problems.some((p) => p.field === path)) problems.push({ field: path, ...problem });
  }
}
