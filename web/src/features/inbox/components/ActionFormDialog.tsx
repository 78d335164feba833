import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form/FormErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';

interface ActionFormDialogProps {
  open: boolean;
  title: string;
  description: string;
  submitLabel: string;
  submittingLabel: string;
  /** Whether the fields hold what the action needs; their problems show after the first attempt. */
  ready: boolean;
  /** Empties the fields: called each time the dialog opens. */
  onReset(): void;
  /** Runs the action: resolves to the refusal in words, or null once done (the dialog then closes). */
  onSubmit(): Promise<string | null>;
  onClose(): void;
  /** The fields, told whether the person has tried to submit yet. */
  children(attempted: boolean): ReactNode;
}

/** A dialog around one conversation action (assign, transfer): fields, the server's refusal, cancel and submit. */
export function ActionFormDialog({
  open,
  title,
  description,
  submitLabel,
  submittingLabel,
  ready,
  onReset,
  onSubmit,
  onClose,
  children,
}: ActionFormDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on opening only, not when the parent re-renders
  useEffect(() => {
    if (!open) return;
    onReset();
    setAttempted(false);
    setError(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!ready) return;
    setSending(true);
    const refusal = await onSubmit();
    setSending(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={phone}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{description}</DialogContentText>
            <FormErrorAlert message={error} />
            {children(attempted)}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={sending}>
            {t('common.cancel')}
          </Button>
          <SubmitButton size="medium" loading={sending} label={submitLabel} loadingLabel={submittingLabel} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
