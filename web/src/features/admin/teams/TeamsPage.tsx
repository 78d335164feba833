import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../../../components/SectionFrame';

/** `/admin/teams`: teams of agents that conversations can be routed to. */
export function TeamsPage() {
  const { t } = useTranslation();
  return (
    <SectionFrame
      title={t('admin.teams.title')}
      subtitle={t('admin.teams.subtitle')}
      icon={<GroupsOutlinedIcon />}
      emptyTitle={t('admin.teams.emptyTitle')}
      emptyDescription={t('admin.teams.emptyDescription')}
    />
  );
}
