import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A failed load, with the way to try again. */
export function RetryAlert({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
