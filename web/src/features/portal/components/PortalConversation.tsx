import { useQuery } from '@apollo/client/react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { PageHeader } from '../../../components/PageHeader';
import { PortalConversationDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { useAuth } from '../../auth/hooks/useAuth';
import { LiveThread } from '../../conversations/components/LiveThread';
import { StatusChip } from '../../conversations/components/StatusChip';
import { useFollowConversation } from '../../conversations/hooks/useFollowConversation';
import { useMarkRead } from '../../conversations/hooks/useMarkRead';
import { useThread } from '../../conversations/hooks/useThread';
import { useTypingIndicator } from '../../conversations/hooks/useTypingIndicator';
import { GivenRating } from './GivenRating';
import { PortalComposer } from './PortalComposer';
import { PortalStatusLine } from './PortalStatusLine';
import { RateConversationCard } from './RateConversationCard';

/** One of the customer's conversations: the live thread, who is helping, writing, and rating it once done. */
export function PortalConversation({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { data, error, refetch } = useQuery(PortalConversationDocument, { variables: { id: conversationId } });
  const conversation = data?.conversation;
  const thread = useThread(conversationId, { id: user?.id ?? '', displayName: user?.displayName ?? '', kind: 'CUSTOMER' });
  const typists = useTypingIndicator(conversationId);
  useFollowConversation(conversationId, () => void refetch().catch(() => {}), thread.stream.syncTo);
  useMarkRead(conversationId, conversation?.lastMessageAt, !!conversation);

  const back = (
    <Button component={RouterLink} to={paths.portal} startIcon={<ArrowBackIcon />} sx={{ alignSelf: 'flex-start' }}>
      {t('portal.conversation.back')}
    </Button>
  );

  if (!conversation) {
    const problem = apiErrorOf(error);
    return (
      <Stack spacing={2}>
        {back}
        <PageHeader title={t('portal.conversation.title')} />
        {problem ? (
          <Alert severity="error">
            {problem.code === 'NOT_FOUND'
              ? t('portal.conversation.notFound')
              : `${t('portal.conversation.loadError')} ${apiErrorText(t, problem)}`}
          </Alert>
        ) : (
          <Skeleton variant="rounded" height={320} aria-label={t('common.loading')} />
        )}
      </Stack>
    );
  }

  return (
    <Stack spacing={2}>
      {back}
      <Box component="header" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.4rem', sm: '1.9rem' }, overflowWrap: 'anywhere', minWidth: 0 }}>
          {conversation.subject}
        </Typography>
        <StatusChip status={conversation.status} />
        <Typography color="text.secondary" sx={{ flexBasis: '100%' }}>
          {t('portal.conversation.reference', { number: conversation.number })}
        </Typography>
      </Box>
      <Card>
        <CardContent sx={{ p: { xs: 1.5, sm: 2.5 }, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <PortalStatusLine conversation={conversation} />
          <LiveThread thread={thread} typists={typists} />
          {conversation.viewerCan.rate && <RateConversationCard conversationId={conversationId} />}
          {conversation.evaluation && <GivenRating evaluation={conversation.evaluation} />}
          {conversation.viewerCan.reply && (
            <PortalComposer conversationId={conversationId} status={conversation.status} onSend={(body) => thread.outbox.send({ body })} />
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
