import { Alert, Box, Link, Typography } from '@mui/material';
import { type FormEvent, lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { fieldErrorsOf, formatWait, formErrorText } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { useCountdown } from '../../../hooks/useCountdown';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { EmailField } from '../components/EmailField';
import { PasswordField } from '../components/PasswordField';
import { useAuth } from '../hooks/useAuth';
import { emailProblemOf, PASSWORD_MAX_LENGTH } from '../validation';

/** The GraphQL client and the login mutation: fetched once the page is on screen, not before (routes.tsx). */
const loadSessionRequests = () => import('../sessionRequests');

// The second step, for accounts with two-factor sign-in: fetched only when the password step asks for it.
const TwoFactorSignInStep = lazy(() =>
  import('../../twoFactor/TwoFactorSignInStep').then((module) => ({ default: module.TwoFactorSignInStep })),
);
const TwoFactorSignInSetup = lazy(() =>
  import('../../twoFactor/TwoFactorSignInSetup').then((module) => ({ default: module.TwoFactorSignInSetup })),
);

/** What the password step answered when a second factor is needed. */
interface SecondStep {
  challenge: string;
  setupRequired: boolean;
}

/** The login error that asks for a second step, read into one. */
function secondStepOf(error: ApiError | null): SecondStep | null {
  if (!error?.twoFactorChallenge) return null;
  if (error.reason !== 'TWO_FACTOR_REQUIRED' && error.reason !== 'TWO_FACTOR_SETUP_REQUIRED') return null;
  return { challenge: error.twoFactorChallenge, setupRequired: error.reason === 'TWO_FACTOR_SETUP_REQUIRED' };
}

/**
 * `/signin`: email and password, then a code when the account has two-factor sign-in (or its setup, when the
 * desk requires it). On success PublicOnlyRoute moves on to `?next=` or the role's home.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const wait = useCountdown();
  const [loading, setLoading] = useState(false);
  const [secondStep, setSecondStep] = useState<SecondStep | null>(null);
  const [secondStepExpired, setSecondStepExpired] = useState(false);

  // Warm the client while the user types, so submitting does not wait for it (a failure shows on submit).
  useEffect(() => {
    loadSessionRequests().catch(() => {});
  }, []);

  const emailProblem = emailProblemOf(t, email);
  const passwordProblem = !password ? t('validation.passwordRequired') : null;
  const serverFields = fieldErrorsOf(t, error);
  const rateLimited = wait.secondsLeft > 0;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (emailProblem || passwordProblem || rateLimited) return;
    setError(null);
    setSecondStepExpired(false);
    setLoading(true);
    try {
      const { login } = await loadSessionRequests();
      const session = await login({ email: email.trim(), password });
      if (session) signIn(session);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      const next = secondStepOf(apiError);
      if (next) {
        setPassword('');
        setSecondStep(next);
        return;
      }
      setError(apiError);
      if (apiError?.code === 'RATE_LIMITED') wait.start(apiError.retryAfter ?? 60);
    } finally {
      setLoading(false);
    }
  };

  if (secondStep) {
    const restart = (expired: boolean) => {
      setSecondStep(null);
      setSecondStepExpired(expired);
    };
    return (
      <Suspense fallback={null}>
        {secondStep.setupRequired ? (
          <TwoFactorSignInSetup challenge={secondStep.challenge} email={email.trim()} onSignedIn={signIn} onRestart={restart} />
        ) : (
          <TwoFactorSignInStep challenge={secondStep.challenge} onSignedIn={signIn} onRestart={restart} />
        )}
      </Suspense>
    );
  }

  const errorMessage = rateLimited
    ? t('auth.signIn.rateLimited', { time: formatWait(t, wait.secondsLeft) })
    : error?.code === 'RATE_LIMITED'
      ? null
      : formErrorText(t, error, ['email', 'password'], {
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
      <FormStack onSubmit={submit} error={errorMessage} aria-label={t('auth.signIn.title')}>
        {/* twoFactor.* came with the second step's chunk, which is the only way back here with this flag. */}
        {secondStepExpired && !error && <Alert severity="info">{t('twoFactor.signIn.expired')}</Alert>}
        {params.get('expired') === '1' && !error && <Alert severity="info">{t('auth.signIn.sessionExpired')}</Alert>}
        {params.get('reset') === '1' && !error && <Alert severity="success">{t('auth.signIn.passwordWasReset')}</Alert>}
        <EmailField
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={(touched && emailProblem) || serverFields.email}
          autoFocus
        />
        <Box>
          <PasswordField
            label={t('auth.fields.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            {...problemProps((touched && passwordProblem) || serverFields.password)}
            required
            fullWidth
            slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
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
        <SubmitButton
          fullWidth
          loading={loading}
          disabled={rateLimited}
          label={t('auth.signIn.submit')}
          loadingLabel={t('auth.signIn.submitting')}
        />
      </FormStack>
    </AuthLayout>
  );
}
