import { Box, ListItemButton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MyConversationsQuery } from '../../../graphql/generated/graphql';
import { paths } from '../../../paths';
import { StatusChip } from '../../conversations/components/StatusChip';
import { UnreadDot } from '../../conversations/components/UnreadDot';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';

type Row = MyConversationsQuery['conversations']['edges'][number]['node'];

/** One of the customer's conversations: subject, status, the last message and whether there is a new reply. */
export function MyConversationRow({ conversation }: { conversation: Row }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const activity = conversation.lastMessageAt ?? conversation.createdAt;
  return (
    <Box component="li" data-testid="my-conversation" data-unread={conversation.unread} data-status={conversation.status}>
      <ListItemButton
        component={RouterLink}
        to={paths.portalConversation(conversation.id)}
        sx={{ display: 'block', px: 2, py: 1.5, border: '1px solid', borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          {conversation.unread && <UnreadDot />}
          <Typography
            component="h3"
            sx={{ fontWeight: conversation.unread ? 700 : 600, flex: '1 1 160px', minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {conversation.subject}
          </Typography>
          <StatusChip status={conversation.status} />
        </Box>
        {conversation.unread && (
          <Typography variant="body2" sx={{ color: '#553C9A', fontWeight: 600 }}>
            {t('portal.home.newReply')}
          </Typography>
        )}
        {conversation.lastMessagePreview && (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              mt: 0.5,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflowWrap: 'anywhere',
            }}
          >
            {conversation.lastMessagePreview}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
          {t('conversation.number', { number: conversation.number })} · {t('portal.home.lastActivity', { time: format.short(activity) })}
          <VisuallyHidden>{` (${format.full(activity)})`}</VisuallyHidden>
        </Typography>
      </ListItemButton>
    </Box>
  );
}
