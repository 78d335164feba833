import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChatOutlinedIcon from '@mui/icons-material/ChatOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { SectionFrame } from '../../components/SectionFrame';
import { paths } from '../../paths';

/** `/portal/conversations/:id`: one conversation, as the customer sees it. */
export function PortalConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <SectionFrame
      title={t('portal.conversation.title')}
      subtitle={t('portal.conversation.subtitle', { id })}
      icon={<ChatOutlinedIcon />}
      emptyTitle={t('portal.conversation.emptyTitle')}
      emptyDescription={t('portal.conversation.emptyDescription')}
      actions={
        <Button component={RouterLink} to={paths.portal} startIcon={<ArrowBackIcon />}>
          {t('portal.conversation.back')}
        </Button>
      }
    />
  );
}
