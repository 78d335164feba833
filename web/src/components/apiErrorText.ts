import type { TFunction } from 'i18next';
import type { ApiError } from '../apollo/errors';

type TranslationKey =
  | 'validation.emailInvalid'
  | 'validation.emailTooLong'
  | 'validation.passwordLength'
  | 'validation.passwordTooLong'
  | 'validation.nameLength'
  | 'validation.nameRequired'
  | 'auth.register.emailTaken'
  | 'account.password.currentIncorrect'
  | 'account.password.sameAsCurrent'
  | 'auth.reset.invalidLink';

/** Server messages the web knows how to say in every language, by their English text. */
const KNOWN_MESSAGES: Record<string, TranslationKey> = {
  'Enter a valid email address.': 'validation.emailInvalid',
  'Email is too long.': 'validation.emailTooLong',
  'Password must be 8 to 128 characters long.': 'validation.passwordLength',
  'Password is too long.': 'validation.passwordTooLong',
  'Name must be 1 to 80 characters long.': 'validation.nameLength',
  'Name must not be blank.': 'validation.nameRequired',
  'Already registered.': 'auth.register.emailTaken',
  'The current password is incorrect.': 'account.password.currentIncorrect',
  'Choose a password different from the current one.': 'account.password.sameAsCurrent',
  'This reset link is invalid or has expired.': 'auth.reset.invalidLink',
};

/** A server message in the interface language when the web knows it; otherwise as the server wrote it. */
export function translateServerMessage(t: TFunction, message: string): string {
  const key = KNOWN_MESSAGES[message.trim()];
  return key ? String(t(key)) : message;
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
    case 'RATE_LIMITED':
      return String(t('errors.rateLimited', { time: formatWait(t, error.retryAfter ?? 60) }));
    case 'UNAUTHENTICATED':
      return String(t('errors.unauthenticated'));
    case 'FORBIDDEN':
      return String(t('errors.forbiddenAction'));
    case 'NOT_FOUND':
      return String(t('errors.notFoundItem'));
    case 'CONFLICT':
      return error.message ? translateServerMessage(t, error.message) : String(t('errors.conflict'));
    case 'BAD_USER_INPUT':
      return error.fields.length > 0
        ? String(t('errors.checkFields'))
        : translateServerMessage(t, error.message) || String(t('errors.badInput'));
    default:
      return String(t('errors.unexpected'));
  }
}

/** Field problems keyed by the input's field name (the last part of a dotted path), translated where known. */
export function fieldErrorsOf(t: TFunction, error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error?.fields ?? []) {
    const field = problem.field.split('.').pop() ?? problem.field;
    const text = translateServerMessage(t, problem.message);
    result[field] = result[field] ? `${result[field]} ${text}` : text;
  }
  return result;
}
