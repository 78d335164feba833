import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../auth/hooks/useAuth';
import { MyConversations } from '../components/MyConversations';
import { StartConversationCard } from '../components/StartConversationCard';

/** `/portal`: the customer's home: start a consultation, and their conversations with support. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <>
      <PageHeader title={t('portal.home.title', { name: user?.displayName ?? '' })} subtitle={t('portal.home.subtitle')} />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' },
        }}
      >
        <Box sx={{ order: { xs: 2, md: 1 }, minWidth: 0 }}>
          <MyConversations />
        </Box>
        <Box sx={{ order: { xs: 1, md: 2 }, minWidth: 0 }}>
          <StartConversationCard />
        </Box>
      </Box>
    </>
  );
}
