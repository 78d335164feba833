import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { apiErrorText, fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { SubmitButton } from '../../components/form/SubmitButton';
import { codeProblemOf } from './codeInput';
import { OneTimeCodeField } from './OneTimeCodeField';
import { QrCode } from './QrCode';
import { SecretKey } from './SecretKey';
import { twoFactorErrorOverrides } from './twoFactorErrors';

export interface Enrolment {
  secret: string;
  otpauthUri: string;
}

interface EnrolmentFormProps<T> {
  /** Asks the server for a new secret (a signed-in session, or a sign-in's setup challenge). */
  begin(): Promise<Enrolment>;
  /** Turns the factor on with the first code. */
  confirm(code: string): Promise<T>;
  onConfirmed(result: T): void;
  /** Beside the submit button, e.g. Cancel in a dialog. */
  secondaryAction?: ReactNode;
}

/**
 * Enrolment: asks for a secret once, shows it as a QR code and as a key to type, and turns two-factor sign-in
 * on with a first code from the app. The caller shows the recovery codes that `confirm` answers.
 */
export function EnrolmentForm<T>({ begin, confirm, onConfirmed, secondaryAction }: EnrolmentFormProps<T>) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [beginError, setBeginError] = useState<ApiError | null>(null);
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  // Each begin replaces the pending secret on the server: ask once per mount (StrictMode runs effects twice).
  const asked = useRef(false);

  const start = useCallback(() => {
    setBeginError(null);
    begin().then(setEnrolment, (caught: unknown) => setBeginError(apiErrorOf(caught)));
  }, [begin]);

  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    start();
  }, [start]);

  const problem = codeProblemOf(t, 'totp', code);
  const serverFields = fieldErrorsOf(t, error);

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
      onConfirmed(await confirm(code));
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      setError(apiError);
      setCode('');
      setTouched(false);
      if (apiError?.fields.length) codeRef.current?.focus();
    } finally {
      setLoading(false);
    }
  };

  if (beginError) {
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={start}>
            {t('common.retry')}
          </Button>
        }
      >
        {apiErrorText(t, beginError, twoFactorErrorOverrides(t))}
      </Alert>
    );
  }
  if (!enrolment) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 4 }}>
        <CircularProgress size={22} aria-hidden="true" />
        <Typography color="text.secondary">{t('twoFactor.setup.starting')}</Typography>
      </Box>
    );
  }

  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2.5} data-testid="two-factor-enrolment">
      <FormErrorAlert message={formErrorText(t, error, ['code'], twoFactorErrorOverrides(t))} />
      <Typography>{t('twoFactor.setup.scan')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: { xs: 'center', sm: 'flex-start' }, gap: 2.5 }}>
        <Box sx={{ p: 1, border: '1px solid', borderColor: 'divider', borderRadius: '12px', bgcolor: '#FFFFFF' }}>
          <QrCode text={enrolment.otpauthUri} label={t('twoFactor.setup.qrLabel')} size={176} />
        </Box>
        <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('twoFactor.setup.manual')}
          </Typography>
          <SecretKey secret={enrolment.secret} />
        </Box>
      </Box>
      <Typography>{t('twoFactor.setup.enterCode')}</Typography>
      <Box sx={{ maxWidth: 320 }}>
        <OneTimeCodeField
          kind="totp"
          inputRef={codeRef}
          value={code}
          onChange={setCode}
          problem={(touched && problem) || serverFields.code}
        />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: 1 }}>
        {secondaryAction}
        <SubmitButton size="medium" loading={loading} label={t('twoFactor.setup.submit')} loadingLabel={t('twoFactor.setup.submitting')} />
      </Box>
    </Stack>
  );
}
