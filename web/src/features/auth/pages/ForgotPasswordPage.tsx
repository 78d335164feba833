import { useMutation } from '@apollo/client/react';
import MarkEmailReadOutlinedIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { Alert, Button, Link, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { fieldErrorsOf, formErrorText } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { RequestPasswordResetDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { AuthOutcome } from '../components/AuthOutcome';
import { EmailField } from '../components/EmailField';
import { emailProblemOf } from '../validation';

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

  const emailProblem = emailProblemOf(t, email);
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
        <AuthOutcome icon={<MarkEmailReadOutlinedIcon />} colour="#6B46C1">
          <Alert severity="success" role="status" sx={{ textAlign: 'left', width: '100%' }} data-testid="reset-requested">
            {t('auth.forgot.sent', { email: sentTo })}
          </Alert>
          <Typography variant="body2" color="text.secondary">
            {t('auth.forgot.sentHelp')}
          </Typography>
          <Button variant="outlined" onClick={() => setSentTo(null)}>
            {t('auth.forgot.tryAgain')}
          </Button>
        </AuthOutcome>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.forgot.title')} subtitle={t('auth.forgot.subtitle')} footer={backToSignIn}>
      <FormStack onSubmit={submit} error={formErrorText(t, error, ['email'])} aria-label={t('auth.forgot.title')}>
        <EmailField
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          problem={(touched && emailProblem) || serverFields.email}
          autoFocus
        />
        <SubmitButton fullWidth loading={loading} label={t('auth.forgot.submit')} loadingLabel={t('auth.forgot.submitting')} />
      </FormStack>
    </AuthLayout>
  );
}
