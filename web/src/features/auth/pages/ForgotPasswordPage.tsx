import { useMutation } from '@apollo/client/react';
import MarkEmailReadOutlinedIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { Alert, Button, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText, fieldErrorsOf } from '../../../components/apiErrorText';
import { RequestPasswordResetDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { StateIcon } from '../components/StateIcon';
import { isValidEmail } from '../validation';

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether or not the account exists,
 * so nobody can probe which addresses are registered.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [touched, setTouched] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);

  const emailProblem = !email.trim() ? t('validation.emailRequired') : !isValidEmail(email) ? t('validation.emailInvalid') : null;
  const serverFields = fieldErrorsOf(t, error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (emailProblem) return;
    setError(null);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  const backToSignIn = (
    <Link component={RouterLink} to={paths.signIn}>
      {t('auth.forgot.backToSignIn')}
    </Link>
  );

  if (sentTo) {
    return (
      <AuthLayout title={t('auth.forgot.sentTitle')} footer={backToSignIn}>
        <Stack spacing={2.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
          <StateIcon colour="#6B46C1">
            <MarkEmailReadOutlinedIcon />
          </StateIcon>
          <Alert severity="success" role="status" sx={{ textAlign: 'left', width: '100%' }} data-testid="reset-requested">
            {t('auth.forgot.sent', { email: sentTo })}
          </Alert>
          <Typography variant="body2" color="text.secondary">
            {t('auth.forgot.sentHelp')}
          </Typography>
          <Button variant="outlined" onClick={() => setSentTo(null)}>
            {t('auth.forgot.tryAgain')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  const formError = error && !(error.code === 'BAD_USER_INPUT' && serverFields.email) ? apiErrorText(t, error) : null;
  return (
    <AuthLayout title={t('auth.forgot.title')} subtitle={t('auth.forgot.subtitle')} footer={backToSignIn}>
      <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-label={t('auth.forgot.title')}>
        <FormErrorAlert message={formError} />
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
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={loading}
          startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
        >
          {loading ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
