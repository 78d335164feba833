import PeopleOutlineIcon from '@mui/icons-material/PeopleOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/users`: accounts of agents, administrators and customers. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.users.title')}
      subtitle={t('admin.users.subtitle')}
      icon={<PeopleOutlineIcon />}
      emptyTitle={t('admin.users.emptyTitle')}
      emptyDescription={t('admin.users.emptyDescription')}
    />
  );
}
