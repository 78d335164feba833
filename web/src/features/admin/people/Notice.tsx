import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, IconButton } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * What the last action did ("Invitation mail sent to …"), above the list until dismissed or replaced. The live
 * region stays in the page so screen readers announce each new message; no timer hides it before it is read.
 */
export function Notice({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-live="polite">
      {message && (
        <Alert
          severity="success"
          role="none"
          data-testid="notice"
          sx={{ mb: 2 }}
          action={
            <IconButton size="small" color="inherit" aria-label={t('adminPeople.errors.dismiss')} onClick={onDismiss}>
              <CloseIcon fontSize="small" />
            </IconButton>
          }
        >
          {message}
        </Alert>
      )}
    </Box>
  );
}
