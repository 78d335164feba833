import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Typist } from '../hooks/useTypingIndicator';

/** "Alex is typing…", announced politely; keeps its line so the thread does not jump. */
export function TypingIndicator({ typists }: { typists: readonly Typist[] }) {
  const { t } = useTranslation();
  let text = '';
  if (typists.length === 1) text = t('conversation.typing.one', { name: typists[0].displayName });
  else if (typists.length > 1) text = t('conversation.typing.many');
  return (
    <Box aria-live="polite" data-testid="typing-indicator" sx={{ minHeight: 22, px: 0.5 }}>
      {text && (
        <Typography variant="caption" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {text}
        </Typography>
      )}
    </Box>
  );
}
