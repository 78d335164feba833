import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../../../graphql/generated/graphql';

/** Dark text on a light tint: each pair is above 7:1. */
const COLOURS: Record<ConversationStatus, { bg: string; fg: string }> = {
  PENDING: { bg: '#FEEBC8', fg: '#7B341E' },
  IN_PROGRESS: { bg: '#E9D8FD', fg: '#44337A' },
  TRANSFERRED: { bg: '#BEE3F8', fg: '#1A365D' },
  COMPLETED: { bg: '#C6F6D5', fg: '#22543D' },
};

export function StatusChip({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  const { bg, fg } = COLOURS[status];
  return (
    <Chip
      size="small"
      label={t(`conversation.status.${status}`)}
      data-testid="status-chip"
      data-status={status}
      sx={{ bgcolor: bg, color: fg, fontWeight: 600 }}
    />
  );
}
