import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { problemProps } from '../../components/form/problemProps';
import { SubmitButton } from '../../components/form/SubmitButton';
import { DisableTwoFactorDocument, TwoFactorStatusDocument } from '../../graphql/generated/graphql';
import { PasswordField } from '../auth/components/PasswordField';
import { PASSWORD_MAX_LENGTH } from '../auth/validation';
import { codeProblemOf } from './codeInput';
import { OneTimeCodeField } from './OneTimeCodeField';
import { twoFactorErrorOverrides } from './twoFactorErrors';

interface DisableTwoFactorDialogProps {
  open: boolean;
  account: string;
  onClose(): void;
  onDisabled(): void;
}

/** Turns two-factor sign-in off: the password and a current code prove it is the owner asking. */
export function DisableTwoFactorDialog({ open, account, onClose, onDisabled }: DisableTwoFactorDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [disable, { loading }] = useMutation(DisableTwoFactorDocument, { refetchQueries: [TwoFactorStatusDocument] });

  const passwordProblem = !password ? t('validation.passwordRequired') : null;
  const codeProblem = codeProblemOf(t, 'totp', code);
  const serverFields = fieldErrorsOf(t, error);

  const close = () => {
    onClose();
    setTimeout(() => {
      setPassword('');
      setCode('');
      setTouched(false);
      setError(null);
    }, 300);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (passwordProblem || codeProblem) return;
    setError(null);
    try {
      await disable({ variables: { password, code } });
      onDisabled();
      close();
    } catch (caught) {
      setError(apiErrorOf(caught));
      setCode('');
    }
  };

  return (
    <Dialog
      open={open}
      onClose={loading ? undefined : close}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id={titleId}>{t('twoFactor.disable.title')}</DialogTitle>
      <DialogContent sx={{ pb: 3 }}>
        <Stack component="form" noValidate onSubmit={submit} spacing={2}>
          <FormErrorAlert message={formErrorText(t, error, ['code', 'password'], twoFactorErrorOverrides(t))} />
          <DialogContentText id={descriptionId}>{t('twoFactor.disable.body')}</DialogContentText>
          {/* Lets password managers offer the password of the right account. */}
          <input type="text" name="username" autoComplete="username" value={account} readOnly hidden />
          <PasswordField
            label={t('auth.fields.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            {...problemProps((touched && passwordProblem) || serverFields.password)}
            required
            fullWidth
            autoFocus
            slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
          />
          <OneTimeCodeField kind="totp" value={code} onChange={setCode} problem={(touched && codeProblem) || serverFields.code} />
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
            <Button onClick={close} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <SubmitButton
              size="medium"
              color="error"
              loading={loading}
              label={t('twoFactor.disable.submit')}
              loadingLabel={t('twoFactor.disable.submitting')}
            />
          </Stack>
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
