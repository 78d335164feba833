import type { TFunction } from 'i18next';
import type { PasswordStrengthState } from './hooks/usePasswordStrength';

/** A light client-side check; the server validates for real. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

/** What is wrong with an email input before the server is asked, or null. */
export function emailProblemOf(t: TFunction, email: string): string | null {
  if (!email.trim()) return String(t('validation.emailRequired'));
  return isValidEmail(email) ? null : String(t('validation.emailInvalid'));
}

/** What is wrong with a new password by the server's own strength verdict (once it has answered), or null. */
export function newPasswordProblemOf(t: TFunction, password: string, { strength, checking }: PasswordStrengthState): string | null {
  if (!password) return String(t('validation.passwordRequired'));
  return strength && !checking && !strength.acceptable ? String(t('auth.password.tooWeak')) : null;
}
