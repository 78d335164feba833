import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConversationLiveFieldsFragment } from '../../../graphql/generated/graphql';

/** Where the customer's conversation stands, in words, announced when it changes. */
export function PortalStatusLine({ conversation }: { conversation: ConversationLiveFieldsFragment }) {
  const { t } = useTranslation();
  let text: string;
  switch (conversation.status) {
    case 'PENDING':
      text = t('portal.conversation.waiting');
      break;
    case 'IN_PROGRESS':
      text = conversation.assignee
        ? t('portal.conversation.handledBy', { name: conversation.assignee.displayName })
        : t('portal.conversation.waiting');
      break;
    case 'TRANSFERRED':
      text = t('portal.conversation.transferred');
      break;
    case 'COMPLETED':
      text = t('portal.conversation.completed');
      break;
  }
  return (
    <Typography role="status" color="text.secondary" data-testid="portal-status-line">
      {text}
    </Typography>
  );
}
