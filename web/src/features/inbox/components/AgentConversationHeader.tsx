import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ConversationLiveFieldsFragment } from '../../../graphql/generated/graphql';
import { PriorityChip } from '../../conversations/components/PriorityChip';
import { StatusChip } from '../../conversations/components/StatusChip';
import { WorkspaceTools } from './WorkspaceTools';

/** The way back to the inbox, the conversation's number, subject, status and priority. */
export function AgentConversationHeader({ conversation, backTo }: { conversation: ConversationLiveFieldsFragment; backTo: string }) {
  const { t } = useTranslation();
  return (
    <Box component="header" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
        <Button component={RouterLink} to={backTo} startIcon={<ArrowBackIcon />} aria-keyshortcuts="u">
          {t('inbox.conversation.back')}
        </Button>
        <WorkspaceTools />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.25 }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.35rem', sm: '1.8rem' }, overflowWrap: 'anywhere', minWidth: 0 }}>
          <Box component="span" sx={{ color: '#553C9A' }}>
            {t('conversation.number', { number: conversation.number })}
          </Box>{' '}
          {conversation.subject}
        </Typography>
        <StatusChip status={conversation.status} />
        {conversation.priority !== 'NORMAL' && <PriorityChip priority={conversation.priority} />}
      </Box>
    </Box>
  );
}
