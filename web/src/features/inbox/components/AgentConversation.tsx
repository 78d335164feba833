import { useQuery } from '@apollo/client/react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Button, Skeleton, Stack } from '@mui/material';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { PageHeader } from '../../../components/PageHeader';
import { AgentConversationDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { useAuth } from '../../auth/hooks/useAuth';
import { useFollowConversation } from '../../conversations/hooks/useFollowConversation';
import { useMarkRead } from '../../conversations/hooks/useMarkRead';
import { useThread } from '../../conversations/hooks/useThread';
import { useTypingIndicator } from '../../conversations/hooks/useTypingIndicator';
import { AgentConversationView } from './AgentConversationView';

/** Loads a conversation for the agent (the thread loads alongside) and keeps it live; marks it read when shown. */
export function AgentConversation({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const backTo = (location.state as { from?: string } | null)?.from ?? paths.inbox;
  const { data, error, refetch } = useQuery(AgentConversationDocument, { variables: { id: conversationId } });
  const conversation = data?.conversation;
  const thread = useThread(conversationId, { id: user?.id ?? '', displayName: user?.displayName ?? '', kind: 'AGENT' });
  const typists = useTypingIndicator(conversationId);
  const reload = useCallback(() => void refetch().catch(() => {}), [refetch]);
  useFollowConversation(conversationId, reload, thread.stream.syncTo);
  useMarkRead(conversationId, conversation?.lastMessageAt, !!conversation);

  if (conversation)
    return <AgentConversationView conversation={conversation} thread={thread} typists={typists} reload={reload} backTo={backTo} />;

  const problem = apiErrorOf(error);
  return (
    <Stack spacing={2}>
      <Button component={RouterLink} to={backTo} startIcon={<ArrowBackIcon />} sx={{ alignSelf: 'flex-start' }}>
        {t('inbox.conversation.back')}
      </Button>
      <PageHeader title={t('inbox.conversation.title')} />
      {problem ? (
        <Alert severity="error">
          {problem.code === 'NOT_FOUND'
            ? t('inbox.conversation.notFound')
            : `${t('inbox.conversation.loadError')} ${apiErrorText(t, problem)}`}
        </Alert>
      ) : (
        <Skeleton variant="rounded" height={360} aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}
