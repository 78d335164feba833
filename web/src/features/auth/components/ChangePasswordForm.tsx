import { useMutation } from '@apollo/client/react';
import { Alert, Box, Checkbox, FormControlLabel, FormHelperText } from '@mui/material';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import type { SessionUser } from '../../../apollo/sessionStore';
import { fieldErrorsOf, formErrorText } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { ChangePasswordDocument } from '../../../graphql/generated/graphql';
import { hasPermission } from '../access';
import { useAuth } from '../hooks/useAuth';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { newPasswordProblemOf, PASSWORD_MAX_LENGTH } from '../validation';
import { AccountCard } from './AccountCard';
import { NewPasswordField } from './NewPasswordField';
import { PasswordField } from './PasswordField';

/** Changes the password; the server ends every other session and returns a fresh one for this tab. */
export function ChangePasswordForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [revokeApiTokens, setRevokeApiTokens] = useState(false);
  const [changed, setChanged] = useState<'kept' | 'revoked' | null>(null);
  const hasApiTokens = hasPermission(user, 'apitoken:manage');
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const strength = usePasswordStrength(newPassword, { email: user.email, displayName: user.displayName });
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const currentProblem = !currentPassword ? t('validation.passwordRequired') : null;
  const newProblem =
    newPassword && newPassword === currentPassword ? t('account.password.sameAsCurrent') : newPasswordProblemOf(t, newPassword, strength);
  const serverFields = fieldErrorsOf(t, error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    setChanged(null);
    if (currentProblem || newProblem) {
      if (!currentProblem) newPasswordRef.current?.focus();
      return;
    }
    setError(null);
    try {
      const revoke = hasApiTokens && revokeApiTokens;
      const { data } = await changePassword({
        variables: { currentPassword, newPassword, revokeApiTokens: revoke },
        // The token list on this page shows the revocations at once.
        refetchQueries: revoke ? ['ApiTokens'] : [],
      });
      if (data) signIn(data.changePassword);
      setCurrentPassword('');
      setNewPassword('');
      setRevokeApiTokens(false);
      setTouched(false);
      setChanged(revoke ? 'revoked' : 'kept');
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  return (
    <AccountCard title={t('account.password.title')} description={t('account.password.description')}>
      {(headingId) => (
        <FormStack
          onSubmit={submit}
          error={formErrorText(t, error, ['currentPassword', 'newPassword'])}
          aria-labelledby={headingId}
          sx={{ maxWidth: 520 }}
        >
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
          {changed && (
            <Alert severity="success" role="status" data-testid="password-changed">
              {t(changed === 'revoked' ? 'account.password.changedAndRevoked' : 'account.password.changed')}
            </Alert>
          )}
          <PasswordField
            label={t('auth.fields.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            {...problemProps((touched && currentProblem) || serverFields.currentPassword)}
            required
            fullWidth
            slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
          />
          <NewPasswordField
            inputRef={newPasswordRef}
            label={t('auth.fields.newPassword')}
            name="newPassword"
            value={newPassword}
            onChange={setNewPassword}
            strength={strength}
            problem={(touched && newProblem) || serverFields.newPassword}
          />
          {hasApiTokens && (
            <Box>
              <FormControlLabel
                control={
                  <Checkbox
                    name="revokeApiTokens"
                    checked={revokeApiTokens}
                    onChange={(event) => setRevokeApiTokens(event.target.checked)}
                    slotProps={{ input: { 'aria-describedby': 'revoke-api-tokens-hint' } }}
                  />
                }
                label={t('account.password.revokeApiTokens')}
              />
              <FormHelperText id="revoke-api-tokens-hint" sx={{ mt: 0 }}>
                {t('account.password.revokeApiTokensHint')}
              </FormHelperText>
            </Box>
          )}
          <Box>
            <SubmitButton loading={loading} label={t('account.password.submit')} loadingLabel={t('account.password.submitting')} />
          </Box>
        </FormStack>
      )}
    </AccountCard>
  );
}
