import { Alert } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../../../graphql/generated/graphql';
import { MessageComposer } from '../../conversations/components/MessageComposer';
import { useTypingNotifier } from '../../conversations/hooks/useTypingNotifier';

interface PortalComposerProps {
  conversationId: string;
  status: ConversationStatus;
  onSend(body: string): void;
}

/** The customer's message field; on a completed conversation it says that writing reopens it. */
export function PortalComposer({ conversationId, status, onSend }: PortalComposerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const typing = useTypingNotifier(conversationId);
  const completed = status === 'COMPLETED';

  return (
    <MessageComposer
      label={completed ? t('portal.conversation.reopenLabel') : t('portal.conversation.composerLabel')}
      value={draft}
      onChange={(value) => {
        setDraft(value);
        if (value.trim()) typing.typed();
        else typing.stopped();
      }}
      onBlur={typing.stopped}
      onSubmit={() => {
        onSend(draft.trim());
        setDraft('');
        typing.stopped();
      }}
      submitLabel={t('portal.conversation.send')}
    >
      {completed && (
        <Alert severity="info" data-testid="reopen-notice">
          {t('portal.conversation.reopenNotice')}
        </Alert>
      )}
    </MessageComposer>
  );
}
