import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../graphql/generated/graphql';

const COLOURS: Record<Priority, { bg: string; fg: string }> = {
  LOW: { bg: '#EDF2F7', fg: '#2D3748' },
  NORMAL: { bg: '#EDF2F7', fg: '#2D3748' },
  HIGH: { bg: '#FEEBC8', fg: '#7B341E' },
  URGENT: { bg: '#FED7D7', fg: '#822727' },
};

/** The priority, with its word (colour alone says nothing to some people). */
export function PriorityChip({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  const { bg, fg } = COLOURS[priority];
  return (
    <Chip
      size="small"
      label={t('conversation.priorityLabel', { priority: t(`conversation.priority.${priority}`) })}
      sx={{ bgcolor: bg, color: fg, fontWeight: 600 }}
    />
  );
}
