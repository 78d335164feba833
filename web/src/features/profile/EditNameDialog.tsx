import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, formErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { problemProps } from '../../components/form/problemProps';
import { SubmitButton } from '../../components/form/SubmitButton';
import { DISPLAY_NAME_MAX_LENGTH } from '../auth/validation';
import { useUpdateProfile } from './useUpdateProfile';

interface EditNameDialogProps {
  open: boolean;
  /** The name now, the dialog's starting value. */
  displayName: string;
  onClose(): void;
}

/** Changes the viewer's display name: trimmed, 1 to 80 characters, saved with the server's verdict shown by code. */
export function EditNameDialog({ open, displayName, onClose }: EditNameDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState(displayName);
  const [touched, setTouched] = useState(false);
  const { update, saving, error, clearError } = useUpdateProfile();

  // Each opening starts from the saved name, without the last attempt's messages.
  useEffect(() => {
    if (!open) return;
    setName(displayName);
    setTouched(false);
    clearError();
  }, [open, displayName, clearError]);

  const problem = !name.trim() ? t('validation.nameRequired') : null;
  const serverFields = fieldErrorsOf(t, error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    const trimmed = name.trim();
    if (trimmed === displayName || (await update({ displayName: trimmed }))) onClose();
  };

  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('account.profile.nameDialog.title')}</DialogTitle>
      <Box component="form" noValidate onSubmit={submit} aria-labelledby={titleId}>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormErrorAlert message={formErrorText(t, error, ['displayName'])} />
            <TextField
              label={t('auth.fields.displayName')}
              name="displayName"
              value={name}
              onChange={(event) => setName(event.target.value)}
              {...problemProps((touched && problem) || serverFields.displayName, t('account.profile.nameDialog.hint'))}
              required
              fullWidth
              autoFocus
              autoComplete="name"
              slotProps={{ htmlInput: { maxLength: DISPLAY_NAME_MAX_LENGTH } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <SubmitButton
            size="medium"
            loading={saving}
            label={t('account.profile.nameDialog.submit')}
            loadingLabel={t('account.profile.nameDialog.submitting')}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
