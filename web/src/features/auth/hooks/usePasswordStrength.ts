import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordStrengthDocument, type PasswordStrengthQuery } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { toSupportedLanguage } from '../../../i18n';

export type PasswordStrengthResult = PasswordStrengthQuery['passwordStrength'];

export interface PasswordStrengthState {
  /** The server's verdict for the current password, or null before the first answer. */
  strength: PasswordStrengthResult | null;
  /** True while typing (debounce) or while the server is asked. */
  checking: boolean;
}

/** Whom the password is for: the email and name it must not contain, or (on the reset page) the reset token naming the account. */
export interface PasswordOwner {
  email?: string;
  displayName?: string;
  resetToken?: string;
}

/**
 * Asks the server's `passwordStrength` (the same rule it enforces) about the password, ~250 ms after the
 * last keystroke, with what the password must not contain and the language of the feedback.
 */
export function usePasswordStrength(password: string, owner: PasswordOwner = {}): PasswordStrengthState {
  const { i18n } = useTranslation();
  const locale = toSupportedLanguage(i18n.language);
  const email = owner.email || null;
  const displayName = owner.displayName || null;
  const resetToken = owner.resetToken || null;
  // Stable identity: the debounce restarts only when a value really changes.
  const variables = useMemo(
    () => ({ password, email, displayName, locale, resetToken }),
    [password, email, displayName, locale, resetToken],
  );
  const debounced = useDebouncedValue(variables, 250);
  const settled = debounced === variables;

  const { data, previousData, loading } = useQuery(PasswordStrengthDocument, {
    variables: debounced,
    skip: !debounced.password,
    // Not cached: passwords should not linger in the client's memory longer than needed.
    fetchPolicy: 'no-cache',
  });

  if (!password) return { strength: null, checking: false };
  const current = settled && !loading ? (data?.passwordStrength ?? null) : null;
  const strength = current ?? data?.passwordStrength ?? previousData?.passwordStrength ?? null;
  return { strength, checking: !settled || loading };
}
