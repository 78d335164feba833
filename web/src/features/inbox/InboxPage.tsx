import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../components/SectionFrame';

/** `/agent/inbox`: the agent workspace's queue of conversations. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('inbox.home.title')}
      subtitle={t('inbox.home.subtitle')}
      icon={<InboxOutlinedIcon />}
      emptyTitle={t('inbox.home.emptyTitle')}
      emptyDescription={t('inbox.home.emptyDescription')}
    />
  );
}
