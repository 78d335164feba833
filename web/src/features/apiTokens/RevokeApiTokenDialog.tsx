import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../apollo/errors';
import { apiErrorText } from '../../components/apiErrorText';
import { FormErrorAlert } from '../../components/form/FormErrorAlert';
import { SubmitButton } from '../../components/form/SubmitButton';
import { type ApiTokenFieldsFragment, RevokeApiTokenDocument } from '../../graphql/generated/graphql';

/** Asks before revoking: whatever uses the token stops working at once. */
export function RevokeApiTokenDialog({ token, onClose }: { token: ApiTokenFieldsFragment | null; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const [error, setError] = useState<ApiError | null>(null);
  // The revoked token comes back with its revokedAt and updates the list through the cache.
  const [revokeApiToken, { loading }] = useMutation(RevokeApiTokenDocument);
  // Keeps the name on screen while the dialog fades out after `token` went back to null.
  const [shown, setShown] = useState(token);
  useEffect(() => {
    if (token) {
      setShown(token);
      setError(null);
    }
  }, [token]);

  const confirm = async () => {
    if (!token) return;
    try {
      await revokeApiToken({ variables: { id: token.id } });
      onClose();
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  return (
    <Dialog
      open={!!token}
      onClose={loading ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t('apiTokens.revokeDialog.title', { name: shown?.name ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <FormErrorAlert message={error ? apiErrorText(t, error) : null} />
          <DialogContentText id={descriptionId}>{t('apiTokens.revokeDialog.body')}</DialogContentText>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={loading}>
          {t('common.cancel')}
        </Button>
        <SubmitButton
          type="button"
          size="medium"
          color="error"
          loading={loading}
          onClick={() => void confirm()}
          label={t('apiTokens.revokeDialog.confirm')}
          loadingLabel={t('apiTokens.revokeDialog.confirming')}
        />
      </DialogActions>
    </Dialog>
  );
}
