import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText, fieldErrorsOf, formatWait } from '../../../components/apiErrorText';
import { LoginDocument } from '../../../graphql/generated/graphql';
import { useCountdown } from '../../../hooks/useCountdown';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { PasswordField } from '../components/PasswordField';
import { useAuth } from '../hooks/useAuth';
import { isValidEmail } from '../validation';

/** `/signin`: email and password. On success PublicOnlyRoute moves on to `?next=` or the role's home. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const wait = useCountdown();
  const [login, { loading }] = useMutation(LoginDocument);

  const emailProblem = !email.trim() ? t('validation.emailRequired') : !isValidEmail(email) ? t('validation.emailInvalid') : null;
  const passwordProblem = !password ? t('validation.passwordRequired') : null;
  const serverFields = fieldErrorsOf(t, error);
  const rateLimited = wait.secondsLeft > 0;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (emailProblem || passwordProblem || rateLimited) return;
    setError(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (data) signIn(data.login);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      setError(apiError);
      if (apiError?.code === 'RATE_LIMITED') wait.start(apiError.retryAfter ?? 60);
    }
  };

  let errorMessage: string | null = null;
  if (rateLimited) errorMessage = t('auth.signIn.rateLimited', { time: formatWait(t, wait.secondsLeft) });
  else if (error && error.code !== 'RATE_LIMITED')
    errorMessage = apiErrorText(t, error, {
      UNAUTHENTICATED: t('auth.signIn.invalidCredentials'),
      FORBIDDEN: t('auth.signIn.deactivated'),
    });

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        <Typography color="text.secondary">
          {t('auth.signIn.noAccount')}{' '}
          <Link component={RouterLink} to={paths.register}>
            {t('auth.signIn.createAccount')}
          </Link>
        </Typography>
      }
    >
      <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-label={t('auth.signIn.title')}>
        {params.get('expired') === '1' && !error && <Alert severity="info">{t('auth.signIn.sessionExpired')}</Alert>}
        {params.get('reset') === '1' && !error && <Alert severity="success">{t('auth.signIn.passwordWasReset')}</Alert>}
        <FormErrorAlert message={errorMessage} />
        <TextField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={(touched && !!emailProblem) || !!serverFields.email}
          helperText={(touched && emailProblem) || serverFields.email || ' '}
          required
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: 254 } }}
        />
        <Box>
          <PasswordField
            label={t('auth.fields.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={(touched && !!passwordProblem) || !!serverFields.password}
            helperText={(touched && passwordProblem) || serverFields.password || ' '}
            required
            fullWidth
            slotProps={{ htmlInput: { maxLength: 128 } }}
          />
          <Box sx={{ textAlign: 'right', mt: -1 }}>
            <Link
              component={RouterLink}
              to={email ? `${paths.forgotPassword}?${new URLSearchParams({ email })}` : paths.forgotPassword}
              variant="body2"
            >
              {t('auth.signIn.forgot')}
            </Link>
          </Box>
        </Box>
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={loading || rateLimited}
          startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
        >
          {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
