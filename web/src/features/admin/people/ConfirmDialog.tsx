import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';

export interface ConfirmRequest {
  title: string;
  /** What will happen, said before it does. */
  body: string;
  confirmLabel: string;
  confirmingLabel: string;
  /** Red for what takes something away (deactivate, delete). */
  destructive?: boolean;
  /** Runs the action: resolves to the refusal in words, or null once done (the dialog then closes). */
  run(): Promise<string | null>;
}

/**
 * Asks before an action on a person or team, says what it will do, shows the server's refusal in place.
 * Open while `request` is set; keeps its words while it fades out after `request` went back to null.
 */
interface ConfirmDialogProps {
  request: ConfirmRequest | null;
  onClose(): void;
  /** Once it has faded out: where focus goes next. */
  onExited?(): void;
}

export function ConfirmDialog({ request, onClose, onExited }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const [shown, setShown] = useState(request);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (request) {
      setShown(request);
      setError(null);
    }
  }, [request]);

  const confirm = async () => {
    if (!request) return;
    setBusy(true);
    const refusal = await request.run();
    setBusy(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  return (
    <Dialog
      open={!!request}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      fullWidth
      maxWidth="xs"
      data-testid="confirm-dialog"
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {shown?.title}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <FormErrorAlert message={error} />
          <DialogContentText id={bodyId}>{shown?.body}</DialogContentText>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <SubmitButton
          type="button"
          size="medium"
          color={shown?.destructive ? 'error' : 'primary'}
          loading={busy}
          onClick={() => void confirm()}
          label={shown?.confirmLabel ?? ''}
          loadingLabel={shown?.confirmingLabel ?? ''}
        />
      </DialogActions>
    </Dialog>
  );
}
