import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChatOutlinedIcon from '@mui/icons-material/ChatOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { SectionFrame } from '../../components/SectionFrame';
import { paths } from '../../paths';

/** `/agent/conversations/:id`: one conversation in the agent workspace. */
export function AgentConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SectionFrame
      title={t('inbox.conversation.title')}
      subtitle={t('inbox.conversation.subtitle', { id })}
      icon={<ChatOutlinedIcon />}
      emptyTitle={t('inbox.conversation.emptyTitle')}
      emptyDescription={t('inbox.conversation.emptyDescription')}
      actions={
        <Button component={RouterLink} to={paths.inbox} startIcon={<ArrowBackIcon />}>
          {t('inbox.conversation.back')}
        </Button>
      }
    />
  );
}
