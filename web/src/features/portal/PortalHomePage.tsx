import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../components/SectionFrame';
import { useAuth } from '../auth/hooks/useAuth';

/** `/portal`: the customer's home, their conversations with support. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <SectionFrame
      title={t('portal.home.title', { name: user?.displayName ?? '' })}
      subtitle={t('portal.home.subtitle')}
      icon={<ForumOutlinedIcon />}
      emptyTitle={t('portal.home.emptyTitle')}
      emptyDescription={t('portal.home.emptyDescription')}
    />
  );
}
