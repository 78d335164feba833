import type { TFunction } from 'i18next';
// Every two-factor screen reads its codes through this file: their strings come along (lazily, with them).
import '../../i18n/twoFactor';

/** What a code field takes: the six digits of an authenticator app, or a recovery code (`ABCDE-FGHJK`). */
export type CodeKind = 'totp' | 'recovery';

/** Authenticator codes keep their digits only (apps show `123 456`, pasting brings spaces along). */
export function cleanCode(kind: CodeKind, typed: string): string {
  return kind === 'totp' ? typed.replace(/\D/g, '').slice(0, 6) : typed.toUpperCase().slice(0, 16);
}

/** The client-side problem of a code, before asking the server; null when it may be sent. */
export function codeProblemOf(t: TFunction, kind: CodeKind, code: string): string | null {
  if (kind === 'recovery') return code.trim() ? null : t('twoFactor.errors.recoveryCodeRequired');
  if (!code) return t('twoFactor.errors.codeRequired');
  return /^\d{6}$/.test(code) ? null : t('twoFactor.errors.codeFormat');
}
