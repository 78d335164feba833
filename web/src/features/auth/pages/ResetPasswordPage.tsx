import { useMutation } from '@apollo/client/react';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { Button, Link, Typography } from '@mui/material';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { fieldErrorsOf, formErrorText, hasFieldCode } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { AuthOutcome } from '../components/AuthOutcome';
import { NewPasswordField } from '../components/NewPasswordField';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { newPasswordProblemOf } from '../validation';

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
  // The token names the account, so the meter checks against its email and name like the server will.
  const strength = usePasswordStrength(password, { resetToken: token });
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const passwordProblem = newPasswordProblemOf(t, password, strength);
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
      if (hasFieldCode(apiError, 'invalidToken')) setInvalidLink(true);
      else setError(apiError);
    }
  };

  if (invalidLink) {
    return (
      <AuthLayout title={t('auth.reset.invalidTitle')}>
        <AuthOutcome icon={<LinkOffIcon />} colour="#DD6B20" data-testid="reset-invalid">
          <Typography color="text.secondary">{t('auth.reset.invalidLink')}</Typography>
          <Button component={RouterLink} to={paths.forgotPassword} variant="contained" size="large" fullWidth>
            {t('auth.reset.requestNew')}
          </Button>
          <Link component={RouterLink} to={paths.signIn}>
            {t('auth.forgot.backToSignIn')}
          </Link>
        </AuthOutcome>
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title={t('auth.reset.doneTitle')}>
        <AuthOutcome icon={<CheckCircleOutlineIcon />} colour="#38A169" data-testid="reset-done">
          <Typography color="text.secondary" role="status">
            {t('auth.reset.done')}
          </Typography>
          <Button component={RouterLink} to={`${paths.signIn}?reset=1`} variant="contained" size="large" fullWidth>
            {t('auth.reset.signIn')}
          </Button>
        </AuthOutcome>
      </AuthLayout>
    );
  }

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
      <FormStack onSubmit={submit} error={formErrorText(t, error, ['newPassword'])} spacing={2.5} aria-label={t('auth.reset.title')}>
        <NewPasswordField
          inputRef={passwordRef}
          label={t('auth.fields.newPassword')}
          name="newPassword"
          value={password}
          onChange={setPassword}
          strength={strength}
          problem={(touched && passwordProblem) || serverFields.newPassword}
          autoFocus
        />
        <SubmitButton fullWidth loading={loading} label={t('auth.reset.submit')} loadingLabel={t('auth.reset.submitting')} />
      </FormStack>
    </AuthLayout>
  );
}
