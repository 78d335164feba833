import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../apollo/errors';
import type { ThreadItem } from '../model/thread';
import { MessageBubble } from './MessageBubble';

/** Messages shown at first, and added by each "show earlier". */
const WINDOW = 50;
/** Within this many pixels of the end, new messages keep the view at the end. */
const NEAR_END_PX = 120;

interface MessageListProps {
  items: readonly ThreadItem[];
  loaded: boolean;
  error: ApiError | null;
  onReload(): void;
  errors: ReadonlyMap<string, ApiError | null>;
  onRetry(clientMessageId: string): void;
  onDiscard(clientMessageId: string): void;
}

/**
 * The thread, oldest first, in a scrollable log that screen readers follow as messages arrive. It starts at
 * the newest messages; earlier ones come into view on request.
 */
export function MessageList({ items, loaded, error, onReload, errors, onRetry, onDiscard }: MessageListProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(WINDOW);
  const scroller = useRef<HTMLDivElement>(null);
  const nearEnd = useRef(true);
  const hidden = Math.max(0, items.length - shown);
  const visible = hidden > 0 ? items.slice(hidden) : items;
  const last = items.at(-1);

  // Follows the conversation when the reader is at its end, or when they just wrote.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !last) return;
    if (nearEnd.current || last.delivery === 'sending') element.scrollTop = element.scrollHeight;
  }, [last]);

  const onScroll = () => {
    const element = scroller.current;
    if (element) nearEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_END_PX;
  };

  return (
    <Box
      ref={scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="log"
      aria-label={t('conversation.thread.label')}
      aria-busy={!loaded}
      data-testid="message-list"
      sx={{
        flex: 1,
        minHeight: 220,
        maxHeight: { xs: '58vh', md: 'calc(100vh - 360px)' },
        overflowY: 'auto',
        px: { xs: 1.5, sm: 2 },
        py: 2,
        borderRadius: '14px',
        bgcolor: 'rgba(244, 243, 255, 0.6)',
        '&:focus-visible': { outline: '2px solid #6B46C1', outlineOffset: 2 },
      }}
    >
      {hidden > 0 && (
        <Box sx={{ textAlign: 'center', mb: 2 }}>
          <Button size="small" onClick={() => setShown((count) => count + WINDOW)}>
            {t('conversation.thread.earlier', { count: hidden })}
          </Button>
        </Box>
      )}
      {error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={onReload}>
              {t('common.retry')}
            </Button>
          }
        >
          {t('conversation.thread.loadError')}
        </Alert>
      )}
      {!loaded && items.length === 0 && !error && (
        <Stack spacing={1.5} aria-hidden="true">
          <Skeleton variant="rounded" height={56} width="60%" />
          <Skeleton variant="rounded" height={56} width="50%" sx={{ alignSelf: 'flex-end' }} />
        </Stack>
      )}
      {loaded && items.length === 0 && (
        <Typography color="text.secondary" sx={{ textAlign: 'center', py: 4 }}>
          {t('conversation.thread.empty')}
        </Typography>
      )}
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {visible.map((item) => (
          <MessageBubble
            key={item.key}
            item={item}
            error={item.pending ? errors.get(item.pending.clientMessageId) : null}
            onRetry={onRetry}
            onDiscard={onDiscard}
          />
        ))}
      </Stack>
    </Box>
  );
}
