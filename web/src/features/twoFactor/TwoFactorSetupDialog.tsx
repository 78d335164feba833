import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BeginTwoFactorEnrolmentDocument, ConfirmTwoFactorDocument, TwoFactorStatusDocument } from '../../graphql/generated/graphql';
import { EnrolmentForm } from './EnrolmentForm';
import { RecoveryCodes } from './RecoveryCodes';

interface TwoFactorSetupDialogProps {
  open: boolean;
  account: string;
  onClose(): void;
  /** Two-factor sign-in is on and the recovery codes were saved. */
  onDone(): void;
}

/** `/account` → Set up: the QR code and key, the first code, then the recovery codes, shown once. */
export function TwoFactorSetupDialog({ open, account, onClose, onDone }: TwoFactorSetupDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  // Not cached: the secret and the codes stay in this dialog's state only.
  const [beginMutation] = useMutation(BeginTwoFactorEnrolmentDocument, { fetchPolicy: 'no-cache' });
  const [confirmMutation] = useMutation(ConfirmTwoFactorDocument, {
    fetchPolicy: 'no-cache',
    refetchQueries: [TwoFactorStatusDocument],
  });

  const begin = useCallback(async () => {
    const { data } = await beginMutation();
    if (!data) throw new Error('beginTwoFactorEnrolment answered no data');
    return data.beginTwoFactorEnrolment;
  }, [beginMutation]);
  const confirm = useCallback(
    async (code: string) => {
      const { data } = await confirmMutation({ variables: { code } });
      if (!data) throw new Error('confirmTwoFactor answered no data');
      return data.confirmTwoFactor.codes;
    },
    [confirmMutation],
  );

  // The step changed under the title: say so to screen readers and keep keyboard focus inside the dialog.
  useEffect(() => {
    if (codes) titleRef.current?.focus();
  }, [codes]);

  const finish = () => {
    onDone();
    setTimeout(() => setCodes(null), 300);
  };

  return (
    <Dialog
      open={open}
      // Once it is on, only "Done" closes it: the codes are shown this once.
      onClose={codes ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId} ref={titleRef} tabIndex={-1} sx={{ outline: 'none' }}>
        {codes ? t('twoFactor.recovery.title') : t('twoFactor.setup.title')}
      </DialogTitle>
      <DialogContent sx={{ pb: 3 }}>
        {codes ? (
          <RecoveryCodes codes={codes} account={account} doneLabel={t('twoFactor.recovery.done')} onDone={finish} />
        ) : (
          open && (
            <EnrolmentForm
              begin={begin}
              confirm={confirm}
              onConfirmed={setCodes}
              secondaryAction={<Button onClick={onClose}>{t('common.cancel')}</Button>}
            />
          )
        )}
      </DialogContent>
    </Dialog>
  );
}
