import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { SubmitButton } from '../../components/form/SubmitButton';
import { RegenerateRecoveryCodesDocument, TwoFactorStatusDocument } from '../../graphql/generated/graphql';
import { codeProblemOf } from './codeInput';
import { OneTimeCodeField } from './OneTimeCodeField';
import { RecoveryCodes } from './RecoveryCodes';
import { twoFactorErrorOverrides } from './twoFactorErrors';

interface RegenerateRecoveryCodesDialogProps {
  open: boolean;
  account: string;
  onClose(): void;
}

/** New recovery codes for a current authenticator code; the old ones stop working. Shows the new ones once. */
export function RegenerateRecoveryCodesDialog({ open, account, onClose }: RegenerateRecoveryCodesDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [regenerate, { loading }] = useMutation(RegenerateRecoveryCodesDocument, {
    fetchPolicy: 'no-cache',
    refetchQueries: [TwoFactorStatusDocument],
  });

  useEffect(() => {
    if (codes) titleRef.current?.focus();
  }, [codes]);

  const problem = codeProblemOf(t, 'totp', code);
  const serverFields = fieldErrorsOf(t, error);

  const close = () => {
    onClose();
    setTimeout(() => {
      setCode('');
      setTouched(false);
      setError(null);
      setCodes(null);
    }, 300);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    setError(null);
    try {
      const { data } = await regenerate({ variables: { code } });
      if (data) setCodes(data.regenerateRecoveryCodes.codes);
    } catch (caught) {
      setError(apiErrorOf(caught));
      setCode('');
      setTouched(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={codes || loading ? undefined : close}
      aria-labelledby={titleId}
      aria-describedby={codes ? undefined : descriptionId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId} ref={titleRef} tabIndex={-1} sx={{ outline: 'none' }}>
        {codes ? t('twoFactor.recovery.title') : t('twoFactor.regenerate.title')}
      </DialogTitle>
      <DialogContent sx={{ pb: 3 }}>
        {codes ? (
          <RecoveryCodes codes={codes} account={account} doneLabel={t('twoFactor.recovery.done')} onDone={close} />
        ) : (
          <Stack component="form" noValidate onSubmit={submit} spacing={2}>
            <FormErrorAlert message={formErrorText(t, error, ['code'], twoFactorErrorOverrides(t))} />
            <DialogContentText id={descriptionId}>{t('twoFactor.regenerate.body')}</DialogContentText>
            <OneTimeCodeField kind="totp" value={code} onChange={setCode} problem={(touched && problem) || serverFields.code} autoFocus />
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
              <Button onClick={close} disabled={loading}>
                {t('common.cancel')}
              </Button>
              <SubmitButton
                size="medium"
                loading={loading}
                label={t('twoFactor.regenerate.submit')}
                loadingLabel={t('twoFactor.regenerate.submitting')}
              />
            </Stack>
          </Stack>
        )}
      </DialogContent>
    </Dialog>
  );
}
