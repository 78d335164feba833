import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../apollo/errors';
import { useDateFormat } from '../hooks/useDateFormat';
import type { ThreadItem } from '../model/thread';
import { DeliveryStatus } from './DeliveryStatus';
import { VisuallyHidden } from './VisuallyHidden';

interface MessageBubbleProps {
  item: ThreadItem;
  error?: ApiError | null;
  onRetry(clientMessageId: string): void;
  onDiscard(clientMessageId: string): void;
}

/** Private notes: amber, dashed and labelled, so nobody mistakes one for a reply the customer can read. */
const NOTE_SX = { bgcolor: '#FFFBEB', border: '1px dashed #B7791F', color: 'text.primary' } as const;
const OWN_SX = { bgcolor: '#F3EEFF', border: '1px solid #D6BCFA', color: 'text.primary' } as const;
const OTHER_SX = { bgcolor: 'background.paper', border: '1px solid', borderColor: 'divider', color: 'text.primary' } as const;

/** One message of a thread: who wrote it and when, the text, and for the viewer's own its delivery state. */
export function MessageBubble({ item, error, onRetry, onDiscard }: MessageBubbleProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { message, delivery } = item;
  const own = delivery !== null;
  const automatic = message.kind === 'SYSTEM' || message.kind === 'ASSISTANT';
  const author = own
    ? t('conversation.thread.you')
    : message.kind === 'SYSTEM'
      ? t('conversation.thread.system')
      : message.kind === 'ASSISTANT'
        ? t('conversation.thread.assistant')
        : (message.author?.displayName ?? '');
  const clientMessageId = item.pending?.clientMessageId ?? '';

  return (
    <Box
      component="li"
      data-testid="message"
      data-internal={message.internal}
      data-delivery={delivery ?? undefined}
      data-kind={message.kind}
      sx={{ display: 'flex', flexDirection: 'column', alignItems: automatic ? 'center' : own ? 'flex-end' : 'flex-start', gap: 0.5 }}
    >
      <Box
        sx={{
          maxWidth: { xs: '92%', sm: '80%' },
          minWidth: 0,
          px: 1.75,
          py: 1.25,
          borderRadius: '14px',
          ...(message.internal ? NOTE_SX : own ? OWN_SX : OTHER_SX),
        }}
      >
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 1, mb: 0.5 }}>
          <Typography component="span" variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {author}
          </Typography>
          <Typography
            component="time"
            variant="caption"
            color="text.secondary"
            dateTime={message.createdAt}
            title={format.full(message.createdAt)}
          >
            {format.short(message.createdAt)}
          </Typography>
          {message.internal && (
            <Typography
              component="span"
              variant="caption"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: '#744210', fontWeight: 700 }}
            >
              <LockOutlinedIcon sx={{ fontSize: 14 }} aria-hidden="true" />
              <span aria-hidden="true">{t('conversation.thread.note')}</span>
              <VisuallyHidden>{t('conversation.thread.noteHidden')}</VisuallyHidden>
            </Typography>
          )}
        </Box>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Typography>
      </Box>
      {delivery && (
        <DeliveryStatus
          state={delivery}
          error={error}
          onRetry={() => onRetry(clientMessageId)}
          onDiscard={() => onDiscard(clientMessageId)}
        />
      )}
    </Box>
  );
}
