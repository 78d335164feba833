import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import type { SessionUser } from '../../../apollo/sessionStore';
import { apiErrorText, fieldErrorsOf } from '../../../components/apiErrorText';
import { ChangePasswordDocument } from '../../../graphql/generated/graphql';
import { useAuth } from '../hooks/useAuth';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { PASSWORD_MAX_LENGTH } from '../validation';
import { FormErrorAlert } from './FormErrorAlert';
import { PasswordField } from './PasswordField';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

/** Changes the password; the server ends every other session and returns a fresh one for this tab. */
export function ChangePasswordForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [changed, setChanged] = useState(false);
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const meterId = useId();
  const newPasswordId = useId();
  const strength = usePasswordStrength(newPassword, { email: user.email, displayName: user.displayName });
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const currentProblem = !currentPassword ? t('validation.passwordRequired') : null;
  const newProblem = !newPassword
    ? t('validation.passwordRequired')
    : newPassword === currentPassword
      ? t('account.password.sameAsCurrent')
      : strength.strength && !strength.checking && !strength.strength.acceptable
        ? t('auth.password.tooWeak')
        : null;
  const serverFields = fieldErrorsOf(t, error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    setChanged(false);
    if (currentProblem || newProblem) {
      if (!currentProblem) newPasswordRef.current?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await changePassword({ variables: { currentPassword, newPassword } });
      if (data) signIn(data.changePassword);
      setCurrentPassword('');
      setNewPassword('');
      setTouched(false);
      setChanged(true);
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  const newHelper = (touched && newProblem) || serverFields.newPassword || undefined;
  const formError = error && !(error.code === 'BAD_USER_INPUT' && error.fields.length > 0) ? apiErrorText(t, error) : null;

  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Typography variant="h6" component="h2" id={headingId}>
          {t('account.password.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2.5 }}>
          {t('account.password.description')}
        </Typography>
        <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-labelledby={headingId} sx={{ maxWidth: 520 }}>
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
          {changed && (
            <Alert severity="success" role="status" data-testid="password-changed">
              {t('account.password.changed')}
            </Alert>
          )}
          <FormErrorAlert message={formError} />
          <PasswordField
            label={t('auth.fields.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={(touched && !!currentProblem) || !!serverFields.currentPassword}
            helperText={(touched && currentProblem) || serverFields.currentPassword || ' '}
            required
            fullWidth
            slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
          />
          <PasswordField
            inputRef={newPasswordRef}
            id={newPasswordId}
            label={t('auth.fields.newPassword')}
            name="newPassword"
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            error={(touched && !!newProblem) || !!serverFields.newPassword}
            helperText={newHelper}
            required
            fullWidth
            slotProps={{
              htmlInput: {
                maxLength: PASSWORD_MAX_LENGTH,
                'aria-describedby': newHelper ? `${newPasswordId}-helper-text ${meterId}` : meterId,
              },
            }}
          />
          <PasswordStrengthMeter id={meterId} {...strength} />
          <Box>
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={loading}
              startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
            >
              {loading ? t('account.password.submitting') : t('account.password.submit')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}
