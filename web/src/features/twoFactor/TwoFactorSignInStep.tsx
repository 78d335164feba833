import { Box, Button, Link } from '@mui/material';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormStack } from '../../components/form/FormStack';
import { SubmitButton } from '../../components/form/SubmitButton';
import type { SessionPayloadFragment } from '../../graphql/generated/graphql';
import { AuthLayout } from '../auth/components/AuthLayout';
import { completeTwoFactorSignIn } from '../auth/sessionRequests';
import { type CodeKind, codeProblemOf } from './codeInput';
import { OneTimeCodeField } from './OneTimeCodeField';

interface TwoFactorSignInStepProps {
  /** The `twoFactorChallenge` of the login answer. */
  challenge: string;
  onSignedIn(session: SessionPayloadFragment): void;
  /** Back to the password: asked for, or because the challenge expired. */
  onRestart(expired: boolean): void;
}

/** The second step of sign-in: a code from the authenticator app or, switching over, a recovery code. */
export function TwoFactorSignInStep({ challenge, onSignedIn, onRestart }: TwoFactorSignInStepProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CodeKind>('totp');
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  const problem = codeProblemOf(t, kind, code);
  const serverFields = fieldErrorsOf(t, error);

  const switchKind = () => {
    setKind(kind === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setTouched(false);
    setError(null);
    codeRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (problem) {
      codeRef.current?.focus();
      return;
    }
    setError(null);
    setLoading(true);
    try {
      const session = await completeTwoFactorSignIn(challenge, code);
      if (session) onSignedIn(session);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      // The challenge lasts five minutes and completes one sign-in: past that, the password again.
      if (apiError?.code === 'UNAUTHENTICATED') return onRestart(true);
      setError(apiError);
      setCode('');
      setTouched(false);
      codeRef.current?.focus();
    } finally {
      setLoading(false);
    }
  };

  return (
    <AuthLayout
      title={t('twoFactor.signIn.title')}
      subtitle={kind === 'totp' ? t('twoFactor.signIn.subtitle') : t('twoFactor.signIn.recoverySubtitle')}
      footer={
        <Link component="button" type="button" onClick={() => onRestart(false)}>
          {t('twoFactor.signIn.back')}
        </Link>
      }
    >
      <FormStack onSubmit={submit} error={formErrorText(t, error, ['code'])} aria-label={t('twoFactor.signIn.title')}>
        <OneTimeCodeField
          key={kind}
          kind={kind}
          inputRef={codeRef}
          value={code}
          onChange={setCode}
          problem={(touched && problem) || serverFields.code}
          autoFocus
        />
        <SubmitButton fullWidth loading={loading} label={t('twoFactor.signIn.submit')} loadingLabel={t('twoFactor.signIn.submitting')} />
        <Box sx={{ textAlign: 'center' }}>
          <Button variant="text" onClick={switchKind} data-testid="two-factor-switch">
            {kind === 'totp' ? t('twoFactor.signIn.useRecovery') : t('twoFactor.signIn.useApp')}
          </Button>
        </Box>
      </FormStack>
    </AuthLayout>
  );
}
