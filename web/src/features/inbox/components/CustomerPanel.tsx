import { useQuery } from '@apollo/client/react';
import { Box, Card, CardContent, Link, Skeleton, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DetailRow } from '../../../components/DetailRow';
import { type AgentConversationQuery, CustomerConversationsDocument } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { StatusChip } from '../../conversations/components/StatusChip';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';

type Conversation = NonNullable<AgentConversationQuery['conversation']>;

/** Beside the thread: who the customer is, the conversation's facts, and the customer's other conversations. */
export function CustomerPanel({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const otherId = useId();
  const { data, loading } = useQuery(CustomerConversationsDocument, { variables: { customerId: conversation.customer.id, first: 10 } });
  const others = data?.conversations.edges.map((edge) => edge.node).filter((other) => other.id !== conversation.id) ?? [];

  return (
    <Stack spacing={2} component="section" aria-label={t('inbox.conversation.details')}>
      <Card>
        <CardContent>
          <Typography variant="overline" color="text.secondary" component="h2">
            {t('inbox.conversation.customer')}
          </Typography>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{conversation.customer.displayName}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {conversation.customer.email}
          </Typography>
          <Box sx={{ mt: 1 }}>
            <DetailRow label={t('inbox.conversation.created')} value={format.full(conversation.createdAt)} />
            {conversation.firstResponseAt && (
              <DetailRow label={t('inbox.conversation.firstResponse')} value={format.full(conversation.firstResponseAt)} />
            )}
            <DetailRow
              label={t('inbox.conversation.assignee')}
              value={conversation.assignee?.displayName ?? t('inbox.conversation.nobody')}
            />
            <DetailRow label={t('inbox.conversation.team')} value={conversation.team?.name ?? t('inbox.conversation.noTeam')} />
            {conversation.intent && <DetailRow label={t('inbox.conversation.intent')} value={conversation.intent} />}
            {conversation.sentiment && <DetailRow label={t('inbox.conversation.sentiment')} value={conversation.sentiment} />}
          </Box>
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby={otherId}>
        <CardContent>
          <Typography id={otherId} variant="overline" color="text.secondary" component="h2">
            {t('inbox.conversation.otherConversations')}
          </Typography>
          {loading && !data && <Skeleton variant="rounded" height={48} />}
          {data && others.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('inbox.conversation.noOtherConversations')}
            </Typography>
          )}
          <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="customer-conversations">
            {others.map((other) => (
              <Box component="li" key={other.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Link
                  component={RouterLink}
                  to={paths.agentConversation(other.id)}
                  sx={{ flex: '1 1 120px', minWidth: 0, overflowWrap: 'anywhere' }}
                >
                  {t('conversation.number', { number: other.number })} {other.subject}
                </Link>
                <StatusChip status={other.status} />
              </Box>
            ))}
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
