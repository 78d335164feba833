import { Box, Button, CircularProgress, Skeleton, Stack, Typography } from '@mui/material';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../apollo/errors';
import { RetryAlert } from '../../../components/RetryAlert';
import { THREAD_PAGE_SIZE } from '../hooks/useConversationStream';
import type { ThreadItem } from '../model/thread';
import { MessageBubble } from './MessageBubble';

/** Within this many pixels of the end, new messages keep the view at the end. */
const NEAR_END_PX = 120;

/** Messages before the oldest one shown, read from the server on request. */
export interface EarlierMessages {
  has: boolean;
  /** How many, when known (0 otherwise). */
  count: number;
  loading: boolean;
  error: ApiError | null;
  load(): void;
}

interface MessageListProps {
  items: readonly ThreadItem[];
  loaded: boolean;
  error: ApiError | null;
  onReload(): void;
  earlier: EarlierMessages;
  errors: ReadonlyMap<string, ApiError | null>;
  onRetry(clientMessageId: string): void;
  onDiscard(clientMessageId: string): void;
}

/**
 * The thread, oldest first, in a scrollable log that screen readers follow as messages arrive. It opens at
 * the newest messages; earlier pages load on request, and the message that was at the top stays in view.
 */
export function MessageList({ items, loaded, error, onReload, earlier, errors, onRetry, onDiscard }: MessageListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const nearEnd = useRef(true);
  /** The scroll position when earlier messages were asked for: restored relative to the old content once they are in. */
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const last = items.at(-1);
  const firstKey = items.at(0)?.key;

  // Follows the conversation when the reader is at its end, or when they just wrote.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !last) return;
    if (nearEnd.current || last.delivery === 'sending') element.scrollTop = element.scrollHeight;
  }, [last]);

  // Earlier messages went in above: keep what the reader was looking at where it was.
  useLayoutEffect(() => {
    const element = scroller.current;
    const before = anchor.current;
    if (!element || !before || !firstKey) return;
    anchor.current = null;
    element.scrollTop = before.top + (element.scrollHeight - before.height);
  }, [firstKey]);

  const onScroll = () => {
    const element = scroller.current;
    if (element) nearEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_END_PX;
  };

  const loadEarlier = () => {
    const element = scroller.current;
    if (element) anchor.current = { height: element.scrollHeight, top: element.scrollTop };
    earlier.load();
  };
  const earlierLabel = earlier.loading
    ? t('conversation.thread.loadingEarlier')
    : earlier.count > 0
      ? t('conversation.thread.earlier', { count: Math.min(earlier.count, THREAD_PAGE_SIZE) })
      : t('conversation.thread.earlierUnknown');

  return (
    <Box
      ref={scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="log"
      aria-label={t('conversation.thread.label')}
      aria-busy={!loaded || earlier.loading}
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
        // The view is kept in place by hand when earlier messages go in above (see the layout effect).
        overflowAnchor: 'none',
        '&:focus-visible': { outline: '2px solid #6B46C1', outlineOffset: 2 },
      }}
    >
      {earlier.has && (
        <Box sx={{ textAlign: 'center', mb: 2 }}>
          <Button
            size="small"
            onClick={loadEarlier}
            disabled={earlier.loading}
            startIcon={earlier.loading ? <CircularProgress size={14} color="inherit" aria-hidden="true" /> : undefined}
            data-testid="load-earlier"
          >
            {earlierLabel}
          </Button>
        </Box>
      )}
      {earlier.error && <RetryAlert message={t('conversation.thread.earlierError')} onRetry={loadEarlier} />}
      {error && <RetryAlert message={t('conversation.thread.loadError')} onRetry={onReload} />}
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
        {items.map((item) => (
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
