import CheckIcon from '@mui/icons-material/Check';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import type { DeliveryState } from '../model/thread';

interface DeliveryStatusProps {
  state: DeliveryState;
  error?: ApiError | null;
  onRetry?(): void;
  onDiscard?(): void;
}

/** Under one of the viewer's messages: sending, sent, or not sent with the reason and a way to send it again. */
export function DeliveryStatus({ state, error, onRetry, onDiscard }: DeliveryStatusProps) {
  const { t } = useTranslation();
  if (state === 'sending') {
    return (
      <Typography variant="caption" color="text.secondary" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        <CircularProgress size={10} color="inherit" aria-hidden="true" />
        {t('conversation.delivery.sending')}
      </Typography>
    );
  }
  if (state === 'sent') {
    return (
      <Typography variant="caption" color="text.secondary" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
        <CheckIcon sx={{ fontSize: 14 }} aria-hidden="true" />
        {t('conversation.delivery.sent')}
      </Typography>
    );
  }
  return (
    <Box role="alert" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'flex-end', gap: 0.75 }}>
      <Typography variant="caption" sx={{ color: '#C53030', display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}>
        <ErrorOutlineIcon sx={{ fontSize: 14 }} aria-hidden="true" />
        {t('conversation.delivery.failed')}
        {error && error.code !== 'NETWORK' ? ` ${apiErrorText(t, error)}` : ''}
      </Typography>
      <Button size="small" variant="outlined" onClick={onRetry} sx={{ py: 0, minHeight: 28 }}>
        {t('conversation.delivery.retry')}
      </Button>
      <Button size="small" color="inherit" onClick={onDiscard} sx={{ py: 0, minHeight: 28 }}>
        {t('conversation.delivery.discard')}
      </Button>
    </Box>
  );
}
