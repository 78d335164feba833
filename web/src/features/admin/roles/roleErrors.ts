import type { TFunction } from 'i18next';
import type { ApiError } from '../../../apollo/errors';
import { apiErrorText, type TranslationKey } from '../../../components/apiErrorText';

/** The role operations' own field codes, in words (`field:code`, or the code alone). */
const ROLE_PROBLEMS: Record<string, TranslationKey> = {
  lastRoleManager: 'adminConfig.roles.errors.lastRoleManager',
  'key:taken': 'adminConfig.roles.errors.keyTaken',
  'key:matches': 'adminConfig.roles.errors.keyFormat',
  'name:blank': 'adminConfig.roles.errors.nameRequired',
  'name:isLength': 'adminConfig.roles.errors.nameLength',
  'description:maxLength': 'adminConfig.roles.errors.descriptionLength',
  'moveToRoleId:required': 'adminConfig.roles.errors.moveToRequired',
};

/** The input's name in a field problem: `input.key` → `key`. */
function fieldName(field: string): string {
  return field.split('.').pop() ?? field;
}

/** Field problems of a role operation keyed by field name, in the interface language. */
export function roleFieldErrors(t: TFunction, error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error?.fields ?? []) {
    const name = fieldName(problem.field);
    const key = ROLE_PROBLEMS[`${name}:${problem.code}`] ?? ROLE_PROBLEMS[problem.code];
    result[name] = key ? String(t(key)) : problem.message;
  }
  return result;
}

/** One sentence for a failed role operation: lastRoleManager and the other known refusals in plain words. */
export function roleErrorText(t: TFunction, error: ApiError): string {
  const fields = Object.values(roleFieldErrors(t, error));
  if (fields.length > 0) return fields.join(' ');
  if (error.reason === 'BUILT_IN') return String(t('adminConfig.roles.errors.builtIn'));
  return apiErrorText(t, error);
}
