import { useMutation } from '@apollo/client/react';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText, fieldErrorsOf } from '../../../components/apiErrorText';
import { ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { PasswordField } from '../components/PasswordField';
import { PasswordStrengthMeter } from '../components/PasswordStrengthMeter';
import { StateIcon } from '../components/StateIcon';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { PASSWORD_MAX_LENGTH } from '../validation';

/** `/reset-password?token=…`: the page the reset mail links to. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [invalidLink, setInvalidLink] = useState(!token);
  const passwordRef = useRef<HTMLInputElement>(null);
  const meterId = useId();
  const passwordId = useId();
  const strength = usePasswordStrength(password);
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const passwordProblem = !password
    ? t('validation.passwordRequired')
    : strength.strength && !strength.checking && !strength.strength.acceptable
      ? t('auth.password.tooWeak')
      : null;
  const serverFields = fieldErrorsOf(t, error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (passwordProblem) {
      passwordRef.current?.focus();
      return;
    }
    setError(null);
    try {
      await resetPassword({ variables: { token, newPassword: password } });
      setDone(true);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (apiError?.fields.some((f) => f.field === 'token')) setInvalidLink(true);
      else setError(apiError);
    }
  };

  if (invalidLink) {
    return (
      <AuthLayout title={t('auth.reset.invalidTitle')}>
        <Stack spacing={2.5} sx={{ alignItems: 'center', textAlign: 'center' }} data-testid="reset-invalid">
          <StateIcon colour="#DD6B20">
            <LinkOffIcon />
          </StateIcon>
          <Typography color="text.secondary">{t('auth.reset.invalidLink')}</Typography>
          <Button component={RouterLink} to={paths.forgotPassword} variant="contained" size="large" fullWidth>
            {t('auth.reset.requestNew')}
          </Button>
          <Link component={RouterLink} to={paths.signIn}>
            {t('auth.forgot.backToSignIn')}
          </Link>
        </Stack>
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title={t('auth.reset.doneTitle')}>
        <Stack spacing={2.5} sx={{ alignItems: 'center', textAlign: 'center' }} data-testid="reset-done">
          <StateIcon colour="#38A169">
            <CheckCircleOutlineIcon />
          </StateIcon>
          <Typography color="text.secondary" role="status">
            {t('auth.reset.done')}
          </Typography>
          <Button component={RouterLink} to={`${paths.signIn}?reset=1`} variant="contained" size="large" fullWidth>
            {t('auth.reset.signIn')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  const passwordHelper = (touched && passwordProblem) || serverFields.newPassword || undefined;
  const formError = error && !serverFields.newPassword ? apiErrorText(t, error) : null;
  return (
    <AuthLayout
      title={t('auth.reset.title')}
      subtitle={t('auth.reset.subtitle')}
      footer={
        <Link component={RouterLink} to={paths.signIn}>
          {t('auth.forgot.backToSignIn')}
        </Link>
      }
    >
      <Stack component="form" noValidate onSubmit={submit} spacing={2.5} aria-label={t('auth.reset.title')}>
        <FormErrorAlert message={formError} />
        <PasswordField
          inputRef={passwordRef}
          id={passwordId}
          label={t('auth.fields.newPassword')}
          name="newPassword"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={(touched && !!passwordProblem) || !!serverFields.newPassword}
          helperText={passwordHelper}
          required
          fullWidth
          autoFocus
          slotProps={{
            htmlInput: {
              maxLength: PASSWORD_MAX_LENGTH,
              'aria-describedby': passwordHelper ? `${passwordId}-helper-text ${meterId}` : meterId,
            },
          }}
        />
        <PasswordStrengthMeter id={meterId} {...strength} />
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={loading}
          startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
        >
          {loading ? t('auth.reset.submitting') : t('auth.reset.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
