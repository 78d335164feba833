import type { TFunction } from 'i18next';
import type { ApiError, FieldProblem } from '../apollo/errors';
import type { AdminConfigTranslation } from '../i18n/adminConfig.en';
import type { Translation } from '../i18n/en';
import type { TwoFactorTranslation } from '../i18n/twoFactor.en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Any key of the translation resources (two-factor and administration ones included: they load with their screens). */
export type TranslationKey = Leaves<Translation & { twoFactor: TwoFactorTranslation; adminConfig: AdminConfigTranslation }>;

/**
 * What the web says for a field problem, by its stable `code` (design, section 4). A code alone when it reads
 * the same for every field; `field.code` where the field changes the sentence (the length of a name is not
 * the length of a password). Field names are the last part of the server's path (`input.email` → `email`).
 */
const FIELD_PROBLEM_KEYS: Record<string, TranslationKey> = {
  // class-validator constraints
  isEmail: 'validation.emailInvalid',
  'email.maxLength': 'validation.emailTooLong',
  'password.isLength': 'validation.passwordLength',
  'password.maxLength': 'validation.passwordTooLong',
  'displayName.isLength': 'validation.nameLength',
  'displayName.maxLength': 'validation.nameTooLong',
  'name.isLength': 'apiTokens.errors.nameLength',
  isIn: 'validation.notOffered',
  'scopes.arrayMaxSize': 'apiTokens.errors.tooManyScopes',
  // domain codes
  'displayName.blank': 'validation.nameRequired',
  'name.blank': 'apiTokens.errors.nameRequired',
  taken: 'auth.register.emailTaken',
  tooShort: 'auth.password.problems.tooShort',
  tooLong: 'auth.password.problems.tooLong',
  personalInfo: 'auth.password.problems.personalInfo',
  weakPassword: 'auth.password.tooWeak',
  invalidToken: 'auth.reset.invalidLink',
  'code.incorrect': 'twoFactor.errors.codeIncorrect',
  'code.blank': 'twoFactor.errors.codeRequired',
  incorrect: 'account.password.currentIncorrect',
  unchanged: 'account.password.sameAsCurrent',
  notGrantable: 'apiTokens.errors.notGrantable',
  inPast: 'apiTokens.errors.inPast',
  tooMany: 'apiTokens.errors.tooMany',
};

/** Password inputs go by several names; their problems read the same. */
const FIELD_ALIASES: Record<string, string> = { newPassword: 'password', currentPassword: 'password' };

/** The input's name in a field problem: `input.email` → `email`. */
export function fieldNameOf(problem: FieldProblem): string {
  return problem.field.split('.').pop() ?? problem.field;
}

/** One field problem in the interface language; the server's (English) message for a code the web does not know. */
export function fieldProblemText(t: TFunction, problem: FieldProblem): string {
  const field = fieldNameOf(problem);
  const key =
    FIELD_PROBLEM_KEYS[`${field}.${problem.code}`] ??
    FIELD_PROBLEM_KEYS[`${FIELD_ALIASES[field] ?? field}.${problem.code}`] ??
    FIELD_PROBLEM_KEYS[problem.code];
  return key ? String(t(key)) : problem.message;
}

/** Whether the error carries a field problem with this code (e.g. `taken`, `invalidToken`). */
export function hasFieldCode(error: ApiError | null | undefined, code: string): boolean {
  return !!error?.fields.some((problem) => problem.code === code);
}

/** `m:ss` or `s` seconds, in words, for "try again in …". */
export function formatWait(t: TFunction, seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest ? String(t('time.minutesSeconds', { minutes, seconds: rest })) : String(t('time.minutes', { count: minutes }));
  }
  return String(t('time.seconds', { count: seconds }));
}

/** One sentence for an API error, in the interface language. `overrides` replaces the text of given codes. */
export function apiErrorText(t: TFunction, error: ApiError, overrides: Partial<Record<ApiError['code'], string>> = {}): string {
  const override = overrides[error.code];
  if (override) return override;
  switch (error.code) {
    case 'NETWORK':
      return String(t('errors.network'));
    case 'SERVICE_UNAVAILABLE':
      return String(t('errors.unavailable'));
    case 'RATE_LIMITED':
      return String(t('errors.rateLimited', { time: formatWait(t, error.retryAfter ?? 60) }));
    case 'UNAUTHENTICATED':
      return String(t('errors.unauthenticated'));
    case 'FORBIDDEN':
      return String(t('errors.forbiddenAction'));
    case 'NOT_FOUND':
      return String(t('errors.notFoundItem'));
    case 'CONFLICT':
      return error.fields.length > 0 ? fieldProblemText(t, error.fields[0]) : error.message || String(t('errors.conflict'));
    case 'BAD_USER_INPUT':
      return error.fields.length > 0 ? String(t('errors.checkFields')) : error.message || String(t('errors.badInput'));
    default:
      return String(t('errors.unexpected'));
  }
}

/** Field problems keyed by the input's name, in the interface language. */
export function fieldErrorsOf(t: TFunction, error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error?.fields ?? []) {
    const field = fieldNameOf(problem);
    const text = fieldProblemText(t, problem);
    result[field] = result[field] ? `${result[field]} ${text}` : text;
  }
  return result;
}

/**
 * The form-level message for an error, or null when the fields say it all: a field problem is shown beside
 * its input when the form has an input by that name (`shownFields`); the others, and errors without fields,
 * go to the form's alert.
 */
export function formErrorText(
  t: TFunction,
  error: ApiError | null,
  shownFields: readonly string[],
  overrides?: Partial<Record<ApiError['code'], string>>,
): string | null {
  if (!error) return null;
  if (error.fields.length === 0) return apiErrorText(t, error, overrides);
  const unshown = error.fields.filter((problem) => !shownFields.includes(fieldNameOf(problem)));
  return unshown.length > 0 ? unshown.map((problem) => fieldProblemText(t, problem)).join(' ') : null;
}
