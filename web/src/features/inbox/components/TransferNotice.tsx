import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConversationLiveFieldsFragment } from '../../../graphql/generated/graphql';

/** While a conversation waits for its new owner: for whom. */
export function TransferNotice({ conversation }: { conversation: ConversationLiveFieldsFragment }) {
  const { t } = useTranslation();
  if (conversation.status !== 'TRANSFERRED') return null;
  return (
    <Alert severity="info" data-testid="transfer-notice">
      {conversation.transferTarget
        ? t('inbox.conversation.transferWaiting', { name: conversation.transferTarget.displayName })
        : t('inbox.conversation.transferWaitingTeam', { team: conversation.team?.name ?? '' })}
    </Alert>
  );
}
