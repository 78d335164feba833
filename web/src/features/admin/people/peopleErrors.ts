import type { TFunction } from 'i18next';
import type { ApiError } from '../../../apollo/errors';
import { apiErrorText, fieldNameOf, fieldProblemText } from '../../../components/apiErrorText';
import type { adminPeopleEn } from '../../../i18n/adminPeople.en';

type ErrorKey = keyof typeof adminPeopleEn.errors;

/**
 * Field problems of the people and teams mutations that the shared table (apiErrorText.ts) does not word, or
 * words for another form: `field.code` first, then the code alone. Their strings load with these pages.
 */
const PEOPLE_PROBLEMS: Record<string, ErrorKey> = {
  'email.taken': 'emailTaken',
  'displayName.blank': 'nameRequired',
  'name.blank': 'teamNameRequired',
  'name.isLength': 'teamNameLength',
  'capacity.min': 'capacityRange',
  'capacity.max': 'capacityRange',
  'roleId.unknown': 'unknownRole',
  'teamIds.unknown': 'unknownTeam',
  'memberIds.unknown': 'unknownPerson',
  lastRoleManager: 'lastRoleManager',
  self: 'self',
};

/** Field problems keyed by the input's name, in the interface language. */
export function peopleFieldErrors(t: TFunction, error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error?.fields ?? []) {
    const field = fieldNameOf(problem);
    const key = PEOPLE_PROBLEMS[`${field}.${problem.code}`] ?? PEOPLE_PROBLEMS[problem.code];
    const text = key ? String(t(`adminPeople.errors.${key}`)) : fieldProblemText(t, problem);
    result[field] = result[field] ? `${result[field]} ${text}` : text;
  }
  // A taken team name comes as CONFLICT without a field list (the server names the field in `reason` only).
  if (error?.code === 'CONFLICT' && error.fields.length === 0 && error.reason === 'TAKEN')
    result.name = String(t('adminPeople.errors.teamNameTaken'));
  return result;
}

/**
 * The form-level message, or null when the problems show beside the form's own inputs (`shownFields`): the
 * others, and errors without fields, in one sentence.
 */
export function peopleFormError(t: TFunction, error: ApiError | null, shownFields: readonly string[]): string | null {
  if (!error) return null;
  const fields = peopleFieldErrors(t, error);
  const names = Object.keys(fields);
  if (names.length === 0) return peopleErrorText(t, error);
  const unshown = names.filter((name) => !shownFields.includes(name));
  return unshown.length > 0 ? unshown.map((name) => fields[name]).join(' ') : null;
}

/** One sentence for an error of an action without fields of its own (deactivate, send a reset, delete). */
export function peopleErrorText(t: TFunction, error: ApiError): string {
  const fields = Object.values(peopleFieldErrors(t, error));
  if (fields.length > 0) return fields.join(' ');
  if (error.code === 'CONFLICT' && error.reason === 'INACTIVE') return String(t('adminPeople.errors.inactive'));
  return apiErrorText(t, error);
}
